"""The report's result sheets, formatted for reading.

Each result table is written under the header and in the number format its
description in ``models/results.csv`` gives (label, unit, kind), with a
styled frozen header row, an autofilter, fitted column widths, and a
conditional format that tints the rows the plan marks as binding.
Only numbers and the planner's identifiers are written, and text is always
written as text (:class:`twinparks.xlsx_stream.CellWriter`), so nothing
becomes a formula. Rows are streamed: column widths are computed from the
table's columns (:mod:`twinparks.report_widths`), never by reading cells back.
"""

from __future__ import annotations

import pandas as pd
from xlsxwriter.utility import xl_col_to_name

from twinparks.models import results
from twinparks.report_widths import fitted_widths
from twinparks.xlsx_stream import CellWriter, frame_rows

# Lanes, Demand and Supply are input sheet names, so their results get their own names.
RESULT_SHEETS = {"Production": "production", "Lane use": "lanes", "Flows": "flows",
                 "Demand met": "demand", "Supply use": "supply", "Bottlenecks": "bottlenecks",
                 "Duty": "duty", "Origin": "origin"}
# Written only when the plan has rows for them (named apart from the input sheets).
OPTIONAL_SHEETS = {"Investment plan": "investments", "Chokepoint use": "chokepoints"}
NAVY, BINDING_FILL, UNMET_FILL, RULE = "1F3B5C", "FCE4C4", "F8D0CE", "B7C4D1"
HEADER = {"bold": True, "font_color": "#FFFFFF", "bg_color": f"#{NAVY}", "pattern": 1}
TABLE_HEADER = {**HEADER, "bottom": 1, "bottom_color": f"#{RULE}", "valign": "vcenter"}
INTEGER, MONEY, PERCENT, DECIMAL = "#,##0", "#,##0.00", "0.0%", "#,##0.0"
HEADER_HEIGHT = 20


# Excel number formats by the kind of a result column (models/results.csv).
KIND_FORMATS = {"count": "0", "quantity": INTEGER, "tonnes": INTEGER, "money": INTEGER,
                "price": MONEY, "share": PERCENT, "days": DECIMAL, "ratio": "#,##0.####"}


def header_text(table: str, column: str, currency: str) -> str:
    """The header a result column gets in the report, e.g. ``Cost (USD/yr)``."""
    spec = results.column(table, column)
    if spec.kind == "share":
        return f"{spec.label} (%)"
    return spec.header(currency)


def number_format(table: str, column: str) -> str | None:
    """The Excel number format of a result column (None: as written)."""
    return KIND_FORMATS.get(results.column(table, column).kind)


def result_sheet_titles(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Sheet title → plan table of every result sheet, in report order."""
    return {**RESULT_SHEETS, **{title: name for title, name in OPTIONAL_SHEETS.items()
                                if len(tables.get(name, ()))}}


def write_result_sheet(sheet, cells: CellWriter, table_name: str, table: pd.DataFrame,
                       currency: str) -> None:
    """One result table as a formatted sheet."""
    columns = results.names(table_name)
    headers = [header_text(table_name, column, currency) for column in columns]
    formats = [number_format(table_name, column) for column in columns]
    frame = table[columns]
    sheet.set_row(0, HEADER_HEIGHT)
    header = cells.formats(**TABLE_HEADER)
    cells.rows(sheet, [headers], styles=[header] * len(headers))
    styles = [cells.formats(num_format=f) if f else None for f in formats]
    cells.rows(sheet, frame_rows(frame), first_row=1, styles=styles)
    style_table(sheet, fitted_widths(frame, headers, formats), len(table) + 1)
    _highlight(sheet, cells, table_name, columns, len(table) + 1)


def style_table(sheet, widths: list[float], last_row: int) -> None:
    """Frozen header, autofilter and the column widths."""
    if not widths:
        return
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last_row, 2) - 1, len(widths) - 1)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)


def _highlight(sheet, cells: CellWriter, table_name: str, columns: list[str],
               last_row: int) -> None:
    """Binding capacities (and unmet demand) tinted, whatever the planner filters or sorts."""
    if last_row < 2:
        return
    letters = {column: xl_col_to_name(i) for i, column in enumerate(columns)}
    area = (1, 0, last_row - 1, len(columns) - 1)
    binding = cells.formats(bg_color=f"#{BINDING_FILL}").plain
    if "binding" in letters:  # the plan decides what binds; the sheet only tints it
        sheet.conditional_format(*area, {"type": "formula", "format": binding,
                                         "criteria": f"=${letters['binding']}2=TRUE"})
    elif "shadow_price" in letters:
        sheet.conditional_format(*area, {"type": "formula", "format": binding,
                                         "criteria": f"=${letters['shadow_price']}2>0"})
    if table_name == "demand":
        unmet = cells.formats(bg_color=f"#{UNMET_FILL}").plain
        sheet.conditional_format(*area, {"type": "formula", "format": unmet,
                                         "criteria": f"=${letters['unmet']}2>0"})



def write_result_sheets(book, cells: CellWriter, tables: dict[str, pd.DataFrame],
                        currency: str) -> None:
    """Every result sheet, in report order, each added after the sheets already there."""
    for title, name in result_sheet_titles(tables).items():
        sheet = book.add_worksheet(title)
        write_result_sheet(sheet, cells, name, tables[name], currency)
        if name == "investments":
            _not_investing_chart(book, sheet, tables[name], currency)


def _not_investing_chart(book, sheet, table: pd.DataFrame, currency: str) -> None:
    """A bar per investment built: how much more the plan would cost without it."""
    column = results.names("investments").index("cost_of_not_investing")
    chart = book.add_chart({"type": "bar"})
    chart.set_style(10)
    chart.set_title({"name": f"Cost of not investing ({currency}/yr)"})
    chart.set_legend({"none": True})
    last = len(table)
    chart.add_series({"name": [sheet.name, 0, column],
                      "categories": [sheet.name, 1, 0, last, 0],
                      "values": [sheet.name, 1, column, last, column]})
    chart.set_size({"width": cm_to_pixels(16), "height": cm_to_pixels(7.5)})
    sheet.insert_chart(last + 2, 0, chart)


def cm_to_pixels(cm: float) -> int:
    """A chart size in screen pixels (96 per inch), as XlsxWriter takes it."""
    return round(cm / 2.54 * 96)
