"""Bad, odd and hostile files (docs/contract.md §6): problems at cells, never a traceback."""

from __future__ import annotations

import hashlib
import random
import resource
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from tests.io.builders import (
    MiB,
    add_cached_value,
    assert_problem_output,
    billion_laughs,
    replace_part,
    run_cli,
    sheet_part,
    valid_sheets,
    write_valid,
    write_xlsx,
    zip_bomb_chunks,
)
from twinparks.cli import main
from twinparks.models.network import network_from_rows
from twinparks.models.problems import ERROR, WARNING, errors
from twinparks.models.validation import validate
from twinparks.workbook import WorkbookWriteError, read_workbook, write_workbook

BOMB_MIB = 210


def all_problems(path: Path):
    """What the command line reports: reading problems, then validation of what was read."""
    result = read_workbook(path)
    if result.network is None:
        return result.problems
    return result.problems + validate(result.network)


def cli(argv, capsys) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- files that are not workbooks at all ------------------------------------------------

def make_csv(path: Path) -> Path:
    path.write_text("id,name,country\nQZ,Qinzhou,CN\nKT,Kuantan,MY\n", encoding="utf-8")
    return path


def make_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def make_random(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(8192))
    return path


def make_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    return path


def make_plain_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "not a workbook")
        archive.writestr("data/sites.csv", "id,country\nQZ,CN\n")
    return path


def make_entity_bomb(path: Path) -> Path:
    write_valid(path)
    return replace_part(path, sheet_part(path, "Sites"), billion_laughs())


def make_entity_bomb_after_comment(path: Path) -> Path:
    # The DOCTYPE may legally follow a long comment: a scan of the first bytes misses it.
    write_valid(path)
    comment = b"<!--" + b" padding " * 1000 + b"-->"
    return replace_part(path, sheet_part(path, "Sites"), billion_laughs(prefix=comment))


def make_entity_bomb_in_workbook_part(path: Path) -> Path:
    write_valid(path)

    def bomb(xml: bytes) -> bytes:
        head, _, rest = xml.partition(b"<workbook")
        entity = b'<!DOCTYPE workbook [<!ENTITY a "' + b"x" * 100 + b'">]>'
        return head + entity + b"<workbook" + rest

    return replace_part(path, "xl/workbook.xml", bomb)


def make_not_readable_part(path: Path) -> Path:
    write_valid(path)
    return replace_part(path, sheet_part(path, "Demand"), b"<worksheet><sheetData><row")


NOT_WORKBOOKS = {
    "csv-renamed": make_csv, "empty": make_empty, "random-bytes": make_random,
    "old-xls": make_xls, "plain-zip": make_plain_zip, "entity-bomb": make_entity_bomb,
    "entity-bomb-after-comment": make_entity_bomb_after_comment,
    "entity-bomb-workbook-part": make_entity_bomb_in_workbook_part,
    "truncated-xml": make_not_readable_part,
}


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """A valid workbook whose Sites part inflates to 210 MiB of spaces (~200 KiB on disk)."""
    path = write_valid(tmp_path_factory.mktemp("bomb") / "bomb.xlsx")
    replace_part(path, sheet_part(path, "Sites"), zip_bomb_chunks(BOMB_MIB))
    return path


def test_zip_bomb_is_built_as_intended(zip_bomb):
    with zipfile.ZipFile(zip_bomb) as archive:
        biggest = max(archive.infolist(), key=lambda info: info.file_size)
    assert biggest.file_size > 200 * MiB
    assert zip_bomb.stat().st_size < 2 * MiB


@pytest.mark.parametrize("make", NOT_WORKBOOKS.values(), ids=NOT_WORKBOOKS.keys())
def test_not_a_workbook_gives_problems_from_read_workbook(make, tmp_path):
    path = make(tmp_path / "book.xlsx")
    result = read_workbook(path)
    assert result.network is None
    assert errors(result.problems)
    assert all(p.message for p in result.problems)


@pytest.mark.parametrize("command", ["validate", "solve"])
@pytest.mark.parametrize("make", NOT_WORKBOOKS.values(), ids=NOT_WORKBOOKS.keys())
def test_not_a_workbook_exits_2(make, command, tmp_path, capsys):
    path = make(tmp_path / "book.xlsx")
    code, output = cli([command, path], capsys)
    assert code == 2
    assert_problem_output(output, "book.xlsx")


@pytest.mark.parametrize("make", NOT_WORKBOOKS.values(), ids=NOT_WORKBOOKS.keys())
def test_not_a_workbook_problems_are_one_line_each(make, tmp_path):
    # docs/contract.md §5: validate prints every problem, one per line.
    path = make(tmp_path / "book.xlsx")
    for problem in read_workbook(path).problems:
        assert "\n" not in problem.format("book.xlsx"), problem.message


@pytest.mark.parametrize(("make", "words"), [
    (make_csv, "csv"), (make_empty, "empty"), (make_xls, "xls"), (make_plain_zip, "zip")])
def test_not_a_workbook_message_says_what_the_file_is(make, words, tmp_path):
    problems = read_workbook(make(tmp_path / "book.xlsx")).problems
    assert any(words in p.message.lower() for p in problems), [p.message for p in problems]


# Each kind once, the commands in turn: test_not_a_workbook_exits_2 runs every pair in this
# process; this one shows the real process ends as cleanly (a child costs a second of CPU).
@pytest.mark.parametrize(("make", "command"), [
    (make_csv, "validate"), (make_xls, "solve"), (make_random, "validate"),
    (make_entity_bomb, "solve")], ids=["csv-renamed", "old-xls", "random-bytes", "entity-bomb"])
def test_not_a_workbook_through_the_real_console_script(make, command, tmp_path):
    path = make(tmp_path / "book.xlsx")
    result = run_cli(command, path)
    assert result.returncode == 2, result.stderr
    assert_problem_output(result.stdout + result.stderr, "book.xlsx")


def test_zip_bomb_gives_problems_quickly(zip_bomb):
    start = time.process_time()  # CPU time: a busy machine slows the clock, not this
    result = read_workbook(zip_bomb)
    assert time.process_time() - start < 2
    assert result.network is None and errors(result.problems)
    assert any("MiB" in p.message or "bomb" in p.message for p in result.problems)


@pytest.mark.parametrize("command", ["validate", "solve"])
def test_zip_bomb_is_refused_by_the_cli_fast_and_light(zip_bomb, command):
    result = run_cli(command, zip_bomb)
    # ru_maxrss of children is the largest of any child so far (KiB on Linux), so it
    # bounds this one from above.
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert result.returncode == 2, result.stderr
    assert result.cpu_seconds < 5
    assert peak_kib < 1024 * 1024
    assert_problem_output(result.stdout + result.stderr, zip_bomb.name)


def test_zip_bomb_within_a_valid_looking_size_of_file_is_not_parsed(zip_bomb, capsys):
    code, output = cli(["validate", zip_bomb], capsys)
    assert code == 2
    assert "Sites" in output, "the message should say which sheet's part is too big"


# --- formulas ---------------------------------------------------------------------------

def demand_with_formula():
    sheets = valid_sheets()
    sheets["Demand"][1][2] = "=400+100"      # Demand!C2
    return sheets


def test_formula_without_saved_result_names_the_cell(tmp_path, capsys):
    path = write_xlsx(tmp_path / "book.xlsx", demand_with_formula(), formulas_as_text=False)
    problems = [p for p in all_problems(path) if p.severity == ERROR]
    assert {p.where for p in problems} == {"Demand!C2"}
    assert any("formula" in p.message for p in problems)
    code, output = cli(["validate", path], capsys)
    assert code == 2 and "Demand!C2: " in output
    code, output = cli(["solve", path], capsys)
    assert code == 2 and "Demand!C2: " in output and "Traceback" not in output


def test_formula_with_saved_result_uses_the_result(tmp_path, capsys):
    path = write_xlsx(tmp_path / "book.xlsx", demand_with_formula(), formulas_as_text=False)
    add_cached_value(path, "Demand", "C2", "500")
    result = read_workbook(path)
    assert result.network is not None
    assert not errors(result.problems + validate(result.network))
    assert float(result.network.tables["Demand"].at[2, "quantity"]) == 500
    code, _ = cli(["validate", path], capsys)
    assert code == 0


def test_formula_with_saved_text_result_in_a_number_column_is_a_problem(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", demand_with_formula(), formulas_as_text=False)
    replace_part(path, sheet_part(path, "Demand"), lambda xml: xml.replace(
        b"<f>400+100</f><v />", b'<f>400+100</f><v>#REF!</v>').replace(
        b'<c r="C2">', b'<c r="C2" t="e">'))
    problems = [p for p in all_problems(path) if p.severity == ERROR]
    assert [p.where for p in problems] == ["Demand!C2"]


# --- structure that is odd but readable -------------------------------------------------

def test_merged_cells_give_a_warning_on_the_first_cell(tmp_path, capsys):
    path = write_xlsx(tmp_path / "book.xlsx", valid_sheets(), merged={"Sites": ["B2:B3"]})
    problems = all_problems(path)
    warnings = [p for p in problems if p.severity == WARNING]
    assert [p.where for p in warnings] == ["Sites!B2"]
    assert "merged" in warnings[0].message
    assert not errors(problems)
    code, output = cli(["validate", path], capsys)
    assert code == 0 and "Sites!B2: warning" in output


def test_merged_cells_over_a_required_column_leave_the_others_blank(tmp_path, capsys):
    path = write_xlsx(tmp_path / "book.xlsx", valid_sheets(), merged={"Demand": ["A2:A3"]})
    problems = all_problems(path)
    assert [p.where for p in problems if p.severity == WARNING] == ["Demand!A2"]
    assert [p.where for p in problems if p.severity == ERROR] == ["Demand!A3"]
    code, _ = cli(["validate", path], capsys)
    assert code == 2


def test_hidden_known_sheet_is_read_with_a_warning(tmp_path, capsys):
    path = write_xlsx(tmp_path / "book.xlsx", valid_sheets(), hidden=["Tariffs"])
    result = read_workbook(path)
    assert result.network is not None
    assert len(result.network.tables["Tariffs"]) == 1
    warnings = [p for p in result.problems if p.severity == WARNING]
    assert [p.where for p in warnings] == ["Tariffs"] and "hidden" in warnings[0].message
    code, output = cli(["validate", path], capsys)
    assert code == 0 and "Tariffs: warning" in output


def test_text_in_number_cells_names_each_cell(tmp_path, capsys):
    sheets = valid_sheets()
    sheets["Plants"][1][3] = "lots"          # Plants!D2
    sheets["Lanes"][2][4] = "cheap"          # Lanes!E3
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    assert [p.where for p in all_problems(path)] == ["Plants!D2", "Lanes!E3"]
    for command in ("validate", "solve"):
        code, output = cli([command, path], capsys)
        assert code == 2
        assert "Plants!D2: " in output and "Lanes!E3: " in output
        assert "Traceback" not in output


@pytest.mark.parametrize("duplicate", ["name", "Name", " NAME ", "notes"])
def test_duplicate_header_column(duplicate, tmp_path, capsys):
    sheets = valid_sheets()
    header = sheets["Sites"][0]
    if duplicate == "notes":
        header[6:] = ["notes", "notes"]      # Sites!G1, H1: unknown columns twice
        where = "Sites!H1"
    else:
        header.append(duplicate)             # Sites!G1 repeats B1
        where = "Sites!G1"
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    problems = all_problems(path)
    assert where in [p.where for p in errors(problems)]
    code, output = cli(["validate", path], capsys)
    assert code == 2 and f"{where}: " in output


def test_known_sheet_names_in_other_case(tmp_path, capsys):
    sheets = {name.lower() if name != "Demand" else "DEMAND": rows
              for name, rows in valid_sheets().items()}
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    result = read_workbook(path)
    assert result.network is not None
    assert set(result.network.tables) >= {"Sites", "Products", "Demand", "Plants"}
    assert not result.network.extra_sheets
    assert not errors(result.problems + validate(result.network))
    code, _ = cli(["validate", path], capsys)
    assert code == 0


def test_headers_in_other_case_and_with_spaces(tmp_path, capsys):
    sheets = valid_sheets()
    sheets["Sites"][0] = [" ID ", "Name", "COUNTRY ", " kind", "Lat", "LON"]
    sheets["Demand"][0] = ["Site", " product", "Quantity  ", "penalty_per_unit"]
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    result = read_workbook(path)
    assert list(result.network.tables["Sites"].columns) == [
        "id", "name", "country", "kind", "lat", "lon"]
    assert not errors(result.problems + validate(result.network))
    code, _ = cli(["validate", path], capsys)
    assert code == 0


def test_fully_empty_rows_are_skipped_and_rows_keep_their_excel_numbers(tmp_path, capsys):
    sheets = valid_sheets()
    demand = sheets["Demand"]
    demand[2:2] = [[None, None, None, None], ["  ", None, "", None]]   # Excel rows 3 and 4
    demand[4][2] = "lots"                                             # KT row is now row 5
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    result = read_workbook(path)
    assert list(result.network.tables["Demand"].index) == [2, 5]
    assert [p.where for p in all_problems(path)] == ["Demand!C5"]
    code, output = cli(["validate", path], capsys)
    assert code == 2 and "Demand!C5: " in output


def test_unknown_sheets_and_columns_are_kept(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][0].append("owner")
    sheets["Sites"][1].append("Beibu Gulf Port Group")
    sheets["Notes"] = [["comment", "by"], ["check freight rates", "LW"]]
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    result = read_workbook(path)
    assert not errors(result.problems + validate(result.network))
    assert result.network.tables["Sites"].at[2, "owner"] == "Beibu Gulf Port Group"
    assert "Notes" in result.network.extra_sheets

    copy = tmp_path / "copy.xlsx"
    write_workbook(result.network, copy)
    book = openpyxl.load_workbook(copy)
    assert book["Sites"]["G1"].value == "owner"
    assert book["Sites"]["G2"].value == "Beibu Gulf Port Group"
    assert [[c.value for c in row] for row in book["Notes"].iter_rows()] == sheets["Notes"]
    assert read_workbook(copy).network.equals(result.network)


def test_data_under_a_blank_header_is_kept(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][1] += [None, "note without a header"]      # Sites!H2, H1 blank
    result = read_workbook(write_xlsx(tmp_path / "book.xlsx", sheets))
    assert not errors(result.problems + validate(result.network))
    copy = tmp_path / "copy.xlsx"
    write_workbook(result.network, copy)
    assert openpyxl.load_workbook(copy)["Sites"]["H2"].value == "note without a header"


def test_formula_in_an_unknown_column_stays_a_formula(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][0].append("double_lat")
    sheets["Sites"][1].append("=E2*2")
    path = write_xlsx(tmp_path / "book.xlsx", sheets, formulas_as_text=False)
    result = read_workbook(path)
    assert not errors(result.problems)
    copy = tmp_path / "copy.xlsx"
    write_workbook(result.network, copy)
    cell = openpyxl.load_workbook(copy)["Sites"]["G2"]
    assert cell.data_type == "f" and cell.value == "=E2*2"


# --- writing ----------------------------------------------------------------------------

def workbook_with_chart(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Volumes"
    for row in [["month", "tonnes"], ["Jan", 10], ["Feb", 12], ["Mar", 9]]:
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    sheet.add_chart(chart, "D2")
    book.save(path)
    return path


def small_network(folder: Path):
    folder.mkdir(exist_ok=True)
    return read_workbook(write_valid(folder / "valid.xlsx")).network


def test_write_refuses_to_overwrite_a_workbook_with_a_chart(tmp_path):
    network = small_network(tmp_path / "src")
    path = workbook_with_chart(tmp_path / "planner.xlsx")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WorkbookWriteError) as refused:
        write_workbook(network, path)
    assert "chart" in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    files = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert files == ["planner.xlsx"], "no temporary file is left behind"


def test_write_with_force_overwrites_a_workbook_with_a_chart(tmp_path):
    path = workbook_with_chart(tmp_path / "planner.xlsx")
    network = small_network(tmp_path)
    write_workbook(network, path, force=True)
    assert read_workbook(path).network.equals(network)


FORMULA_LIKE = ["=HYPERLINK(\"http://x\")", "+60 9 123 4567", "-north gate", "@home", "=1+2"]


def network_with_formula_like_text():
    sheets = {name: [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]
              for name, rows in valid_sheets().items() if name != "Settings"}
    for row, text in zip(sheets["Sites"], FORMULA_LIKE, strict=False):
        row["name"] = text
    sheets["Lanes"][0]["mode"] = FORMULA_LIKE[-1]
    sheets["Lanes"][1]["remark"] = "=SUM(A1:A9)"
    return network_from_rows(sheets, {})


def assert_text_cells(book):
    names = [book["Sites"].cell(row=r, column=2) for r in range(2, 5)]
    assert [c.value for c in names] == FORMULA_LIKE[:3]
    assert all(c.data_type == "s" for c in names)
    lanes = book["Lanes"]
    header = [c.value for c in lanes[1]]
    mode = lanes.cell(row=2, column=header.index("mode") + 1)
    remark = lanes.cell(row=3, column=header.index("remark") + 1)
    assert (mode.value, mode.data_type) == ("=1+2", "s")
    assert (remark.value, remark.data_type) == ("=SUM(A1:A9)", "s")


def test_write_keeps_formula_like_text_as_text(tmp_path):
    network = network_with_formula_like_text()
    path = tmp_path / "out.xlsx"
    write_workbook(network, path)
    assert_text_cells(openpyxl.load_workbook(path))
    again = read_workbook(path)
    assert again.network.tables["Sites"].at[2, "name"] == FORMULA_LIKE[0]
    assert again.network.equals(network)


def test_report_keeps_formula_like_text_as_text(tmp_path, capsys):
    source = tmp_path / "book.xlsx"
    write_workbook(network_with_formula_like_text(), source)
    report = tmp_path / "report.xlsx"
    code, output = cli(["solve", source, "--report", report], capsys)
    assert code == 0, output
    assert_text_cells(openpyxl.load_workbook(report))
