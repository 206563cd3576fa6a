"""The Scenarios and Risk tabs are built when first shown or used, in their place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from twinparks.ui.lazy_tabs import LazyTabs
from twinparks.ui.retranslate import retranslate_main_window
from twinparks.ui.risk_panel import RiskPanel
from twinparks.ui.scenarios_panel import ScenariosPanel


def titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_a_new_window_builds_neither_until_its_tab_is_clicked(make_window, qtbot):
    window = make_window()
    tabs = window.output_tabs
    assert window.lazy_tabs.built("scenarios") is None and window.lazy_tabs.built("risk") is None
    before = titles(tabs)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    panel = window.lazy_tabs.built("scenarios")
    assert isinstance(panel, ScenariosPanel)
    assert tabs.currentWidget() is panel and tabs.currentIndex() == 2
    assert titles(tabs) == before and tabs.count() == 4
    assert window.lazy_tabs.built("risk") is None


def test_the_plan_menu_builds_the_tab_it_shows(make_window):
    window = make_window()
    window.risk_analysis()
    assert isinstance(window.lazy_tabs.built("risk"), RiskPanel)
    assert window.output_tabs.currentWidget() is window.risk
    assert window.output_tabs.indexOf(window.risk) == window.lazy_tabs.index("risk") == 3


def test_asking_for_a_page_off_screen_keeps_the_tab_in_front(make_window):
    window = make_window()
    front = window.output_tabs.currentWidget()
    panel = window.scenarios  # built by asking, e.g. by "Solve all scenarios"
    assert window.output_tabs.currentWidget() is front
    assert window.output_tabs.indexOf(panel) == 2


def test_retitling_and_closing_build_nothing(make_window):
    window = make_window()
    retranslate_main_window(window)  # what a language change does
    assert titles(window.output_tabs) == ["Map", "Results", "Scenarios", "Risk"]
    assert window.lazy_tabs.built("scenarios") is None and window.lazy_tabs.built("risk") is None
    window.close()
    assert window.lazy_tabs.built("scenarios") is None and window.lazy_tabs.built("risk") is None


def test_lazy_tabs_signal_one_change_per_click(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    lazy = LazyTabs(tabs)
    built = []
    lazy.add("second", lambda: built.append(1) or QLabel("second"), "Second")
    tabs.setTabToolTip(1, "the second one")
    changes = []
    tabs.currentChanged.connect(changes.append)
    tabs.show()
    tabs.setCurrentIndex(1)
    assert built == [1] and changes == [1]
    assert tabs.currentWidget().text() == "second" and tabs.tabToolTip(1) == "the second one"
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert built == [1] and changes == [1, 0, 1]
