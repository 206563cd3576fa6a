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
import math
import os
import xml.etree.ElementTree
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from twinparks.archive import MAX_FILE, check_archive
from twinparks.lossy_parts import lossy_parts
from twinparks.models import schema
from twinparks.models.migration import as_current_version
from twinparks.models.network import Formula, Network, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, WARNING, Problem, problem_text
from twinparks.safe_write import WorkbookWriteError, write_atomically
from twinparks.sheet_grid import GridTooLarge, sparse_cells

log = logging.getLogger(__name__)
UNREADABLE = (zipfile.BadZipFile, xml.etree.ElementTree.ParseError, ValueError, KeyError,
              TypeError, IndexError, AttributeError, OSError, MemoryError, EOFError,
              zlib.error, RuntimeError, OverflowError, RecursionError)
FORMULA_PREFIXES = ("=", "+", "-", "@")
LARGEST_16_DIGITS = 1.797693134862315e308
EXACT_INTEGER = 2**53


@dataclass(frozen=True)
class BlankHeader:
    """Label of an unknown column whose header cell is empty (written back empty)."""

    position: int

    def __str__(self) -> str:
        return ""


@dataclass
class ReadResult:
    """The network (None when the file could not be read) and every problem found."""

    network: Network | None
    problems: list[Problem] = field(default_factory=list)


__all__ = ["ReadResult", "WorkbookWriteError", "read_book", "read_bytes", "read_workbook"]


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

    The bytes go to openpyxl as a file object, so a workbook named ``.txt``,
    ``.bak`` or without an extension reads like any ``.xlsx``.
    """
    problems = check_archive(path)
    if problems or data is None:
        return ReadResult(None, problems or [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "no such file: {path}"), path=f"{path}"))])
    try:
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
    network, problems, fatal, results = Network(), [], False, None
    for sheet in book.worksheets:
        name = known_sheet(sheet.title)
        network.sheet_order.append(name or sheet.title)
        if name is None:
            network.extra_sheets[sheet.title] = _grid(sheet, dense=True)
            continue
        if name in network.tables:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "a second sheet named '{title}'; keep only one"),
                title=sheet.title), sheet=name))
            fatal = True
            continue
        if sheet.sheet_state != "visible":
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the sheet is hidden in Excel; its rows are used all the same")),
                sheet=name, severity=WARNING))
        table, header_problems, formulas = _read_table(name, sheet)
        fatal = fatal or bool(header_problems)
        problems += header_problems + _merged_problems(name, sheet)
        if formulas and cached is not None:
            results = results or cached()
            _use_cached(table, formulas, results[sheet.title])
        network.tables[name] = table
    for chart in book.chartsheets:
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the chart sheet '{title}' is not part of the model and is not kept"),
            title=chart.title), severity=WARNING))
    return ReadResult(None if fatal else network, problems)


def known_sheet(title: str) -> str | None:
    """The schema sheet a sheet title names (any letter case, spaces around), or None."""
    wanted = title.strip().lower()
    return next((sheet for sheet in schema.SHEETS if sheet.lower() == wanted), None)


def _value(cell) -> object:
    value = cell.value
    if isinstance(value, ArrayFormula):
        return Formula(f"{{{value.text}}}" if value.text else "{}")
    if isinstance(value, DataTableFormula):
        return Formula(f"{{=TABLE({value.r1 or ''},{value.r2 or ''})}}")
    if cell.data_type == "f":
        return Formula(str(value))
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float):
        return _sixteen_digits(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > EXACT_INTEGER:
        return _huge_integer(value)
    return value


def _huge_integer(value: int) -> float | str:
    """An integer beyond what a double holds exactly: a float, or its digits as text.

    A 401-digit number would overflow every float conversion (and Qt's 64-bit
    integers); as text, validation names its cell.
    """
    try:
        return _sixteen_digits(float(value))
    except OverflowError:
        return str(value)


def _sixteen_digits(value: float) -> float:
    """The float openpyxl will write back ("%.16g"), so round trips are exact."""
    rounded = float(f"{value:.16g}")
    if math.isinf(rounded):  # the largest doubles are written as 16 digits that parse as inf
        return math.copysign(LARGEST_16_DIGITS, value)
    return rounded


def _grid(sheet, dense: bool) -> dict[int, list[object]] | list[list[object]]:
    """Rows of cell values from column A to the last non-blank column.

    Only cells that hold something are looked at, and the size of the
    result is checked before it is built (a lone cell at XFD1048576 must not
    cost a gigabyte): ``dense`` gives every row from 1 to the last non-blank
    one, otherwise only the non-blank rows, keyed by their Excel row.
    """
    return sparse_cells(sheet, _value, dense)


def _read_table(name: str, sheet):
    """The sheet as a table, its header problems, and the formula cells of known columns."""
    rows = _grid(sheet, dense=False)
    width = max((len(v) for v in rows.values()), default=0)
    labels, problems = _header_labels(name, rows.get(1, [None] * width))
    known = [i for i, label in enumerate(labels) if label in schema.column_names(name)]
    data, index, formulas = [], [], []
    for number, values in sorted(rows.items()):
        if number == 1 or all(is_blank(v) for v in values):
            continue
        formulas += [(number, labels[i], i) for i in known if isinstance(values[i], Formula)]
        data.append(values)
        index.append(number)
    table = pd.DataFrame(data, columns=labels, index=pd.Index(index, dtype=int), dtype=object)
    return table, problems, formulas


def _last_filled(values: list[object]) -> int:
    return next((i + 1 for i in range(len(values) - 1, -1, -1) if not is_blank(values[i])), 0)


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


def _merged_problems(name: str, sheet) -> list[Problem]:
    return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "cells {cells} are merged, so only {first} holds a value; "
                "unmerge them and fill in every cell"),
                cells=merged.coord, first=merged.start_cell.coordinate), sheet=name,
                row=merged.min_row, col_index=merged.min_col, severity=WARNING)
            for merged in sheet.merged_cells.ranges if merged.max_row > 1]


def _use_cached(table: pd.DataFrame, formulas, cached_sheet) -> None:
    """Replace formulas in known columns by Excel's saved results.

    A formula without a saved result stays a :class:`Formula` (so saving
    keeps it); validation reports it.
    """
    for row, label, position in formulas:
        value = cached_sheet.cell(row=row, column=position + 1).value
        if value is not None:
            table.at[row, label] = value


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


def build_book(network: Network) -> openpyxl.Workbook:
    """An openpyxl workbook holding the network's sheets in their order (as schema 2)."""
    network = as_current_version(network)
    book = openpyxl.Workbook()
    book.remove(book.active)
    order = network.sheet_order + [s for s in schema.SHEETS if s in network.tables] + \
        list(network.extra_sheets)
    for name in dict.fromkeys(order):
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
