"""Read and write schema-1 workbooks (openpyxl).

Reading keeps every cell the planner typed: known sheets become the
network's tables (known columns under their schema name), unknown columns
and sheets are kept verbatim so that read → write → read gives the same
network. Formulas in known columns are replaced by their saved result;
formulas elsewhere are kept as formulas. Writing never turns text into a
formula, replaces the target atomically, and refuses to overwrite a
workbook whose charts, images, pivot tables or macros openpyxl would drop.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import xml.etree.ElementTree
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.utils import get_column_letter

from twinparks.archive import check_archive, lossy_parts
from twinparks.models import schema
from twinparks.models.network import Formula, Network, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, WARNING, Problem, problem_text

log = logging.getLogger(__name__)
UNREADABLE = (zipfile.BadZipFile, xml.etree.ElementTree.ParseError, ValueError, KeyError,
              TypeError, IndexError, AttributeError, OSError, MemoryError, EOFError)
FORMULA_PREFIXES = ("=", "+", "-", "@")
LARGEST_16_DIGITS = 1.797693134862315e308


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


class WorkbookWriteError(Exception):
    """Writing was refused or failed; the message says why and what to do."""


def read_workbook(path: str | os.PathLike) -> ReadResult:
    """Read a workbook; structural problems come back as values, never raised."""
    path = Path(path)
    problems = check_archive(path)
    if problems:
        return ReadResult(None, problems)
    try:
        book = openpyxl.load_workbook(path, data_only=False)
        return read_book(book, path)
    except UNREADABLE as error:
        log.debug("unreadable workbook %s", path, exc_info=True)
        detail = str(error).splitlines()[0] if str(error) else ""
        return ReadResult(None, [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the file is not a readable .xlsx workbook ({error}: {detail})"),
            error=type(error).__name__, detail=detail))])


def read_book(book, path: Path | None = None) -> ReadResult:
    """Read an openpyxl workbook already in memory (``path`` finds saved formula results)."""
    network, problems, fatal, cached = Network(), [], False, None
    for sheet in book.worksheets:
        name = _known_sheet(sheet.title)
        network.sheet_order.append(name or sheet.title)
        if name is None:
            network.extra_sheets[sheet.title] = _grid(sheet)
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
        if formulas and path is not None:
            cached = cached or openpyxl.load_workbook(path, data_only=True)
            _use_cached(table, formulas, cached[sheet.title])
        network.tables[name] = table
    for chart in book.chartsheets:
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the chart sheet '{title}' is not part of the model and is not kept"),
            title=chart.title), severity=WARNING))
    return ReadResult(None if fatal else network, problems)


def _known_sheet(title: str) -> str | None:
    wanted = title.strip().lower()
    return next((sheet for sheet in schema.SHEETS if sheet.lower() == wanted), None)


def _value(cell) -> object:
    value = cell.value
    if cell.data_type == "f":
        return Formula(str(value))
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float):
        return _sixteen_digits(value)
    return value


def _sixteen_digits(value: float) -> float:
    """The float openpyxl will write back ("%.16g"), so round trips are exact."""
    rounded = float(f"{value:.16g}")
    if math.isinf(rounded):  # the largest doubles are written as 16 digits that parse as inf
        return math.copysign(LARGEST_16_DIGITS, value)
    return rounded


def _grid(sheet) -> list[list[object]]:
    """Cell values from A1 to the last non-blank row and column (formatting alone is blank)."""
    rows = [[_value(cell) for cell in row] for row in sheet.iter_rows(min_row=1, min_col=1)]
    width = max((_last_filled(row) for row in rows), default=0)
    while rows and _last_filled(rows[-1]) == 0:
        rows.pop()
    return [(row + [None] * width)[:width] for row in rows]


def _read_table(name: str, sheet):
    """The sheet as a table, its header problems, and the formula cells of known columns."""
    grid = _grid(sheet)
    labels, problems = _header_labels(name, grid[0] if grid else [])
    known = [i for i, label in enumerate(labels) if label in schema.column_names(name)]
    data, index, formulas = [], [], []
    for number, values in enumerate(grid[1:], start=2):
        if all(is_blank(v) for v in values):
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
    """Write the network as a schema-1 workbook, atomically.

    Raises :class:`WorkbookWriteError` when ``path`` holds parts openpyxl
    cannot keep (unless ``force``) or the file cannot be written.
    """
    book = build_book(network)
    for key, value in (properties or {}).items():
        setattr(book.properties, key, value)
    save_book(book, Path(path), force=force)


def build_book(network: Network) -> openpyxl.Workbook:
    """An openpyxl workbook holding the network's sheets in their order."""
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


def save_book(book: openpyxl.Workbook, path: Path, force: bool = False,
              replaceable=lambda path: False) -> None:
    """Save atomically: a temporary file next to ``path``, then a rename."""
    if path.exists() and not force and not replaceable(path):
        lost = lossy_parts(path)
        if lost:
            raise WorkbookWriteError(
                f"{path} holds {', '.join(lost)} that would be lost if it were overwritten; "
                f"save under another name, or force the overwrite")
    directory = path.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise WorkbookWriteError(f"could not write {path}: {error.strerror or error}") from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
