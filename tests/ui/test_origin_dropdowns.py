"""The schema-2 origin columns are edited with drop-downs, like every other sheet (issue 13).

Each test opens the cell editor from the keyboard (F2) in the real window on
the bundled example, checks the choices it offers, picks one by keyboard and
checks the workbook's cell and one undo step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox


@pytest.fixture
def window(make_window):
    return make_window()


def open_editor(window, qtbot, sheet: str, row: int, column: str) -> QComboBox:
    """F2 on the cell: its drop-down, with the current text selected."""
    editor = window.editors[sheet]
    window.activateWindow()  # (offscreen, a completer's list may have taken it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sheet_tabs.setCurrentWidget(editor)
    editor.select_cell(row, editor.model.columns().index(column))
    editor.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, QComboBox):
        combo = combo.parentWidget()  # the focus is in the combo's line edit
    assert isinstance(combo, QComboBox), f"{sheet}.{column} has no drop-down"
    return combo


def choices(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def commit(window, qtbot, sheet: str, key=Qt.Key.Key_Return) -> None:
    """One key ends the edit, whether or not the completer's list is showing."""
    qtbot.keyClick(QApplication.focusWidget(), key)
    view = window.editors[sheet].view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def cell(window, sheet: str, row: int, column: str):
    return window.document.network.table(sheet)[column].iloc[row]


def test_rule_change_offers_cc_cth_ctsh_and_down_picks_the_next(window, qtbot):
    assert cell(window, "OriginRules", 0, "change") == "CTH"
    combo = open_editor(window, qtbot, "OriginRules", 0, "change")
    assert choices(combo) == ["CC", "CTH", "CTSH"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # from CTH to CTSH
    commit(window, qtbot, "OriginRules")
    assert cell(window, "OriginRules", 0, "change") == "CTSH"
    assert window.document.undo_stack.count() == 1
    window.act_undo.trigger()
    assert cell(window, "OriginRules", 0, "change") == "CTH"


def test_tariff_agreement_offers_the_agreements_and_typing_picks_one(window, qtbot):
    combo = open_editor(window, qtbot, "Tariffs", 0, "agreement")
    assert {"ACFTA", "RCEP"} <= set(choices(combo))
    qtbot.keyClicks(QApplication.focusWidget(), "ACFTA")
    commit(window, qtbot, "Tariffs")
    assert cell(window, "Tariffs", 0, "agreement") == "ACFTA"
    window.act_undo.trigger()
    assert cell(window, "Tariffs", 0, "agreement") is None


def test_origin_country_columns_offer_the_networks_countries(window, qtbot):
    combo = open_editor(window, qtbot, "Supply", 0, "origin_country")
    countries = choices(combo)
    assert {"AU", "ID", "MY", "CN", "TH"} <= set(countries) and "*" not in countries
    assert countries == sorted(countries)
    qtbot.keyClicks(QApplication.focusWidget(), "ID")
    commit(window, qtbot, "Supply")
    assert cell(window, "Supply", 0, "origin_country") == "ID"
    window.act_undo.trigger()
    assert cell(window, "Supply", 0, "origin_country") is None
    tariff = open_editor(window, qtbot, "Tariffs", 0, "origin_country")
    assert choices(tariff)[0] == "*" and "MY" in choices(tariff)  # tariff keys allow "any"
    commit(window, qtbot, "Tariffs", Qt.Key.Key_Escape)
    member = open_editor(window, qtbot, "Agreements", 0, "country")
    assert "AU" in choices(member)


def test_rule_product_offers_any_families_and_products(window, qtbot):
    combo = open_editor(window, qtbot, "OriginRules", 0, "product")
    offered = choices(combo)
    assert offered[0] == "*"
    assert {"steel", "glass", "tyres"} <= set(offered) and "pcr_tyre" in offered
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # steel → the entry above it
    commit(window, qtbot, "OriginRules")
    picked = cell(window, "OriginRules", 0, "product")
    assert picked == offered[offered.index("steel") - 1]
    window.act_undo.trigger()
    assert cell(window, "OriginRules", 0, "product") == "steel"


def test_originating_offers_yes_and_no(window, qtbot):
    combo = open_editor(window, qtbot, "Supply", 0, "originating")
    assert choices(combo) == ["yes", "no"]
    qtbot.keyClicks(QApplication.focusWidget(), "no")
    commit(window, qtbot, "Supply")
    assert cell(window, "Supply", 0, "originating") == "no"
    window.act_undo.trigger()  # the example has no originating column: it goes again
    supply = window.document.network.table("Supply")
    assert "originating" not in supply or supply["originating"].iloc[0] is None
