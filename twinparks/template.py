"""An empty schema-1 workbook: headers with help, Settings with defaults, a Help sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from twinparks.models import schema
from twinparks.workbook import save_book, set_cell

HEADER_FONT = Font(bold=True)
REQUIRED_FILL = PatternFill("solid", fgColor="FFF2CC")
HELP_COLUMNS = ("sheet", "column", "required", "type", "unit", "default", "allowed", "help")


def template_book() -> openpyxl.Workbook:
    """The template as an openpyxl workbook."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet_name in schema.SHEETS:
        sheet = book.create_sheet(sheet_name)
        for position, column in enumerate(schema.columns()[sheet_name], start=1):
            cell = sheet.cell(row=1, column=position)
            set_cell(cell, column.name)
            cell.font = HEADER_FONT
            if column.required:
                cell.fill = REQUIRED_FILL
            cell.comment = Comment(column_help(column), "Twin Parks planner")
            sheet.column_dimensions[get_column_letter(position)].width = max(
                12, len(column.name) + 4)
        sheet.freeze_panes = "A2"
    settings = book["Settings"]
    for row, spec in enumerate(schema.settings().values(), start=2):
        set_cell(settings.cell(row=row, column=1), spec.key)
        set_cell(settings.cell(row=row, column=2), spec.default_value())
    _help_sheet(book.create_sheet("Help"))
    return book


def column_help(column: schema.Column) -> str:
    """One column's help text, as shown in comments and tooltips."""
    parts = [column.help]
    if column.unit:
        parts.append(f"Unit: {column.unit}.")
    if column.required:
        parts.append("Required.")
    elif column.default:
        parts.append(f"Default: {column.default}.")
    return " ".join(parts)


def _help_sheet(sheet) -> None:
    for position, name in enumerate(HELP_COLUMNS, start=1):
        set_cell(sheet.cell(row=1, column=position), name)
        sheet.cell(row=1, column=position).font = HEADER_FONT
    rows = [(c.sheet, c.name, "yes" if c.required else "", c.type, c.unit, c.default,
             _allowed(c.range), c.help) for cols in schema.columns().values() for c in cols]
    rows += [("Settings", s.key, "", s.type, s.unit, s.default, _allowed(s.range), s.help)
             for s in schema.settings().values()]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            set_cell(sheet.cell(row=r, column=c), value)
    sheet.column_dimensions["H"].width = 90


def _allowed(value_range: schema.Range) -> str:
    if value_range == schema.Range():
        return ""
    return value_range.describe()


def write_template(path: Path, force: bool = False) -> None:
    """Write the template workbook to ``path``."""
    save_book(template_book(), path, force=force)
