"""The XML of plain rows written straight into a constant-memory XlsxWriter sheet.

XlsxWriter spends about 9 µs of Python per cell (a cell tuple stored, then
the row serialised through several general methods): at a million variables
that was most of the Excel report's time (``benchmarks/README.md``). The
common cells of a report row (finite numbers, whole numbers, booleans and
ordinary text) are serialised here exactly as XlsxWriter serialises them,
one f-string each, and written to the sheet's row file; the sheet's
dimensions and its last written row are kept as XlsxWriter keeps them.

A row with anything else (a formula, a date, an infinite number, a text
XlsxWriter treats specially: control characters, ``_xHHHH_`` escapes, a
rich ``<r>`` text, one over 16k characters), a row with its own row
attributes or comments, or a sheet in another mode is left to XlsxWriter:
:meth:`RowXml.row` returns ``None`` and the caller writes it cell by cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

QUOTED_FIRST = "=+-@"
SPECIAL_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
LONGEST_PLAIN_TEXT = 16_383  # half of Excel's limit in UTF-16 units: no truncation possible
FLUSH_EVERY = 2_000  # rows kept as text before they go to the sheet's file


def _style_attribute(cell_format: Format | None) -> str:
    return f' s="{cell_format._get_xf_index()}"' if cell_format is not None else ""


def _text_xml(ref: str, style: str, text: str) -> str | None:
    """An inline-string cell as XlsxWriter writes it, or None if it treats the text specially."""
    if (len(text) > LONGEST_PLAIN_TEXT or SPECIAL_TEXT.search(text)
            or (text.startswith("<r>") and text.endswith("</r>"))):
        return None
    preserve = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{preserve}>{text}</t></is></c>'


class RowXml:
    """Writes plain rows of one sheet as XML; see the module docstring."""

    def __init__(self, sheet: Worksheet, plain: Sequence[Format | None],
                 quoted: Sequence[Format], other_quoted: Format):
        self.sheet = sheet
        self.plain, self.quoted = list(plain), list(quoted)
        self.other_quoted = other_quoted  # of the columns past ``quoted``
        self.letters: list[str] = []
        self.plain_attr: list[str] = []
        self.quoted_attr: dict[int, str] = {}
        self.buffer: list[str] = []
        self.col_min: int | None = None
        self.col_max: int | None = None

    @staticmethod
    def usable(sheet: Worksheet) -> bool:
        """Whether rows of this sheet can be written here at all."""
        return (getattr(sheet, "constant_memory", False) and sheet.excel_version == 2007
                and sheet.default_row_height == sheet.original_row_height
                and hasattr(sheet, "fh") and hasattr(sheet, "previous_row"))

    def _extend(self, width: int) -> None:
        for col in range(len(self.letters), width):
            style = self.plain[col] if col < len(self.plain) else None
            if style is None and col in self.sheet.col_info:
                style = self.sheet.col_info[col].column_format  # as XlsxWriter falls back
            self.letters.append(xl_col_to_name(col))
            self.plain_attr.append(_style_attribute(style))

    def _quoted(self, col: int) -> str:
        if col not in self.quoted_attr:
            style = self.quoted[col] if col < len(self.quoted) else self.other_quoted
            self.quoted_attr[col] = _style_attribute(style)
        return self.quoted_attr[col]

    def row(self, row: int, values: Sequence[object]) -> bool:
        """Write one row (0-based) if it is plain; False leaves it to the caller."""
        sheet = self.sheet
        if (row >= sheet.xls_rowmax or len(values) > sheet.xls_colmax or row in sheet.row_info
                or row in sheet.comments):
            return False
        if row < sheet.previous_row or (row == sheet.previous_row and sheet.table):
            return False
        if len(values) > len(self.letters):
            self.flush_pending(row)
            self._extend(len(values))
        number = row + 1
        letters, plain = self.letters, self.plain_attr
        parts: list[str] = []
        first = last = -1
        for col, value in enumerate(values):
            kind = type(value)
            if kind is float:
                if value - value != 0:  # ±inf or NaN
                    if value == value:
                        return False  # ±inf: written as its text by the caller
                    continue
                parts.append(f'<c r="{letters[col]}{number}"{plain[col]}>'
                             f'<v>{value:.16G}</v></c>')
            elif kind is str:
                if not value:
                    continue
                text = _text_xml(f"{letters[col]}{number}", self._quoted(col)
                                 if value[0] in QUOTED_FIRST else plain[col], value)
                if text is None:
                    return False
                parts.append(text)
            elif kind is int:
                parts.append(f'<c r="{letters[col]}{number}"{plain[col]}>'
                             f'<v>{value:.16G}</v></c>')
            elif kind is bool:
                parts.append(f'<c r="{letters[col]}{number}"{plain[col]} t="b">'
                             f'<v>{int(value)}</v></c>')
            elif value is None:
                continue
            else:
                return False
            if first < 0:
                first = col
            last = col
        self.flush_pending(row)
        if parts:
            self.buffer.append(f'<row r="{number}">{"".join(parts)}</row>')
            self._dimensions(row, first, last)
            if len(self.buffer) >= FLUSH_EVERY:
                self.flush()
        sheet.previous_row = row + 1
        return True

    def flush_pending(self, row: int) -> None:
        """Let XlsxWriter write a row it holds before ``row`` is written here."""
        sheet = self.sheet
        if sheet.previous_row < row:
            self.flush()
            sheet._write_single_row(row)

    def _dimensions(self, row: int, first: int, last: int) -> None:
        sheet = self.sheet
        if sheet.dim_rowmin is None or row < sheet.dim_rowmin:
            sheet.dim_rowmin = row
        if sheet.dim_rowmax is None or row > sheet.dim_rowmax:
            sheet.dim_rowmax = row
        if sheet.dim_colmin is None or first < sheet.dim_colmin:
            sheet.dim_colmin = first
        if sheet.dim_colmax is None or last > sheet.dim_colmax:
            sheet.dim_colmax = last

    def flush(self) -> None:
        """Write the rows kept as text to the sheet's file (before XlsxWriter writes more)."""
        if self.buffer:
            self.sheet.fh.write("".join(self.buffer))
            self.buffer.clear()
