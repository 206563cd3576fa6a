"""The planning model stays free of Qt and of the application layers."""

import importlib.metadata
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import twinparks.models

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "openpyxl")
APP_PREFIXES = ("twinparks.ui", "twinparks.cli", "twinparks.workbook", "twinparks.report")


def test_models_modules_load_no_qt_or_application_layer(tmp_path):
    names = [f"twinparks.models.{m.name}"
             for m in pkgutil.iter_modules(twinparks.models.__path__)]
    assert "twinparks.models.solve" in names and "twinparks.models.validation" in names
    script = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=tmp_path)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    leaked = [m for m in loaded
              if m.split(".")[0] in QT_MODULES or m.startswith(APP_PREFIXES)]
    assert leaked == []


def test_import_linter_contract_holds(tmp_path):
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--config", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout and "BROKEN" not in result.stdout


def test_twinparks_imports_no_qt_outside_the_gui_entry_point(tmp_path):
    script = (
        "import importlib, json, pkgutil, sys, twinparks\n"
        "for m in pkgutil.iter_modules(twinparks.__path__):\n"
        "    if m.name != '__main__': importlib.import_module('twinparks.' + m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=tmp_path)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")] == []


def test_the_distribution_installs_one_top_level_package():
    files = importlib.metadata.files("twinparks")
    modules = [f for f in files if f.suffix == ".py" and ".." not in f.parts
               and not f.parts[0].endswith((".dist-info", ".egg-info"))]
    assert modules and {f.parts[0] for f in modules} == {"twinparks"}


def _cycles(graph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (or a self-import)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(module: str) -> None:  # Tarjan; the project graph is a few hundred modules
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.find_modules_directly_imported_by(module) & modules:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while not component or component[-1] != module:
                component.append(stack.pop())
            if len(component) > 1 or module in graph.find_modules_directly_imported_by(module):
                found.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_circle_among_project_modules():
    """grimp reads every import statement, those inside functions included."""
    import grimp

    graph = grimp.build_graph("twinparks")
    modules = {m for m in graph.modules if m.startswith("twinparks")}
    assert "twinparks.models.solve" in modules and "twinparks.ui.pdf_report" in modules
    assert _cycles(graph, modules) == []


def test_the_cycle_finder_finds_a_circle():
    class Graph:
        modules = {"a", "b", "c"}
        imports = {"a": {"b"}, "b": {"c"}, "c": {"a"}}

        def find_modules_directly_imported_by(self, module):
            return self.imports[module]

    assert _cycles(Graph(), Graph.modules) == [["a", "b", "c"]]
