"""The cells of a sheet as rows of values, with the size checked before anything is built.

openpyxl keeps only the cells a file holds, but asking it for rows fills in
every cell of the rectangle up to the last one: a lone cell at XFD1048576
(or a cell beyond Excel's grid) in a 10 KB file then costs gigabytes. Here
only stored cells are visited, and a grid too large to be a planning table
is refused with the sheet and the cell that makes it so.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter

from twinparks.models.network import is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, problem_text

EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
MAX_CELLS = 5_000_000


class GridTooLarge(Exception):
    """A sheet's cells cannot be read as a table; ``problem`` says which cell and why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


def sparse_cells(sheet, value_of: Callable, dense: bool):
    """Rows of values (see :func:`twinparks.workbook._grid`)."""
    rows: dict[int, dict[int, object]] = {}
    for (row, column), cell in sheet._cells.items():
        if row > EXCEL_ROWS or column > EXCEL_COLUMNS:
            raise GridTooLarge(_outside(sheet.title, row, column))
        value = value_of(cell)
        if not is_blank(value) or (isinstance(value, str) and value):
            rows.setdefault(row, {})[column] = value
    width = max((max(cells) for cells in rows.values()), default=0)
    height = max(rows, default=0) if dense else len(rows)
    if height * width > MAX_CELLS:
        row, column = _farthest(rows)
        raise GridTooLarge(_too_large(sheet.title, row, column, height * width))
    if dense:
        return [_dense(rows.get(r, {}), width) for r in range(1, height + 1)]
    return {r: _dense(cells, width) for r, cells in rows.items()}


def _dense(cells: dict[int, object], width: int) -> list[object]:
    values = [None] * width
    for column, value in cells.items():
        values[column - 1] = value
    return values


def _farthest(rows: dict[int, dict[int, object]]) -> tuple[int, int]:
    row = max(rows)
    column = max(max(cells) for cells in rows.values())
    return row, column


def _outside(title: str, row: int, column: int) -> Problem:
    return Problem.of(problem_text(QT_TRANSLATE_NOOP(
        "validation", "the file has a cell at row {row}, column {column}, beyond Excel's last "
        "cell XFD1048576; Excel did not write this file, so it was not read"),
        row=row, column=column), sheet=title)


def _too_large(title: str, row: int, column: int, cells: int) -> Problem:
    return Problem.of(problem_text(QT_TRANSLATE_NOOP(
        "validation", "the sheet's cells reach {cell}, a grid of {cells} cells (the limit is "
        "{limit}); delete the far-away cells (Ctrl+End in Excel shows the last one) and save "
        "again"), cell=f"{get_column_letter(column)}{row}", cells=f"{cells:,}",
        limit=f"{MAX_CELLS:,}"), sheet=title, row=row, col_index=column)
