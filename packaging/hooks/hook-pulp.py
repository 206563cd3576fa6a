"""PyInstaller hook for PuLP (none ships with PyInstaller or pyinstaller-hooks-contrib).

PuLP finds its CBC binary relative to ``pulp/apis/`` (``coin_api.pulp_cbc_path``
is ``<pulp/apis>/../solverdir/cbc/<os>/<arch>/cbc``). So the binary of *this*
platform only is collected (the wheel carries Linux, macOS and Windows builds,
35 MB), and ``pulp/apis/__init__.py`` is added as a data file so that the
folder ``pulp/apis`` exists on disk in the bundle (see pitfalls.md).
"""

import platform
import sys
from pathlib import Path

from PyInstaller.utils.hooks import get_module_file_attribute, logger

if sys.platform in ("win32", "cli"):
    _os = "win"
elif sys.platform == "darwin":
    _os = "osx"
else:
    _os = "linux"
if sys.maxsize > 2**32:
    _arch = "arm64" if platform.machine().lower() in ("aarch64", "arm64") else "i64"
else:
    _arch = "i32"

_pulp = Path(get_module_file_attribute("pulp")).parent
_folder = f"pulp/solverdir/cbc/{_os}/{_arch}"
_cbc = _pulp / "solverdir" / "cbc" / _os / _arch / ("cbc.exe" if _os == "win" else "cbc")

binaries = []
datas = [(str(_pulp / "apis" / "__init__.py"), "pulp/apis")]
if _cbc.is_file():
    # A binary, not data: it keeps its executable bit and, on macOS, gets signed.
    binaries.append((str(_cbc), _folder))
    if _cbc.with_name("coin-license.txt").is_file():
        datas.append((str(_cbc.with_name("coin-license.txt")), _folder))
else:  # PuLP ships no CBC for e.g. macOS arm64: such a bundle solves with HiGHS only
    logger.warning("hook-pulp: no CBC binary at %s; '--solver cbc' will fail", _cbc)

# Solver interfaces PuLP imports by name; the tests of PuLP are not needed.
hiddenimports = ["pulp.apis.coin_api", "pulp.apis.highs_api"]
excludedimports = ["pulp.tests"]
