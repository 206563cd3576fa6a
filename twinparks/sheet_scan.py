"""What calamine does not say about a sheet, found in its XML bytes before calamine reads it.

python-calamine returns the values Excel saved and nothing else: not which
cells hold formulas (nor their text), not error values (``#N/A`` reads as
blank), and it allocates one slot per cell of the rectangle its cells span,
so a lone cell at XFD1048576 would cost gigabytes and end the process. This
module scans the inflated XML of one worksheet with NumPy (no per-cell
Python) for:

* every cell reference: the grid's size is known before anything is built,
  and a reference that is not a plain ``A1``-style one makes the sheet
  unsuitable for the fast reader;
* the formula and error cells, read one by one (they are few);
* what the fast reader would read differently from openpyxl (prefixed
  element names, ``_xHHHH_`` escapes, ISO dates, cells styled as dates, a
  number written as ``7.0`` or ``1E+3``): the sheet is then read by openpyxl.

:class:`NeedsOpenpyxl` says why a sheet must take the openpyxl path.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import numpy as np

from twinparks.sheet_grid import MAX_CELLS

LT, QUOTE = 60, 34
AFTER_NAME = np.zeros(256, dtype=bool)  # what may follow an element name: space, > or /
AFTER_NAME[[32, 9, 10, 13, 62, 47]] = True
REF_WINDOW = 11                   # up to 3 letters, 7 digits and the closing quote
PADDING = 32
PAIRS = ("<c", "<f", ":c", ":f", ":v", '"e', '"d', "_x", "5F", ".0", "e+", "E+",
         "> ", ">\t", ">\n", ">\r", " <", "\t<", "\n<", "\r<")
AROUND_TEXT = PAIRS[-8:]
SPACE = np.zeros(256, dtype=bool)
SPACE[[32, 9, 10, 13]] = True
CHUNK = 1 << 20
PAIR_CODES = np.zeros(65536, dtype=np.uint8)
for _number, _pair in enumerate(PAIRS, start=1):
    PAIR_CODES[int.from_bytes(_pair.encode(), "little")] = _number
ZERO = 48
WHOLE_LOOKING = re.compile(rb"<v>\s*(-?[0-9]*(?:\.0+|(?:\.[0-9]*)?[eE]\+?[0-9]+))\s*</v>")
EXACT_INTEGER = 2**53
ESCAPES = re.compile(rb"_x[0-9A-Fa-f]{4}_|x005F_")
CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"([^>]*?)(/>|>(.*?)</c>)', re.DOTALL)
TYPE = re.compile(rb'\bt="([^"]*)"')
FORMULA = re.compile(rb"<f\b([^>]*?)(?:/>|>(.*?)</f>)", re.DOTALL)
VALUE = re.compile(rb"<v>(.*?)</v>", re.DOTALL)
ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
MERGE = re.compile(rb'<mergeCell ref="([^"]*)"')


class NeedsOpenpyxl(Exception):
    """The sheet holds something the fast reader does not read exactly as openpyxl."""


@dataclass
class SpecialCell:
    """A formula or error cell, as openpyxl reads it (1-based row and column)."""

    row: int
    column: int
    kind: str                      # the cell's ``t`` attribute ("n" when absent)
    value: str | None              # the text of <v>, unescaped (None: no saved value)
    formula: dict[bytes, bytes] | None = None  # <f> attributes, and b"" → its text
    ref: str = ""


@dataclass
class SheetScan:
    """Size, special cells and merged ranges of one sheet."""

    rows: int = 0
    columns: int = 0
    special: list[SpecialCell] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)


def scan_sheet(xml: bytes, date_styles: frozenset[int]) -> SheetScan:
    """Scan one worksheet part; raises :class:`NeedsOpenpyxl` when the fast reader must not.

    ``date_styles`` are the style ids openpyxl reads as dates.
    """
    start, end = xml.find(b"<sheetData"), xml.rfind(b"</sheetData>")
    if start < 0 or end < start:
        raise NeedsOpenpyxl("no plain <sheetData>")
    a = np.frombuffer(xml, dtype=np.uint8)
    found = pairs(xml, start, end)
    _refuse_odd_text(xml, a, found)
    for style in date_styles:
        if xml.find(b' s="%d"' % style, start, end) >= 0:
            raise NeedsOpenpyxl("cells styled as dates")
    scan = SheetScan(*_references(a, found["<c"]))
    if scan.rows * scan.columns > MAX_CELLS:
        raise NeedsOpenpyxl("grid too large for the fast reader")
    errors = [int(p) - 2 for p in found['"e'] if xml.startswith(b't="e"', int(p) - 2)]
    scan.special = _special_cells(xml, sorted({*found["<f"].tolist(), *errors}))
    scan.merged = [ref.decode() for ref in MERGE.findall(xml, end)]
    return scan


def pairs(xml: bytes, start: int, end: int) -> dict[str, np.ndarray]:
    """Positions in ``xml[start:end]`` of each two-byte sequence of :data:`PAIRS` (unsorted).

    The text is read as 16-bit words at even and at odd offsets and every
    word looked up in one table: four passes over the bytes find them all.
    """
    positions, codes = [], []
    for offset in (start, start + 1):
        words = np.frombuffer(xml, dtype="<u2", count=(end - offset) // 2, offset=offset)
        for first in range(0, len(words), CHUNK):  # chunks stay in the cache
            code = PAIR_CODES[words[first:first + CHUNK]]
            hits = np.flatnonzero(code)
            positions.append((hits + first) * 2 + offset)
            codes.append(code[hits])
    where, code = np.concatenate(positions), np.concatenate(codes)
    order = np.argsort(code, kind="stable")
    bounds = np.cumsum(np.bincount(code, minlength=len(PAIRS) + 1))
    return {pair: where[order[bounds[number - 1]:bounds[number]]]
            for number, pair in enumerate(PAIRS, start=1)}


def _refuse_odd_text(xml: bytes, a: np.ndarray, found: dict[str, np.ndarray]) -> None:
    limit = len(a) - 1
    for pair in (":c", ":f", ":v"):
        if AFTER_NAME[a[np.minimum(found[pair] + 2, limit)]].any():
            raise NeedsOpenpyxl("prefixed element names")
    if any(xml.startswith(b't="d"', int(p) - 2) for p in found['"d']):
        raise NeedsOpenpyxl("ISO 8601 date cells")
    candidates = [*found["_x"].tolist(), *(found["5F"] - 3).tolist()]
    if any(ESCAPES.match(xml, p) for p in candidates):
        raise NeedsOpenpyxl("_xHHHH_ escapes")
    if _odd_numbers(xml, a, found):
        raise NeedsOpenpyxl("a number written as 7.0 or with an exponent such as 1E+3")
    if unpreserved_spaces(xml, found):
        raise NeedsOpenpyxl("text with spaces around it but no xml:space")
    for pair in ("<c", "<f"):
        found[pair] = found[pair][AFTER_NAME[a[np.minimum(found[pair] + 2, limit)]]]


def _odd_numbers(xml: bytes, a: np.ndarray, found: dict[str, np.ndarray]) -> bool:
    """Numbers openpyxl reads as floats although calamine's value is whole: ``7.0``, ``1E+3``.

    openpyxl makes an int of digits alone and a float of anything with a
    point or an exponent; calamine gives floats only, so the fast reader
    makes whole numbers ints and leaves a file spelling them otherwise to
    openpyxl. Candidates are found with whole-array operations, then each
    is checked to be a <v> number (not text that looks so).
    """
    limit = len(a) - 1
    zeros, candidates = found[".0"], []
    for k in range(2, PADDING):
        following = a[np.minimum(zeros + k, limit)]
        candidates += zeros[following == LT].tolist()
        zeros = zeros[following == ZERO]
        if not len(zeros):
            break
    candidates += [*found["e+"].tolist(), *found["E+"].tolist()]
    return any(_whole(WHOLE_LOOKING.match(xml, xml.rfind(b"<v>", 0, p))) for p in candidates)


def _whole(match: re.Match | None) -> bool:
    """A <v> number openpyxl makes a float that the fast reader would make an int."""
    if match is None:
        return False
    value = float(match.group(1))
    return value == int(value) and abs(value) <= EXACT_INTEGER if np.isfinite(value) else False


def unpreserved_spaces(xml: bytes, found: dict[str, np.ndarray]) -> bool:
    """Text in a plain ``<t>`` that starts or ends with spaces: calamine trims it, openpyxl not.

    ``found`` holds where a space follows ``>`` or precedes ``<`` (rare in
    SpreadsheetML); text of spaces only reads blank either way.
    """
    for position in np.concatenate([found[pair] for pair in AROUND_TEXT]).tolist():
        if xml.startswith(b"<v>", position - 2) or xml.startswith(b"</v>", position + 1):
            return True  # a number with spaces: openpyxl reads " 7" as 7, calamine not
        start = xml.rfind(b"<t", 0, position + 1)
        end = xml.find(b"</t>", position)
        if start >= 0 and end >= 0 and xml.startswith(b"<t>", start) and \
                xml.rfind(b">", start + 3, end) < 0 and xml[start + 3:end].strip():
            return True
    return False


def has_escape(xml: bytes) -> bool:
    """Whether text holds ``_xHHHH_`` or ``x005F_`` (read differently by the two readers)."""
    found = pairs(xml, 0, len(xml))
    candidates = [*found["_x"].tolist(), *(found["5F"] - 3).tolist()]
    return any(ESCAPES.match(xml, max(p, 0)) for p in candidates)


def _references(a: np.ndarray, cells: np.ndarray) -> tuple[int, int]:
    """The largest row and column (1-based) of the cells' ``r="A1"`` attributes."""
    if not len(cells):
        return 0, 0
    if int(cells.max()) + 6 + REF_WINDOW > len(a):
        raise NeedsOpenpyxl("a cell at the very end of the part")
    head = np.lib.stride_tricks.sliding_window_view(a, 4 + REF_WINDOW)[cells + 2]
    if not (head[:, :4] == np.frombuffer(b' r="', np.uint8)).all():
        raise NeedsOpenpyxl("a cell without a leading r attribute")
    window = head[:, 4:]
    letters = (window - np.uint8(ord("A"))) < 26   # uint8 arithmetic wraps below "A"
    digits = (window - np.uint8(ord("0"))) < 10
    width = np.argmin(letters, axis=1)
    stop = np.argmin(letters | digits, axis=1)
    every = np.arange(len(cells))
    ok = (width >= 1) & (width <= 3) & (stop - width >= 1) & (stop - width <= 7) & \
        (window[every, stop] == QUOTE) & (window[every, np.minimum(width, REF_WINDOW - 1)]
                                           != ord("0")) & \
        ((letters & (np.arange(REF_WINDOW) < stop[:, None])).sum(axis=1) == width)
    if not ok.all():
        raise NeedsOpenpyxl("a cell reference that is not of the form A1")
    return _largest_number(window, width, stop), _largest_column(window, width)


def _largest_column(window: np.ndarray, width: np.ndarray) -> int:
    longest = width == width.max()
    column = np.zeros(int(longest.sum()), np.int64)
    for k in range(int(width.max())):
        column = column * 26 + window[longest, k] - (ord("A") - 1)
    return int(column.max())


def _largest_number(window: np.ndarray, width: np.ndarray, stop: np.ndarray) -> int:
    count = stop - width
    longest = np.flatnonzero(count == count.max())
    row = np.zeros(len(longest), np.int64)
    for k in range(int(count.max())):
        row = row * 10 + window[longest, width[longest] + k] - ord("0")
    return int(row.max())


def _special_cells(xml: bytes, positions: list[int]) -> list[SpecialCell]:
    """The cells enclosing ``positions`` (a <f> or a t="e"), in document order."""
    cells, seen = [], set()
    for position in positions:
        start = xml.rfind(b"<c ", 0, position + 1)
        match = CELL.match(xml, start)
        if match is None or start in seen:
            if match is None:
                raise NeedsOpenpyxl("a formula or error cell that cannot be read")
            continue
        seen.add(start)
        cells.append(_special(match))
    return cells


def _special(match: re.Match) -> SpecialCell:
    letters, digits, attributes, _, inner = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + letter - ord("A") + 1
    kind = TYPE.search(attributes)
    inner = inner or b""
    value = VALUE.search(inner)
    formula = FORMULA.search(inner)
    cell = SpecialCell(int(digits), column, kind.group(1).decode() if kind else "n",
                       text(value.group(1)) if value and value.group(1) else None,
                       ref=(letters + digits).decode())
    if formula is not None:
        cell.formula = dict(ATTRIBUTE.findall(formula.group(1)))
        cell.formula[b""] = formula.group(2) or b""
    return cell


def text(raw: bytes) -> str:
    """XML character data as a parser gives it (line ends normalised, references resolved)."""
    return html.unescape(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
