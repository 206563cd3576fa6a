"""The fast reader (python-calamine) reads every workbook exactly as openpyxl does.

``read_workbook`` takes its cell values from :mod:`twinparks.fast_read`;
openpyxl reads only what the fast reader leaves to it. Each test here reads
one file both ways and requires the same network cell for cell, type for
type (1 is not 1.0, a formula is a formula), the same row numbers and the
same problems, and checks that the fast reader did read it (or, for the
files it must leave to openpyxl, that it did not).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given

from tests.io.builders import (
    add_cached_value,
    replace_part,
    run_cli,
    sheet_part,
    valid_sheets,
    write_valid,
    write_xlsx,
)
from tests.io.planner_book import planner_book
from tests.io.test_roundtrip import SETTINGS, networks
from twinparks import fast_read
from twinparks.example import example_path
from twinparks.fast_read import _read, read_fast
from twinparks.models.network import Formula, Network
from twinparks.models.problems import ERROR
from twinparks.models.validation import validate
from twinparks.sheet_scan import NeedsOpenpyxl, scan_sheet
from twinparks.workbook import read_book, read_workbook, write_workbook

SOFFICE = shutil.which("soffice")


def with_openpyxl(path: Path):
    """What the openpyxl reader gives (the reader before the fast one)."""
    return read_book(openpyxl.load_workbook(path), path)


def typed_cells(network: Network) -> dict:
    tables = {name: (list(map(str, table.columns)), list(table.index),
                     [[(type(v).__name__, v) for v in row] for row in
                      table.itertuples(index=False)])
              for name, table in network.tables.items()}
    extras = {name: [[(type(v).__name__, v) for v in row] for row in grid]
              for name, grid in network.extra_sheets.items()}
    return {"tables": tables, "extras": extras, "order": network.sheet_order}


def assert_same_reading(path: Path, fast: bool = True):
    """Both readers agree on ``path``; the fast reader read it when ``fast``."""
    if fast:
        _read(path.read_bytes())  # raises NeedsOpenpyxl saying why the fast reader would not
    else:
        assert read_fast(path.read_bytes()) is None
    ours, reference = read_workbook(path), with_openpyxl(path)
    assert [p.format(path.name) for p in ours.problems] == \
        [p.format(path.name) for p in reference.problems]
    assert (ours.network is None) == (reference.network is None)
    if ours.network is not None:
        assert typed_cells(ours.network) == typed_cells(reference.network)
    return ours


def test_the_bundled_example_reads_the_same(tmp_path):
    result = assert_same_reading(example_path())
    assert len(result.network.tables["Lanes"]) > 10


def test_the_planner_book_reads_the_same(tmp_path):
    """Formulas with saved results, an array formula, an error value, merged cells,
    a very hidden sheet, text of spaces."""
    result = assert_same_reading(planner_book(tmp_path / "planner.xlsx"))
    dashboard = result.network.extra_sheets["Dashboard"]
    assert dashboard[0][1] == Formula("=SUM(Capacities)")
    assert dashboard[1][1] == "#N/A"
    assert dashboard[1][3] == Formula("{=C2:C3*2}")
    assert result.network.tables["Demand"].at[2, "quantity"] == 500


@pytest.mark.parametrize("block", [1, 2, 3])
def test_sheets_read_a_few_rows_at_a_time_read_the_same(block, tmp_path, monkeypatch):
    """Rows taken and typed in blocks (as a big sheet is): every block lands on its rows.

    The planner book has formulas, an error value and merged cells past the first rows.
    """
    monkeypatch.setattr(fast_read, "BLOCK_ROWS", block)
    assert_same_reading(planner_book(tmp_path / "planner.xlsx"))
    result = assert_same_reading(example_path())
    lanes = read_workbook(example_path()).network.tables["Lanes"]
    assert result.network.tables["Lanes"].equals(lanes) and len(lanes) > 3 * block


def test_a_date_past_the_first_block_still_leaves_the_file_to_openpyxl(tmp_path, monkeypatch):
    monkeypatch.setattr(fast_read, "BLOCK_ROWS", 2)
    sheets = valid_sheets()
    sheets["Notes"] = [["prepared"], ["by"], ["someone"], ["on"], [dt.datetime(2026, 1, 2)]]
    assert_same_reading(write_xlsx(tmp_path / "book.xlsx", sheets), fast=False)


@SETTINGS
@given(networks(exact=False))
def test_generated_workbooks_read_the_same(network):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "book.xlsx")
        write_workbook(network, path)
        assert_same_reading(path)


def test_formula_without_saved_result_is_found_by_the_fast_reader(tmp_path):
    sheets = valid_sheets()
    sheets["Demand"][1][2] = "=400+100"                       # Demand!C2, no saved result
    sheets["Sites"][0].append("double_lat")
    sheets["Sites"][1].append("=E2*2")                        # Sites!G2, unknown column
    path = write_xlsx(tmp_path / "book.xlsx", sheets, formulas_as_text=False)
    result = assert_same_reading(path)
    assert result.network.tables["Demand"].at[2, "quantity"] == Formula("=400+100")
    assert result.network.tables["Sites"].at[2, "double_lat"] == Formula("=E2*2")
    problems = [p for p in validate(result.network) if p.severity == ERROR]
    assert [p.where for p in problems] == ["Demand!C2"] and "formula" in problems[0].message


def test_saved_results_of_every_type(tmp_path):
    sheets = valid_sheets()
    sheets["Demand"][1][2] = "=400+100"
    sheets["Sites"][1][1] = '="Qin"&"zhou"'
    sheets["Products"][1][3] = "=0.5*2"
    path = write_xlsx(tmp_path / "book.xlsx", sheets, formulas_as_text=False)
    add_cached_value(path, "Demand", "C2", "500")
    replace_part(path, sheet_part(path, "Sites"), lambda xml: xml.replace(
        b'<c r="B2"><f>"Qin"&amp;"zhou"</f><v />', b'<c r="B2" t="str"><f>"Qin"&amp;"zhou"</f>'
        b"<v>Qinzhou</v>"))
    add_cached_value(path, "Products", "D2", "1.5")
    result = assert_same_reading(path)
    assert result.network.tables["Sites"].at[2, "name"] == "Qinzhou"
    assert result.network.tables["Products"].at[2, "tonnes_per_unit"] == 1.5
    assert type(result.network.tables["Demand"].at[2, "quantity"]) is int


def test_error_values_are_read_as_their_text(tmp_path):
    path = write_valid(tmp_path / "book.xlsx")
    replace_part(path, sheet_part(path, "Plants"), lambda xml: xml.replace(
        b'<c r="D2" t="n"><v>1000</v></c>', b'<c r="D2" t="e"><v>#DIV/0!</v></c>'))
    result = assert_same_reading(path)
    assert result.network.tables["Plants"].at[2, "capacity"] == "#DIV/0!"
    assert [p.where for p in validate(result.network) if p.severity == ERROR] == ["Plants!D2"]


def test_shared_formulas_are_translated_as_openpyxl_does(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][0].append("double_lat")
    for row in sheets["Sites"][1:]:
        row.append(1)
    path = write_xlsx(tmp_path / "book.xlsx", sheets)

    def shared(xml: bytes) -> bytes:
        xml = xml.replace(b'<c r="G2" t="n"><v>1</v></c>',
                          b'<c r="G2"><f t="shared" ref="G2:G4" si="0">E2*2</f><v>43.36</v></c>')
        for row in (3, 4):
            xml = xml.replace(b'<c r="G%d" t="n"><v>1</v></c>' % row,
                              b'<c r="G%d"><f t="shared" si="0"/><v>1</v></c>' % row)
        return xml

    replace_part(path, sheet_part(path, "Sites"), shared)
    result = assert_same_reading(path)
    assert result.network.tables["Sites"]["double_lat"].tolist() == [
        Formula("=E2*2"), Formula("=E3*2"), Formula("=E4*2")]


@pytest.mark.parametrize("value", [dt.datetime(2026, 11, 30, 8, 0), dt.date(2026, 11, 30),
                                   dt.time(8, 30)])
def test_dates_are_left_to_openpyxl(value, tmp_path):
    sheets = valid_sheets()
    sheets["Notes"] = [["prepared"], [value]]
    result = assert_same_reading(write_xlsx(tmp_path / "book.xlsx", sheets), fast=False)
    assert result.network.extra_sheets["Notes"][1][0] == value or isinstance(value, dt.date)


@pytest.mark.parametrize(("spelt", "kind"), [(b"1000.0", float), (b"1E+3", float),
                                           (b" 1000", int)])
def test_numbers_spelt_otherwise_are_left_to_openpyxl(spelt, kind, tmp_path):
    path = write_valid(tmp_path / "book.xlsx")
    replace_part(path, sheet_part(path, "Plants"), lambda xml: xml.replace(
        b"<v>1000</v>", b"<v>" + spelt + b"</v>"))
    result = assert_same_reading(path, fast=False)
    assert type(result.network.tables["Plants"].at[2, "capacity"]) is kind


def test_far_away_cells_are_refused_before_calamine_sees_them():
    far = (b'<worksheet><sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row>'
           b'<row r="1048576"><c r="XFD1048576" t="n"><v>2</v></c></row></sheetData></worksheet>')
    with pytest.raises(NeedsOpenpyxl):
        scan_sheet(far, frozenset())
    unnamed = b'<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>'
    with pytest.raises(NeedsOpenpyxl):
        scan_sheet(unnamed, frozenset())
    assert scan_sheet(far.replace(b"XFD1048576", b"C7"), frozenset()).columns == 3


def test_a_shared_string_table_claiming_billions_of_strings_is_refused(tmp_path):
    """calamine reserves what ``uniqueCount`` claims: the claim is checked first."""
    sheets = valid_sheets()
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    strings = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
               b'.org/spreadsheetml/2006/main" uniqueCount="4000000000000"><si><t>x</t></si>'
               b"</sst>")
    with zipfile_append(path) as archive:
        archive.writestr("xl/sharedStrings.xml", strings)
    result = run_cli("validate", path, timeout=60)
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr, result.stderr


def zipfile_append(path: Path):
    import zipfile

    return zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("source", ["example", "planner"])
def test_a_workbook_saved_by_libreoffice_reads_the_same(source, tmp_path):
    original = example_path() if source == "example" else planner_book(tmp_path / "in.xlsx")
    folder = tmp_path / "libreoffice"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder),
                    str(original)], check=True, capture_output=True, timeout=180)
    converted = folder / f"{original.stem}.xlsx"
    result = assert_same_reading(converted)
    assert result.network.tables["Sites"].shape == read_workbook(original).network.tables[
        "Sites"].shape


def test_text_with_spaces_but_no_xml_space_is_left_to_openpyxl(tmp_path):
    """calamine trims such text; openpyxl keeps the spaces, and so must the reader."""
    path = write_valid(tmp_path / "book.xlsx")
    replace_part(path, sheet_part(path, "Sites"), lambda xml: xml.replace(
        b"<t>Qinzhou park</t>", b"<t>  Qinzhou park </t>"))
    result = assert_same_reading(path, fast=False)
    assert result.network.tables["Sites"].at[2, "name"] == "  Qinzhou park "
