"""Saving writes the planner's own file back with only what changed (README, "The workbook")."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from tests.io.builders import write_valid
from tests.io.planner_book import FEATURES, lost_features, planner_book
from twinparks.lossy_parts import lossy_parts
from twinparks.models.commands import InsertRows, RemoveRows, SetCells
from twinparks.models.problems import errors
from twinparks.models.validation import validate
from twinparks.workbook import read_workbook
from twinparks.workbook_save import SaveRefused, open_workbook, save_network


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def planner(tmp_path) -> Path:
    path = planner_book(tmp_path / "plan 2027.xlsx")
    os.chmod(path, 0o640)
    return path


def test_the_planner_workbook_has_every_feature(planner):
    assert lost_features(planner) == []
    assert len(FEATURES) >= 23


def test_one_edit_through_a_symlink_changes_only_that_cell(planner, tmp_path):
    link = tmp_path / "current.xlsx"
    link.symlink_to(planner.name)
    before = parts(planner)
    result, origin = open_workbook(link)
    assert not errors(result.problems + validate(result.network))
    SetCells("Plants", [(0, "capacity", 1200)]).do(result.network)

    save_network(result.network, origin, link)

    assert link.is_symlink() and os.readlink(link) == planner.name
    assert stat.S_IMODE(planner.stat().st_mode) == 0o640
    assert lost_features(planner) == []
    after = parts(planner)
    assert set(after) == set(before)
    changed = {name for name in before if before[name] != after[name]}
    index = openpyxl.load_workbook(planner).sheetnames.index("Plants") + 1
    plants = f"xl/worksheets/sheet{index}.xml"
    assert changed <= {plants, "docProps/core.xml"}, changed
    assert before[plants].replace(b"<v>1000</v>", b"<v>1200</v>") == after[plants]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current.xlsx", "plan 2027.xlsx"]


def test_a_saved_workbook_reads_back_as_the_edited_network(planner):
    result, origin = open_workbook(planner)
    SetCells("Demand", [(1, "quantity", 250)]).do(result.network)
    save_network(result.network, origin, planner)
    again = read_workbook(planner)
    assert again.network.equals(result.network)
    assert not errors(again.problems + validate(again.network)), "saved formula results kept"
    assert float(again.network.tables["Demand"].at[2, "quantity"]) == 500


def test_added_and_removed_rows_keep_formatting_names_and_validation(planner):
    result, origin = open_workbook(planner)
    network = result.network
    InsertRows("Plants", 1, [{"id": "KT-steel", "site": "KT", "product": "steel",
                              "capacity": 800}]).do(network)
    InsertRows("Sites", 3, [{"id": "BH", "name": "Beihai", "country": "CN"}]).do(network)
    RemoveRows("Lanes", [0]).do(network)
    origin = save_network(network, origin, planner)

    assert lost_features(planner) == []
    assert read_workbook(planner).network.equals(network)
    book = openpyxl.load_workbook(planner)
    names = {name: value.attr_text for name, value in book.defined_names.items()}
    assert names["Capacities"] == "Plants!$D$2:$D$3", "a name grows with an appended row"
    assert book["Plants"]["D3"].number_format == "#,##0", "a new row takes its neighbour's style"
    assert book["Sites"].auto_filter.ref == "A1:F5"
    assert [row[0].value for row in book["Lanes"].iter_rows(min_row=2)] == ["QZ-KT"]
    assert book["Demand"].row_dimensions[3].hidden, "rows of other sheets stay as they were"


def test_removed_row_takes_its_row_format_with_it(planner):
    result, origin = open_workbook(planner)
    RemoveRows("Demand", [0]).do(result.network)            # Demand row 2; row 3 is hidden
    save_network(result.network, origin, planner)
    sheet = openpyxl.load_workbook(planner)["Demand"]
    assert sheet["A2"].value == "KT" and sheet.row_dimensions[2].hidden
    assert sheet.max_row == 2


def test_added_column_and_added_sheet(planner):
    book = openpyxl.load_workbook(planner)
    del book["Tariffs"]
    book.save(planner)
    result, origin = open_workbook(planner)
    SetCells("Sites", [(0, "owner", "Beibu Gulf Port Group")]).do(result.network)
    InsertRows("Tariffs", 0, [{"product": "steel", "origin_country": "CN",
                               "destination_country": "MY", "rate": 0.05}]).do(result.network)
    save_network(result.network, origin, planner)
    book = openpyxl.load_workbook(planner)
    assert book["Sites"]["G1"].value == "owner" and book["Sites"]["G1"].font.b
    assert book["Sites"]["G2"].value == "Beibu Gulf Port Group"
    assert book["Tariffs"]["A2"].value == "steel"
    assert [name for name, present in FEATURES.items() if not present(book)] == []


def test_save_as_keeps_everything_and_leaves_the_original(planner, tmp_path):
    before = planner.read_bytes()
    result, origin = open_workbook(planner)
    SetCells("Sites", [(1, "name", "Kuantan")]).do(result.network)
    copy = tmp_path / "copy.xlsx"
    origin = save_network(result.network, origin, copy)
    assert planner.read_bytes() == before
    assert lost_features(copy) == []
    assert origin.path == copy
    assert stat.S_IMODE(copy.stat().st_mode) == 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_formula_like_text_typed_in_the_app_is_saved_as_text(planner):
    result, origin = open_workbook(planner)
    SetCells("Sites", [(0, "name", "=1+2"), (1, "name", "@home")]).do(result.network)
    save_network(result.network, origin, planner)
    sheet = openpyxl.load_workbook(planner)["Sites"]
    assert (sheet["B2"].value, sheet["B2"].data_type) == ("=1+2", "s")
    assert sheet["B3"].value == "@home"


def test_a_control_character_is_refused_with_the_cell_and_nothing_written(planner):
    before = planner.read_bytes()
    result, origin = open_workbook(planner)
    SetCells("Sites", [(2, "name", "Chong\x07qing")]).do(result.network)
    with pytest.raises(Exception, match=r"Sites!B4.*control character"):
        save_network(result.network, origin, planner)
    assert planner.read_bytes() == before


def test_a_file_changed_by_another_program_is_not_overwritten_unasked(planner):
    result, origin = open_workbook(planner)
    book = openpyxl.load_workbook(planner)
    book["Dashboard"]["A9"] = "typed in Excel meanwhile"
    book.save(planner)
    SetCells("Plants", [(0, "capacity", 1)]).do(result.network)
    with pytest.raises(SaveRefused, match="changed by another program"):
        save_network(result.network, origin, planner)
    save_network(result.network, origin, planner, force=True)
    assert openpyxl.load_workbook(planner)["Plants"]["D2"].value == 1


# --- what openpyxl cannot keep ------------------------------------------------------------

def with_chart(path: Path) -> Path:
    write_valid(path)
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("Volumes")
    for row in [["month", "tonnes"], ["Jan", 10], ["Feb", 12]]:
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    sheet.add_chart(chart, "D2")
    book.save(path)
    return path


def test_comments_are_not_called_drawings(planner):
    assert lossy_parts(planner) == []


def test_saving_over_a_chart_is_refused_naming_it_and_forcing_saves(tmp_path):
    path = with_chart(tmp_path / "book.xlsx")
    before = path.read_bytes()
    result, origin = open_workbook(path)
    SetCells("Plants", [(0, "capacity", 900)]).do(result.network)
    with pytest.raises(SaveRefused) as refused:
        save_network(result.network, origin, path)
    assert "1 chart on sheet 'Volumes'" in str(refused.value)
    assert "drawing" not in str(refused.value) and "Save As" in str(refused.value)
    assert path.read_bytes() == before
    with pytest.raises(SaveRefused, match="will not have"):
        save_network(result.network, origin, tmp_path / "copy.xlsx")
    save_network(result.network, origin, path, force=True)
    assert openpyxl.load_workbook(path)["Plants"]["D2"].value == 900


VBA_TYPE = "application/vnd.ms-office.vbaProject"
MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def macro_workbook(path: Path) -> Path:
    """A valid workbook turned into an .xlsm with a (dummy) VBA project, as Excel lays it out."""
    plain = write_valid(path.with_suffix(".xlsx"))
    contents = parts(plain)
    types = contents["[Content_Types].xml"].decode()
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                          ".main+xml", MACRO_MAIN)
    types = types.replace("<Default Extension=\"xml\"",
                          f"<Default Extension=\"bin\" ContentType=\"{VBA_TYPE}\"/>"
                          "<Default Extension=\"xml\"")
    rels = contents["xl/_rels/workbook.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
        'office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    contents.update({"[Content_Types].xml": types.encode(), "xl/_rels/workbook.xml.rels":
                     rels.encode(), "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0VBA project bytes"})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    plain.unlink()
    return path


def test_an_xlsm_stays_a_working_xlsm(tmp_path):
    path = macro_workbook(tmp_path / "macros.xlsm")
    result, origin = open_workbook(path)
    assert result.network is not None, result.problems
    SetCells("Plants", [(0, "capacity", 1100)]).do(result.network)
    save_network(result.network, origin, path)
    saved = parts(path)
    assert saved["xl/vbaProject.bin"] == b"\xd0\xcf\x11\xe0VBA project bytes"
    assert MACRO_MAIN in saved["[Content_Types].xml"].decode()
    assert re.search(rb"vbaProject", saved["xl/_rels/workbook.xml.rels"])
    assert read_workbook(path).network.equals(result.network)


def test_saving_an_xlsm_as_xlsx_names_the_macros_and_writes_a_plain_workbook(tmp_path):
    path = macro_workbook(tmp_path / "macros.xlsm")
    result, origin = open_workbook(path)
    copy = tmp_path / "plain.xlsx"
    with pytest.raises(SaveRefused, match="macros"):
        save_network(result.network, origin, copy)
    save_network(result.network, origin, copy, force=True)
    saved = parts(copy)
    assert "xl/vbaProject.bin" not in saved
    assert MACRO_MAIN not in saved["[Content_Types].xml"].decode()
