"""The streamed Excel report keeps what the openpyxl one had: sheets, formats, widths, charts.

The report used to be built cell by cell in openpyxl; it is now streamed
with XlsxWriter (docs in twinparks/xlsx_stream.py). These tests hold it to
fixed expectations measured on the openpyxl report of the example: the
same sheets in the same order, headers styled and frozen, the number format
of each kind of column, widths as the old per-cell fitting gave them, the
four native charts with the same data, and inputs equal to ``build_book``'s.
"""

import datetime as dt
import re
import zipfile

import openpyxl
import pandas as pd
import pytest

from twinparks.models.plan import COLUMNS
from twinparks.models.solve import solve
from twinparks.models.synthetic import synthetic_network
from twinparks.report import write_report
from twinparks.report_sheets import OPTIONAL_SHEETS, RESULT_SHEETS
from twinparks.safe_write import WorkbookWriteError
from twinparks.top_categories import TOP_CATEGORIES
from twinparks.workbook import build_book
from twinparks.xlsx_stream import write_book

WHEN = dt.datetime(2025, 3, 14, 9, 30)
# measured on the openpyxl report of the example (header -> number format)
PRODUCTION_FORMATS = {"Capacity (units/yr)": "#,##0", "Output (units/yr)": "#,##0",
                      "Utilisation (%)": "0.0%", "Shadow price (USD/unit)": "#,##0.00",
                      "Cost (USD/yr)": "#,##0"}
CHART_TITLES = {"Cost split": ("bar", "clustered", 1), "Freight by transport mode":
                ("col", "clustered", 1), "Plant utilisation": ("bar", "clustered", 1),
                "Demand by market": ("bar", "stacked", 2)}


@pytest.fixture(scope="module")
def solved(solved_example):
    return solved_example


@pytest.fixture(scope="module")
def book(solved, tmp_path_factory):
    path = tmp_path_factory.mktemp("streamed") / "plan.xlsx"
    write_report(*solved, path, "qinzhou_kuantan.xlsx", when=WHEN)
    return path, openpyxl.load_workbook(path)


def test_sheets_in_report_order_then_the_inputs_as_build_book_orders_them(book, solved):
    # the example has investments and chokepoints: their sheets follow the result tables
    assert book[1].sheetnames == ["Summary", *RESULT_SHEETS, *OPTIONAL_SHEETS,
                                  *build_book(solved[0]).sheetnames]
    assert book[1].active.title == "Summary"


def test_input_sheets_hold_what_build_book_writes(book, solved):
    reference = build_book(solved[0])
    for sheet in reference.worksheets:
        got = book[1][sheet.title]
        want = [[(c.value, c.data_type) for c in row if c.value is not None]
                for row in sheet.iter_rows()]
        have = [[(c.value, c.data_type) for c in row if c.value is not None]
                for row in got.iter_rows()]
        assert have == want, sheet.title
        assert got.freeze_panes == "A2"
        assert all(c.font.b for c in got[1] if c.value is not None)


def test_result_headers_are_styled_and_columns_formatted(book, solved):
    sheet = book[1]["Production"]
    headers = [c.value for c in sheet[1]]
    for header, number_format in PRODUCTION_FORMATS.items():
        column = headers.index(header) + 1
        assert sheet.cell(row=2, column=column).number_format == number_format, header
    top = sheet["A1"]
    assert top.font.b and top.font.color.rgb.endswith("FFFFFF")
    assert top.fill.fgColor.rgb.endswith("1F3B5C") and top.border.bottom.style == "thin"
    assert sheet.freeze_panes == "A2"
    last = chr(ord("A") + len(COLUMNS["production"]) - 1)  # one column per results.csv row
    assert sheet.auto_filter.ref == f"A1:{last}{len(solved[1].production) + 1}"


def _old_width(cells) -> int:
    """The openpyxl report's fitting: every cell's shown text, the filter arrow, 8..48."""
    def shown(cell):
        value = cell.value
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if cell.number_format == "0.0%":
                return f"{value:.1%}"
            if cell.number_format == "#,##0.00":
                return f"{value:,.2f}"
            return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.4g}"
        return "1" if value is True else "0" if value is False else str(value)
    return min(max(max(len(shown(c)) for c in cells) + 3, 8), 48)


@pytest.mark.parametrize("title", list(RESULT_SHEETS))
def test_widths_equal_the_per_cell_fitting(book, title):
    sheet = book[1][title]
    widths = {}
    for group in sheet.column_dimensions.values():  # XlsxWriter merges equal neighbours
        for index in range(group.min, group.max + 1):
            widths[index] = group.width
    for index, column in enumerate(sheet.iter_cols(), start=1):
        # XlsxWriter stores Excel's width of the characters plus the cell padding
        assert widths[index] == pytest.approx(_old_width(column) + 0.7109375), (title, index)


def _charts(path):
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n).decode() for n in archive.namelist()
                if n.startswith("xl/charts/chart")]


def test_four_native_charts_read_the_summary_and_production(book, solved):
    path, workbook = book
    charts = _charts(path)
    assert len(charts) == 5  # and the cost of not investing (the example has investments)
    for title, (direction, grouping, series) in CHART_TITLES.items():
        chart = next(c for c in charts if f"<a:t>{title}" in c)
        assert f'<c:barDir val="{direction}"/>' in chart and f'val="{grouping}"' in chart
        assert chart.count("<c:ser>") == series
        references = re.findall(r"<c:f>([^<]+)</c:f>", chart)
        sheet, cells = references[1].split("!")
        first, last = (int(n) for n in re.findall(r"\d+", cells))
        names = [workbook[sheet].cell(row=r, column=1).value for r in range(first, last + 1)]
        if title == "Plant utilisation":
            assert names == solved[1].production["plant"].tolist()
            assert chart.count("<c:dPt>") == int(solved[1].production["binding"].sum())
        elif title == "Demand by market":
            assert set(names) == set(solved[1].demand["site"])


def test_a_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "report.xlsx"

    def fill(book, formats):
        book.add_worksheet("Half").write_string(0, 0, "written")
        raise OSError(28, "No space left on device")

    with pytest.raises(WorkbookWriteError, match="No space left"):
        write_book(target, fill)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def many_markets(tmp_path_factory):
    network = synthetic_network(10_000, seed=0)
    plan = solve(network)
    assert plan.optimal and plan.demand["site"].nunique() > 4 * TOP_CATEGORIES
    path = tmp_path_factory.mktemp("many") / "many.xlsx"
    write_report(network, plan, path, "synthetic.xlsx", when=WHEN)
    return network, plan, path


def test_a_chart_of_many_markets_shows_the_top_ones_and_other_with_the_right_total(
        many_markets):
    network, plan, path = many_markets
    summary = openpyxl.load_workbook(path)["Summary"]
    rows = [r for r in summary.iter_rows(min_col=1, max_col=3, values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[0] == "Demand by market") + 2
    block = []
    for row in rows[start:]:
        if row[0] is None:
            break
        block.append(row)
    markets = plan.demand["site"].nunique()
    assert len(block) == TOP_CATEGORIES + 1
    assert block[-1][0] == f"Other ({markets - TOP_CATEGORIES:,})"
    assert sum(r[1] for r in block) == pytest.approx(plan.demand["met_tonnes"].sum())
    assert sum(r[2] for r in block) == pytest.approx(plan.demand["unmet_tonnes"].sum())


def test_many_plants_chart_the_largest_by_cost(many_markets):
    network, plan, path = many_markets
    production = plan.production
    assert len(production) > TOP_CATEGORIES + 1
    utilisation = next(c for c in _charts(path) if "Plant utilisation" in c)
    assert "Summary!$A$" in utilisation  # its own table, not the whole Production sheet
    summary = openpyxl.load_workbook(path)["Summary"]
    names = [r[0] for r in summary.iter_rows(min_col=1, max_col=1, values_only=True)]
    start = next(i for i, n in enumerate(names) if str(n).startswith("Plant utilisation")) + 2
    top = production.sort_values("cost", ascending=False, kind="stable")["plant"]
    assert names[start:start + TOP_CATEGORIES] == top.head(TOP_CATEGORIES).tolist()
    assert names[start + TOP_CATEGORIES] == f"Other ({len(production) - TOP_CATEGORIES})"


def test_the_big_report_still_holds_every_result_row(many_markets):
    network, plan, path = many_markets
    book = openpyxl.load_workbook(path, read_only=True)
    for title, name in RESULT_SHEETS.items():
        assert book[title].max_row == len(plan.tables[name]) + 1, title
    flows = pd.DataFrame(book["Flows"].values)
    assert len(flows.columns) == len(COLUMNS["flows"])


def test_xlsxwriters_file_errors_become_the_oserror_they_wrap(tmp_path):
    """write_atomically turns an OSError into a message naming the planner's file."""
    import xlsxwriter

    from twinparks.xlsx_stream import _close

    book = xlsxwriter.Workbook(str(tmp_path / "gone" / "report.xlsx"))
    book.add_worksheet("A")
    with pytest.raises(FileNotFoundError):
        _close(book)
