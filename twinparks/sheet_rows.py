"""Insert and delete rows of an openpyxl sheet the way Excel does.

openpyxl's ``insert_rows``/``delete_rows`` move the cells only. Excel also
moves row heights and hidden rows, and adjusts merged cells, data
validation, conditional formatting, the autofilter, hyperlinks, defined
names and every formula that refers to the moved rows. This module does
the same, so that adding or removing a planner's row keeps the rest of the
sheet meaning what it meant.
"""

from __future__ import annotations

import re

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.formula import ArrayFormula

CELL = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)(\d+)")
WHOLE_ROWS = re.compile(r"^(\$?)(\d+):(\$?)(\d+)$")


class RowShift:
    """Rows ``at`` and below move by ``amount`` (negative: ``-amount`` rows are deleted).

    ``grow`` makes a range that ends just above ``at`` take in inserted
    rows: a new row appended to a table gets the table's validation,
    formats and names.
    """

    def __init__(self, at: int, amount: int, grow: bool = False):
        self.at, self.amount, self.grow = at, amount, grow

    def row(self, row: int) -> int | None:
        """Where ``row`` ends up (None: it was deleted)."""
        if row < self.at:
            return row
        if self.amount < 0 and row < self.at - self.amount:
            return None
        return row + self.amount

    def span(self, low: int, high: int) -> tuple[int, int] | None:
        """Where the rows ``low..high`` end up (None: all of them were deleted)."""
        if self.amount > 0:
            grows = self.grow and high == self.at - 1
            return (self.row(low), high + self.amount if grows else self.row(high))
        new_low = self.row(low)
        new_high = self.row(high)
        new_low = self.at if new_low is None else new_low
        new_high = self.at - 1 if new_high is None else new_high
        return (new_low, new_high) if new_high >= new_low else None


def shift_rows(sheet, shift: RowShift) -> None:
    """Insert or delete rows in ``sheet`` and adjust everything that points at rows."""
    if shift.amount > 0:
        sheet.insert_rows(shift.at, shift.amount)
    else:
        sheet.delete_rows(shift.at, -shift.amount)
    _shift_dimensions(sheet, shift)
    _shift_merged(sheet, shift)
    _shift_validation(sheet, shift)
    _shift_formatting(sheet, shift)
    if sheet.auto_filter.ref:
        sheet.auto_filter.ref = shift_reference(sheet.auto_filter.ref, shift) or None
    book = sheet.parent
    for other in book.worksheets:
        _shift_formulas(other, sheet.title, shift)
    _shift_names(book, sheet, shift)


def fix_hyperlinks(sheet) -> None:
    """Point each hyperlink at the cell that holds it now (openpyxl keeps the old ref)."""
    for cell in sheet._cells.values():
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate


def _shift_dimensions(sheet, shift: RowShift) -> None:
    dimensions = sheet.row_dimensions
    moved = {}
    for row in sorted(k for k in list(dimensions.keys()) if k >= shift.at):
        dimension = dimensions.pop(row)
        target = shift.row(row)
        if target is not None:
            dimension.index = target
            moved[target] = dimension
    for row, dimension in moved.items():
        dimensions[row] = dimension


def _shift_range(text: str, shift: RowShift) -> str | None:
    cells = CellRange(text)
    span = shift.span(cells.min_row, cells.max_row)
    if span is None:
        return None
    cells.min_row, cells.max_row = span
    return cells.coord


def _shift_multi(ranges, shift: RowShift) -> MultiCellRange:
    moved = [_shift_range(r.coord, shift) for r in MultiCellRange(str(ranges)).ranges]
    return MultiCellRange(" ".join(r for r in moved if r))


def _shift_merged(sheet, shift: RowShift) -> None:
    ranges = [_shift_range(r.coord, shift) for r in sheet.merged_cells.ranges]
    sheet.merged_cells = MultiCellRange(" ".join(r for r in ranges if r and ":" in r))


def _shift_validation(sheet, shift: RowShift) -> None:
    for validation in list(sheet.data_validations.dataValidation):
        validation.sqref = _shift_multi(validation.sqref, shift)
        if not validation.sqref.ranges:
            sheet.data_validations.dataValidation.remove(validation)


def _shift_formatting(sheet, shift: RowShift) -> None:
    old = sheet.conditional_formatting
    rules = [(_shift_multi(formatting.sqref, shift), formatting.rules) for formatting in old]
    old._cf_rules.clear()
    for ranges, cf_rules in rules:
        if ranges.ranges:
            for rule in cf_rules:
                old.add(str(ranges), rule)


def shift_reference(text: str, shift: RowShift) -> str | None:
    """A reference like ``$D$2:$D$9``, ``B7`` or ``2:9`` after the shift (None: deleted)."""
    if WHOLE_ROWS.match(text):
        a, low, b, high = WHOLE_ROWS.match(text).groups()
        span = shift.span(int(low), int(high))
        return None if span is None else f"{a}{span[0]}:{b}{span[1]}"
    parts = text.split(":")
    if len(parts) > 2 or not all(CELL.fullmatch(p) for p in parts):
        return text  # a whole column, a name or something else rows do not change
    first, last = CELL.fullmatch(parts[0]), CELL.fullmatch(parts[-1])
    span = shift.span(int(first.group(4)), int(last.group(4)))
    if span is None:
        return None
    if len(parts) == 1:
        return f"{first.group(1)}{first.group(2)}{first.group(3)}{span[0]}"
    return (f"{first.group(1)}{first.group(2)}{first.group(3)}{span[0]}:"
            f"{last.group(1)}{last.group(2)}{last.group(3)}{span[1]}")


def shift_formula(formula: str, home: str, title: str, shift: RowShift) -> str:
    """``formula`` (written in sheet ``home``) with its references into ``title`` shifted."""
    try:
        tokens = Tokenizer(formula).items
    except Exception:  # noqa: BLE001 - a formula we cannot parse is left as Excel wrote it
        return formula
    changed = False
    for token in tokens:
        if token.type != Token.OPERAND or token.subtype != Token.RANGE:
            continue
        sheet, _, reference = token.value.rpartition("!")
        target = _unquote(sheet) if sheet else home
        if target != title:
            continue
        moved = shift_reference(reference, shift)
        value = f"{sheet}!{moved or '#REF!'}" if sheet else (moved or "#REF!")
        if value != token.value:
            token.value, changed = value, True
    if not changed:
        return formula
    return "=" + "".join(token.value for token in tokens)


def _unquote(sheet: str) -> str:
    if sheet.startswith("'") and sheet.endswith("'"):
        return sheet[1:-1].replace("''", "'")
    return sheet


def _shift_formulas(sheet, title: str, shift: RowShift) -> None:
    for cell in sheet._cells.values():
        value = cell.value
        if isinstance(value, ArrayFormula):
            value.text = shift_formula(value.text, sheet.title, title, shift)
        elif cell.data_type == "f" and isinstance(value, str):
            cell.value = shift_formula(value, sheet.title, title, shift)


def _shift_names(book, sheet, shift: RowShift) -> None:
    scopes = [book.defined_names] + [ws.defined_names for ws in book.worksheets]
    for names in scopes:
        for name in names.values():
            if name.value and not name.value.startswith("#"):
                home = sheet.title if names is sheet.defined_names else ""
                moved = shift_formula("=" + name.value, home, sheet.title, shift)
                name.value = moved[1:]
