"""The Excel report: the plan's numbers, native charts, text stays text, inputs round-trip."""

import datetime as dt
import json
import zipfile

import openpyxl
import pandas as pd
import pytest

from twinparks.cli import main
from twinparks.example import example_path
from twinparks.models.plan import COLUMNS, COST_KEYS
from twinparks.models.solve import SolveOptions, solve
from twinparks.report import report_rows, write_report
from twinparks.report_sheets import OPTIONAL_SHEETS, RESULT_SHEETS, header_text
from twinparks.workbook import read_workbook

WHEN = dt.datetime(2025, 3, 14, 9, 30)
FORMULA_NAMES = ["=HYPERLINK(\"http://x\",\"y\")", "+86 777", "-Kuantan", "@SUM(A1)"]


@pytest.fixture(scope="module")
def solved():
    network = read_workbook(example_path()).network
    sites = network.tables["Sites"]
    sites.loc[sites.index[:len(FORMULA_NAMES)], "name"] = FORMULA_NAMES
    plan = solve(network, SolveOptions())
    assert plan.optimal
    return network, plan


@pytest.fixture(scope="module")
def report(solved, tmp_path_factory):
    network, plan = solved
    path = tmp_path_factory.mktemp("report") / "plan.xlsx"
    write_report(network, plan, path, "qinzhou_kuantan.xlsx", when=WHEN)
    return path


def kpi_values(book):
    """The Summary's values after 'status', in report_rows order."""
    rows = [row for row in book["Summary"].iter_rows(min_col=1, max_col=2, values_only=True)]
    start = next(i for i, row in enumerate(rows) if row[0] == "status") + 1
    return [value for _, value in rows[start:start + 1 + len(COST_KEYS) + 3]]


def json_order(summary, unmet_tonnes):
    return [summary["objective"], *(summary["costs"][k] for k in COST_KEYS),
            summary["co2_tonnes"], summary["service_level"], unmet_tonnes]


def test_summary_comes_first_with_file_date_solver_status(report, solved):
    book = openpyxl.load_workbook(report)
    assert book.sheetnames[:1 + len(RESULT_SHEETS)] == ["Summary", *RESULT_SHEETS]
    facts = {row[0]: row[1] for row in book["Summary"].iter_rows(max_col=2, values_only=True)
             if row[0]}
    assert facts["workbook"] == "qinzhou_kuantan.xlsx"
    assert facts["solved at"] == "2025-03-14 09:30"
    assert facts["solver"] == solved[1].solver and facts["status"] == "optimal"


def unmet_tonnes(solved) -> float:
    """Unmet demand weighed by each product's tonnes_per_unit (docs/contract.md §9)."""
    network, plan = solved
    weights = pd.to_numeric(network.tables["Products"].set_index("id")["tonnes_per_unit"])
    return float((plan.demand["unmet"] * plan.demand["product"].map(weights)).sum())


def test_summary_kpis_equal_plan_summary(report, solved):
    assert unmet_tonnes(solved) > 0
    assert kpi_values(openpyxl.load_workbook(report)) == pytest.approx(
        json_order(solved[1].summary(), unmet_tonnes(solved)), rel=1e-12)


def test_summary_kpis_equal_the_cli_json(tmp_path, capsys, solved):
    target = tmp_path / "plan.xlsx"
    assert main(["solve", "example", "--json", "--report", str(target)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert kpi_values(openpyxl.load_workbook(target)) == pytest.approx(
        json_order(printed, unmet_tonnes(solved)), rel=1e-12)


def test_report_rows_date_is_the_given_one(solved):
    rows = dict(report_rows(solved[1], "x.xlsx", "USD", when=WHEN))
    assert rows["solved at"] == "2025-03-14 09:30"


@pytest.mark.parametrize("title", list(RESULT_SHEETS))
def test_result_sheets_hold_the_plan_numbers(report, solved, title):
    name = RESULT_SHEETS[title]
    table = solved[1].tables[name]
    sheet = openpyxl.load_workbook(report)[title]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [header_text(name, c, "USD") for c in COLUMNS[name]]
    assert len(rows) == len(table) + 1
    if not len(table):
        return
    for column, values in zip(COLUMNS[name], zip(*rows[1:], strict=True), strict=True):
        expected = table[column].tolist()
        for got, want in zip(values, expected, strict=True):
            if isinstance(want, float) and want != want:
                assert got is None
            elif isinstance(want, (int, float)):
                assert got == pytest.approx(want, rel=1e-12, abs=1e-9)
            else:
                assert got == (want or None)  # an empty text is a blank cell


def test_result_sheets_are_formatted_for_reading(report):
    book = openpyxl.load_workbook(report)
    production = book["Production"]
    assert production.freeze_panes == "A2"
    assert production.auto_filter.ref.startswith("A1:")
    assert production["A1"].font.bold
    headers = [c.value for c in production[1]]
    assert "Cost (USD/yr)" in headers and "Utilisation (%)" in headers
    utilisation = production.cell(row=2, column=headers.index("Utilisation (%)") + 1)
    assert utilisation.number_format.endswith("%")
    output = production.cell(row=2, column=headers.index("Output (units/yr)") + 1)
    assert "#,##0" in output.number_format
    assert production.column_dimensions["B"].width >= 8
    rules = [rule for cf in production.conditional_formatting for rule in cf.rules]
    assert rules and "shadow" not in rules[0].formula[0]  # cell references, not names


def test_charts_are_native_excel_charts(report):
    with zipfile.ZipFile(report) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        drawings = [n for n in archive.namelist() if n.startswith("xl/drawings/drawing")]
        # the four of every plan, and the cost of not investing (the example has investments)
        assert len(charts) == 5 and drawings
        assert not [n for n in archive.namelist() if n.startswith("xl/media/")]  # no pictures
        titles = b" ".join(archive.read(n) for n in charts)
    for title in (b"Cost split", b"Plant utilisation", b"Freight by transport mode",
                  b"Demand by market", b"Cost of not investing"):
        assert title in titles


def test_formula_looking_names_stay_text(report):
    book = openpyxl.load_workbook(report)
    names = [book["Sites"].cell(row=r, column=2) for r in range(2, 2 + len(FORMULA_NAMES))]
    assert [c.value for c in names] == FORMULA_NAMES
    assert all(c.data_type == "s" for c in names)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), sheet.title


def test_input_sheets_reimport_as_the_solved_network(report, solved):
    network = solved[0]
    again = read_workbook(report).network
    assert set(RESULT_SHEETS) | {"Summary"} <= set(again.extra_sheets)
    again.extra_sheets = {k: v for k, v in again.extra_sheets.items()
                          if k not in RESULT_SHEETS and k not in OPTIONAL_SHEETS
                          and k != "Summary"}
    assert again.equals(network)
    assert solve(again, SolveOptions()).objective == pytest.approx(solved[1].objective)


def test_report_is_reproducible(solved, tmp_path):
    network, plan = solved
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_report(network, plan, first, "x.xlsx", when=WHEN)
    write_report(network, plan, second, "x.xlsx", when=WHEN)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist() if "docProps" not in n)
