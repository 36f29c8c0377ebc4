#!/usr/bin/env python3
"""Fills the English plural forms of plenary_en.ts.

English is the source language, but a source text like "%n document(s)"
still needs its two English forms ("1 document", "2 documents"): that is how
Qt does plurals. The other messages stay unfinished (lrelease leaves them
out and Qt shows the source). After adding %n strings:

    cmake --build build/<codename> --target update_translations
    python3 translations/fill_english_plurals.py translations/plenary_en.ts
"""
import html
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def forms(source):
    s = html.unescape(source)
    singular = s.replace("(s)", "").replace("(es)", "")
    plural = s.replace("(s)", "s").replace("(es)", "es")
    return html.escape(singular, quote=False), html.escape(plural, quote=False)

def fill(match):
    source = match.group(2)
    one, many = forms(source)
    return (f'{match.group(1)}<translation>\n'
            f'            <numerusform>{one}</numerusform>\n'
            f'            <numerusform>{many}</numerusform>\n'
            f'        </translation>')

pattern = re.compile(
    r'(<message numerus="yes">\s*<source>(.*?)</source>\s*)<translation[^>]*>.*?</translation>',
    re.S)
text, n = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"filled {n} plural message(s) in {path}")
