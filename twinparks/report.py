"""The report workbook: Summary with charts, formatted result sheets, input sheets as solved.

Sheets, in order: ``Summary`` (file, date, solver and status, the KPIs of
``Plan.summary()`` and native charts), the result sheets of
:data:`twinparks.report_sheets.RESULT_SHEETS`, then the input sheets exactly
as :func:`twinparks.workbook.build_book` writes them, so opening the report
in the app and solving gives the same plan. The date is an argument so
that a report can be reproduced exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from twinparks import __version__
from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.overwrite import REPORT_KEYWORD, check_replace, is_report
from twinparks.report_charts import SECOND_BAND_ROW, add_charts, chart_tables, write_chart_data
from twinparks.report_content import figures
from twinparks.report_print import set_print_layout
from twinparks.report_sheets import (
    HEADER_FILL,
    HEADER_FONT,
    INTEGER,
    MONEY,
    NAVY,
    RESULT_SHEETS,
    write_result_sheets,
)
from twinparks.workbook import build_book, save_book, set_cell

TITLE = "Twin Parks planning report"
DATE_FORMAT = "%Y-%m-%d %H:%M"
__all__ = ["REPORT_KEYWORD", "RESULT_SHEETS", "TITLE", "is_report", "report_book", "report_rows",
           "write_report"]


def report_rows(plan: Plan, source: str, currency: str,
                when: dt.datetime | None = None) -> list[tuple[str, object]]:
    """The Summary sheet's key/value rows (also what tests compare with ``--json``).

    The values after "status" are :func:`twinparks.report_content.figures`, in
    ``--json`` order (objective, each cost part, ``co2_tonnes``,
    ``service_level``), then the unmet tonnes, unrounded, under their labels
    in ``models/results.csv``.
    """
    when = when or dt.datetime.now()
    rows: list[tuple[str, object]] = [
        ("workbook", source), ("solved at", when.strftime(DATE_FORMAT)),
        ("solver", plan.solver), ("status", plan.status)]
    rows += [(_figure_label(column, currency), value) for column, value in figures(plan)]
    return rows


def _figure_label(column, currency: str) -> str:
    prefix = ("cost: " if column.table == "costs" else
              "objective: " if column.name == "objective" else "")
    unit = "share" if column.kind == "share" else column.unit_text(currency)
    return f"{prefix}{column.label} ({unit})"


def report_book(network: Network, plan: Plan, source: str,
                when: dt.datetime | None = None) -> openpyxl.Workbook:
    """Summary, result sheets, then the input sheets exactly as solved."""
    when = when or dt.datetime.now()
    currency = str(network.setting("currency"))
    book = build_book(network)
    for sheet in list(book.worksheets):
        _style_input(sheet)
    summary = book.create_sheet("Summary", 0)
    last = _write_kpis(summary, report_rows(plan, source, currency, when))
    write_result_sheets(book, plan.tables, currency)
    if plan.optimal:
        where = write_chart_data(summary, chart_tables(network, plan), last + 2, currency)
        add_charts(book, summary, where, len(plan.tables["production"]), currency)
    set_print_layout(book, summary.title, (SECOND_BAND_ROW,) if plan.optimal else ())
    book.active = 0
    book.properties.creator = f"Twin Parks planner {__version__}"
    book.properties.title = f"{TITLE}: {source}"
    book.properties.keywords = REPORT_KEYWORD
    book.properties.created = book.properties.modified = when.replace(microsecond=0)
    return book


def _write_kpis(summary, rows: list[tuple[str, object]]) -> int:
    """Title, then the key/value rows in A:B; returns the last row written."""
    set_cell(summary["A1"], TITLE)
    summary["A1"].font = Font(bold=True, size=16, color=NAVY)
    summary.row_dimensions[1].height = 26
    for r, (key, value) in enumerate(rows, start=2):
        set_cell(summary.cell(row=r, column=1), key)
        cell = summary.cell(row=r, column=2)
        set_cell(cell, value)
        cell.alignment = Alignment(horizontal="right")
        if isinstance(value, float):
            cell.number_format = ("0.00%" if key.endswith("(share)") else
                                  MONEY if key.startswith(("objective", "cost")) else INTEGER)
        if key.startswith(("objective", "status")):
            summary.cell(row=r, column=1).font = cell.font = Font(bold=True)
    summary.column_dimensions["A"].width = 44
    summary.column_dimensions["B"].width = 22
    summary.column_dimensions["C"].width = 16
    summary.column_dimensions["D"].width = 3
    return len(rows) + 1


def _style_input(sheet) -> None:
    """A readable header on an input sheet; its cells stay exactly as solved."""
    if sheet.max_row < 1 or sheet.max_column < 1:
        return
    for cell in sheet[1]:
        if cell.value is not None:
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    sheet.freeze_panes = "A2"


def write_report(network: Network, plan: Plan, path: Path, source: str,
                 force: bool = False, when: dt.datetime | None = None,
                 inputs: tuple[Path, ...] = ()) -> None:
    """Write the report workbook atomically.

    An existing file is replaced only if it is a report of ours, or with
    ``force``; never one of ``inputs`` (the workbook the report is about).
    """
    check_replace(Path(path), force=force, inputs=inputs)
    save_book(report_book(network, plan, source, when), Path(path), force=True)
