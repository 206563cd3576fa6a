"""What validation and solves see is a copy-on-write snapshot: an edit copies one sheet.

A big workbook's network is copied in full once, when it is read (the
file's origin); after that each snapshot copies only the sheets edited since
the one before and shares every other table. Identity checks, never times.
"""

from __future__ import annotations

from collections import Counter

from twinparks.example import example_path
from twinparks.models import schema, validation
from twinparks.models.commands import InsertRows, RemoveRows, SetCells
from twinparks.ui.document import Document


def _document(qtbot) -> Document:
    document = Document()
    document.open(example_path())
    return document


def test_an_edit_copies_only_the_edited_sheet(qtbot):
    document = _document(qtbot)
    before = document.snapshot()
    assert before is document.origin.network  # the network as read: no copy at all
    assert document.snapshot() is before  # nothing edited, nothing copied
    document.push(SetCells("Lanes", [(0, "cost_per_tonne", 123.0)]))
    after = document.snapshot()
    assert after is not before
    assert after.tables["Lanes"] is not before.tables["Lanes"]
    assert after.tables["Lanes"] is not document.network.tables["Lanes"]
    shared = [name for name in after.tables if name != "Lanes"]
    assert shared and all(after.tables[name] is before.tables[name] for name in shared)
    assert after.tables["Lanes"]["cost_per_tonne"].iat[0] == 123.0
    assert before.tables["Lanes"]["cost_per_tonne"].iat[0] != 123.0  # the old one unchanged


def test_a_snapshot_never_changes_with_later_edits(qtbot):
    document = _document(qtbot)
    document.push(SetCells("Plants", [(0, "capacity", 5.0)]))
    taken = document.snapshot()
    document.push(SetCells("Plants", [(0, "capacity", 7.0)]))
    document.push(InsertRows("Sites", 0, [{}]))
    assert taken.tables["Plants"]["capacity"].iat[0] == 5.0
    assert len(taken.tables["Sites"]) == len(document.network.tables["Sites"]) - 1
    now = document.snapshot()
    assert now.tables["Plants"]["capacity"].iat[0] == 7.0
    assert now.tables["Lanes"] is taken.tables["Lanes"]
    assert now.equals(document.network)


def test_undo_and_a_new_sheet_are_seen_by_the_next_snapshot(qtbot):
    document = _document(qtbot)
    rows = len(document.network.tables["Lanes"])
    document.push(RemoveRows("Lanes", [0, 1]))
    assert len(document.snapshot().tables["Lanes"]) == rows - 2
    document.undo_stack.undo()
    assert len(document.snapshot().tables["Lanes"]) == rows
    assert document.snapshot().equals(document.network)
    network = document.network.copy()
    absent = "Chokepoints"
    del network.tables[absent]
    network.sheet_order.remove(absent)
    document.load(network, None)
    assert absent not in document.snapshot().tables
    document.push(InsertRows(absent, 0, [{}]))  # the edit creates the sheet
    assert absent in document.snapshot().tables
    document.undo_stack.undo()  # and removes it again
    assert absent not in document.snapshot().tables
    assert document.snapshot().sheet_order == document.network.sheet_order


def test_validation_after_an_edit_checks_the_snapshot(qtbot):
    document = _document(qtbot)
    started = []
    original = document._validator.start
    document._validator.start = lambda job, network, *more: (started.append(network),
                                                      original(job, network, *more))[1]
    document.push(SetCells("Plants", [(0, "capacity", "lots")]))
    document.validate_in_background()
    assert started and started[0] is document.snapshot()
    assert started[0].tables["Lanes"] is document.origin.network.tables["Lanes"]
    qtbot.waitUntil(lambda: document.problems_current, timeout=30_000)
    assert any(p.sheet == "Plants" and p.column == "capacity" for p in document.problems)


def test_the_solve_gets_the_snapshot_not_another_copy(make_window, qtbot):
    window = make_window()
    window.document.push(SetCells("Lanes", [(0, "cost_per_tonne", 55.0)]))
    plans = []
    window.runner.finished.connect(plans.append)
    window.solve()
    qtbot.waitUntil(lambda: bool(plans), timeout=120_000)
    assert plans[0].optimal
    solved = window.document.solved_network
    assert solved is window.document.snapshot()
    assert solved.tables["Sites"] is window.document.origin.network.tables["Sites"]
    assert solved.tables["Lanes"]["cost_per_tonne"].iat[0] == 55.0


def test_validating_an_edit_checks_only_the_edited_sheet_again(qtbot, monkeypatch):
    """Each scenario's copy of the sheets it overrides is checked every time, as before."""
    document = _document(qtbot)
    checked = []
    original = validation._check_table

    def counting(network, sheet, known):
        checked.append(sheet)
        return original(network, sheet, known)

    monkeypatch.setattr(validation, "_check_table", counting)
    document.push(SetCells("Plants", [(0, "capacity", "lots")]))
    document.validate_in_background()
    qtbot.waitUntil(lambda: document.problems_current, timeout=30_000)
    after_edit, checked[:] = Counter(checked), []
    fresh = validation.validate(document.network)
    in_full = Counter(checked)
    base = Counter(name for name in schema.SHEETS if document.network.has_sheet(name))
    assert in_full - after_edit == base - Counter(["Plants"])  # only Plants checked again
    assert after_edit["Plants"] == in_full["Plants"]
    assert [p.where for p in document.problems] == [p.where for p in fresh]
    assert any(p.sheet == "Plants" and p.column == "capacity" for p in document.problems)
    document.push(SetCells("Plants", [(0, "capacity", 5.0)]))
    document.validate_in_background()
    qtbot.waitUntil(lambda: document.problems_current, timeout=30_000)
    assert not any(p.sheet == "Plants" and p.column == "capacity" for p in document.problems)
