#!/bin/sh
# validate.sh desktop FILE | appstream FILE: the validators the distributions
# run (desktop-file-utils, appstream); their absence is a failure, not a skip.
set -e
kind=$1 file=$2
case "$kind" in
  desktop)
    command -v desktop-file-validate >/dev/null ||
      { echo "desktop-file-validate is missing: apt-get install desktop-file-utils" >&2; exit 1; }
    out=$(desktop-file-validate "$file" 2>&1) || { echo "$out"; exit 1; }
    # Hints are not errors, but nothing should be said at all.
    [ -z "$out" ] || { echo "$out"; exit 1; }
    echo "desktop-file-validate: $file is valid" ;;
  appstream)
    command -v appstreamcli >/dev/null ||
      { echo "appstreamcli is missing: apt-get install appstream" >&2; exit 1; }
    # --no-net: the screenshots' addresses are checked for form, not fetched.
    appstreamcli validate --no-net --explain "$file" ;;
  *) echo "usage: $0 desktop|appstream FILE" >&2; exit 2 ;;
esac
