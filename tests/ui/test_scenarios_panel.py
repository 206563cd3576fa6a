"""The Scenarios panel: undoable edits, Solve all, comparison, stress test and map marks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.models.test_scenarios import HEADER, scenario_problems, small_network
from tests.ui.children import job_children
from tests.ui.test_solve_runner import multicommodity_network
from twinparks.example import example_path
from twinparks.models import schema
from twinparks.models.plan import COST_KEYS
from twinparks.models.scenario_runs import biggest_changes, solve_all_scenarios
from twinparks.ui.delegates import CellDelegate
from twinparks.ui.document import Document
from twinparks.ui.scenarios_panel import ScenariosPanel
from twinparks.ui.sheet_editor import SheetEditor
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


def scenario_cells(network):
    table = network.tables["Scenarios"]
    return [list(row) for row in table.itertuples(index=False, name=None)]


def test_the_scenarios_sheet_is_edited_like_every_sheet(qtbot, panel):
    document = panel.document
    before = document.network.copy()
    editor = SheetEditor(document, "Scenarios")
    qtbot.addWidget(editor)
    model = editor.model
    assert model.rowCount() == 1 and model.columns()[:6] == HEADER
    assert model.setData(model.index(0, 4), "20")
    assert scenario_cells(document.network)[0][4] == 20.0  # value takes numbers
    assert model.setData(model.index(0, 2), "007") is True
    assert scenario_cells(document.network)[0][2] == "007"  # key stays text
    document.revalidate()  # what the debounce timer does after an edit
    assert model.data(model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is not None
    editor.add_row()  # like the row above, factor 1: valid
    assert scenario_cells(document.network)[1] == ["tight", "Lanes", "007",
                                                   "capacity_tonnes", None, 1.0]
    for _ in range(3):
        document.undo_stack.undo()
    assert document.network.equals(before)


def test_scenario_values_show_as_they_were_typed(qtbot, panel):
    """A number in the value column shows as typed: "2000000", not "2000000.0"."""
    editor = SheetEditor(panel.document, "Scenarios")
    qtbot.addWidget(editor)
    model = editor.model
    for typed in ("20", "2000000", "2.5"):
        assert model.setData(model.index(0, 4), typed)
        assert model.data(model.index(0, 4)) == typed


def test_drop_downs_offer_the_sheets_keys_and_columns_of_the_network(qtbot, panel):
    editor = SheetEditor(panel.document, "Scenarios")
    qtbot.addWidget(editor)
    model = editor.model
    column = {c.name: c for c in schema.columns()["Scenarios"]}
    assert "Scenarios" not in CellDelegate.choices(model, column["sheet"], 0)
    assert "Lanes" in CellDelegate.choices(model, column["sheet"], 0)
    assert CellDelegate.choices(model, column["key"], 0) == ["*", "PH", "HM", "HN", "PN"]
    columns = CellDelegate.choices(model, column["column"], 0)
    assert "capacity_tonnes" in columns and "id" not in columns
    model.setData(model.index(0, 1), "Demand")
    assert CellDelegate.choices(model, column["key"], 0) == ["*", "M/steel", "N/steel"]
    model.setData(model.index(0, 1), "Settings")
    assert CellDelegate.choices(model, column["column"], 0) == ["value"]


def test_adding_the_first_scenario_creates_the_sheet_and_undo_removes_it(qtbot):
    document = Document()
    document.load(small_network(), None)
    editor = SheetEditor(document, "Scenarios")
    qtbot.addWidget(editor)
    editor.add_row()
    assert scenario_cells(document.network) == [["scenario 1", "Plants", "*", "capacity",
                                                 None, 1.0]]
    assert scenario_problems(document.network) == []
    document.undo_stack.undo()
    assert "Scenarios" not in document.network.tables
    assert "Scenarios" not in document.network.sheet_order


def test_solve_all_fills_the_comparison(panel, qtbot):
    with qtbot.waitSignal(panel.solved, timeout=20000) as blocker:
        panel.solve_all()
    results = blocker.args[0]
    assert [r.name for r in results] == ["base", "tight"]
    assert panel.compare_model.rowCount() == 2
    assert panel.solve_button.isEnabled()


def test_the_comparison_chart_explains_itself(panel, qtbot):
    axes = [panel.chart.costs.getAxis("bottom"), panel.chart.service.getAxis("left")]
    assert not any(axis.isVisible() for axis in axes)  # before a solve: no empty scales
    with qtbot.waitSignal(panel.solved, timeout=20000) as blocker:
        panel.solve_all()
    results = blocker.args[0]
    chart = panel.chart
    parts = [key for key in COST_KEYS if any(r.plan.costs[key] for r in results)]
    assert len(chart.bars) == len(parts) + 1  # the stacked parts, then the service level
    assert len(chart.legend.items) == len(parts)  # a legend entry per part drawn
    stacked = [sum(float(bar.opts["width"][i]) for bar in chart.bars[:-1]) * chart.scale
               for i in range(len(results))]
    assert stacked == pytest.approx([r.plan.objective for r in results], rel=1e-9)
    assert len(chart.labels) == 2 * len(results)  # a value over every bar
    assert "USD" in chart.costs.getAxis("bottom").labelText  # the workbook's currency
    levels = [r.plan.service_level * 100 for r in results]
    low, high = chart.service.viewRange()[0]
    assert 0 < low < min(levels) and high > 100  # not from 0: a lost point shows
    assert chart.cost_title.text and chart.service_title.text
    assert all(axis.isVisible() for axis in axes)
    # the biggest changes, as `twinparks scenarios` prints them
    changes = biggest_changes(results[0].plan, results[1].plan)
    assert panel.changes_model.rowCount() == len(changes) > 0
    assert panel.changes_model.frame["id"].tolist() == changes["id"].tolist()


def test_the_panel_follows_a_live_language_switch(panel, qtbot):
    from twinparks.ui.i18n import install_translator

    with qtbot.waitSignal(panel.solved, timeout=20000):
        panel.solve_all()
    app = QApplication.instance()
    try:
        install_translator(app, "zh_CN")
        app.processEvents()  # Qt posts the LanguageChange events
        assert panel.solve_button.text() == "全部求解", panel.solve_button.text()
        assert panel.tabs.tabText(panel.tabs.indexOf(panel.compare_tab)) != "Comparison"
        assert panel.chart.service_title.text != "Service level"
        header = panel.changes_model.headerData(0, Qt.Orientation.Horizontal)
        assert header != "Scenario", header
    finally:
        install_translator(app, "en")
        app.processEvents()
    assert panel.solve_button.text() == "Solve all"


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
    assert not panel.busy and job_children() == []
    assert panel.solve_button.isEnabled() and not panel.cancel_button.isEnabled()


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_closing_the_panel_leaves_no_process(panel, qtbot, tmp_path):
    child, helper = start_stubborn(panel, qtbot, tmp_path)
    began = time.perf_counter()
    panel.close()
    assert time.perf_counter() - began < 2.0
    assert gone(child) and gone(helper)
    assert not panel.busy and job_children() == []


def test_cancelling_a_real_solve_all_ends_its_process(panel, qtbot):
    panel.document.load(multicommodity_network(150, 150, 6), None)
    with qtbot.waitSignal(panel.solved, timeout=30_000):
        panel.solve_all()
        qtbot.waitUntil(lambda: panel.process_id is not None, timeout=10_000)
        child = panel.process_id
        qtbot.wait(1500)
        panel.cancel()
    assert gone(child) and not panel.busy and job_children() == []


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


def test_the_stress_ranking_and_its_map_sit_side_by_side(panel, qtbot):
    with qtbot.waitSignal(panel.stressed, timeout=20000):
        panel.run_stress()
    assert panel.stress_map is not None
    splitter = panel.stress_table.parentWidget()
    assert splitter is panel.stress_map.parentWidget()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert panel.stress_map._marked == (set(panel.map_view.marked[0]),
                                        set(panel.map_view.marked[1]))


def test_the_comparison_counts_unmet_demand_in_tonnes_not_units(panel, qtbot):
    with qtbot.waitSignal(panel.solved, timeout=20000):
        panel.solve_all()
    columns = list(panel.compare_model.frame.columns)
    assert "unmet_tonnes" in columns and "unmet_units" not in columns


def test_the_status_line_is_never_cut_beside_the_progress_bar(panel, qtbot):
    """'8 scenarios solved' showed as '8 scenari' at the right edge of a narrow panel."""
    panel.resize(520, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.status.setText("8 scenarios solved in 12.3 s; 2 infeasible: Strait closed, ECRL")
    qtbot.wait(20)
    status = panel.status
    assert panel.rect().contains(status.geometry())
    needed = status.heightForWidth(status.width())
    assert status.height() >= needed
