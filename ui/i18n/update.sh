#!/bin/sh
# Refresh the translation sources from ui/, models/ and twinparks/ and compile them.
#   ui/i18n/update.sh            (from anywhere; uses pyside6-lupdate/-lrelease on PATH,
#                                 or the ones next to $PYTHON, default python3)
# 1. regenerate the texts lupdate cannot see (schema help, helper functions);
# 2. lupdate every ui/ module, and models/ and twinparks/ (their validation messages),
#    into each .ts, dropping texts that no longer exist;
# 3. lrelease each .ts into the .qm beside it (committed; a test checks they match).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PYTHON=${PYTHON:-python3}
BIN=$(dirname "$(command -v "$PYTHON")")
LUPDATE=${LUPDATE:-$(command -v pyside6-lupdate || echo "$BIN/pyside6-lupdate")}
LRELEASE=${LRELEASE:-$(command -v pyside6-lrelease || echo "$BIN/pyside6-lrelease")}
LANGUAGES="zh_CN ms"

cd "$ROOT"
"$PYTHON" -P ui/i18n/generate_schema_strings.py  # -P: the installed twinparks, not ./twinparks
for lang in $LANGUAGES; do
    "$LUPDATE" -silent -no-obsolete -locations none -extensions py ui models twinparks \
        -source-language en -target-language "$lang" -ts "ui/i18n/twinparks_$lang.ts"
    "$LRELEASE" -silent "ui/i18n/twinparks_$lang.ts" -qm "ui/i18n/twinparks_$lang.qm"
done
grep -c 'type="unfinished"' ui/i18n/*.ts | sed 's/^/unfinished: /' || true
