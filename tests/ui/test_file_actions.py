"""Open, save and export in the app: the planner's file kept whole, every failure shown."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.io import test_hostile_round2 as hostile
from tests.io.builders import valid_sheets, write_xlsx
from tests.io.planner_book import lost_features, planner_book
from tests.io.test_hostile_round2 import damaged_deflate, huge_capacity, password_protected
from tests.io.test_lossless_save import with_chart
from twinparks.models.commands import InsertRows, SetCells
from twinparks.models.problems import errors
from twinparks.models.solve import solve
from twinparks.overwrite import is_report
from twinparks.ui import report_export
from twinparks.workbook import read_workbook


@pytest.fixture
def window(window_recording_errors):
    return window_recording_errors


@pytest.fixture
def planner(tmp_path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    path = planner_book(folder / "plan.xlsx")
    os.chmod(path, 0o664)
    link = tmp_path / "plan.xlsx"
    link.symlink_to(path)
    return link


def test_save_through_a_symlink_keeps_the_whole_workbook(window, planner):
    assert window.load_path(planner)
    window.document.push(SetCells("Plants", [(0, "capacity", 1500)]))
    window.document.push(InsertRows("Sites", 3, [{"id": "BH", "name": "Beihai",
                                                 "country": "CN"}]))
    assert window.save_file(), window.errors
    assert planner.is_symlink()
    real = planner.resolve()
    assert oct(real.stat().st_mode & 0o777) == oct(0o664)
    assert lost_features(real) == []
    assert read_workbook(planner).network.equals(window.document.network)
    assert not window.isWindowModified()


def test_a_failed_save_says_why_and_keeps_the_edits(window, planner):
    assert window.load_path(planner)
    window.document.push(SetCells("Plants", [(0, "capacity", 1500)]))
    shutil.rmtree(planner.resolve().parent)               # the share went away
    assert not window.save_file()
    assert window.errors and "does not exist" in window.errors[-1]
    assert ".tmp" not in window.errors[-1] and "Traceback" not in window.errors[-1]
    assert window.document.modified and window.isWindowModified()
    assert window.document.path == planner
    assert window.document.network.table("Plants")["capacity"].iloc[0] == 1500


def test_close_then_save_that_fails_keeps_the_window_open(window, planner, monkeypatch):
    assert window.load_path(planner)
    window.document.push(SetCells("Plants", [(0, "capacity", 1500)]))
    shutil.rmtree(planner.resolve().parent)
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Save)
    assert not window.close()
    assert window.isVisible() and window.document.modified
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard)


def test_a_control_character_is_named_with_its_cell(window, planner):
    assert window.load_path(planner)
    window.document.push(SetCells("Sites", [(0, "name", "Qin\x01zhou")]))
    assert not window.save_file()
    assert "Sites!B2" in window.errors[-1] and window.document.modified


def test_saving_over_a_chart_asks_first(window, tmp_path, monkeypatch):
    path = with_chart(tmp_path / "charts.xlsx")
    assert window.load_path(path)
    window.document.push(SetCells("Plants", [(0, "capacity", 1500)]))
    questions = []
    monkeypatch.setattr(window, "ask_yes_no",
                        lambda title, text: questions.append(text) or False)
    assert not window.save_file()
    assert "1 chart on sheet 'Volumes'" in questions[0] and window.document.modified
    monkeypatch.setattr(window, "ask_yes_no", lambda title, text: True)
    assert window.save_file() and not window.document.modified


@pytest.mark.parametrize("make", [damaged_deflate, password_protected],
                         ids=["damaged", "password"])
def test_a_failed_open_changes_nothing(window, tmp_path, make):
    network, path = window.document.network, window.document.path
    title = window.windowTitle()
    assert not window.load_path(make(tmp_path / "bad.xlsx"))
    assert window.errors and "bad.xlsx" in window.errors[-1]
    assert window.document.network is network and window.document.path == path
    assert window.windowTitle() == title


def test_an_unexpected_failure_while_opening_is_a_message(window, tmp_path, monkeypatch):
    network = window.document.network

    def broken(path, report):  # in the worker thread that reads the workbook
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr("twinparks.ui.open_progress.read_document", broken)
    assert not window.load_path(tmp_path / "plan.xlsx")
    assert "disk controller on fire" in window.errors[-1]
    assert window.document.network is network


def test_folders_and_huge_numbers_open_with_problems_and_the_app_stays_up(window, tmp_path,
                                                                         checked):
    assert not window.load_path(tmp_path)
    assert "folder" in window.errors[-1]
    assert window.load_path(huge_capacity(tmp_path / "huge.xlsx"))
    assert any(p.where == "Plants!D2" for p in checked(window.document))
    window.sheet_tabs.setCurrentWidget(window.editors["Plants"])
    window.grab()                                  # paints the 401-digit cell


def solved(window):
    plan = solve(window.document.network)
    assert plan.optimal
    window.document.set_plan(plan)
    return plan


def answer_export(window, monkeypatch, target: Path, replace: bool = False) -> list[str]:
    """Answer the export's file dialog with ``target`` and its replace question with ``replace``;
    the messages it shows are returned (the "report written" note left out)."""
    shown = []
    monkeypatch.setattr(window, "ask_report_path",
                        lambda suggested: (str(target), report_export.EXCEL_FILTER))
    monkeypatch.setattr(window, "show_info", lambda title, text: shown.append(text)
                        if "written to" not in text else None)
    monkeypatch.setattr(report_export, "_ask_replace",
                        lambda parent, path: shown.append(f"asked {path}") or replace)
    return shown


def test_export_never_writes_over_the_workbook(window, planner, monkeypatch):
    assert window.load_path(planner)
    solved(window)
    before = planner.resolve().read_bytes()
    shown = answer_export(window, monkeypatch, planner.resolve(), replace=True)
    window.export_report()
    assert shown and "workbook being read" in shown[-1]
    assert planner.resolve().read_bytes() == before


def test_export_asks_before_replacing_a_file_it_did_not_write(window, tmp_path, monkeypatch):
    solved(window)
    other = tmp_path / "minutes.xlsx"
    other.write_text("the minutes")
    shown = answer_export(window, monkeypatch, other, replace=False)
    window.export_report()
    assert shown == [f"asked {other}"] and other.read_text() == "the minutes"
    shown = answer_export(window, monkeypatch, other, replace=True)
    window.export_report()
    assert is_report(other)
    shown = answer_export(window, monkeypatch, other, replace=False)
    window.export_report()
    assert shown == [], "its own report is replaced without asking"


def test_what_reading_found_is_listed_with_the_problems(window, tmp_path, checked):
    path = write_xlsx(tmp_path / "hidden.xlsx", valid_sheets(), hidden=["Tariffs"])
    assert window.load_path(path)
    assert [p.where for p in window.document.problems] == ["Tariffs"]  # while checking
    assert [p.where for p in checked(window.document)] == ["Tariffs"]
    assert "hidden" in window.document.problems[0].message


HOSTILE = {name: getattr(hostile, name) for name in (
    "huge_capacity", "huge_factor", "huge_recipe", "huge_demand", "damaged_deflate",
    "flagged_encrypted", "strict_xml", "password_protected", "notes_far_cell",
    "array_in_known_column")}
HOSTILE["far-cell"] = hostile.far_cell("XFD1048576")
HOSTILE["beyond-grid"] = hostile.far_cell("XFE1")


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_files_are_explained_and_the_app_stays_up(window, tmp_path, make, checked):
    path = make(tmp_path / "hostile.xlsx")
    before = window.document.network
    opened = window.load_path(path)
    if opened:
        assert errors(checked(window.document)), "the problems are listed"
        for editor in window.editors.values():  # every sheet painted with what it holds
            window.sheet_tabs.setCurrentWidget(editor)
            editor.grab()
    else:
        assert window.errors and "hostile.xlsx" in window.errors[-1]
        assert window.document.network is before
    assert window.isVisible()
