"""A planner's day in the real window: open, edit, paste, solve, export, language, scenarios,
stress, save — no exception, and the saved workbook differs only in the cells edited.

Runs offscreen like every GUI test; ``xvfb-run -a env QT_QPA_PLATFORM=xcb pytest
tests/ui/test_planner_day.py`` runs it on a real X server. Screenshots go to
the session's temporary screenshots folder (day_*.png).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from twinparks.models.commands import InsertRows

TIMEOUT_MS = 120_000


def _cells(path: Path) -> dict[tuple[str, str], object]:
    book = openpyxl.load_workbook(path)
    return {(sheet.title, cell.coordinate): cell.value for sheet in book.worksheets
            for row in sheet.iter_rows() for cell in row if cell.value is not None}


def _shot(window, folder: Path, name: str) -> None:
    assert window.grab().save(str(folder / f"day_{name}.png"))


def _set(window, sheet: str, row: int, column: str, value) -> str:
    editor = window.editors[sheet]
    window.sheet_tabs.setCurrentWidget(editor)
    section = editor.model.columns().index(column)
    assert editor.model.setData(editor.model.index(row, section), value,
                                Qt.ItemDataRole.EditRole)
    return f"{openpyxl.utils.get_column_letter(section + 1)}{row + 2}"


def test_a_planners_day(make_window, qtbot, tmp_path, monkeypatch, screenshots):
    window = make_window()
    start = tmp_path / "day.xlsx"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(start))
    assert window.save_file()  # the bundled dataset is an untitled copy: Save asks
    before = _cells(start)
    _shot(window, screenshots, "1_opened")

    edited = {("Sites", _set(window, "Sites", 0, "name", "Kuantan park (edited)")),
              ("Plants", _set(window, "Plants", 1, "capacity", 3_200_000))}
    demand = window.editors["Demand"]
    window.sheet_tabs.setCurrentWidget(demand)
    quantity = demand.model.columns().index("quantity")
    demand.select_cell(0, quantity)
    demand.paste("123456\n654321\n")
    edited |= {("Demand", f"{openpyxl.utils.get_column_letter(quantity + 1)}{r}")
               for r in (2, 3)}

    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT_MS) as solved:
        window.act_solve.trigger()
    assert solved.args[0].optimal
    _shot(window, screenshots, "2_solved")

    report = tmp_path / "day-report.xlsx"
    notes = []
    monkeypatch.setattr(window, "ask_report_path", lambda name: (str(report), ""))
    monkeypatch.setattr(window, "show_info", lambda title, text: notes.append(text))
    window.act_export.trigger()
    assert notes == [f"Report written to {report}"] and report.exists()

    window.language_menu.choose("zh_CN")
    qtbot.wait(50)
    _shot(window, screenshots, "3_chinese")
    window.language_menu.choose("en")
    qtbot.wait(50)

    window.document.push(InsertRows("Scenarios", 0, [
        {"scenario": "tight rebar", "sheet": "Plants", "key": "KT_REBAR",
         "column": "capacity", "factor": 0.5}]))
    window.output_tabs.setCurrentWidget(window.scenarios)
    with qtbot.waitSignal(window.scenarios.solved, timeout=TIMEOUT_MS) as compared:
        window.scenarios.solve_all()
    names = [r.name for r in compared.args[0]]
    assert names[:2] == ["base", "tight rebar"] and len(names) == len(set(names))
    _shot(window, screenshots, "4_scenarios")
    with qtbot.waitSignal(window.scenarios.stressed, timeout=TIMEOUT_MS) as stressed:
        window.scenarios.run_stress()
    ranking = stressed.args[0]
    table = window.scenarios.stress_table
    for column in range(table.model().columnCount()):  # figures are shown whole
        text = str(table.model().index(0, column).data())
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text)
    levels = list(ranking["service_level"])
    assert all(a <= b + 1e-9 for a, b in zip(levels, levels[1:], strict=False))
    _shot(window, screenshots, "5_stress")

    window.act_save.trigger()
    after = _cells(start)
    changed = {(sheet, cell) for (sheet, cell) in before.keys() | after.keys()
               if before.get((sheet, cell)) != after.get((sheet, cell))}
    assert {c for c in changed if c[0] != "Scenarios"} == edited
    assert {c for c in changed if c[0] == "Scenarios"}  # the scenario added, on its sheet
