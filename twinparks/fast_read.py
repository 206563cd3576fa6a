"""Read a workbook's cells with python-calamine, exactly as the openpyxl reader would.

calamine (Rust) parses the values ten times faster than openpyxl; what it
does not say (formulas, error values, a grid's size before it is built) is
found by :mod:`twinparks.sheet_scan` in the XML first, and the values are
typed as openpyxl types them, with whole-array operations: whole numbers are
ints, other numbers keep 16 significant digits, whitespace is blank, a
formula cell holds its :class:`Formula` and its saved result separately.

Whatever would read differently from openpyxl (dates, ``_xHHHH_`` escapes,
data-table formulas, prefixed XML, odd sheet names, a shared-string table
that claims more strings than it has, or anything calamine refuses) makes
:func:`read_fast` return None, and the caller reads the file with openpyxl.
The archive checks (:mod:`twinparks.archive`) must have passed first:
calamine ends the process on a zip bomb.
"""

from __future__ import annotations

import gc
import io
import itertools
import logging
import re
import zipfile

import numpy as np
import python_calamine as calamine
from defusedxml import ElementTree
from openpyxl.formula.translate import Translator
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.child import INVALID_TITLE_REGEX
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

from twinparks.archive import NS, _sheet_names
from twinparks.cell_values import EXACT_INTEGER, huge_integer, sixteen_digits
from twinparks.models.network import Formula
from twinparks.sheet_grid import EXCEL_COLUMNS, EXCEL_ROWS
from twinparks.sheet_scan import (
    NeedsOpenpyxl,
    SheetScan,
    SpecialCell,
    has_escape,
    pairs,
    scan_sheet,
    unpreserved_spaces,
)
from twinparks.sheet_tables import Merged, SheetCells

log = logging.getLogger(__name__)
MAX_TITLE = 31
BLOCK_ROWS = 16_384  # rows taken from calamine and typed at a time (see _sheet)
BLANK, TEXT, NUMBER, INTEGER, BOOLEAN = range(5)
KINDS = {type(None): BLANK, str: TEXT, float: NUMBER, int: INTEGER, bool: BOOLEAN}
UNIQUE_COUNT = re.compile(rb'uniqueCount="([0-9]+)"')
STATES = {"SheetVisibleEnum.Visible": "visible", "SheetVisibleEnum.Hidden": "hidden",
          "SheetVisibleEnum.VeryHidden": "veryHidden"}
CALAMINE_ERRORS = (calamine.CalamineError, calamine.PasswordError, calamine.XmlError,
                   calamine.ZipError, calamine.WorksheetNotFound, ValueError, KeyError,
                   TypeError, IndexError, OSError, zipfile.BadZipFile, RuntimeError,
                   OverflowError, ElementTree.ParseError)


def read_fast(data: bytes) -> tuple[list[SheetCells], list[str]] | None:
    """The worksheets and the chart sheets' titles, or None: read this file with openpyxl."""
    collecting = gc.isenabled()
    gc.disable()  # millions of new cells: the cycle collector would walk them again and again
    try:
        return _read(data)
    except NeedsOpenpyxl as why:
        log.debug("read with openpyxl: %s", why)
    except CALAMINE_ERRORS:
        log.debug("read with openpyxl: the fast reader failed", exc_info=True)
    except BaseException as error:
        if type(error).__name__ != "PanicException":  # calamine's Rust panics arrive so
            raise
        log.debug("read with openpyxl: calamine panicked", exc_info=True)
    finally:
        if collecting:
            gc.enable()
    return None


def _read(data: bytes) -> tuple[list[SheetCells], list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {title: part for part, title in _sheet_names(archive).items()}
        _check_strings(archive)  # before calamine, which reserves what the table claims
        date_styles = _date_styles(archive)
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        _check_titles([meta.name for meta in book.sheets_metadata])
        sheets, charts = [], []
        for meta in book.sheets_metadata:
            if meta.typ == calamine.SheetTypeEnum.ChartSheet:
                charts.append(meta.name)
                continue
            if meta.typ != calamine.SheetTypeEnum.WorkSheet or meta.name not in parts:
                raise NeedsOpenpyxl(f"sheet {meta.name!r} is not a plain worksheet")
            scan = scan_sheet(archive.read(parts[meta.name]), date_styles)
            if scan.rows > EXCEL_ROWS or scan.columns > EXCEL_COLUMNS:
                raise NeedsOpenpyxl("a cell beyond Excel's grid")
            sheets.append(_sheet(meta, scan, book.get_sheet_by_name(meta.name)))
    return sheets, charts


def _check_titles(titles: list[str]) -> None:
    """Titles openpyxl would refuse or rename are left to openpyxl."""
    lowered = [title.lower() for title in titles]
    if len(set(lowered)) != len(lowered) or any(
            not title or len(title) > MAX_TITLE or INVALID_TITLE_REGEX.search(title)
            for title in titles):
        raise NeedsOpenpyxl("sheet titles openpyxl changes or refuses")


def _check_strings(archive: zipfile.ZipFile) -> None:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return
    xml = archive.read("xl/sharedStrings.xml")
    claimed = UNIQUE_COUNT.search(xml, 0, 4096)
    if claimed and int(claimed.group(1)) > xml.count(b"<si"):
        raise NeedsOpenpyxl("the shared-string table claims more strings than it holds")
    if has_escape(xml):
        raise NeedsOpenpyxl("_xHHHH_ escapes in shared strings")
    if unpreserved_spaces(xml, pairs(xml, 0, len(xml))):
        raise NeedsOpenpyxl("shared strings with spaces around them but no xml:space")


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Style ids whose number format openpyxl reads as a date or time."""
    if "xl/styles.xml" not in archive.namelist():
        return frozenset()
    root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId", -1)): f.get("formatCode", "")
              for f in root.iterfind("m:numFmts/m:numFmt", NS)}
    styles = root.iterfind("m:cellXfs/m:xf", NS)
    formats = [int(xf.get("numFmtId", 0)) for xf in styles]
    return frozenset(i for i, number in enumerate(formats)
                     if is_date_format(custom.get(number, BUILTIN_FORMATS.get(number, "General"))))


def _sheet(meta, scan: SheetScan, values) -> SheetCells:
    """One sheet's cells, taken from calamine and typed :data:`BLOCK_ROWS` rows at a time.

    A call into C holds the interpreter lock until it returns: calamine
    making the Python values of a 200k-row sheet at once, or one NumPy pass
    over all its cells, froze the window (which reads in a worker thread)
    for 0.1-0.4 s; between blocks the lock can change hands.
    """
    raw = np.full((scan.rows, scan.columns), None, dtype=object)
    if values.start is not None:
        _take_rows(raw, values)
    grid = np.empty_like(raw)
    for first in range(0, len(raw), BLOCK_ROWS):
        grid[first:first + BLOCK_ROWS] = typed(raw[first:first + BLOCK_ROWS])
    formulas, results = _apply_special(grid, raw, scan.special)
    merged = _apply_merged(grid, formulas, scan.merged)
    return SheetCells(meta.name, STATES[repr(meta.visible)],
                      np.arange(1, scan.rows + 1), grid, sorted(formulas), merged,
                      cached=lambda: lambda row, column: results.get((row, column)))


def _take_rows(raw: np.ndarray, values) -> None:
    """calamine's rows into ``raw``, :data:`BLOCK_ROWS` at a time.

    ``iter_rows`` (python-calamine 0.9) yields the rows from the sheet's
    first row, blank ones included, and the columns from the first cell's
    (``to_python`` starts both at the first cell); a version that starts at
    the first cell's row is shifted into place.
    """
    top, left = values.start
    rows, count = values.iter_rows(), 0
    while block := list(itertools.islice(rows, BLOCK_ROWS)):
        width = len(block[0])
        raw[count:count + len(block), left:left + width] = np.fromiter(
            itertools.chain.from_iterable(block), dtype=object,
            count=len(block) * width).reshape(len(block), width)
        count += len(block)
    if count == values.height and top:
        raw[top:top + count] = raw[:count].copy()
        raw[:top] = None
    elif count != top + values.height:
        raise NeedsOpenpyxl("calamine's rows are not where its range says")


def typed(raw: np.ndarray) -> np.ndarray:
    """calamine's values typed as :func:`twinparks.cell_values.cell_value` types openpyxl's."""
    grid = raw.copy()
    try:
        kinds = np.fromiter(map(KINDS.__getitem__, map(type, raw.ravel())), dtype=np.int8,
                            count=raw.size).reshape(raw.shape)
    except KeyError as error:
        raise NeedsOpenpyxl("dates or times") from error
    texts, numbers = kinds == TEXT, kinds == NUMBER
    if texts.any():
        values = raw[texts]
        blank = np.equal(values, "") | np.frompyfunc(str.isspace, 1, 1)(values).astype(bool)
        values[blank] = None
        grid[texts] = values
    if numbers.any():
        grid[numbers] = _numbers(raw[numbers].astype(np.float64))
    for index in np.flatnonzero((kinds == INTEGER).ravel()):
        grid.flat[index] = _integer(grid.flat[index])
    return grid


def _numbers(values: np.ndarray) -> np.ndarray:
    """Whole numbers as ints (as openpyxl reads digits alone), others at 16 digits."""
    if not np.isfinite(values).all():
        raise NeedsOpenpyxl("a number too large for a double")
    out = np.empty(len(values), dtype=object)
    whole = (values == np.trunc(values)) & (np.abs(values) <= EXACT_INTEGER)
    out[whole] = values[whole].astype(np.int64).tolist()
    rest = values[~whole]
    if len(rest):
        unique, inverse = np.unique(rest, return_inverse=True)
        rounded = np.array([sixteen_digits(v) for v in unique.tolist()], dtype=np.float64)
        out[~whole] = rounded[inverse].tolist()
    return out


def _integer(value: int) -> object:
    return huge_integer(value) if abs(value) > EXACT_INTEGER else value


def _apply_special(grid: np.ndarray, raw: np.ndarray, cells: list[SpecialCell]
                   ) -> tuple[set[tuple[int, int]], dict[tuple[int, int], object]]:
    """Formula and error cells into ``grid``; the formula cells and their saved results."""
    formulas, results, shared = set(), {}, {}
    for cell in cells:
        at = (cell.row - 1, cell.column - 1)
        if cell.formula is None:
            if cell.kind == "e":
                grid[at] = cell.value if cell.value and cell.value.strip() else None
            continue
        grid[at] = _formula(cell, shared)
        formulas.add((cell.row, cell.column))
        results[(cell.row, cell.column)] = _saved_result(cell, raw[at])
    return formulas, results


def _formula(cell: SpecialCell, shared: dict[str, Translator]) -> Formula:
    """The formula as openpyxl reads it (shared formulas translated from their first cell)."""
    from twinparks.sheet_scan import text

    attributes = {key.decode(): value.decode() for key, value in cell.formula.items() if key}
    value = "=" + text(cell.formula[b""])
    kind = attributes.get("t")
    if kind == "array":
        return Formula("{" + value + "}")
    if kind == "dataTable":
        raise NeedsOpenpyxl("a data-table formula")
    if kind == "shared":
        index = attributes.get("si")
        if index in shared:
            value = shared[index].translate_formula(cell.ref)
        elif value != "=":
            shared[index] = Translator(value, cell.ref)
    return Formula(value)


def _saved_result(cell: SpecialCell, calamine_value: object) -> object:
    """What openpyxl's ``data_only`` load gives for the cell (None: no saved result)."""
    if cell.value is None:
        return None
    if cell.kind == "n":
        return _cast_number(cell.value)
    if cell.kind == "s":
        return calamine_value
    if cell.kind == "b":
        return bool(int(cell.value))
    if cell.kind in ("inlineStr", "d"):
        raise NeedsOpenpyxl("a formula with an inline-string or date result")
    return cell.value


def _cast_number(text: str) -> int | float:
    try:
        return float(text) if "." in text or "E" in text or "e" in text else int(text)
    except ValueError as error:
        raise NeedsOpenpyxl("a number openpyxl cannot read") from error


def _apply_merged(grid: np.ndarray, formulas: set, refs: list[str]) -> list[Merged]:
    """Blank every merged cell but the first (as openpyxl does); the ranges in openpyxl's order."""
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError) as error:
            raise NeedsOpenpyxl("a merged range openpyxl cannot read") from error
        first = grid[min_row - 1, min_col - 1] if min_row <= grid.shape[0] and \
            min_col <= grid.shape[1] else None
        grid[min_row - 1:max_row, min_col - 1:max_col] = None
        if min_row <= grid.shape[0] and min_col <= grid.shape[1]:
            grid[min_row - 1, min_col - 1] = first
        formulas -= {(r, c) for r, c in formulas if min_row <= r <= max_row
                     and min_col <= c <= max_col and (r, c) != (min_row, min_col)}
    ranges = MultiCellRange([CellRange(ref) for ref in refs]).ranges
    return [Merged(cells.coord, cells.min_row, cells.min_col, cells.max_row) for cells in ranges]

