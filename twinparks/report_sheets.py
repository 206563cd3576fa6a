"""The report's result sheets, formatted for reading.

Each result table is written under the header and in the number format its
description in ``models/results.csv`` gives (label, unit, kind), with a
styled frozen header row, an autofilter, fitted column widths, and a
conditional format that tints the rows the plan marks as binding.
Only numbers and the planner's identifiers are written, and every text
goes through :func:`twinparks.workbook.set_cell`, so nothing becomes a formula.
"""

from __future__ import annotations

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from twinparks.models import results
from twinparks.workbook import set_cell

# Lanes, Demand and Supply are input sheet names, so their results get their own names.
RESULT_SHEETS = {"Production": "production", "Lane use": "lanes", "Flows": "flows",
                 "Demand met": "demand", "Supply use": "supply", "Bottlenecks": "bottlenecks",
                 "Duty": "duty", "Origin": "origin"}
# Written only when the plan has rows for them (named apart from the input sheets).
OPTIONAL_SHEETS = {"Investment plan": "investments", "Chokepoint use": "chokepoints"}
NAVY, BINDING_FILL, UNMET_FILL, RULE = "1F3B5C", "FCE4C4", "F8D0CE", "B7C4D1"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
HEADER_BORDER = Border(bottom=Side(style="thin", color=RULE))
INTEGER, MONEY, PERCENT, DECIMAL = "#,##0", "#,##0.00", "0.0%", "#,##0.0"
MIN_WIDTH, MAX_WIDTH = 8, 48


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


def write_result_sheet(sheet, table_name: str, table: pd.DataFrame, currency: str) -> None:
    """One result table as a formatted sheet."""
    columns = results.names(table_name)
    for c, column in enumerate(columns, start=1):
        set_cell(sheet.cell(row=1, column=c), header_text(table_name, column, currency))
    for r, values in enumerate(table[columns].itertuples(index=False, name=None), start=2):
        for c, value in enumerate(values, start=1):
            if value is not None and not (isinstance(value, float) and value != value):
                set_cell(sheet.cell(row=r, column=c), _plain(value))
    for c, column in enumerate(columns, start=1):
        cell_format = number_format(table_name, column)
        if cell_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=c, max_col=c):
                cell.number_format = cell_format
    style_table(sheet, len(columns), len(table) + 1)
    _highlight(sheet, table_name, columns, len(table) + 1)


def _plain(value: object) -> object:
    """numpy scalars as Python numbers (openpyxl writes those natively)."""
    return value.item() if hasattr(value, "item") else value


def style_table(sheet, width: int, last_row: int) -> None:
    """Styled frozen header, autofilter and fitted column widths."""
    if width == 0:
        return
    for cell in sheet[1][:width]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    sheet.row_dimensions[1].height = 20
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{max(last_row, 2)}"
    fit_widths(sheet, width)


def fit_widths(sheet, width: int) -> None:
    """Column widths that fit the longest shown value (the autofilter arrow included)."""
    for c in range(1, width + 1):
        longest = max((len(_shown(cell)) for (cell,) in
                       sheet.iter_rows(min_col=c, max_col=c)), default=0)
        letter = get_column_letter(c)
        sheet.column_dimensions[letter].width = min(max(longest + 3, MIN_WIDTH), MAX_WIDTH)


def _shown(cell) -> str:
    """Roughly the text Excel shows for the cell."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if cell.number_format == PERCENT:
            return f"{value:.1%}"
        if cell.number_format == MONEY:
            return f"{value:,.2f}"
        return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.4g}"
    return str(value)


def _highlight(sheet, table_name: str, columns: list[str], last_row: int) -> None:
    """Binding capacities (and unmet demand) tinted, whatever the planner filters or sorts."""
    if last_row < 2:
        return
    letters = {column: get_column_letter(i) for i, column in enumerate(columns, start=1)}
    area = f"A2:{get_column_letter(len(columns))}{last_row}"
    if "binding" in letters:  # the plan decides what binds; the sheet only tints it
        rule = FormulaRule(formula=[f"${letters['binding']}2=TRUE"],
                           fill=PatternFill("solid", fgColor=BINDING_FILL, bgColor=BINDING_FILL))
        sheet.conditional_formatting.add(area, rule)
    elif "shadow_price" in letters:
        rule = FormulaRule(formula=[f"${letters['shadow_price']}2>0"],
                           fill=PatternFill("solid", fgColor=BINDING_FILL, bgColor=BINDING_FILL))
        sheet.conditional_formatting.add(area, rule)
    if table_name == "demand":
        rule = FormulaRule(formula=[f"${letters['unmet']}2>0"],
                           fill=PatternFill("solid", fgColor=UNMET_FILL, bgColor=UNMET_FILL))
        sheet.conditional_formatting.add(area, rule)


def write_result_sheets(book, tables: dict[str, pd.DataFrame], currency: str,
                        first_position: int = 1) -> None:
    """Every result sheet, in report order, from ``first_position``."""
    sheets = {**RESULT_SHEETS, **{title: name for title, name in OPTIONAL_SHEETS.items()
                                  if len(tables.get(name, ()))}}
    for position, (title, name) in enumerate(sheets.items(), start=first_position):
        sheet = book.create_sheet(title, position)
        write_result_sheet(sheet, name, tables[name], currency)
        if name == "investments":
            _not_investing_chart(sheet, tables[name], currency)


def _not_investing_chart(sheet, table: pd.DataFrame, currency: str) -> None:
    """A bar per investment built: how much more the plan would cost without it."""
    column = results.names("investments").index("cost_of_not_investing") + 1
    chart = BarChart()
    chart.type, chart.style = "bar", 10
    chart.title = f"Cost of not investing ({currency}/yr)"
    chart.legend = None
    last = len(table) + 1
    chart.add_data(Reference(sheet, min_col=column, min_row=1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    chart.height, chart.width = 7.5, 16
    sheet.add_chart(chart, f"A{last + 3}")
