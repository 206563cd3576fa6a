"""Write whole new workbooks (reports) row by row with XlsxWriter's constant-memory mode.

A report of a million-variable plan has millions of cells; openpyxl keeps
every one as an object until it saves (75 s and gigabytes at 1e6 variables).
XlsxWriter in ``constant_memory`` mode writes each row to disk when the next
one starts, so memory stays flat and time is linear (``benchmarks/README.md``).
The price is that rows of a sheet are written in order, once: everything a
sheet shows (widths, formats) is decided from the data before it is written.

Values are written as their type (text always as text, never as a formula:
``docs/contract.md §6``); the file appears atomically
(:func:`twinparks.safe_write.write_atomically`), never half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from math import isfinite
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import XlsxFileError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from twinparks.models.network import Formula
from twinparks.safe_write import write_atomically
from twinparks.xlsx_rows import RowXml

FORMULA_PREFIXES = ("=", "+", "-", "@")
QUOTED_FIRST = "".join(FORMULA_PREFIXES)
DATE_FORMATS = {dt.datetime: "yyyy-mm-dd h:mm:ss", dt.date: "yyyy-mm-dd", dt.time: "h:mm:ss"}
BOOK_OPTIONS = {"constant_memory": True, "strings_to_numbers": False,
                "strings_to_formulas": False, "strings_to_urls": False,
                "remove_timezone": True}


@dataclass(frozen=True)
class Style:
    """A cell format, and the same one that keeps a leading = + - @ literal (quote prefix)."""

    plain: Format | None
    quoted: Format
    properties: tuple[tuple[str, object], ...]


class Formats:
    """One XlsxWriter format per distinct set of properties (a workbook has few)."""

    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        self._made: dict[tuple, Style] = {}

    def __call__(self, **properties: object) -> Style:
        """The style with these properties."""
        key = tuple(sorted(properties.items()))
        if key not in self._made:
            plain = self.book.add_format(dict(properties)) if properties else None
            quoted = self.book.add_format({**properties, "quote_prefix": True})
            self._made[key] = Style(plain, quoted, key)
        return self._made[key]


def write_book(path: Path, fill: Callable[[xlsxwriter.Workbook, Formats], None]) -> None:
    """Build a workbook with ``fill(book, formats)`` and move it into place atomically."""
    def write(temporary: Path) -> None:
        book = xlsxwriter.Workbook(str(temporary), BOOK_OPTIONS)
        try:
            fill(book, Formats(book))
        finally:
            _close(book)
    write_atomically(Path(path), write)


def _close(book: xlsxwriter.Workbook) -> None:
    """Close (write) the book; XlsxWriter's file errors as the OSError they wrap."""
    try:
        book.close()
    except XlsxFileError as error:  # e.g. the folder refuses the file, or a part is > 4 GB
        cause = error.args[0] if error.args else None
        raise (cause if isinstance(cause, OSError) else OSError(str(error))) from error


class CellWriter:
    """Writes Python, numpy and pandas values into a sheet as their Excel type."""

    def __init__(self, formats: Formats):
        self.formats = formats
        self.none = formats()

    def value(self, sheet: Worksheet, row: int, col: int, value: object,
              style: Style | None = None) -> None:
        """One cell (0-based); blanks and NaN write nothing, text stays text."""
        style = style or self.none
        kind = type(value)
        if kind is float:
            if isfinite(value):
                sheet.write_number(row, col, value, style.plain)
            elif value == value:  # ±inf: Excel has no such number (NaN is a blank)
                sheet.write_string(row, col, str(value), style.plain)
        elif kind is str:
            if not value:
                return  # an empty text is a blank cell, as Excel and openpyxl keep it
            sheet.write_string(row, col, value, style.quoted
                               if value.startswith(FORMULA_PREFIXES) else style.plain)
        elif kind is bool or isinstance(value, np.bool_):
            sheet.write_boolean(row, col, bool(value), style.plain)
        elif isinstance(value, (int, float, np.integer, np.floating)):
            self.value(sheet, row, col, value.item() if isinstance(value, np.generic)
                       else float(value) if isinstance(value, float) else int(value), style)
        elif isinstance(value, str):
            self.value(sheet, row, col, str(value), style)
        elif isinstance(value, Formula):
            # no saved result: a reader reports the formula as Excel has not computed it
            sheet.write_formula(row, col, value.text, style.plain, "")
        elif isinstance(value, (dt.datetime, dt.date, dt.time)) and value is not pd.NaT:
            kind = next(k for k in DATE_FORMATS if isinstance(value, k))
            dated = self.formats(**{**dict(style.properties), "num_format": DATE_FORMATS[kind]})
            sheet.write_datetime(row, col, value, dated.plain)
        elif value is not None and value is not pd.NaT and value is not pd.NA:
            self.value(sheet, row, col, str(value), style)

    def rows(self, sheet: Worksheet, rows: Iterable[Sequence[object]], first_row: int = 0,
             styles: Sequence[Style | None] = ()) -> int:
        """Rows from ``first_row``; ``styles[c]`` formats column c. Returns the next row.

        Plain rows of a constant-memory sheet are serialised by
        :class:`twinparks.xlsx_rows.RowXml` (XlsxWriter's own per-cell work was
        most of a big report's time: benchmarks/README.md); other rows go cell
        by cell, their common cells straight to XlsxWriter's undecorated writers.
        """
        number = getattr(sheet, "_write_number", sheet.write_number)
        string = getattr(sheet, "_write_string", sheet.write_string)
        put, styles = self.value, [style or self.none for style in styles]
        plain = [style.plain for style in styles]
        quoted = [style.quoted for style in styles]
        fast = RowXml(sheet, plain, quoted, self.none.quoted) if RowXml.usable(sheet) else None
        next_row = first_row
        for row, values in enumerate(rows, start=first_row):
            next_row = row + 1
            if fast is not None:
                if fast.row(row, values):
                    continue
                fast.flush()
            if len(styles) < len(values):
                styles += [self.none] * (len(values) - len(styles))
                plain += [None] * (len(values) - len(plain))
                quoted += [self.none.quoted] * (len(values) - len(quoted))
            for col, value in enumerate(values):
                kind = type(value)
                if kind is float:
                    if isfinite(value):
                        number(row, col, value, plain[col])
                    elif value == value:  # ±inf: Excel has no such number
                        string(row, col, str(value), plain[col])
                elif kind is str:
                    if value:
                        string(row, col, value, quoted[col] if value[0] in QUOTED_FIRST
                               else plain[col])
                elif kind is int:
                    number(row, col, value, plain[col])
                elif value is not None:
                    put(sheet, row, col, value, styles[col])
        if fast is not None:
            fast.flush()
        return next_row


def frame_rows(table: pd.DataFrame) -> Iterable[list[object]]:
    """A DataFrame's rows as Python values (numpy scalars unboxed, NaN as None)."""
    columns = [_plain_column(table.iloc[:, i]) for i in range(table.shape[1])]
    return (list(values) for values in zip(*columns, strict=True)) if columns else iter(())


def _plain_column(series: pd.Series) -> list[object]:
    if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype):
        values = series.to_numpy()
        if values.dtype.kind == "f":
            return [None if v != v else v for v in values.tolist()]
        return values.tolist()
    return [None if isinstance(v, float) and v != v else v for v in series.tolist()]


def write_frame(cells: CellWriter, sheet, table: pd.DataFrame) -> int:
    """Header and rows from A1; the next free row (0-based)."""
    cells.rows(sheet, [[str(c) for c in table.columns]])
    return cells.rows(sheet, frame_rows(table), 1)
