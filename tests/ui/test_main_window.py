"""The main window on the bundled dataset: edit, undo, paste, rows, solve, save, cancel."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_solve_runner import multicommodity_network
from twinparks.example import example_path
from twinparks.models.solve import SolveOptions, solve
from twinparks.workbook import read_workbook

SOLVE_TIMEOUT_MS = 60_000


@pytest.fixture
def window(make_window):
    return make_window()


def _sites(window):
    return window.document.network.table("Sites")


def _edit(window, sheet, row, column, value):
    editor = window.editors[sheet]
    window.sheet_tabs.setCurrentWidget(editor)
    model = editor.model
    section = model.columns().index(column)
    assert model.setData(model.index(row, section), value, Qt.ItemDataRole.EditRole)


def test_title_shows_file_and_unsaved_mark(window):
    assert window.windowTitle().startswith("qinzhou_kuantan.xlsx (copy, not saved yet)[*]")
    assert not window.isWindowModified()
    _edit(window, "Sites", 0, "name", "Kuantan park")
    assert window.isWindowModified()


def test_edit_undo_redo(window):
    before = _sites(window)["name"].iloc[0]
    _edit(window, "Sites", 0, "name", "Renamed")
    assert _sites(window)["name"].iloc[0] == "Renamed"
    assert "Sites" in window.act_undo.text()
    window.act_undo.trigger()
    assert _sites(window)["name"].iloc[0] == before
    window.act_redo.trigger()
    assert _sites(window)["name"].iloc[0] == "Renamed"


def test_number_cell_refuses_text_through_the_editor(window, qtbot):
    editor = window.editors["Plants"]
    window.sheet_tabs.setCurrentWidget(editor)
    section = editor.model.columns().index("capacity")
    index = editor.proxy.index(0, section)
    before = editor.model.raw(0, section)
    delegate = editor.view.itemDelegate()
    widget = delegate.createEditor(editor.view.viewport(), None, index)
    widget.setText("lots")
    delegate.setModelData(widget, editor.proxy, index)
    assert editor.model.raw(0, section) == before


def test_paste_block_is_one_undo_step(window):
    editor = window.editors["Sites"]
    window.sheet_tabs.setCurrentWidget(editor)
    names = editor.model.columns().index("name")
    editor.select_cell(1, names)
    before = window.document.network.copy()
    editor.paste("A\tMY\nB\tCN\nC\tSG\n")
    sites = _sites(window)
    assert list(sites["name"].iloc[1:4]) == ["A", "B", "C"]
    assert list(sites["country"].iloc[1:4]) == ["MY", "CN", "SG"]
    window.act_undo.trigger()
    assert window.document.network.equals(before)


def test_paste_past_the_end_adds_rows_in_the_same_step(window):
    editor = window.editors["Demand"]
    count = len(window.document.network.table("Demand"))
    editor.select_cell(count - 1, 0)
    editor.paste("KUANTAN\trebar\t5\nKUANTAN\trebar\t6\n")
    assert len(window.document.network.table("Demand")) == count + 1
    window.act_undo.trigger()
    assert len(window.document.network.table("Demand")) == count


def test_add_and_delete_rows(window):
    editor = window.editors["Lanes"]
    window.sheet_tabs.setCurrentWidget(editor)
    count = len(window.document.network.table("Lanes"))
    editor.add_row()
    assert len(window.document.network.table("Lanes")) == count + 1
    assert any(p.sheet == "Lanes" for p in _problems_after_validation(window))
    editor.view.selectRow(0)
    editor.view.selectRow(1)
    rows = editor.selected_source_rows()
    editor.delete_rows()
    assert len(window.document.network.table("Lanes")) == count + 1 - len(rows)
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert len(window.document.network.table("Lanes")) == count


def _problems_after_validation(window):
    window.document.revalidate()
    return window.document.problems


def test_problem_double_click_jumps_to_cell(window):
    _edit(window, "Plants", 2, "capacity", "lots")
    problems = _problems_after_validation(window)
    problem = next(p for p in problems if p.sheet == "Plants")
    window.sheet_tabs.setCurrentIndex(0)
    window.jump_to_problem(problem)
    editor = window.editors["Plants"]
    assert window.editor() is editor
    current = editor.proxy.mapToSource(editor.view.currentIndex())
    assert current.row() == 2
    assert editor.model.columns()[current.column()] == "capacity"


def test_solve_is_refused_while_errors_remain(window, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    _edit(window, "Plants", 0, "capacity", "lots")
    window.solve()  # validates the edit in the background first
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert not window.runner.running


def test_solve_matches_the_command_line_plan(window, qtbot):
    with qtbot.waitSignal(window.runner.finished, timeout=SOLVE_TIMEOUT_MS):
        window.act_solve.trigger()
    plan = window.document.plan
    reference = solve(read_workbook(example_path()).network, SolveOptions(solver="highs"))
    assert plan.status == "optimal"
    assert plan.objective == pytest.approx(reference.objective, rel=1e-9)
    for name in ("production", "lanes", "demand"):
        mine, theirs = plan.tables[name], reference.tables[name]
        assert len(mine) == len(theirs)
    _edit(window, "Demand", 0, "quantity", 1)
    assert window.document.stale


def test_cancel_a_long_solve_from_the_window_within_two_seconds(window, qtbot):
    window.document.load(multicommodity_network(150, 150, 6), None)
    window.solve()
    qtbot.waitUntil(lambda: window.runner.stage == "solving", timeout=30_000)
    qtbot.wait(500)
    assert window.act_cancel.isEnabled()
    started = time.perf_counter()
    with qtbot.waitSignal(window.runner.finished, timeout=5_000) as blocker:
        window.act_cancel.trigger()
    assert time.perf_counter() - started < 2.0
    assert blocker.args[0].status == "cancelled"
    assert window.document.plan is None and window.act_solve.isEnabled()


def test_save_and_reopen_gives_the_same_network(window, tmp_path, monkeypatch):
    _edit(window, "Sites", 0, "name", "=not a formula")
    target = tmp_path / "saved.xlsx"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    assert window.save_file_as()
    assert not window.isWindowModified()
    saved = window.document.network.copy()
    assert read_workbook(target).network.equals(saved)
    assert window.load_path(target)
    assert window.document.network.equals(saved)
    assert str(target.resolve()) == window.settings.recent_files[0]


def test_opening_a_broken_file_leaves_the_model_untouched(window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.xlsx"
    broken.write_text("id,name\n1,2\n")
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    before = window.document.network.copy()
    assert not window.load_path(broken)
    assert errors and "broken.xlsx" in errors[0]
    assert window.document.network.equals(before)
    assert window.document.path is None  # still the bundled dataset's untitled copy
    assert window.document.untitled_name == example_path().name


def test_save_of_the_bundled_dataset_asks_for_a_name(window, tmp_path, monkeypatch):
    bundled = example_path().read_bytes()
    _edit(window, "Sites", 0, "name", "Edited copy")
    asked = []
    monkeypatch.setattr(window, "ask_save_path", lambda: asked.append(1) or "")
    window.act_save.trigger()  # Ctrl+S: cancelled in the dialog, nothing written
    assert asked and example_path().read_bytes() == bundled
    target = tmp_path / "mine.xlsx"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    window.act_save.trigger()
    assert example_path().read_bytes() == bundled
    assert window.document.path == target
    assert read_workbook(target).network.table("Sites")["name"].iloc[0] == "Edited copy"
    assert window.windowTitle().startswith("mine.xlsx[*]")


def test_close_with_unsaved_changes_asks(window, monkeypatch):
    _edit(window, "Sites", 0, "name", "changed")
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_screenshots_of_the_main_views(window, qtbot, screenshots):
    assert window.grab().save(str(screenshots / "main_editors_map.png"))
    assert window.problems.model.rowCount() == 0 and window.document.plan is None
    _edit(window, "Plants", 1, "capacity", -5)
    window.document.revalidate()
    assert window.grab().save(str(screenshots / "main_problems.png"))
    assert window.problems.model.rowCount() == 1  # the one bad cell, listed
    window.act_undo.trigger()
    with qtbot.waitSignal(window.runner.finished, timeout=SOLVE_TIMEOUT_MS):
        window.solve()
    # the Results are shown; the map takes the plan once it is in front, not before
    assert window.output_tabs.currentWidget() is window.results and window.map._plan is None
    window.output_tabs.setCurrentWidget(window.map)
    assert window.map._plan is window.document.plan
    window.map.wait_lanes()  # the flows' image is painted in a worker: show it
    assert window.grab().save(str(screenshots / "main_map_solved.png"))
    assert window.document.plan.optimal and window.output_tabs.currentWidget() is window.map
    window.output_tabs.setCurrentWidget(window.results)
    for i in range(window.results.count()):
        window.results.setCurrentIndex(i)
        QApplication.processEvents()
        assert window.results.currentWidget().isVisible()
        assert window.grab().save(str(screenshots / f"main_results_{i}.png"))
    assert window.results.summary.kpi["total_cost"].text() != "–"
