"""The PDF report: KPIs and site names (Chinese and Malay) in the text, pages, CLI, export."""

import datetime as dt
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

from twinparks.example import example_path
from twinparks.models.solve import SolveOptions, solve
from twinparks.report_writers import write_any_report
from twinparks.ui import pdf_report
from twinparks.ui.pdf_sections import kpis
from twinparks.ui.report_export import PDF_FILTER, suggested_name, target_path
from twinparks.workbook import read_workbook

WHEN = dt.datetime(2025, 3, 14, 9, 30)
NAMES = {"CMQIP": "中马钦州产业园区", "MCKIP": "Taman Perindustrian Malaysia-China Kuantan",
         "CHONGQING": "重庆"}


def pdf_text(path) -> str:
    """Text of every page, whitespace and ligatures normalised (pdftotext, else pypdf)."""
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    else:
        pypdf = pytest.importorskip("pypdf", reason="needs pdftotext (poppler-utils) or pypdf")
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬂ" ligature → "fl"


@pytest.fixture(scope="module")
def solved():
    network = read_workbook(example_path()).network
    sites = network.tables["Sites"]
    for site_id, name in NAMES.items():
        sites.loc[sites["id"] == site_id, "name"] = name
    plan = solve(network, SolveOptions())
    assert plan.optimal
    return network, plan


@pytest.fixture(scope="module")
def report(solved, tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("pdf") / "plan.pdf"
    pdf_report.write_pdf_report(*solved, path, "scenario.xlsx", when=WHEN)
    return path


def test_pdf_is_a_multi_page_pdf(report):
    data = report.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]


def test_pdf_text_holds_cover_facts_and_kpis(report, solved):
    text = pdf_text(report)
    for fact in ("Twin Parks planning report", "scenario.xlsx", "2025-03-14 09:30",
                 solved[1].solver, "Optimal"):
        assert fact in text
    summary = solved[1].summary()
    assert f"{summary['objective']:,.0f}" in text
    assert f"{summary['service_level']:.2%}" in text
    assert f"{summary['co2_tonnes']:,.0f}" in text
    assert "tonnes per year" in text
    for value in summary["costs"].values():
        assert f"{value:,.0f}" in text


def test_kpi_cards_show_the_json_values(solved):
    network, plan = solved
    ctx = type("Ctx", (), {"plan": plan, "currency": "USD", "network": network})()
    cards = {label: (value, unit) for label, value, unit in kpis(ctx)}
    summary = plan.summary()
    penalty = summary["costs"]["unmet_penalty"]
    assert cards["Total landed cost"][0] == f"{summary['objective'] - penalty:,.0f}"
    assert cards["Unmet demand"][1] == "tonnes per year"


def test_pdf_text_holds_site_names_in_chinese_and_malay(report):
    if not pdf_report.cjk_font_families():
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    text = pdf_text(report)
    for name in NAMES.values():
        assert name in text


def test_pdf_holds_sections_tables_and_page_numbers(report, solved):
    text = pdf_text(report)
    for section in ("Network and flows", "Costs and capacity", "Production plan",
                    "Bottlenecks", "Unmet demand", "Sites"):
        assert section in text
    for plant in solved[1].tables["production"]["plant"]:
        assert plant in text
    assert "Page 2 of" in text


def test_a_table_longer_than_a_page_repeats_its_header(qapp, tmp_path):
    """Rows squeeze to fit a page where they can; 200 rows cannot, so the table continues."""
    from twinparks.ui.pdf_canvas import Column, PdfDocument
    from twinparks.ui.pdf_report import report_fonts

    doc = PdfDocument(report_fonts(), header="test")
    doc.table("Long table", [Column("row", 1.0), Column("value", 1.0, numeric=True)],
              [[f"row {i}", str(i)] for i in range(200)])
    path = tmp_path / "long.pdf"
    doc.save(path, "long")
    text = pdf_text(path)
    assert "Long table (continued)" in text and "row 199" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_pdf_pages_render_to_images(report, tmp_path):
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(report), str(tmp_path / "page")],
                   check=True, capture_output=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 5
    assert all(p.stat().st_size > 2_000 for p in pages)


@pytest.mark.slow
def test_cli_writes_a_pdf_report_without_a_display(tmp_path):
    target = tmp_path / "plan.pdf"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONSAFEPATH": "1"}
    result = subprocess.run([sys.executable, "-m", "twinparks", "solve", "example", "--report",
                             str(target)], capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_export_helpers_pick_the_format(solved, tmp_path, qapp):
    assert suggested_name("book.xlsx") == "book-report.xlsx"
    assert target_path(str(tmp_path / "out"), PDF_FILTER).suffix == ".pdf"
    assert target_path(str(tmp_path / "out.xlsx"), PDF_FILTER).suffix == ".xlsx"
    for name in ("out.pdf", "out.xlsx"):
        write_any_report(*solved, tmp_path / name, "book.xlsx")
        assert (tmp_path / name).stat().st_size > 10_000


def test_export_dialog_writes_the_chosen_file_and_says_where(solved, tmp_path, qtbot,
                                                              monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from twinparks.ui.report_export import export_report

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), PDF_FILTER)))
    notes = []
    assert export_report(parent, *solved, "book.xlsx",
                         notify=lambda title, text: notes.append(text)) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert notes == [f"Report written to {target}"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "no" / "x.xlsx"), "")))
    assert export_report(parent, *solved, "book.xlsx",
                         notify=lambda title, text: notes.append(text)) is None
    assert len(notes) == 2 and "could not be written" in notes[1]  # shown, not raised


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_no_name_is_cut_and_the_last_page_is_no_orphan(report, solved):
    # the line under a table cut at its largest rows is the only ellipsis (pdf_limits.py)
    text = re.sub(r"\.\.\. and [\d,]+ more rows; the Excel report has them all", "",
                  pdf_text(report))
    assert "…" not in text and "..." not in text  # nothing elided
    network, _ = solved
    for site_id in network.tables["Sites"]["id"]:
        assert site_id in text
    last = _pages(report)[-1]
    rows = [line for line in last.splitlines() if line.strip()][1:-1]  # header, footer out
    assert len(rows) > 6, last


def test_pdf_has_the_largest_flows(report, solved):
    _, plan = solved
    text = pdf_text(report)
    assert "Lanes and flows" in text
    largest = plan.flows.sort_values("tonnes", ascending=False).head(5)
    for row in largest.itertuples():
        assert f"{row.lane} " in text and f"{row.tonnes:,.0f}" in text


def test_the_pdf_is_in_one_language_whatever_the_app_shows(qapp, solved, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from twinparks.ui.i18n import current_language, install_translator

    install_translator(qapp, "zh_CN")
    try:
        chinese = QCoreApplication.translate("DemandChart", "Demand by market")
        assert chinese != "Demand by market"
        english, malay = tmp_path / "en.pdf", tmp_path / "ms.pdf"
        pdf_report.write_pdf_report(*solved, english, "scenario.xlsx", when=WHEN)
        pdf_report.write_pdf_report(*solved, malay, "scenario.xlsx", when=WHEN, language="ms")
        assert current_language() == "zh_CN"  # the app keeps the language it shows
        assert QCoreApplication.translate("DemandChart", "Demand by market") == chinese
        text = pdf_text(english)
        assert "Demand and bottlenecks" in text and "需求" not in text
        text = pdf_text(malay)
        for heading in ("Pelan pengeluaran", "Laluan dan aliran", "Permintaan dan kesesakan",
                        "Sorotan", "Halaman 2 daripada"):
            assert heading in text, heading
        for english_heading in ("Production plan", "Lanes and flows", "Highlights", "Page 2"):
            assert english_heading not in text, english_heading
    finally:
        install_translator(qapp, "en")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_cli_writes_the_pdf_in_the_language_asked_for(tmp_path):
    target = tmp_path / "报告.pdf"
    result = subprocess.run([sys.executable, "-m", "twinparks", "solve", "example", "--report",
                             str(target), "--lang", "zh_CN"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    for heading in ("两国双园规划报告", "生产计划", "线路与流量", "要点", "第 2 页"):
        assert heading in text, heading
    assert "Production plan" not in text and "Highlights" not in text
    assert "最大的成本项" in text  # the highlights are sentences in Chinese too
