"""Tabs built when first shown or used, in their place: Scenarios, Risk, result pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from twinparks.ui.lazy_tabs import LazyTabs
from twinparks.ui.results import panel as panel_module
from twinparks.ui.results.panel import LAZY_PAGES, ResultsPanel
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


# --- the results panel: the Summary at once, the other pages when first needed ------------

def test_results_pages_built_late_show_the_plan_and_its_staleness(qtbot, solved_example):
    _, plan = solved_example
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    assert all(panel._lazy.built(name) is None for name in LAZY_PAGES)
    panel.set_plan(plan, "USD")
    panel.set_stale(True)
    lanes = panel.lanes  # asked for: built now, with the plan a small plan gives every page
    assert lanes.plan is plan and lanes.showing_content() and lanes.stale
    assert panel.indexOf(lanes) == 2 and panel.tabText(2) == "Lanes && flows"
    panel.set_plan(None, "USD")  # built pages follow the panel
    assert lanes.plan is None and not lanes.stale
    assert panel._lazy.built("origin") is None


def test_a_big_plan_fills_a_late_page_when_it_is_shown(qtbot, solved_example, monkeypatch):
    monkeypatch.setattr(panel_module, "LAZY_ROWS", 0)  # every plan counts as big
    _, plan = solved_example
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_plan(plan, "USD")
    demand = panel.demand  # built while the Summary is in front: filled when shown
    assert panel.is_pending(demand) and demand.plan is None
    panel.setCurrentWidget(demand)
    assert not panel.is_pending(demand) and demand.plan is plan
    bar = panel.tabBar()  # a page first built by clicking its tab is filled at once
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(panel._lazy.index("bottlenecks")).center())
    assert panel.currentWidget() is panel.bottlenecks and panel.bottlenecks.plan is plan
