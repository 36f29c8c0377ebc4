#!/usr/bin/env python3
"""Checks that Qt Linguist catalogues are complete and safe to ship.

    check_ts.py FILE.ts...            check the files as they are
    check_ts.py --lupdate LUPDATE --sources DIR... -- FILE.ts...
                                      first run lupdate on a copy of each file
                                      against the sources, so that a string
                                      added to the code and not yet translated
                                      is reported too

For every message (of the English catalogue: every plural message): a
translation exists and is not marked unfinished; the
%1..%99, %L1 and %n markers of the source are all in the translation (a
missing %2 silently drops a document number from a message); a source with a
keyboard accelerator (&File) has one in the translation; the markup of the
source (&lt;dir&gt;) is kept; a source ending in "..." (opens a dialog) keeps its
ellipsis; and line breaks are kept. Exit status 1 and one line per problem
when anything is wrong.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ARG = re.compile(r"%L?(\d{1,2})|%n")
ACCEL = re.compile(r"&(?!&)[^\s&]")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def markers(text):
    return sorted(m.group(0).replace("%L", "%") for m in ARG.finditer(text))


def problems_in(path):
    found = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"{path}: not well-formed XML: {e}"]
    language = root.get("language", "?")
    # The source language's catalogue translates only plural forms ("%n
    # document(s)" -> "1 document"); its other messages stay unfinished.
    plurals_only = language.split("_")[0] == root.get("sourcelanguage", "en").split("_")[0]
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path}: [{cname}] {source!r}"
            if plurals_only and message.get("numerus") != "yes":
                continue
            tr = message.find("translation")
            if tr is None:
                found.append(f"{where}: no translation element")
                continue
            kind = tr.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
                if not forms:
                    found.append(f"{where}: no plural forms")
                texts = forms
            else:
                texts = [tr.text or ""]
            want = markers(source)
            for i, text in enumerate(texts):
                label = f"{where} (form {i})" if len(texts) > 1 else where
                if not text.strip():
                    found.append(f"{label}: empty translation")
                    continue
                if markers(text) != want and not (
                    # One plural form may stand for exactly one number and
                    # say it in words ("один", "واحد"); every other marker
                    # must still be there.
                    len(texts) > 1 and [m for m in want if m != "%n"] == markers(text)
                    and i < len(texts) - 1
                ):
                    found.append(f"{label}: markers {markers(text)} but the source has {want}")
                if ACCEL.search(source) and not ACCEL.search(text):
                    found.append(f"{label}: the source has a keyboard accelerator (&) and the translation none")
                if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                    found.append(f"{label}: markup differs from the source")
                if source.rstrip().endswith("...") and not text.rstrip().endswith(("...", "…")):
                    found.append(f"{label}: the source ends in '...' (opens a dialog), the translation does not")
                if source.count("\n") != text.count("\n"):
                    found.append(f"{label}: {source.count(chr(10))} line breaks in the source, {text.count(chr(10))} here")
    if language == "?":
        found.append(f"{path}: no language attribute")
    return found


def main(argv):
    lupdate = None
    sources = []
    if argv and argv[0] == "--lupdate":
        lupdate = argv[1]
        rest = argv[2:]
        if not rest or rest[0] != "--sources" or "--" not in rest:
            print(__doc__, file=sys.stderr)
            return 2
        split = rest.index("--")
        sources = rest[1:split]
        files = rest[split + 1:]
    else:
        files = argv
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            target = path
            if lupdate:
                target = os.path.join(tmp, os.path.basename(path))
                shutil.copyfile(path, target)
                run = subprocess.run(
                    [lupdate, *sources, "-locations", "none", "-no-obsolete", "-ts", target],
                    capture_output=True, text=True)
                if run.returncode != 0:
                    problems.append(f"{path}: lupdate failed: {run.stderr.strip()}")
                    continue
            problems += [p.replace(target, path) for p in problems_in(target)]
    for p in problems:
        print(p)
    print(f"{len(files)} catalogue(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
