"""Opening shows the workbook first and validates it after, in the background.

Until the validation's result arrives the document is ``checking``: the
Problems panel and the status bar say so, and a solve waits for the result
(it is refused if the result has errors). States and signals, never times.
"""

from __future__ import annotations

import pytest

from twinparks.example import example_path
from twinparks.models.commands import SetCells
from twinparks.workbook import read_workbook, write_workbook

SOLVE_TIMEOUT_MS = 60_000


@pytest.fixture
def window(window_recording_errors):
    return window_recording_errors


@pytest.fixture
def broken_capacity(tmp_path):
    """The bundled dataset with one negative plant capacity (Plants row 3, column capacity)."""
    network = read_workbook(example_path()).network
    plants = network.tables["Plants"]
    plants.iat[1, list(plants.columns).index("capacity")] = -5.0
    path = tmp_path / "broken.xlsx"
    write_workbook(network, path)
    return path


def _capacity_problems(problems):
    return [p for p in problems if p.sheet == "Plants" and p.column == "capacity"]


def test_the_sheets_show_before_the_problems_arrive(window, broken_capacity, qtbot):
    assert window.load_path(broken_capacity)
    document, panel = window.document, window.problems
    assert document.path == broken_capacity
    plants = window.editors["Plants"].model
    assert plants.rowCount() == len(read_workbook(broken_capacity).network.tables["Plants"])
    assert document.checking and not document.problems_current
    assert document.problems == [] and panel.model.rowCount() == 0
    assert panel.summary.text() == "Checking the network…"
    assert window.statusBar().currentMessage() == "Checking broken.xlsx…"
    with qtbot.waitSignal(document.problemsChanged, timeout=60_000) as blocker:
        pass
    found = _capacity_problems(blocker.args[0])
    assert found and found[0].row == 3
    assert not document.checking
    assert panel.model.rowCount() == len(document.problems)
    assert panel.summary.text().startswith("1 error(s)")
    section = plants.columns().index("capacity")
    assert plants.problems_at(1, section) == found  # the cell is tinted now
    assert window.statusBar().currentMessage() == ""


def test_a_solve_asked_before_the_check_is_refused_when_errors_come(window, broken_capacity,
                                                                    qtbot):
    started = []
    window.runner.started.connect(lambda: started.append(1))
    assert window.load_path(broken_capacity)
    assert window.document.checking
    window.act_solve.trigger()
    qtbot.waitUntil(lambda: bool(window.errors), timeout=60_000)
    assert "Cannot solve yet" in window.errors[-1]
    assert _capacity_problems(window.document.problems)
    assert not started and not window.runner.running and window.document.plan is None


def test_a_solve_asked_before_the_check_starts_once_it_is_clean(window, qtbot, checked):
    assert window.load_path(example_path())
    assert window.document.checking
    current_at_start = []
    window.runner.started.connect(lambda: current_at_start.append(window.document.checking))
    with qtbot.waitSignal(window.runner.finished, timeout=SOLVE_TIMEOUT_MS) as blocker:
        window.act_solve.trigger()
    assert current_at_start == [False]  # it started only after validation was done
    assert blocker.args[0].optimal and window.document.plan is blocker.args[0]


def test_an_edit_during_the_check_is_checked_too(window, broken_capacity, checked):
    assert window.load_path(broken_capacity)
    window.document.push(SetCells("Plants", [(1, "capacity", 500.0)]))  # fixed meanwhile
    assert window.document.checking
    assert not _capacity_problems(checked(window.document))
    assert window.problems.summary.text() == "No problems: the network can be solved."
    window.act_undo.trigger()  # the file's value again, and its problem
    assert _capacity_problems(checked(window.document))


def test_a_second_open_drops_the_first_check(window, broken_capacity, checked):
    assert window.load_path(broken_capacity)
    assert window.load_path(example_path())
    assert window.document.untitled_name == example_path().name
    assert not _capacity_problems(checked(window.document))
    assert window.problems.model.rowCount() == 0


def test_a_validation_that_breaks_is_an_error_and_nothing_solves(window, monkeypatch, qtbot,
                                                                 checked):
    def broken(network, memo, report):  # a bug in validation, in its worker thread
        raise RuntimeError("validator on fire")

    monkeypatch.setattr("twinparks.ui.document._validate_job", broken)
    assert window.load_path(example_path())
    problems = checked(window.document)
    assert [p.severity for p in problems] == ["error"]
    assert "validator on fire" in problems[0].message
    window.act_solve.trigger()
    qtbot.waitUntil(lambda: bool(window.errors), timeout=10_000)
    assert not window.runner.running and window.document.plan is None
