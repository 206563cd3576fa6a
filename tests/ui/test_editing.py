"""Edits land where the planner is: the focused table, typed text, a minus sign, new rows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(make_window):
    return make_window()


def _focus_scenarios(window, qtbot):
    """The Scenarios sheet in front, its first cell selected (the example's first scenario)."""
    editor = window.editors["Scenarios"]
    window.sheet_tabs.setCurrentWidget(editor)
    if editor.model.rowCount() == 0:
        editor.add_row()  # one row, scenario "scenario 1"
    editor.select_cell(0, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    return editor


def test_delete_in_the_scenarios_sheet_clears_only_that_cell(window, qtbot):
    editor = _focus_scenarios(window, qtbot)
    before = window.document.network.copy()
    first, sheet = editor.model.raw(0, 0), editor.model.raw(0, 1)
    assert first
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    network = window.document.network
    assert network.table("Plants").equals(before.table("Plants"))
    assert editor.model.raw(0, 0) is None and editor.model.raw(0, 1) == sheet
    window.act_undo.trigger()
    assert window.document.network.equals(before)


def test_paste_in_the_scenarios_sheet_lands_there(window, qtbot):
    before = window.document.network.copy()
    editor = _focus_scenarios(window, qtbot)
    QGuiApplication.clipboard().setText("pasted\n")
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.network.table("Sites").equals(before.table("Sites"))
    assert editor.model.raw(0, 0) == "pasted"


def test_copy_in_the_scenarios_sheet_copies_its_cell(window, qtbot):
    editor = _focus_scenarios(window, qtbot)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(editor.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().strip() == editor.model.raw(0, 0)


def test_delete_in_a_sheet_still_clears_its_cells(window, qtbot):
    editor = window.editors["Sites"]
    window.sheet_tabs.setCurrentWidget(editor)
    editor.select_cell(0, editor.model.columns().index("name"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert editor.model.raw(0, editor.model.columns().index("name")) is None


def _type_into(editor, qtbot, row, column, text):
    section = editor.model.columns().index(column)
    editor.select_cell(row, section)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    qtbot.keyClicks(editor.view, text[0])  # opens the cell editor with the first key
    widget = QApplication.focusWidget()
    assert widget is not editor.view
    qtbot.keyClicks(widget, text[1:])
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # commits through a queued call
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    return editor.model.raw(row, section)


def test_typing_over_a_drop_down_cell_replaces_its_text(window, qtbot):
    editor = window.editors["Sites"]
    window.sheet_tabs.setCurrentWidget(editor)
    section = editor.model.columns().index("kind")
    assert editor.model.raw(0, section) == "park"
    assert _type_into(editor, qtbot, 0, "kind", "hub") == "hub"


def test_a_typed_minus_sign_is_kept_and_reported(window, qtbot):
    editor = window.editors["Plants"]
    window.sheet_tabs.setCurrentWidget(editor)
    assert _type_into(editor, qtbot, 0, "capacity", "-5000") == -5000
    window.document.revalidate()
    assert any(p.sheet == "Plants" and p.column == "capacity" for p in window.document.problems)


def test_add_row_inserts_below_the_selection(window):
    editor = window.editors["Lanes"]
    window.sheet_tabs.setCurrentWidget(editor)
    lanes = window.document.network.table("Lanes")
    first, second = lanes["id"].iloc[0], lanes["id"].iloc[1]
    editor.select_cell(0, 0)
    editor.add_row()
    lanes = window.document.network.table("Lanes")
    assert lanes["id"].iloc[0] == first
    assert pd_blank(lanes["id"].iloc[1])
    assert lanes["id"].iloc[2] == second
    current = editor.proxy.mapToSource(editor.view.currentIndex())
    assert current.row() == 1


def pd_blank(value) -> bool:
    from twinparks.models.network import is_blank

    return is_blank(value)


def test_sheet_numbers_show_thousands_separators(window):
    editor = window.editors["Plants"]
    section = editor.model.columns().index("capacity")
    raw = editor.model.raw(0, section)
    assert raw >= 1000
    shown = editor.model.index(0, section).data()
    assert shown == f"{int(raw):,}".replace(",", editor.locale().groupSeparator()) or \
        len(shown) > len(str(int(raw)))


def test_a_scenarios_problem_jumps_to_its_cell_and_tab_moves_along_the_row(window, qtbot):
    editor = _focus_scenarios(window, qtbot)
    key = editor.model.columns().index("key")
    assert editor.model.setData(editor.model.index(0, key), "NO_SUCH_PLANT")
    window.document.revalidate()
    problem = next(p for p in window.document.problems if p.sheet == "Scenarios")
    assert problem.column == "key" and problem.row == 2
    window.sheet_tabs.setCurrentWidget(window.editors["Sites"])
    window.jump_to_problem(problem)
    assert window.editor() is editor
    current = editor.proxy.mapToSource(editor.view.currentIndex())
    assert (current.row(), editor.model.columns()[current.column()]) == (0, "key")
    assert editor.model.data(editor.model.index(0, key), Qt.ItemDataRole.BackgroundRole)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    moved = editor.proxy.mapToSource(editor.view.currentIndex())
    assert editor.model.columns()[moved.column()] == "column"
