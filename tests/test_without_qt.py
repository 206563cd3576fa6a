"""The lane without Qt: PySide6 and pyqtgraph blocked, the planning model still works.

A meta-path hook refuses every Qt import in a fresh interpreter, as on an
installation without the desktop part; the model imports, validates and
solves the bundled example, the command line prints the plan and writes the
Excel report, and asking for a PDF report is a one-line error (exit 1).
"""

import json
import subprocess
import sys

BLOCK = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ImportError(f"No module named {name!r} (blocked: no Qt in this lane)")
        return None

sys.meta_path.insert(0, NoQt())
"""

SCRIPT = BLOCK + """
import json, pkgutil, importlib
import twinparks.models
for module in pkgutil.iter_modules(twinparks.models.__path__):
    importlib.import_module("twinparks.models." + module.name)
from twinparks.cli import main
from twinparks.example import example_path
from twinparks.models.solve import solve
from twinparks.models.validation import validate
from twinparks.workbook import read_workbook

network = read_workbook(example_path()).network
plan = solve(network)
codes = [main(["solve", "example", "--report", "plan.xlsx"]),
         main(["solve", "example", "--report", "plan.pdf"])]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(json.dumps({"errors": len([p for p in validate(network) if p.severity == "error"]),
                  "status": plan.status, "objective": plan.objective, "codes": codes,
                  "qt": qt}))
"""


def test_the_model_and_the_command_line_run_without_qt(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == 0 and outcome["status"] == "optimal"
    assert outcome["objective"] > 0
    assert outcome["codes"] == [0, 1]
    assert outcome["qt"] == []
    assert (tmp_path / "plan.xlsx").stat().st_size > 0 and not (tmp_path / "plan.pdf").exists()
    assert "reports need the desktop part" in result.stderr


def test_the_block_really_refuses_qt(tmp_path):
    result = subprocess.run([sys.executable, "-c", BLOCK + "import PySide6.QtCore"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0 and "blocked: no Qt" in result.stderr
