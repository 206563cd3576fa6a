#!/usr/bin/env bash
# Build the desktop bundle dist/twinparks/ (Linux, macOS) from this checkout.
#
#   bash packaging/build.sh            # venv in build/venv, bundle in dist/twinparks/
#
# Makes its own virtual environment under build/ (reused on the next run; delete
# build/ for a from-scratch build), installs the project (`pip install .`, not
# editable: the spec needs the installed packages) and PyInstaller 6, then runs
# packaging/twinparks.spec. Prints the bundle's size and the build time.
# Environment: PYTHON (default python3, must be >= 3.11 and built with a shared
# libpython, as python.org, Debian and pyenv's default builds are),
# TWINPARKS_BUILD_VENV (default build/venv), TWINPARKS_BUILD_INSTALLED=1 (that venv
# already holds the project and PyInstaller: build without installing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=${TWINPARKS_BUILD_VENV:-build/venv}
START=$(date +%s)

say() { printf '== %s\n' "$*" >&2; }

"$PYTHON" - <<'PY' || { echo "build.sh: need Python >= 3.11 as \$PYTHON" >&2; exit 1; }
import sys
sys.exit(sys.version_info < (3, 11))
PY

if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
VENV=$(cd "$VENV" && pwd)
PY="$VENV/bin/python"

mkdir -p build
if [ "${TWINPARKS_BUILD_INSTALLED:-0}" = 1 ]; then
    # CI installed the project and PyInstaller already, and runs the tests from this
    # virtualenv at the same time: reinstalling would swap files under them.
    "$VENV/bin/pyinstaller" --version > /dev/null \
        || { echo "build.sh: TWINPARKS_BUILD_INSTALLED=1 but no PyInstaller in $VENV" >&2; exit 1; }
else
    say "installing the project and PyInstaller into $VENV"
    # A stale setuptools build/lib could slip removed modules into the wheel.
    rm -rf build/lib build/bdist.*
    "$PY" -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6,<7"
fi
# The build venv must not see the source tree first (it lacks twinparks.datasets).
"$PY" -m pip --disable-pip-version-check list 2>/dev/null \
    | grep -i -E '^(twinparks|pyinstaller|pyside6|pulp|highspy) ' >&2 || true

say "running PyInstaller"
rm -rf dist/twinparks "dist/Twin Parks planner.app"
# Run from build/ so that the checkout is not on sys.path: the spec must analyse the
# installed packages.
(cd build && "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/twinparks.spec")

END=$(date +%s)
SIZE=$(du -sh dist/twinparks | cut -f1)
FILES=$(find dist/twinparks | wc -l)
say "bundle: dist/twinparks/ ($SIZE, $FILES files), built in $((END - START)) s"
echo "size=$SIZE files=$FILES seconds=$((END - START))"
