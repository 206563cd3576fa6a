"""The report's result sheets, formatted for reading.

Each result table (``models.plan.COLUMNS``) is written under a readable
header that carries its unit or currency, with a styled frozen header row,
an autofilter, fitted column widths, thousands separators, utilisation as
a percentage, and a conditional format that highlights binding capacities.
Only numbers and the planner's identifiers are written, and every text
goes through :func:`twinparks.workbook.set_cell`, so nothing becomes a formula.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from twinparks.models.plan import COLUMNS
from twinparks.workbook import set_cell

# Lanes, Demand and Supply are input sheet names, so their results get their own names.
RESULT_SHEETS = {"Production": "production", "Lane use": "lanes", "Flows": "flows",
                 "Demand met": "demand", "Supply use": "supply", "Bottlenecks": "bottlenecks"}
NAVY, BINDING_FILL, UNMET_FILL, RULE = "1F3B5C", "FCE4C4", "F8D0CE", "B7C4D1"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
HEADER_BORDER = Border(bottom=Side(style="thin", color=RULE))
BINDING_UTILISATION = 0.999  # as ui.charts: full, or worth money to extend
INTEGER, MONEY, PERCENT, DECIMAL = "#,##0", "#,##0.00", "0.0%", "#,##0.0"
MIN_WIDTH, MAX_WIDTH = 8, 48


@dataclass(frozen=True)
class Column:
    """How one result column is shown: header text (``{cur}`` = currency) and format."""

    header: str
    number_format: str | None = None


# Units: quantities in each product's own unit per year, weights in tonnes per year.
COLUMN_STYLES = {
    "plant": Column("plant"), "site": Column("site"), "product": Column("product"),
    "lane": Column("lane"), "origin": Column("origin"), "destination": Column("destination"),
    "mode": Column("mode"), "kind": Column("kind"), "id": Column("id"),
    "row": Column("input row", "0"),
    "capacity": Column("capacity (units/yr)", INTEGER),
    "output": Column("output (units/yr)", INTEGER),
    "utilisation": Column("utilisation (%)", PERCENT),
    "shadow_price": Column("shadow price ({cur}/unit)", MONEY),
    "cost": Column("cost ({cur}/yr)", INTEGER),
    "co2_tonnes": Column("CO2 (t/yr)", INTEGER),
    "capacity_tonnes": Column("capacity (t/yr)", INTEGER),
    "tonnes": Column("tonnes (t/yr)", INTEGER),
    "transit_days": Column("transit (days)", DECIMAL),
    "quantity": Column("quantity (units/yr)", INTEGER),
    "transport_cost": Column("transport cost ({cur}/yr)", INTEGER),
    "tariff_rate": Column("tariff rate (%)", PERCENT),
    "tariff_cost": Column("tariff cost ({cur}/yr)", INTEGER),
    "met": Column("met (units/yr)", INTEGER),
    "unmet": Column("unmet (units/yr)", INTEGER),
    "marginal_cost": Column("marginal landed cost ({cur}/unit)", MONEY),
    "used": Column("used (units/yr)", INTEGER),
}
# Per table: a column whose header differs from the generic one.
OVERRIDES = {
    ("lanes", "shadow_price"): Column("shadow price ({cur}/t)", MONEY),
    ("bottlenecks", "shadow_price"): Column("cost saved per extra unit of capacity ({cur})",
                                            MONEY),
    ("bottlenecks", "capacity"): Column("capacity (units or t/yr)", INTEGER),
}


def column_style(table: str, column: str) -> Column:
    """The header and number format of a result column."""
    return OVERRIDES.get((table, column), COLUMN_STYLES.get(column, Column(column)))


def header_text(table: str, column: str, currency: str) -> str:
    """The header a result column gets in the report, e.g. ``cost (USD/yr)``."""
    return column_style(table, column).header.replace("{cur}", currency)


def write_result_sheet(sheet, table_name: str, table: pd.DataFrame, currency: str) -> None:
    """One result table as a formatted sheet."""
    columns = COLUMNS[table_name]
    for c, column in enumerate(columns, start=1):
        set_cell(sheet.cell(row=1, column=c), header_text(table_name, column, currency))
    for r, values in enumerate(table[columns].itertuples(index=False, name=None), start=2):
        for c, value in enumerate(values, start=1):
            if value is not None and not (isinstance(value, float) and value != value):
                set_cell(sheet.cell(row=r, column=c), _plain(value))
    for c, column in enumerate(columns, start=1):
        number_format = column_style(table_name, column).number_format
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=c, max_col=c):
                cell.number_format = number_format
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
    tests = []
    if "utilisation" in letters:
        tests.append(f"AND(ISNUMBER(${letters['utilisation']}2),"
                     f"${letters['utilisation']}2>={BINDING_UTILISATION})")
    if "shadow_price" in letters:
        tests.append(f"${letters['shadow_price']}2>0")
    if tests:
        rule = FormulaRule(formula=[f"OR({','.join(tests)})" if len(tests) > 1 else tests[0]],
                           fill=PatternFill("solid", fgColor=BINDING_FILL, bgColor=BINDING_FILL))
        sheet.conditional_formatting.add(area, rule)
    if table_name == "demand":
        rule = FormulaRule(formula=[f"${letters['unmet']}2>0"],
                           fill=PatternFill("solid", fgColor=UNMET_FILL, bgColor=UNMET_FILL))
        sheet.conditional_formatting.add(area, rule)


def write_result_sheets(book, tables: dict[str, pd.DataFrame], currency: str,
                        first_position: int = 1) -> None:
    """Every result sheet, in report order, from ``first_position``."""
    for position, (title, name) in enumerate(RESULT_SHEETS.items(), start=first_position):
        write_result_sheet(book.create_sheet(title, position), name, tables[name], currency)
