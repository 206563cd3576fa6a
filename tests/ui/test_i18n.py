"""Translations: complete, up to date, compiled, and switchable while the window is open."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from twinparks.example import example_path
from twinparks.ui.i18n import available_languages, install_translator, resolve_language
from twinparks.ui.i18n.generate_schema_strings import expected
from twinparks.ui.language_menu import LanguageMenu
from twinparks.ui.main_window import MainWindow
from twinparks.ui.retranslate import retranslate_main_window

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ui" / "i18n"
LANGUAGES = ["zh_CN", "ms"]
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not installed (PySide6-Essentials ships it)")
    return found


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _translations(message) -> list[str]:
    node = message.find("translation")
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text lupdate finds in ui/, models/, twinparks/ (as update.sh)."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "ui", "models",
                    "twinparks", "-ts", str(ts)], cwd=ROOT, check=True)
    return {(context, m.findtext("source")) for context, m in _messages(ts)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_and_none_obsolete(lang):
    entries = list(_messages(I18N / f"twinparks_{lang}.ts"))
    assert entries
    for context, message in entries:
        state = message.find("translation").get("type")
        assert state is None, f"{lang} {context}: {message.findtext('source')!r} is {state}"
        assert all(_translations(message)), f"{lang}: empty {message.findtext('source')!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_text_in_ui_is_in_the_ts(lang, fresh_sources):
    ours = {(context, m.findtext("source")) for context, m in
            _messages(I18N / f"twinparks_{lang}.ts")}
    missing = fresh_sources - ours
    assert not missing, f"run ui/i18n/update.sh and translate: {sorted(missing)[:10]}"
    assert ours == fresh_sources, "the .ts has texts ui/ no longer uses: run ui/i18n/update.sh"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang):
    for context, message in _messages(I18N / f"twinparks_{lang}.ts"):
        source = message.findtext("source")
        for text in _translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"{lang} {context}: {source!r} → {text!r}"


def test_generated_string_files_are_up_to_date():
    for path, text in expected().items():
        assert path.read_text(encoding="utf-8") == text, \
            f"{path.name} is stale: python -P ui/i18n/generate_schema_strings.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_matches_ts(lang, tmp_path):
    qm = tmp_path / f"twinparks_{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(I18N / f"twinparks_{lang}.ts"),
                    "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (I18N / qm.name).read_bytes(), "run ui/i18n/update.sh"


def test_languages_and_fallbacks():
    assert [code for code, _ in available_languages()] == ["en", "zh_CN", "ms"]
    assert resolve_language("zh") == resolve_language("zh-Hans-CN") == "zh_CN"
    assert resolve_language("ms_MY") == "ms"
    assert resolve_language("zh_TW") == resolve_language("fr_FR") == "en"


@pytest.fixture
def english(qapp):
    yield qapp
    install_translator(qapp, "en")


def test_install_translator_switches_texts(english):
    assert install_translator(english, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("NetworkMap", "Port") == "港口"
    assert QCoreApplication.translate("schema", "units/yr") == "单位/年"
    assert install_translator(english, "ms") == "ms"
    assert QCoreApplication.translate("results", "Duty rate") == "Kadar duti"
    assert install_translator(english, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.fixture
def window(make_window, english):
    return make_window()


def _hooked(window_class) -> bool:
    return "changeEvent" in vars(window_class)


def test_language_menu_retitles_the_window_and_remembers(window, qtbot):
    menu = LanguageMenu(window.settings, window)
    with qtbot.waitSignal(menu.languageChanged, timeout=2000) as signal:
        menu.choose("zh_CN")
    assert signal.args == ["zh_CN"]
    QApplication.processEvents()  # Qt posts LanguageChange to the widgets
    assert window.settings.language == "zh_CN"
    assert menu.title() == "语言(&L)"
    if not _hooked(MainWindow):
        retranslate_main_window(window)
    assert window.file_menu.title() == "文件(&F)"
    assert window.act_solve.text() == "求解(&S)"
    assert window.problems_dock.windowTitle() == "问题"
    header = window.editors["Plants"].model.headerData(3, 1)  # capacity (units/yr)
    assert "单位/年" in header
    menu.choose("en")
    QApplication.processEvents()
    if not _hooked(MainWindow):
        retranslate_main_window(window)
    assert window.file_menu.title() == "&File"


@pytest.mark.skipif(not _hooked(MainWindow), reason="MainWindow.changeEvent not patched yet")
def test_language_change_event_retitles_menus(window, english):
    install_translator(english, "ms")
    QApplication.processEvents()  # the posted LanguageChange reaches the window
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.file_menu.title() == "&Fail"


def test_a_cjk_font_is_installed():
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no CJK font: apt-get install fonts-wqy-microhei (see docs/i18n.md)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshot(qtbot, make_window, lang, english, screenshots):
    """As ``twinparks gui --lang``: the translator is in place before the window is built."""
    install_translator(english, lang)
    window = make_window()
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.solve()
    window.output_tabs.setCurrentWidget(window.results)
    window.results.setCurrentIndex(0)
    qtbot.wait(200)
    assert window.grab().save(str(screenshots / f"main_{lang}_results.png"))
    assert window.output_tabs.tabText(window.output_tabs.indexOf(window.results)) != "Results"
    window.output_tabs.setCurrentWidget(window.map)
    window.sheet_tabs.setCurrentWidget(window.editors["Plants"])
    qtbot.wait(200)
    assert window.grab().save(str(screenshots / f"main_{lang}_map.png"))
    assert window.output_tabs.tabText(window.output_tabs.indexOf(window.map)) != "Map"


def test_problems_panel_shows_validation_messages_in_chinese(english, qtbot):
    """Validation messages are templates: the panel translates them and keeps the values."""
    from twinparks.models.validation import validate
    from twinparks.ui.problems_panel import ProblemsPanel
    from twinparks.workbook import read_workbook

    network = read_workbook(example_path()).network
    plants = network.tables["Plants"]
    plants.iat[0, plants.columns.get_loc("capacity")] = -2500.5
    problems = [p for p in validate(network) if p.column == "capacity"]
    assert [p.message for p in problems] == [
        "capacity is -2500.5; it must be between 0 and 1e+12 (units/yr)"]
    install_translator(english, "zh_CN")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(problems)
    text = panel.model.index(0, 2).data()
    assert text.startswith("capacity 为 -2,500.5；必须介于 0 和 "), text
    assert "单位/年" in text and panel.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == text


def _switch(window, app, language: str) -> None:
    install_translator(app, language)
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    if not _hooked(MainWindow):
        retranslate_main_window(window)


def test_switching_at_run_time_retitles_map_results_and_undo(window, english, qtbot):
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.solve()
    axis = window.map.getPlotItem().getAxis("bottom")
    results = window.results
    _switch(window, english, "zh_CN")
    assert axis.labelText == "经度（°E）"
    assert results.tabText(results.indexOf(results.bottlenecks)) == "瓶颈"
    assert window.act_undo.text().startswith("撤销"), window.act_undo.text()
    assert window.problems.model.headerData(2, Qt.Orientation.Horizontal) == "问题"
    assert results.summary.cards["service_level"].caption.text() == "服务水平"
    assert "各运输方式货运量" in results.summary.mode_chart.heading.text
    assert window.editors["Plants"].filter.placeholderText() != "Filter rows…"
    status = results.summary.cards["status"]
    assert status.value.text() == "最优" and status.detail.text() == "已证明最优", \
        (status.value.text(), status.detail.text())
    _switch(window, english, "ms")
    assert status.detail.text() == "terbukti optimum", status.detail.text()
    _switch(window, english, "en")
    assert status.detail.text() == "proven optimal"
    assert axis.labelText == "Longitude (°E)"
    assert results.tabText(results.indexOf(results.bottlenecks)) == "Bottlenecks"
    assert window.act_undo.text().startswith("&Undo"), window.act_undo.text()
    assert results.summary.cards["service_level"].caption.text() == "Service level"


def test_file_loading_messages_are_templates_translated_in_the_gui(english, tmp_path):
    from twinparks.ui.table_model import problem_message
    from twinparks.workbook import read_workbook

    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    [problem] = read_workbook(empty).problems
    assert problem.message.startswith("the file is empty, not an Excel .xlsx workbook")
    assert problem.template
    install_translator(english, "zh_CN")
    assert problem_message(problem).startswith("该文件是空文件，不是 Excel .xlsx 工作簿"), \
        problem_message(problem)
    install_translator(english, "ms")
    assert problem_message(problem).startswith("fail ini kosong, bukan buku kerja Excel .xlsx")
