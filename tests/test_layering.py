"""The planning model stays free of Qt and of the application layers."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import models

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "ui", "twinparks", "openpyxl")


def test_models_modules_load_no_qt_or_application_layer():
    names = [f"models.{m.name}" for m in pkgutil.iter_modules(models.__path__)]
    assert "models.solve" in names and "models.validation" in names
    script = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    leaked = [m for m in loaded if m.split(".")[0] in QT_MODULES]
    assert leaked == []


def test_import_linter_contract_holds():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout and "BROKEN" not in result.stdout


def test_twinparks_imports_no_qt_outside_the_gui_entry_point():
    script = (
        "import importlib, json, pkgutil, sys, twinparks\n"
        "for m in pkgutil.iter_modules(twinparks.__path__):\n"
        "    if m.name != '__main__': importlib.import_module('twinparks.' + m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")] == []
