"""Apply the difference between two networks to the openpyxl workbook of the first.

Only what changed is touched: a changed cell gets its new value (its style,
comment and hyperlink stay); a removed row is deleted and an added row is
inserted where it was added, with the style of its neighbour, as Excel does
(see :mod:`twinparks.sheet_rows`); an added column gets its header next to
the others; an added sheet is written whole; a sheet that is gone is
removed. Rows are matched by content, so an edit of a table whose rows
moved still writes each row onto the planner's row it came from.
"""

from __future__ import annotations

import copy
import difflib
import math

import pandas as pd
from openpyxl.utils.exceptions import IllegalCharacterError

from twinparks.models.network import Network, empty_table
from twinparks.safe_write import WorkbookWriteError
from twinparks.sheet_rows import RowShift, fix_hyperlinks, shift_rows
from twinparks.workbook import _header_text, known_sheet, set_cell, write_rows, write_table


def apply_changes(book, before: Network, after: Network) -> None:
    """Change ``book`` (read as ``before``) so that it reads as ``after``."""
    sheets = {known_sheet(ws.title) or ws.title: ws for ws in book.worksheets}
    for name, table in after.tables.items():
        if name in sheets:
            _sync_table(sheets[name], before.tables.get(name, empty_table(name)), table)
        else:
            _guarded(name, write_table, book.create_sheet(name), table)
    for name, grid in after.extra_sheets.items():
        if name not in sheets:
            _guarded(name, write_rows, book.create_sheet(name), grid)
        elif grid != before.extra_sheets.get(name):
            _sync_grid(sheets[name], before.extra_sheets.get(name, []), grid)
    gone = (set(before.tables) - set(after.tables)) | \
        (set(before.extra_sheets) - set(after.extra_sheets))
    for name in gone:
        if name in sheets:
            book.remove(sheets[name])
    for sheet in book.worksheets:
        fix_hyperlinks(sheet)


def _guarded(sheet: str, write, *args) -> None:
    try:
        write(*args)
    except IllegalCharacterError as error:
        raise WorkbookWriteError(f"{sheet}: a cell holds a control character that .xlsx files "
                                 f"cannot store; remove it and save again") from error


def _key(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _same(a: object, b: object) -> bool:
    a, b = _key(a), _key(b)
    return a == b and type(a) is type(b) or (a is None and b is None)


def _write(cell, value: object, sheet: str) -> None:
    try:
        if _key(value) is None and not isinstance(value, str):
            cell.value = None
        else:
            set_cell(cell, value)
    except IllegalCharacterError as error:
        raise WorkbookWriteError(
            f"{sheet}!{cell.coordinate}: the text holds a control character that .xlsx files "
            f"cannot store; remove it and save again") from error


def _sync_grid(sheet, old: list[list[object]], new: list[list[object]]) -> None:
    height = max(len(old), len(new))
    width = max([len(r) for r in old + new] or [0])
    for r in range(height):
        for c in range(width):
            before = old[r][c] if r < len(old) and c < len(old[r]) else None
            after = new[r][c] if r < len(new) and c < len(new[r]) else None
            if not _same(before, after):
                _write(sheet.cell(row=r + 1, column=c + 1), after, sheet.title)


def _columns(sheet, old: pd.DataFrame, new: pd.DataFrame) -> dict[object, int]:
    """Sheet column (1-based) of each column of ``new``; added columns get headers."""
    position = {label: i + 1 for i, label in enumerate(old.columns)}
    free = len(old.columns) + 1
    for label in new.columns:
        if label not in position:
            header = sheet.cell(row=1, column=free)
            if free > 1:
                header._style = copy.copy(sheet.cell(row=1, column=free - 1)._style)
            _write(header, _header_text(label), sheet.title)
            position[label] = free
            free += 1
    for label in old.columns:
        if label not in new.columns:
            for row in range(1, sheet.max_row + 1):
                sheet.cell(row=row, column=position[label]).value = None
    return position


def _sync_table(sheet, old: pd.DataFrame, new: pd.DataFrame) -> None:
    columns = _columns(sheet, old, new)
    common = [c for c in new.columns if c in old.columns]
    old_rows = [int(r) for r in old.index]
    matcher = difflib.SequenceMatcher(None, _row_keys(old, common), _row_keys(new, common),
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        paired = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        if i2 - i1 > paired:
            first, last = old_rows[i1 + paired], old_rows[i2 - 1]
            shift_rows(sheet, RowShift(first, -(last - first + 1)))
        if j2 - j1 > paired:
            _insert(sheet, new, columns, j1 + paired, j2, _insert_at(old_rows, i1 + paired))
        _write_rows(sheet, old, new, columns,
                    [(i1 + k, old_rows[i1 + k], j1 + k) for k in range(paired)])


def _row_keys(table: pd.DataFrame, columns: list) -> list[tuple]:
    if not columns:
        return [() for _ in range(len(table))]
    return [tuple(map(_key, row)) for row in table[columns].itertuples(index=False, name=None)]


def _insert_at(old_rows: list[int], index: int) -> int:
    """Excel row a row inserted before old row ``index`` goes to (after the row above)."""
    return old_rows[index - 1] + 1 if index > 0 else 2


def _write_rows(sheet, old: pd.DataFrame, new: pd.DataFrame, columns: dict,
                pairs: list[tuple[int, int, int]]) -> None:
    """Write the cells of new rows that differ from the old row they replace.

    ``pairs`` are (old position, Excel row of the old row, new position).
    """
    labels = list(new.columns)
    for i, excel_row, j in pairs:
        before, values = old.iloc[i], new.iloc[j]
        for label in labels:
            previous = before[label] if label in old.columns else None
            if not _same(previous, values[label]):
                _write(sheet.cell(row=excel_row, column=columns[label]), values[label],
                       sheet.title)


def _insert(sheet, new: pd.DataFrame, columns: dict, j1: int, j2: int, at: int) -> None:
    grows = at > 2
    shift_rows(sheet, RowShift(at, j2 - j1, grow=grows))
    style_row = at - 1 if grows else at + (j2 - j1)
    for offset, j in enumerate(range(j1, j2)):
        row = at + offset
        for label, column in columns.items():
            if label not in new.columns:
                continue
            cell = sheet.cell(row=row, column=column)
            model = sheet.cell(row=style_row, column=column)
            if model.has_style:
                cell._style = copy.copy(model._style)
            value = new.iloc[j][label]
            if _key(value) is not None or isinstance(value, str) and value:
                _write(cell, value, sheet.title)
        if style_row in sheet.row_dimensions and sheet.row_dimensions[style_row].height:
            sheet.row_dimensions[row].height = sheet.row_dimensions[style_row].height
