"""Views do the work of what is shown, when it is shown (counts, never times).

Opening a workbook fits the columns of the sheet in front only; the other
sheets' editors fit theirs when first shown. The cell tints of validation
problems are placed without a pass over every row of every sheet, and the
Problems panel fits its columns from a sample. A results table reads its
cells from the column arrays of the frame it shows now; so does a sheet
editor, which takes them again after an edit. After a validation only the
rows whose tints changed are repainted.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from twinparks.example import example_path
from twinparks.models.commands import InsertRows, SetCells
from twinparks.models.problems import Problem
from twinparks.ui.column_fit import SAMPLE_ROWS
from twinparks.ui.problems_panel import ProblemsModel, ProblemsPanel
from twinparks.ui.results.frame_model import NUMBER, TEXT, Column, DataFrameModel


def test_only_the_sheet_in_front_fits_its_columns_on_open(make_window, qtbot):
    window = make_window()
    front = window.editor()
    counts = {sheet: editor.fitted for sheet, editor in window.editors.items()}
    assert window.load_path(example_path())
    assert front.fitted == counts[front.sheet] + 1
    behind = [e for e in window.editors.values() if e is not front]
    assert behind and all(e.fitted == counts[e.sheet] for e in behind)
    lanes = window.editors["Lanes"]
    window.sheet_tabs.setCurrentWidget(lanes)
    assert lanes.fitted == counts["Lanes"] + 1  # fitted once it is shown
    default = lanes.view.horizontalHeader().defaultSectionSize()
    assert any(lanes.view.columnWidth(c) != default for c in range(3))
    window.sheet_tabs.setCurrentWidget(front)
    window.sheet_tabs.setCurrentWidget(lanes)
    assert lanes.fitted == counts["Lanes"] + 1  # shown again, nothing changed: not again


def test_problem_tints_land_on_their_rows(make_window, qtbot):
    window = make_window()
    model = window.editors["Plants"].model
    labels = list(model.table.index)
    section = model.columns().index("capacity")
    problems = [Problem("too big", "Plants", labels[2], "capacity", severity="error"),
                Problem("odd", "Plants", labels[-1], "capacity", severity="warning"),
                Problem("elsewhere", "Lanes", labels[2], "capacity"),
                Problem("no such row", "Plants", 10 ** 9, "capacity")]
    model._on_problems(problems)
    assert [p.message for p in model.problems_at(2, section)] == ["too big"]
    assert [p.message for p in model.problems_at(len(labels) - 1, section)] == ["odd"]
    assert sum(len(v) for v in model._problems.values()) == 2


def test_the_document_groups_its_problems_by_sheet_once_for_every_editor(make_window):
    window = make_window()
    document, model = window.document, window.editors["Plants"].model
    labels = list(model.table.index)
    section = model.columns().index("capacity")
    document._set_problems([Problem("too big", "Plants", labels[0], "capacity", severity="error"),
                            Problem("the whole sheet", "Plants"),
                            Problem("odd", "Lanes", labels[0], "capacity_tonnes")])
    plants = document.problems_on("Plants")
    assert [p.message for p in plants] == ["too big"]  # with a row only
    assert document.problems_on("Plants") is plants  # grouped once per list
    assert [p.message for p in document.problems_on("Lanes")] == ["odd"]
    assert [p.message for p in model.problems_at(0, section)] == ["too big"]
    lanes = window.editors["Lanes"].model
    assert [p.message for p in lanes.problems_at(0, lanes.columns().index("capacity_tonnes"))] \
        == ["odd"]
    document._set_problems([])
    assert document.problems_on("Plants") == [] and model.problems_at(0, section) == []


def _repainted(model, problems) -> list[tuple[int, int]]:
    """The row ranges whose tints ``model`` repaints when ``problems`` arrive."""
    ranges = []
    model.dataChanged.connect(lambda top, bottom, roles=(): ranges.append(
        (top.row(), bottom.row())) if Qt.ItemDataRole.BackgroundRole in roles else None)
    model._on_problems(problems)
    return ranges


def test_a_validation_repaints_only_the_rows_whose_tints_changed(make_window):
    window = make_window()
    model = window.editors["Lanes"].model
    labels = list(model.table.index)
    assert len(labels) > 6
    kept = Problem("too big", "Lanes", labels[1], "capacity_tonnes", severity="error")
    first = [kept, Problem("odd", "Lanes", labels[5], "capacity_tonnes", severity="warning")]
    model._on_problems(first)
    # the same problems as new objects (a validation makes them anew): nothing to repaint
    assert _repainted(model, [Problem(**vars(p)) for p in first]) == []
    # the warning at row 5 becomes an error, row 1 unchanged: row 5 alone
    now = [kept, Problem("odd", "Lanes", labels[5], "capacity_tonnes", severity="error")]
    assert _repainted(model, now) == [(5, 5)]
    assert model.data(model.index(5, model.columns().index("capacity_tonnes")),
                      Qt.ItemDataRole.BackgroundRole) is not None
    assert _repainted(model, [kept]) == [(5, 5)]  # its problem gone: untinted
    assert model.data(model.index(5, model.columns().index("capacity_tonnes")),
                      Qt.ItemDataRole.BackgroundRole) is None
    # a message changed, the tint not: its tooltip (asked for when shown) says the new one
    assert _repainted(model, [Problem("far too big", "Lanes", labels[1], "capacity_tonnes")]) == []
    assert model.data(model.index(1, model.columns().index("capacity_tonnes")),
                      Qt.ItemDataRole.ToolTipRole) == "far too big"
    assert window.load_path(example_path())  # another document, without problems
    assert window.document.problems == [] and model._tints == {}
    assert model.data(model.index(1, model.columns().index("capacity_tonnes")),
                      Qt.ItemDataRole.BackgroundRole) is None


def test_a_sheet_editor_shows_each_edit_and_its_undo(make_window):
    window = make_window()
    document, model = window.document, window.editors["Lanes"].model
    section = model.columns().index("cost_per_tonne")
    before = [model.raw(row, section) for row in range(3)]  # the column array is taken
    document.push(SetCells("Lanes", [(1, "cost_per_tonne", 123.5)]))
    assert model.raw(1, section) == 123.5
    assert model.index(1, section).data() == "123.5"
    document.undo_stack.undo()
    assert [model.raw(row, section) for row in range(3)] == before
    document.push(InsertRows("Lanes", 0, [{"cost_per_tonne": 7}]))
    assert model.raw(0, section) == 7 and model.raw(2, section) == before[1]
    document.push(SetCells("Lanes", [(0, "new column", "x")]))  # a column added
    assert model.raw(0, model.columns().index("new column")) == "x"


def test_a_results_model_shows_the_frame_it_was_given_last():
    model = DataFrameModel([Column("site", "Site", TEXT), Column("tonnes", "t", NUMBER)])
    # "string": Arrow-backed where pyarrow is installed, NumPy-backed where not (it is
    # not a dependency); both read back as Python text and None
    first = pd.DataFrame({"site": pd.array(["A", None], dtype="string"),
                          "tonnes": [1.0, 2.0], "code": pd.array([7, None], dtype="Int64")})
    model.set_frame(first)
    assert (model.raw(0, "site"), model.raw(1, "site"), model.raw(1, "tonnes")) == ("A", None, 2.0)
    assert (model.raw(0, "code"), model.raw(1, "code")) == (7, None)
    assert isinstance(model.raw(1, "tonnes"), float)  # a Python number, not a NumPy one
    model.set_frame(pd.DataFrame({"site": ["C", None], "tonnes": [3.0, float("nan")]}))
    assert (model.raw(0, "site"), model.raw(0, "tonnes")) == ("C", 3.0)
    assert model.raw(1, "site") is None and model.raw(1, "tonnes") is None
    assert model.raw(0, "absent") is None


def test_the_problems_panel_fits_its_columns_from_a_sample(qtbot, monkeypatch):
    reads = []
    original = ProblemsModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            reads.append(index.row())
        return original(self, index, role)

    monkeypatch.setattr(ProblemsModel, "data", counting)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    problems = [Problem(f"problem {n}", "Lanes", n + 2, "cost_per_tonne") for n in range(5000)]
    problems[4000] = Problem("a much longer message " * 3, "Lanes", 9999, "a_long_column_name")
    panel.set_problems(problems)
    assert 0 < len(reads) <= 3 * (SAMPLE_ROWS + 1)
    assert panel.model.rowCount() == 5000


def test_highlighted_rows_follow_the_rule_blanks_never_highlighted():
    rules = [lambda f: f["tonnes"] > 1,  # a bool Series
             lambda f: pd.array([True, None, False], dtype="boolean"),  # nullable
             lambda f: [1, float("nan"), 0]]  # a plain list with a blank
    expected = [[False, True, True], [True, False, False], [True, False, False]]
    for rule, flags in zip(rules, expected, strict=True):
        model = DataFrameModel([Column("tonnes", "t", NUMBER)], highlight=rule)
        model.set_frame(pd.DataFrame({"tonnes": [1.0, 2.0, 3.0]}))
        assert [model.is_highlighted(row) for row in range(3)] == flags
