"""Keep the results Excel saved for formulas through an openpyxl save.

openpyxl writes every formula with an empty result, so a saved workbook
would read back with "formula without a saved result" problems, and other
programs would show blanks until Excel recalculates. The results of the
formulas the save did not change are remembered (by cell object, which
follows its cell when rows move) and written back into the saved sheets;
Excel is also asked to recalculate on open, so results of formulas that
depend on edited cells are refreshed there.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape

from openpyxl.utils.datetime import to_excel

from twinparks.archive import _sheet_names

FORMULA_CELL = re.compile(
    rb'<c r="([A-Z]{1,3}[0-9]+)"([^>]*)>(<f\b[^>]*?(?:/>|>.*?</f>))<v\s*/>', re.DOTALL)


class CachedResults:
    """Formula results of a workbook as loaded, to restore after changes and a save."""

    def __init__(self, book, results_book):
        self._cells = []
        for sheet in book.worksheets:
            if sheet.title not in results_book.sheetnames:
                continue
            stored = results_book[sheet.title]._cells
            for key, cell in sheet._cells.items():
                result = stored.get(key)
                if cell.data_type == "f" and result is not None and result.value is not None:
                    self._cells.append((sheet, cell, _formula_text(cell.value), result.value))

    def unchanged(self) -> dict[str, dict[str, object]]:
        """Sheet title → cell → result, for formulas still where they are and as they were."""
        found: dict[str, dict[str, object]] = {}
        for sheet, cell, text, result in self._cells:
            if sheet.parent is None or sheet._cells.get((cell.row, cell.column)) is not cell:
                continue
            if cell.data_type == "f" and _formula_text(cell.value) == text:
                found.setdefault(sheet.title, {})[cell.coordinate] = result
        return found


def _formula_text(value: object) -> str:
    return str(getattr(value, "text", value))


def restore(data: bytes, results: dict[str, dict[str, object]]) -> bytes:
    """The saved workbook ``data`` with ``results`` written into its empty formula results."""
    if not results:
        return data
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {part: results[title] for part, title in _sheet_names(source).items()
             if title in results}
    if not parts:
        return data
    output = io.BytesIO()
    with source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in parts:
                content = _fill(content, parts[info.filename])
            target.writestr(info, content)
    return output.getvalue()


def _fill(xml: bytes, results: dict[str, object]) -> bytes:
    def result(match: re.Match) -> bytes:
        ref = match.group(1).decode()
        if ref not in results:
            return match.group(0)
        kind, text = _typed(results[ref])
        attrs = match.group(2) + (f' t="{kind}"'.encode() if kind else b"")
        return b'<c r="%s"%s>%s<v>%s</v>' % (match.group(1), attrs, match.group(3),
                                              escape(text).encode())
    return FORMULA_CELL.sub(result, xml)


def _typed(value: object) -> tuple[str, str]:
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        value = to_excel(value)
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, int | float):
        return "", repr(float(value)) if isinstance(value, float) else str(value)
    text = str(value)
    if text.startswith("#") and text.upper() in ERRORS:
        return "e", text
    return "str", text


ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
          "#GETTING_DATA", "#SPILL!", "#CALC!"}
