"""The report workbook: Summary and result sheets, then the input sheets as solved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.styles import Font

from models.network import Network
from models.plan import COST_KEYS, Plan
from twinparks import __version__
from twinparks.archive import check_archive
from twinparks.workbook import build_book, save_book, set_cell, write_table

REPORT_KEYWORD = "twinparks-report"
# Lanes, Demand and Supply are input sheet names, so their results get their own names.
RESULT_SHEETS = {"Production": "production", "Lane use": "lanes", "Flows": "flows",
                 "Demand met": "demand", "Supply use": "supply", "Bottlenecks": "bottlenecks"}
HEADER_FONT = Font(bold=True)


def report_rows(plan: Plan, source: str, currency: str) -> list[tuple[str, object]]:
    """The Summary sheet's key/value rows (also what tests compare with ``--json``)."""
    rows: list[tuple[str, object]] = [
        ("workbook", source), ("solved at", dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("solver", plan.solver), ("status", plan.status),
        (f"objective ({currency})", plan.objective)]
    rows += [(f"cost: {key} ({currency})", plan.costs[key]) for key in COST_KEYS]
    rows += [("co2_tonnes", plan.co2_tonnes), ("service_level", plan.service_level),
             ("unmet_units", plan.unmet_units)]
    return rows


def report_book(network: Network, plan: Plan, source: str) -> openpyxl.Workbook:
    """Summary, result sheets, then the input sheets exactly as solved."""
    book = build_book(network)
    summary = book.create_sheet("Summary", 0)
    for r, (key, value) in enumerate(report_rows(plan, source, str(network.setting("currency"))),
                                     start=1):
        set_cell(summary.cell(row=r, column=1), key)
        set_cell(summary.cell(row=r, column=2), value)
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 24
    for position, (title, name) in enumerate(RESULT_SHEETS.items(), start=1):
        sheet = book.create_sheet(title, position)
        write_table(sheet, _plain(plan.tables[name]))
        for cell in sheet[1]:
            cell.font = HEADER_FONT
        sheet.freeze_panes = "A2"
    book.properties.creator = f"Twin Parks planner {__version__}"
    book.properties.keywords = REPORT_KEYWORD
    return book


def _plain(table: pd.DataFrame) -> pd.DataFrame:
    """Object cells with NaN as blank, so the writer sees plain Python values."""
    return table.astype(object).where(table.notna(), None)


def is_report(path: Path) -> bool:
    """Whether ``path`` is a report this tool wrote (safe to replace whole)."""
    if check_archive(path):
        return False
    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - anything unreadable is not our report
        return False
    try:
        return book.properties.keywords == REPORT_KEYWORD
    finally:
        book.close()


def write_report(network: Network, plan: Plan, path: Path, source: str,
                 force: bool = False) -> None:
    """Write the report workbook atomically (refusing to clobber a richer workbook)."""
    save_book(report_book(network, plan, source), path, force=force, replaceable=is_report)
