"""Small things a desktop user expects: Plan menu, File → Close, tooltips, the user guide."""

from pathlib import Path

import pytest

from twinparks.ui.help_dialog import UserGuide, guide_text

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def window(make_window):
    return make_window()


def test_the_user_guide_is_the_readmes_desktop_part():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The desktop app"):text.index("## Command line")]
    assert guide_text() == section.rstrip() + "\n", "copy the README section to " \
        "ui/data/user_guide.md"


def test_help_opens_the_guide(window, qtbot):
    window.act_guide.trigger()
    guides = [w for w in window.findChildren(UserGuide)]
    assert guides and "Ctrl+9" in guides[0].browser.toPlainText()
    guides[0].close()


def test_plan_menu_offers_solve_all_and_the_stress_test(window):
    actions = window.plan_menu.actions()
    assert window.act_solve_all in actions and window.act_stress in actions


def test_file_close_leaves_an_empty_untitled_workbook(window):
    assert window.act_close in window.file_menu.actions()
    window.act_close.trigger()
    assert window.document.path is None and window.document.network.table("Sites").empty


def test_toolbar_buttons_are_labelled_and_explained(window):
    for action in (window.act_open, window.act_save, window.act_undo, window.act_redo,
                   window.act_solve, window.act_cancel):
        assert action.toolTip() and "(" in action.toolTip(), action.text()


def test_gui_lang_is_for_this_run_and_keeps_the_remembered_language(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from twinparks.ui.app import apply_language
    from twinparks.ui.i18n import install_translator
    from twinparks.ui.settings import AppSettings

    settings = AppSettings(tmp_path / "settings.ini")
    settings.language = "ms"
    try:
        assert apply_language(qapp, settings, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert settings.language == "ms"  # still the planner's own choice
        assert apply_language(qapp, settings, None) == "ms"
    finally:
        install_translator(qapp, "en")
