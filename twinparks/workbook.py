"""Read and write schema-1 workbooks (openpyxl).

Reading keeps every cell the planner typed: known sheets become the
network's tables (known columns under their schema name), unknown columns
and sheets are kept verbatim so that read → write → read gives the same
network. Formulas in known columns are replaced by their saved result;
formulas elsewhere are kept as formulas. Writing never turns text into a
formula and replaces the target atomically. Saving an edited network back
into the planner's own file is :mod:`twinparks.workbook_save`'s job; this
module builds workbooks from values only for new files.
"""

from __future__ import annotations

import io
import logging
import os
import xml.etree.ElementTree
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

from twinparks.archive import MAX_FILE, check_archive
from twinparks.cell_values import cell_value
from twinparks.fast_read import read_fast
from twinparks.lossy_parts import lossy_parts
from twinparks.models import schema
from twinparks.models.migration import as_current_version
from twinparks.models.network import Formula, Network, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, problem_text
from twinparks.safe_write import WorkbookWriteError, write_atomically
from twinparks.sheet_grid import GridTooLarge, sparse_cells
from twinparks.sheet_tables import BlankHeader, Merged, SheetCells, build_network, known_sheet

log = logging.getLogger(__name__)
UNREADABLE = (zipfile.BadZipFile, xml.etree.ElementTree.ParseError, ValueError, KeyError,
              TypeError, IndexError, AttributeError, OSError, MemoryError, EOFError,
              zlib.error, RuntimeError, OverflowError, RecursionError)
FORMULA_PREFIXES = ("=", "+", "-", "@")


@dataclass
class ReadResult:
    """The network (None when the file could not be read) and every problem found."""

    network: Network | None
    problems: list[Problem] = field(default_factory=list)


__all__ = ["BlankHeader", "ReadResult", "WorkbookWriteError", "known_sheet", "read_book",
           "read_bytes", "read_workbook"]


def read_workbook(path: str | os.PathLike) -> ReadResult:
    """Read a workbook; structural problems come back as values, never raised."""
    path = Path(path)
    try:
        small = path.is_file() and path.stat().st_size <= MAX_FILE
        data = path.read_bytes() if small else None
    except OSError:
        data = None
    return read_bytes(path, data)


def read_bytes(path: Path, data: bytes | None) -> ReadResult:
    """Read the workbook ``data`` (the bytes of ``path``; None: ``path`` is only checked).

    The bytes are read as a file object, so a workbook named ``.txt``,
    ``.bak`` or without an extension reads like any ``.xlsx``. The cell values
    come from the fast reader (:mod:`twinparks.fast_read`, after the archive
    checks); a file it leaves to openpyxl is read by openpyxl, with the same
    result.
    """
    problems = check_archive(path)
    if problems or data is None:
        return ReadResult(None, problems or [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "no such file: {path}"), path=f"{path}"))])
    try:
        fast = read_fast(data)
        if fast is not None:
            network, problems = build_network(*fast)
            return ReadResult(network, problems)
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
        return read_book(book, lambda: openpyxl.load_workbook(io.BytesIO(data), data_only=True))
    except GridTooLarge as error:
        return ReadResult(None, [error.problem])
    except UNREADABLE as error:
        log.debug("unreadable workbook %s", path, exc_info=True)
        detail = str(error).splitlines()[0] if str(error) else ""
        return ReadResult(None, [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the file is not a readable .xlsx workbook ({error}: {detail})"),
            error=type(error).__name__, detail=detail))])


def read_book(book, cached: Path | Callable | None = None) -> ReadResult:
    """Read an openpyxl workbook already in memory.

    ``cached`` (a path, or a function returning the workbook loaded with
    ``data_only=True``) gives the results Excel saved for formulas.
    """
    if isinstance(cached, str | os.PathLike):
        cached_path = cached
        cached = lambda: openpyxl.load_workbook(cached_path, data_only=True)  # noqa: E731
    loaded: dict[str, object] = {}

    def results(title: str) -> Callable[[int, int], object]:
        if "book" not in loaded:
            loaded["book"] = cached()
        sheet = loaded["book"][title]
        return lambda row, column: sheet.cell(row=row, column=column).value

    sheets = (_sheet_cells(sheet, None if cached is None else
                           lambda title=sheet.title: results(title))
              for sheet in book.worksheets)
    network, problems = build_network(sheets, [chart.title for chart in book.chartsheets])
    return ReadResult(network, problems)


def _sheet_cells(sheet, cached) -> SheetCells:
    """An openpyxl worksheet as :class:`SheetCells` (only the cells it holds are visited)."""
    formulas = []

    def value_of(cell) -> object:
        value = cell_value(cell)
        if isinstance(value, Formula):
            formulas.append((cell.row, cell.column))
        return value

    dense = known_sheet(sheet.title) is None
    rows = sparse_cells(sheet, value_of, dense)
    numbers = list(range(1, len(rows) + 1)) if dense else sorted(rows)
    values = rows if dense else [rows[number] for number in numbers]
    grid = np.empty((len(values), len(values[0]) if values else 0), dtype=object)
    if values:
        grid[:] = values
    merged = [Merged(cells.coord, cells.min_row, cells.min_col, cells.max_row)
              for cells in sheet.merged_cells.ranges]
    return SheetCells(sheet.title, sheet.sheet_state, np.array(numbers, dtype=np.int64), grid,
                      formulas, merged, cached)


def write_workbook(network: Network, path: str | os.PathLike, force: bool = False,
                   properties: dict[str, str] | None = None) -> None:
    """Write the network as a new schema-1 workbook built from its values, atomically.

    Raises :class:`WorkbookWriteError` when ``path`` holds parts openpyxl
    cannot keep (unless ``force``) or the file cannot be written. To save
    an edited workbook back into the planner's file use
    :func:`twinparks.workbook_save.save_network`, which keeps the rest of it.
    """
    book = build_book(network)
    for key, value in (properties or {}).items():
        setattr(book.properties, key, value)
    save_book(book, Path(path), force=force)


def sheet_order(network: Network) -> list[str]:
    """Every sheet a new workbook of ``network`` holds, in order: as read, then the rest."""
    order = network.sheet_order + [s for s in schema.SHEETS if s in network.tables] + \
        list(network.extra_sheets)
    return [name for name in dict.fromkeys(order)
            if name in network.tables or name in network.extra_sheets]


def build_book(network: Network) -> openpyxl.Workbook:
    """An openpyxl workbook holding the network's sheets in their order (as schema 2)."""
    network = as_current_version(network)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in sheet_order(network):
        if name in network.tables:
            write_table(book.create_sheet(name), network.tables[name])
        elif name in network.extra_sheets:
            write_rows(book.create_sheet(name), network.extra_sheets[name])
    return book


def write_table(sheet, table: pd.DataFrame) -> None:
    """Header row then one row per table row."""
    write_rows(sheet, [[_header_text(label) for label in table.columns]])
    write_rows(sheet, table.itertuples(index=False, name=None), first_row=2)


def _header_text(label: object) -> object:
    return None if isinstance(label, BlankHeader) else label


def write_rows(sheet, rows, first_row: int = 1) -> None:
    """Write cell values; text is always text, kept formulas stay formulas."""
    for r, values in enumerate(rows, start=first_row):
        for c, value in enumerate(values, start=1):
            if not is_blank(value) or isinstance(value, str):
                set_cell(sheet.cell(row=r, column=c), value)


def set_cell(cell, value: object) -> None:
    """Store one value; text starting with = + - @ is forced to literal text."""
    if isinstance(value, Formula):
        cell.value = value.text
        return
    if isinstance(value, float) and value != value:  # NaN is a blank
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True


def save_book(book: openpyxl.Workbook, path: Path, force: bool = False) -> None:
    """Save a workbook built here atomically (see :mod:`twinparks.safe_write`).

    An existing file that holds parts openpyxl would lose is refused unless
    ``force``; reports, templates and examples check with
    :func:`twinparks.overwrite.check_replace` first.
    """
    path = Path(path)
    if path.exists() and not force:
        lost = lossy_parts(path)
        if lost:
            raise WorkbookWriteError(
                f"{path} holds {'; '.join(lost)} that would be lost if it were overwritten; "
                f"save under another name, or force the overwrite")
    write_atomically(path, book.save)
