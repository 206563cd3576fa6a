"""The Scenarios panel: undoable edits, Solve all, comparison, stress test and map marks."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.models.test_scenarios import HEADER, small_network
from tests.ui.test_solve_runner import multicommodity_network
from twinparks.example import example_path
from twinparks.models.scenario_runs import solve_all_scenarios
from twinparks.models.scenarios import scenario_grid
from twinparks.ui.document import Document
from twinparks.ui.scenarios_panel import ScenariosPanel
from twinparks.workbook import read_workbook


class FakeMap:
    def __init__(self):
        self.marked = None

    def highlight(self, sites, lanes):
        self.marked = (set(sites), set(lanes))


@pytest.fixture
def panel(qtbot):
    document = Document()
    document.load(small_network([["tight", "Lanes", "HM", "capacity_tonnes", 10, None]]), None)
    widget = ScenariosPanel(document, map_view=FakeMap())
    qtbot.addWidget(widget)
    yield widget
    widget.cancel()
    widget.wait(10)
    assert not widget.busy


def test_edits_add_and_delete_undo(panel):
    document, model = panel.document, panel.model
    before = document.network.copy()
    assert model.rowCount() == 1 and model.header()[:4] == HEADER[:4]
    assert model.setData(model.index(0, 4), "20")
    assert scenario_grid(document.network)[1][4] == 20.0
    panel.add_row()
    assert model.rowCount() == 2 and scenario_grid(document.network)[2][0] == "new"
    panel.table.selectRow(0)
    panel.delete_selected()
    assert model.rowCount() == 1 and scenario_grid(document.network)[1][0] == "new"
    for _ in range(3):
        document.undo_stack.undo()
    assert document.network.equals(before) and model.rowCount() == 1
    document.undo_stack.redo()
    assert scenario_grid(document.network)[1][4] == 20.0


def test_adding_the_first_scenario_creates_the_sheet_and_undo_removes_it(qtbot):
    document = Document()
    document.load(small_network(), None)
    widget = ScenariosPanel(document)
    qtbot.addWidget(widget)
    widget.add_row()
    assert scenario_grid(document.network) == [HEADER, ["new", None, None, None, None, None]]
    document.undo_stack.undo()
    assert scenario_grid(document.network) is None and "Scenarios" not in \
        document.network.sheet_order


def test_solve_all_fills_the_comparison(panel, qtbot):
    with qtbot.waitSignal(panel.solved, timeout=20000) as blocker:
        panel.solve_all()
    results = blocker.args[0]
    assert [r.name for r in results] == ["base", "tight"]
    assert panel.compare_model.rowCount() == 2
    assert len(panel.chart.bars) == 7  # six cost parts and the service level
    assert panel.solve_button.isEnabled()


def test_stress_ranking_highlights_the_map(panel, qtbot):
    with qtbot.waitSignal(panel.stressed, timeout=20000):
        panel.run_stress()
    assert panel.stress_model.rowCount() == 7
    assert panel.ranking["id"].iloc[0] == "K1"
    sites, lanes = panel.map_view.marked
    assert "P" in sites  # K1 stands at P
    panel.stress_table.selectRow(panel.ranking.index[panel.ranking["id"] == "HM"][0])
    assert panel.map_view.marked == (set(), {"HM"})


# --- the jobs run in a child process ---------------------------------------------------------

def stubborn_job(network, pid_file, report, cancel):
    """Ignores cancel, and has a process of its own (it must go with the job's group)."""
    helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    Path(pid_file).write_text(str(helper.pid))
    time.sleep(60)


def gone(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").exists() and " Z " in Path(f"/proc/{pid}/stat").read_text()


def start_stubborn(panel, qtbot, tmp_path):
    pid_file = tmp_path / "helper.pid"
    panel._start("solve", stubborn_job, str(pid_file))
    qtbot.waitUntil(lambda: pid_file.exists() and pid_file.read_text() != "", timeout=20_000)
    return panel.process_id, int(pid_file.read_text())


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_cancel_kills_a_job_that_does_not_stop(panel, qtbot, tmp_path):
    child, helper = start_stubborn(panel, qtbot, tmp_path)
    began = time.perf_counter()
    with qtbot.waitSignal(panel.solved, timeout=5000) as blocker:
        panel.cancel()
    assert time.perf_counter() - began < 2.0
    assert isinstance(blocker.args[0], Exception)
    assert gone(child) and gone(helper)
    assert not panel.busy and multiprocessing.active_children() == []
    assert panel.solve_button.isEnabled() and not panel.cancel_button.isEnabled()


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_closing_the_panel_leaves_no_process(panel, qtbot, tmp_path):
    child, helper = start_stubborn(panel, qtbot, tmp_path)
    began = time.perf_counter()
    panel.close()
    assert time.perf_counter() - began < 2.0
    assert gone(child) and gone(helper)
    assert not panel.busy and multiprocessing.active_children() == []


def test_cancelling_a_real_solve_all_ends_its_process(panel, qtbot):
    panel.document.load(multicommodity_network(150, 150, 6), None)
    with qtbot.waitSignal(panel.solved, timeout=30_000):
        panel.solve_all()
        qtbot.waitUntil(lambda: panel.process_id is not None, timeout=10_000)
        child = panel.process_id
        qtbot.wait(1500)
        panel.cancel()
    assert gone(child) and not panel.busy and multiprocessing.active_children() == []


def test_solve_all_on_the_example_matches_the_direct_call(qtbot):
    example = read_workbook(example_path()).network
    direct = solve_all_scenarios(example)
    document = Document()
    document.load(example.copy(), None)
    widget = ScenariosPanel(document)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.solved, timeout=60_000) as blocker:
        widget.solve_all()
    results = blocker.args[0]
    assert [r.name for r in results] == [r.name for r in direct]
    for mine, theirs in zip(results, direct, strict=True):
        assert mine.plan.status == theirs.plan.status
        assert abs(mine.plan.objective - theirs.plan.objective) <= 1e-9 * max(
            1.0, abs(theirs.plan.objective))
    assert widget.compare_model.rowCount() == len(direct)
