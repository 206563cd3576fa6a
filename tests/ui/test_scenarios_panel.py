"""The Scenarios panel: undoable edits, Solve all, comparison, stress test and map marks."""

from __future__ import annotations

import pytest

from models.scenarios import scenario_grid
from tests.models.test_scenarios import HEADER, small_network
from ui.document import Document
from ui.scenarios_panel import ScenariosPanel


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
