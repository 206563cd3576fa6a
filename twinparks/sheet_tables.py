"""Cells of a workbook's sheets into the network's tables, the same for both readers.

A reader (the fast one in :mod:`twinparks.fast_read`, or openpyxl in
:mod:`twinparks.workbook`) gives, per worksheet, a :class:`SheetCells`: the
cell values as read (None for blank), the formula cells, the merged ranges
and where the saved results of formulas come from. :func:`build_network`
turns them into a :class:`Network` with whole-array operations: known
sheets become tables (known columns under their schema name, fully blank
rows skipped, Excel row numbers as the index), other sheets stay grids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from twinparks.models import schema
from twinparks.models.network import Formula, Network, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, WARNING, Problem, problem_text


@dataclass(frozen=True)
class BlankHeader:
    """Label of an unknown column whose header cell is empty (written back empty)."""

    position: int

    def __str__(self) -> str:
        return ""


@dataclass(frozen=True)
class Merged:
    """A merged range: its text (``B2:B3``) and its first row and column."""

    coord: str
    min_row: int
    min_col: int
    max_row: int


@dataclass
class SheetCells:
    """One worksheet as a reader read it.

    ``grid`` holds the values of the Excel rows ``rows`` (1-based, rising)
    from column A; ``formulas`` the (row, column) of every formula cell;
    ``cached()`` gives a function from (row, column) to the result Excel
    saved for a formula there (None: none saved); it is called only when a
    known column holds a formula.
    """

    title: str
    state: str
    rows: np.ndarray
    grid: np.ndarray
    formulas: list[tuple[int, int]] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    cached: Callable[[], Callable[[int, int], object]] | None = None


def known_sheet(title: str) -> str | None:
    """The schema sheet a sheet title names (any letter case, spaces around), or None."""
    wanted = title.strip().lower()
    return next((sheet for sheet in schema.SHEETS if sheet.lower() == wanted), None)


def build_network(sheets: Iterable[SheetCells], chart_titles: Iterable[str]
                  ) -> tuple[Network | None, list[Problem]]:
    """The network of the sheets (None when a problem makes it unusable) and the problems."""
    network, problems, fatal = Network(), [], False
    for sheet in sheets:
        name = known_sheet(sheet.title)
        network.sheet_order.append(name or sheet.title)
        if name is None:
            network.extra_sheets[sheet.title] = dense_rows(sheet)
            continue
        if name in network.tables:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "a second sheet named '{title}'; keep only one"),
                title=sheet.title), sheet=name))
            fatal = True
            continue
        if sheet.state != "visible":
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the sheet is hidden in Excel; its rows are used all the same")),
                sheet=name, severity=WARNING))
        table, header_problems = read_table(name, sheet)
        fatal = fatal or bool(header_problems)
        problems += header_problems + merged_problems(name, sheet.merged)
        network.tables[name] = table
    for title in chart_titles:
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the chart sheet '{title}' is not part of the model and is not kept"),
            title=title), severity=WARNING))
    return (None if fatal else network), problems


def _filled(grid: np.ndarray) -> np.ndarray:
    return ~np.equal(grid, None) if grid.size else np.zeros(grid.shape, dtype=bool)


def _width(filled: np.ndarray) -> int:
    used = np.flatnonzero(filled.any(axis=0)) if filled.size else []
    return int(used[-1]) + 1 if len(used) else 0


def dense_rows(sheet: SheetCells) -> list[list[object]]:
    """Every row from 1 to the last non-blank one, from column A to the last non-blank one."""
    filled = _filled(sheet.grid)
    width = _width(filled)
    used = np.flatnonzero(filled.any(axis=1))
    if not len(used):
        return []
    height = int(sheet.rows[used[-1]])
    grid = [[None] * width for _ in range(height)]
    for number, values in zip(sheet.rows[: used[-1] + 1].tolist(),
                              sheet.grid[: used[-1] + 1, :width].tolist(), strict=True):
        grid[number - 1] = values
    return grid


def read_table(name: str, sheet: SheetCells) -> tuple[pd.DataFrame, list[Problem]]:
    """The sheet as a table (saved formula results in known columns) and its header problems."""
    filled = _filled(sheet.grid)
    width = _width(filled)
    grid, rows = sheet.grid[:, :width], sheet.rows
    header = grid[rows == 1][0].tolist() if (rows == 1).any() else [None] * width
    labels, problems = _header_labels(name, header)
    keep = (rows != 1) & filled[:, :width].any(axis=1)
    table = pd.DataFrame(grid[keep], columns=labels, dtype=object,
                         index=pd.Index(rows[keep], dtype=int))
    _use_cached(table, sheet, labels, set(schema.column_names(name)))
    return table, problems


def _use_cached(table: pd.DataFrame, sheet: SheetCells, labels: list, known: set) -> None:
    """Replace formulas in known columns by Excel's saved results.

    A formula without a saved result stays a :class:`Formula` (so saving
    keeps it); validation reports it.
    """
    cells = [(row, column) for row, column in sheet.formulas
             if row in table.index and column <= len(labels) and labels[column - 1] in known
             and isinstance(table.at[row, labels[column - 1]], Formula)]
    if not cells or sheet.cached is None:
        return
    result = sheet.cached()
    for row, column in cells:
        value = result(row, column)
        if value is not None:
            table.at[row, labels[column - 1]] = value


def _header_labels(name: str, header: list[object]) -> tuple[list[object], list[Problem]]:
    """Schema names for known headers, the text for unknown ones, BlankHeader for blanks."""
    canonical = {column.lower(): column for column in schema.column_names(name)}
    labels, problems, seen = [], [], {}
    for position, text in enumerate(header, start=1):
        if is_blank(text) or isinstance(text, Formula):
            labels.append(BlankHeader(position) if is_blank(text) else text)
            continue
        label = canonical.get(str(text).strip().lower(), text)
        if label in seen:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the header '{header}' repeats column {letter}; give every "
                "column one header"), header=f"{text}", letter=get_column_letter(seen[label])),
                sheet=name, row=1, col_index=position))
        seen.setdefault(label, position)
        labels.append(label)
    return labels, problems


def merged_problems(name: str, merged: list[Merged]) -> list[Problem]:
    """A warning on the first cell of every merged range below the header row."""
    return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "cells {cells} are merged, so only {first} holds a value; "
                "unmerge them and fill in every cell"),
                cells=cells.coord, first=f"{get_column_letter(cells.min_col)}{cells.min_row}"),
                sheet=name, row=cells.min_row, col_index=cells.min_col, severity=WARNING)
            for cells in merged if cells.max_row > 1]
