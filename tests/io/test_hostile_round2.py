"""Damaged and hostile workbooks, second round: exit 2 with the sheet and cell, fast, light."""

from __future__ import annotations

import resource
import struct
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.io.builders import (
    replace_part,
    run_cli,
    sheet_part,
    valid_sheets,
    write_valid,
    write_xlsx,
)
from twinparks.cli import main

BIG = int("9" * 401)
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_NS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_REL_NS = b"http://purl.oclc.org/ooxml/officeDocument/relationships"


def cli(argv, capsys) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def with_cell(path: Path, sheet: str, cell: str, value: object) -> Path:
    write_valid(path)
    book = openpyxl.load_workbook(path)
    book[sheet][cell] = value
    book.save(path)
    return path


def set_xml_value(path: Path, title: str, cell: str, text: str) -> Path:
    """Put raw ``text`` as the number in ``cell`` (openpyxl cannot write a 401-digit number)."""
    def patch(xml: bytes) -> bytes:
        marker = f'<c r="{cell}" t="n"><v>'.encode()
        start = xml.index(marker) + len(marker)
        end = xml.index(b"</v>", start)
        return xml[:start] + text.encode() + xml[end:]
    return replace_part(path, sheet_part(path, title), patch)


# --- numbers --------------------------------------------------------------------------------

def huge_capacity(path: Path) -> Path:
    return set_xml_value(write_valid(path), "Plants", "D2", str(BIG))


def huge_factor(path: Path) -> Path:
    sheets = valid_sheets()
    sheets["Scenarios"] = [["scenario", "sheet", "key", "column", "value", "factor"],
                           ["boom", "Demand", "*", "quantity", None, 2]]
    write_xlsx(path, sheets)
    return set_xml_value(path, "Scenarios", "F2", str(BIG))


def huge_recipe(path: Path) -> Path:
    return with_cell(path, "Recipes", "C2", 1e16)


def huge_demand(path: Path) -> Path:
    return with_cell(path, "Demand", "C2", 1e20)


@pytest.mark.parametrize(("make", "where"), [
    (huge_capacity, "Plants!D2"), (huge_recipe, "Recipes!C2"), (huge_demand, "Demand!C2")])
@pytest.mark.parametrize("command", ["validate", "solve"])
def test_numbers_too_large_are_cell_errors(make, where, command, tmp_path, capsys):
    code, output = cli([command, make(tmp_path / "book.xlsx")], capsys)
    assert code == 2, output
    assert f"{where}: " in output and "Traceback" not in output
    assert max(len(line) for line in output.splitlines()) < 400, "long numbers are shortened"


def test_a_huge_scenario_factor_is_a_cell_error(tmp_path, capsys):
    path = huge_factor(tmp_path / "book.xlsx")
    for command in ("validate", "scenarios"):
        code, output = cli([command, path], capsys)
        assert code == 2, output
        assert "Scenarios!F2: " in output and "Traceback" not in output


# --- archives -------------------------------------------------------------------------------

def damaged_deflate(path: Path) -> Path:
    write_valid(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(sheet_part(path, "Sites"))
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:
                                                     info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    for offset in range(start + 10, start + info.compress_size - 4):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def flagged_encrypted(path: Path) -> Path:
    write_valid(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    for info in infos:
        data[info.header_offset + 6] |= 0x1
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def strict_xml(path: Path) -> Path:
    write_valid(path)
    with zipfile.ZipFile(path) as source:
        contents = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in contents.items():
            target.writestr(name, data.replace(MAIN_NS, STRICT_NS).replace(REL_NS,
                                                                           STRICT_REL_NS))
    return path


def password_protected(path: Path) -> Path:
    """What Excel writes for "Encrypt with Password": an OLE file with these streams."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le") + bytes(100) + \
        "EncryptedPackage".encode("utf-16-le") + bytes(100)
    path.write_bytes(header + bytes(4096) + directory + bytes(8192))
    return path


@pytest.mark.parametrize(("make", "words", "where"), [
    (damaged_deflate, "damaged", "Sites"), (flagged_encrypted, "encrypted", ""),
    (strict_xml, "Strict Open XML", ""), (password_protected, "password", "")])
def test_damaged_archives_are_named(make, words, where, tmp_path, capsys):
    path = make(tmp_path / "book.xlsx")
    for command in ("validate", "solve"):
        code, output = cli([command, path], capsys)
        assert code == 2, output
        assert words in output and "Traceback" not in output and "unexpected" not in output
        assert output.startswith(f"{where}: " if where else "book.xlsx: "), output


@pytest.mark.parametrize("name", ["book.txt", "book.bak", "book"])
def test_a_valid_workbook_with_another_extension_is_read(name, tmp_path, capsys):
    path = write_valid(tmp_path / "book.xlsx").rename(tmp_path / name)
    assert cli(["validate", path], capsys)[0] == 0
    assert cli(["solve", path], capsys)[0] == 0


def test_a_folder_is_named_as_a_folder(tmp_path, capsys):
    code, output = cli(["validate", tmp_path], capsys)
    assert code == 2 and "folder" in output and "Traceback" not in output


# --- sizes ----------------------------------------------------------------------------------

def far_cell(cell: str, sheet: str = "Sites", dimension: bool = False):
    def make(path: Path) -> Path:
        write_valid(path)

        def patch(xml: bytes) -> bytes:
            far = f'<row r="{cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{cell}" ' \
                  f't="inlineStr"><is><t>far</t></is></c></row></sheetData>'
            xml = xml.replace(b"</sheetData>", far.encode())
            if dimension:
                xml = xml.replace(b'<dimension ref="A1:F4" />',
                                  b'<dimension ref="A1:XFD1048576" />')
            return xml
        return replace_part(path, sheet_part(path, sheet), patch)
    return make


def notes_far_cell(path: Path) -> Path:
    sheets = valid_sheets()
    sheets["Notes"] = [["remark"]]
    write_xlsx(path, sheets)
    book = openpyxl.load_workbook(path)
    book["Notes"]["XFD1048576"] = "far away"
    book.save(path)
    return path


@pytest.mark.parametrize("make", [
    far_cell("XFD1048576"), far_cell("A1048576"), far_cell("XFD2"), far_cell("XFE1"),
    far_cell("A1048577"), far_cell("A9", dimension=True), notes_far_cell],
    ids=["XFD1048576", "A1048576", "XFD2", "beyond-columns", "beyond-rows", "dimension",
         "unknown-sheet"])
def test_far_away_cells_answer_fast_with_the_sheet(make, tmp_path):
    path = make(tmp_path / "book.xlsx")
    result = run_cli("validate", path)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    output = result.stdout + result.stderr
    assert result.returncode in (0, 2), output
    assert "Traceback" not in output
    assert result.cpu_seconds < 10 and peak_kib < 1024 * 1024
    if result.returncode == 2:
        assert any(line.startswith(("Sites", "Notes")) for line in output.splitlines()), output


def many_sheets(path: Path) -> Path:
    write_valid(path)
    with zipfile.ZipFile(path) as source:
        contents = {name: source.read(name) for name in source.namelist()}
    sheet = (b'<worksheet xmlns="' + MAIN_NS + b'"><sheetData><row r="1"><c r="A1" t="n">'
             b"<v>1</v></c></row></sheetData></worksheet>")
    names, rels, types = [], [], []
    for i in range(20, 10_000):
        names.append(f'<sheet name="S{i}" sheetId="{i}" r:id="rX{i}"/>')
        rels.append(f'<Relationship Id="rX{i}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/worksheet" Target="worksheets/x{i}.xml"/>')
        types.append(f'<Override PartName="/xl/worksheets/x{i}.xml" ContentType="application/'
                     f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    contents["xl/workbook.xml"] = contents["xl/workbook.xml"].replace(
        b"</sheets>", "".join(names).encode() + b"</sheets>")
    contents["xl/_rels/workbook.xml.rels"] = contents["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", "".join(rels).encode() + b"</Relationships>")
    contents["[Content_Types].xml"] = contents["[Content_Types].xml"].replace(
        b"</Types>", "".join(types).encode() + b"</Types>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in contents.items():
            target.writestr(name, data)
        for i in range(20, 10_000 - 30):
            target.writestr(f"xl/worksheets/x{i}.xml", sheet)
    return path


def test_ten_thousand_sheets_answer_fast(tmp_path):
    path = many_sheets(tmp_path / "book.xlsx")
    result = run_cli("validate", path)
    assert result.cpu_seconds < 10
    assert result.returncode == 2 and "Traceback" not in result.stderr + result.stdout
    assert "sheets" in result.stdout + result.stderr


# --- formulas and ids -----------------------------------------------------------------------

def array_in_known_column(path: Path) -> Path:
    write_valid(path)
    book = openpyxl.load_workbook(path)
    from openpyxl.worksheet.formula import ArrayFormula

    book["Demand"]["C2"] = ArrayFormula("C2:C2", "=SUM(400,100)")
    book.save(path)
    return path


def test_array_formula_without_result_shows_the_formula(tmp_path, capsys):
    code, output = cli(["validate", array_in_known_column(tmp_path / "book.xlsx")], capsys)
    assert code == 2 and "Demand!C2: " in output
    assert "SUM(400,100)" in output and "object at" not in output


def test_a_very_long_id_is_shortened_in_messages(tmp_path, capsys):
    sheets = valid_sheets()
    sheets["Demand"][1][0] = "X" * 100_000
    code, output = cli(["validate", write_xlsx(tmp_path / "book.xlsx", sheets)], capsys)
    assert code == 2 and "Demand!A2: " in output
    assert max(len(line) for line in output.splitlines()) < 400


@pytest.mark.parametrize(("typed", "words"), [
    (unicodedata.normalize("NFD", "Qinzhou-é"), "normali"),
    ("QZ\u200b", "invisible")])
def test_lookalike_ids_are_explained(typed, words, tmp_path, capsys):
    sheets = valid_sheets()
    sheets["Sites"][1][0] = unicodedata.normalize("NFC", "Qinzhou-é") \
        if words == "normali" else "QZ"
    for sheet, column in (("Plants", 1), ("Supply", 0)):
        sheets[sheet][1][column] = sheets["Sites"][1][0]
    sheets["Lanes"][1][1] = sheets["Lanes"][2][1] = sheets["Sites"][1][0]
    sheets["Demand"][1][0] = "CQ"
    sheets["Plants"][1][1] = typed
    code, output = cli(["validate", write_xlsx(tmp_path / "book.xlsx", sheets)], capsys)
    assert code == 2 and "Plants!B2: " in output
    line = next(line for line in output.splitlines() if line.startswith("Plants!B2"))
    assert words in line, line


def test_a_solver_refusal_is_a_status_without_a_traceback(tmp_path, monkeypatch, caplog, capsys):
    from twinparks.models import solve as solve_module

    def refuse(*args, **kwargs):
        raise ValueError("HiGHS refused the model")

    monkeypatch.setattr(solve_module, "solve_valid", refuse)
    code, output = cli(["solve", write_valid(tmp_path / "book.xlsx")], capsys)
    assert code == 3 and "HiGHS refused the model" in output and "Traceback" not in output
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
