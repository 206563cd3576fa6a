"""The report workbook: Summary with charts, formatted result sheets, input sheets as solved.

Sheets, in order: ``Summary`` (file, date, solver and status, the KPIs of
``Plan.summary()`` and native charts), the result sheets of
:data:`twinparks.report_sheets.RESULT_SHEETS`, then the input sheets exactly
as :func:`twinparks.workbook.build_book` writes them, so opening the report
in the app and solving gives the same plan. The date is an argument so
that a report can be reproduced exactly. The workbook is streamed
(:mod:`twinparks.xlsx_stream`): a million-variable plan is written in
linear time and flat memory, and the file appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from twinparks import __version__
from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.overwrite import REPORT_KEYWORD, check_replace, is_report
from twinparks.report_charts import add_charts, chart_tables, write_chart_data
from twinparks.report_content import figures
from twinparks.report_inputs import write_input_sheets
from twinparks.report_print import set_print_layout
from twinparks.report_sheets import INTEGER, MONEY, NAVY, RESULT_SHEETS, write_result_sheets
from twinparks.xlsx_stream import CellWriter, Formats, write_book

TITLE = "Twin Parks planning report"
DATE_FORMAT = "%Y-%m-%d %H:%M"
SUMMARY_WIDTHS = (44, 22, 16, 3)  # A:D, the charts start at E
__all__ = ["REPORT_KEYWORD", "RESULT_SHEETS", "TITLE", "is_report", "report_rows",
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


def fill_report(book, formats: Formats, network: Network, plan: Plan, source: str,
                when: dt.datetime) -> None:
    """Summary, result sheets, then the input sheets exactly as solved, into ``book``."""
    currency = str(network.setting("currency"))
    cells = CellWriter(formats)
    summary = book.add_worksheet("Summary")
    last = _write_kpis(summary, cells, report_rows(plan, source, currency, when))
    band = None  # the Summary's second band of charts, where a printed page starts
    if plan.optimal:
        where = write_chart_data(summary, cells, chart_tables(network, plan), last + 2, currency)
        band = add_charts(book, summary, where, plan.tables["production"], currency)
    write_result_sheets(book, cells, plan.tables, currency)
    write_input_sheets(book, cells, network)
    set_print_layout(book.worksheets(), summary.name, (band,) if band else ())
    summary.activate()
    stamp = when.replace(microsecond=0)
    book.set_properties({"author": f"Twin Parks planner {__version__}",
                         "title": f"{TITLE}: {source}", "keywords": REPORT_KEYWORD,
                         "created": stamp})


def _write_kpis(summary, cells: CellWriter, rows: list[tuple[str, object]]) -> int:
    """Title, then the key/value rows in A:B; returns the last row written (1-based)."""
    summary.set_row(0, 26)
    cells.value(summary, 0, 0, TITLE, cells.formats(bold=True, font_size=16,
                                                    font_color=f"#{NAVY}"))
    for r, (key, value) in enumerate(rows, start=1):
        bold = {"bold": True} if key.startswith(("objective", "status")) else {}
        number = {}
        if isinstance(value, float):
            number = {"num_format": "0.00%" if key.endswith("(share)") else
                      MONEY if key.startswith(("objective", "cost")) else INTEGER}
        cells.value(summary, r, 0, key, cells.formats(**bold))
        cells.value(summary, r, 1, value, cells.formats(align="right", **bold, **number))
    for col, width in enumerate(SUMMARY_WIDTHS):
        summary.set_column(col, col, width)
    return len(rows) + 1


def write_report(network: Network, plan: Plan, path: Path, source: str,
                 force: bool = False, when: dt.datetime | None = None,
                 inputs: tuple[Path, ...] = (), language: str | None = None) -> None:
    """Write the report workbook atomically.

    The workbook is in English whatever ``language`` says: its sheets and
    headers are the workbook format, read back when the report is opened.

    An existing file is replaced only if it is a report of ours, or with
    ``force``; never one of ``inputs`` (the workbook the report is about).
    """
    check_replace(Path(path), force=force, inputs=inputs)
    when = when or dt.datetime.now()
    write_book(Path(path), lambda book, formats: fill_report(book, formats, network, plan,
                                                             source, when))
