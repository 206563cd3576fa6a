"""Reports are of the plan that is shown: never of stale results, and always of its inputs."""

import datetime as dt

import openpyxl
import pytest

from twinparks.models.solve import solve
from twinparks.report_sheets import header_text
from twinparks.workbook import read_workbook

SOLVE_TIMEOUT_MS = 60_000
NEW_CAPACITY = 1_000_000


@pytest.fixture
def window(make_window):
    return make_window()


def _solve(window, qtbot):
    with qtbot.waitSignal(window.runner.finished, timeout=SOLVE_TIMEOUT_MS):
        window.act_solve.trigger()
    assert window.document.plan is not None and not window.document.stale


def _edit_first_plant(window):
    editor = window.editors["Plants"]
    model = editor.model
    section = model.columns().index("capacity")
    assert model.setData(model.index(0, section), NEW_CAPACITY)
    return str(model.table["id"].iloc[0])


def _rows(sheet):
    """Header and rows of a report sheet (the header is the first row with text)."""
    rows = [r for r in sheet.iter_rows(values_only=True) if any(c is not None for c in r)]
    return [str(c) for c in rows[0]], rows[1:]


def _value(book, sheet, key_column, key, column):
    header, rows = _rows(book[sheet])
    return next(r[header.index(column)] for r in rows if r[header.index(key_column)] == key)


def test_export_of_stale_results_asks_to_solve_and_writes_nothing_when_declined(
        window, qtbot, monkeypatch, tmp_path):
    _solve(window, qtbot)
    _edit_first_plant(window)
    assert window.document.stale
    questions, paths = [], []
    monkeypatch.setattr(window, "ask_yes_no", lambda title, text: questions.append(text))
    monkeypatch.setattr(window, "ask_report_path", lambda name: paths.append(name) or ("", ""))
    window.act_export.trigger()
    assert len(questions) == 1 and "changed after the last solve" in questions[0]
    assert paths == [] and not window.runner.running  # declined: nothing solved or written


def test_export_after_an_edit_solves_first_and_the_report_matches_its_inputs(
        window, qtbot, monkeypatch, tmp_path):
    _solve(window, qtbot)
    plant = _edit_first_plant(window)
    target = tmp_path / "plan.xlsx"
    notes = []
    monkeypatch.setattr(window, "ask_yes_no", lambda title, text: True)
    monkeypatch.setattr(window, "ask_report_path", lambda name: (str(target), ""))
    monkeypatch.setattr(window, "show_info", lambda title, text: notes.append(text))
    window.act_export.trigger()  # stale: solves, then exports the fresh plan
    qtbot.waitUntil(lambda: target.exists() and bool(notes), timeout=SOLVE_TIMEOUT_MS)
    assert notes == [f"Report written to {target}"]
    book = openpyxl.load_workbook(target)
    # the input sheet and the result sheet agree (they said 1,000,000 and 3,500,000)
    assert _value(book, "Plants", "id", plant, "capacity") == NEW_CAPACITY
    assert _value(book, "Production", header_text("production", "plant", "USD"), plant,
                  header_text("production", "capacity", "USD")) == NEW_CAPACITY
    # the report states when it was solved, and equals a fresh solve of its own inputs
    facts = {r[0]: r[1] for r in book["Summary"].iter_rows(max_col=2, values_only=True) if r[0]}
    solved_at = window.document.solved_at
    assert facts["solved at"] == solved_at.strftime("%Y-%m-%d %H:%M")
    assert dt.datetime.now() - solved_at < dt.timedelta(minutes=5)
    fresh = solve(read_workbook(target).network)
    objective = next(v for k, v in facts.items() if str(k).startswith("objective"))
    assert fresh.optimal and objective == pytest.approx(fresh.objective, rel=1e-9)


def test_the_map_says_when_its_flows_are_out_of_date(window, qtbot):
    _solve(window, qtbot)
    banner = window.map.stale_banner
    assert banner.isHidden()
    _edit_first_plant(window)
    # the window shows the Results after a solve: the map takes the plan when shown
    window.output_tabs.setCurrentWidget(window.map)
    assert window.map._plan is window.document.plan
    assert not banner.isHidden() and "out of date" in banner.text()
    _solve(window, qtbot)
    assert banner.isHidden()
