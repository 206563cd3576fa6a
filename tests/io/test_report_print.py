"""The Excel report prints: landscape, one page wide, headers and ids repeated, whole charts."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from twinparks.report import write_report
from twinparks.report_charts import BLOCKS, ORANGE, SECOND_BAND_ROW
from twinparks.report_sheets import RESULT_SHEETS


@pytest.fixture(scope="module")
def solved(solved_example):
    return solved_example


@pytest.fixture(scope="module")
def report(solved, tmp_path_factory):
    path = tmp_path_factory.mktemp("print") / "plan.xlsx"
    write_report(*solved, path, "qinzhou_kuantan.xlsx")
    return path


def test_every_sheet_prints_landscape_one_page_wide(report):
    book = openpyxl.load_workbook(report)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        # an absent fitToWidth is 1, the Office Open XML default (XlsxWriter leaves it out)
        assert (int(setup.fitToWidth or 1), int(setup.fitToHeight)) == (1, 0), sheet.title
        assert "&P" in sheet.oddFooter.center.text


def test_result_sheets_repeat_their_header_row_and_ids(report):
    book = openpyxl.load_workbook(report)
    for title in RESULT_SHEETS:
        sheet = book[title]
        assert sheet.print_title_rows.replace("$", "") == "1:1", title
        assert sheet.print_title_cols.replace("$", "") == "A:A", title


def test_summary_breaks_the_page_between_the_chart_bands_and_between_two_tables(report):
    """The break used to fall at row 22, inside the Cost split table, whose rest then
    printed on the next page without its header."""
    summary = openpyxl.load_workbook(report)["Summary"]
    breaks = [b.id for b in summary.row_breaks.brk]
    assert len(breaks) == 1 and breaks[0] + 1 >= SECOND_BAND_ROW
    first_of_page = breaks[0] + 1  # 1-based row of the second printed page
    titles = {title for title, _, _ in BLOCKS.values()}
    assert summary.cell(first_of_page, 1).value in titles  # a table's title starts the page
    anchors = sorted({chart.anchor._from.row for chart in summary._charts})
    assert anchors == [1, breaks[0]]  # the second band of charts starts there too


def test_utilisation_labels_sit_inside_the_bars(report):
    """The axis ends at 100 %: labels past the end of full bars were cut at the chart's edge."""
    from zipfile import ZipFile

    with ZipFile(report) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist()
                  if n.startswith("xl/charts/chart")]
    utilisation = next(c for c in charts if "Plant utilisation" in c)
    assert '<c:dLblPos val="inEnd"/>' in utilisation


def test_utilisation_chart_shows_plants_at_capacity_in_another_colour(report, solved):
    from zipfile import ZipFile

    _, plan = solved
    # binding: full, or worth money to extend (Qinzhou's flat line has no capacity yet)
    full = [i for i, b in enumerate(plan.production["binding"]) if b]
    assert 0 < len(full) < len(plan.production)
    with ZipFile(report) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist()
                  if n.startswith("xl/charts/chart")]
    utilisation = next(c for c in charts if "Plant utilisation" in c)
    assert len(re.findall(r"<(?:c:)?dPt>", utilisation)) == len(full)
    assert utilisation.count(f'val="{ORANGE}"') == len(full)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_few_pages_with_headers_on_each(report, tmp_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(report)], check=True, capture_output=True, timeout=300)
    pdf = tmp_path / "plan.pdf"
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    # portrait, unfitted: 65; the dataset's investment plan, chokepoint use and the
    # hot-rolled-coil rows added three pages to the 30 it took before
    assert len(pages) <= 34
    production = [p for p in pages if p.lstrip().startswith("Production")]
    assert production and all("Plant" in p and "KT_IRON" in p for p in production[:1])
