"""Rows serialised by twinparks.xlsx_rows are the bytes XlsxWriter itself writes.

The fast path writes plain rows straight into the sheet's row file; every
other row goes through XlsxWriter cell by cell. The same rows (plain ones,
and ones that must fall back: a formula, a date, ±inf, control characters,
an ``_xHHHH_`` escape, a rich ``<r>`` text, a text over 16k characters,
a row with its own height) are written once with the fast path and once
with it switched off; the two files must hold identical parts.
"""

import datetime as dt
import zipfile

import openpyxl
import pytest

from twinparks.models.network import Formula
from twinparks.xlsx_rows import RowXml
from twinparks.xlsx_stream import CellWriter, write_book

PLAIN = [
    ["site", "tonnes", "share", "open", "note"],
    ["KTN", 1250.5, 0.25, True, "plain"],
    ["=not a formula", 3, -0.0001234567, False, " leading space"],
    ["+60 tel", 1e16, 123456789012345678, None, "trailing space "],
    ["a & b < c > d", None, float("nan"), True, "-minus"],
    ["", 0.0, -2.5e-300, False, "中文 text"],
    [None, None, None, None, None],  # an empty row: no <row> at all
    ["@at", 7, 1.0, True, "tab\tinside"],
]
FALLBACK = [
    ["formula", Formula("=1+2"), 1, None, "x"],
    ["date", dt.datetime(2025, 3, 14, 9, 30), dt.date(2025, 1, 2), None, "x"],
    ["inf", float("inf"), float("-inf"), None, "x"],
    ["control \x01 char", 1, 2, None, "x"],
    ["escape _x0041_ text", 1, 2, None, "x"],
    ["<r>rich</r>", 1, 2, None, "x"],
    ["long " + "y" * 17_000, 1, 2, None, "x"],
]


def _write(path, fast: bool, monkeypatch) -> dict[str, bytes]:
    if not fast:
        monkeypatch.setattr(RowXml, "usable", staticmethod(lambda sheet: False))

    def fill(book, formats):
        cells = CellWriter(formats)
        sheet = book.add_worksheet("Data")
        sheet.set_row(0, 20)
        sheet.set_row(9, 30)  # a data row with its own height goes through XlsxWriter
        header = cells.formats(bold=True)
        cells.rows(sheet, PLAIN[:1], 0, [header] * 5)
        money = cells.formats(num_format="#,##0.00")
        rows = PLAIN[1:] + FALLBACK[:2] + PLAIN[1:3] + FALLBACK[2:] + PLAIN[3:]
        end = cells.rows(sheet, rows, 1, [None, money, None, None, None])
        cells.rows(sheet, [["after", 1, 2]], end + 2)  # a gap, then one more row
        sheet.set_column(0, 4, 12)
    write_book(path, fill)
    monkeypatch.undo()
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_fast_rows_are_the_bytes_xlsxwriter_writes(tmp_path, monkeypatch):
    fast = _write(tmp_path / "fast.xlsx", True, monkeypatch)
    slow = _write(tmp_path / "slow.xlsx", False, monkeypatch)
    assert fast.keys() == slow.keys()
    for name in fast:
        assert fast[name] == slow[name], name
    assert b"<row r=\"7\">" not in fast["xl/worksheets/sheet1.xml"]  # the empty row


def test_fast_rows_read_back_as_written(tmp_path, monkeypatch):
    _write(tmp_path / "fast.xlsx", True, monkeypatch)
    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")["Data"]
    assert [c.value for c in sheet[2]] == ["KTN", 1250.5, 0.25, True, "plain"]
    assert sheet["A3"].value == "=not a formula" and sheet["A3"].data_type == "s"
    assert sheet["A3"].quotePrefix
    assert sheet["C4"].value == 123456789012345678 or sheet["C4"].value == pytest.approx(
        123456789012345678)
    assert sheet["A5"].value == "a & b < c > d"
    assert sheet["E4"].value == "trailing space " and sheet["E3"].value == " leading space"
    assert sheet["B2"].number_format == "#,##0.00"
