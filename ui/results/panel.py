"""The results panel: one tab per view of the plan.

``set_plan(plan, currency)`` shows a plan (None: a placeholder; not optimal:
its status and message instead of tables); ``set_stale(True)`` puts a banner
on every page and dims the tables until the next plan arrives.

A large plan (more than :data:`LAZY_ROWS` result rows) fills only the page in
front; each other page is filled when it is first shown, so that showing a
big plan never builds tables and charts nobody looks at.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from twinparks.models.plan import Plan
from twinparks.ui.results.investments_page import InvestmentsPage
from twinparks.ui.results.origin_page import OriginDutyPage
from twinparks.ui.results.page_base import ResultsPage
from twinparks.ui.results.pages import (
    BottlenecksPage,
    DemandPage,
    LanesPage,
    ProductionPage,
    SummaryPage,
)

LAZY_ROWS = 20_000


def plan_rows(plan: Plan | None) -> int:
    """Rows of all the plan's result tables."""
    if plan is None:
        return 0
    return sum(len(table) for table in plan.tables.values())


class ResultsPanel(QTabWidget):
    """Summary, Production, Lanes & flows, Demand, Bottlenecks, Origin & duty of one plan."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.summary = SummaryPage(self)
        self.production = ProductionPage(self)
        self.lanes = LanesPage(self)
        self.demand = DemandPage(self)
        self.bottlenecks = BottlenecksPage(self)
        self.investments = InvestmentsPage(self)
        self.origin = OriginDutyPage(self)
        for page in self._tab_pages():
            self.addTab(page, "")
        self._retitle_tabs()
        self.plan: Plan | None = None
        self.currency = ""
        self.stale = False
        self._pending: set[ResultsPage] = set()  # pages still to fill with ``plan``
        self.currentChanged.connect(self._fill_current)

    def _tab_pages(self) -> list[ResultsPage]:
        return [self.summary, self.production, self.lanes, self.demand, self.bottlenecks,
                self.investments, self.origin]

    def _retitle_tabs(self) -> None:
        titles = (self.tr("Summary"), self.tr("Production"), self.tr("Lanes && flows"),
                  self.tr("Demand"), self.tr("Bottlenecks"), self.tr("Investments"),
                  self.tr("Origin && duty"))
        for page, title in zip(self._tab_pages(), titles, strict=True):
            self.setTabText(self.indexOf(page), title)

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` retitle the tabs and redraw the plan in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle_tabs()
            stale = self.stale
            self.set_plan(self.plan, self.currency)
            self.set_stale(stale)
        super().changeEvent(event)

    @property
    def pages(self) -> list[ResultsPage]:
        """The pages, in tab order."""
        return [self.widget(number) for number in range(self.count())]

    def set_plan(self, plan: Plan | None, currency: str) -> None:
        """Show ``plan`` with money in ``currency``; a new plan is never stale.

        The Summary compares a new optimal plan with the one it replaces.
        """
        if plan is not self.plan:
            self.summary.previous = self.plan if self.plan is not None and \
                self.plan.optimal else None
        self.plan = plan
        self.currency = currency
        self.stale = False
        lazy = plan_rows(plan) > LAZY_ROWS
        self._pending = set()
        for page in self.pages:
            page.set_stale(False)
            if lazy and page is not self.currentWidget():
                self._pending.add(page)
            else:
                page.set_plan(plan, currency)

    def is_pending(self, page: ResultsPage) -> bool:
        """``page`` has not been filled with the current plan yet (it was not shown)."""
        return page in self._pending

    def _fill_current(self, _index: int = -1) -> None:
        page = self.currentWidget()
        if page in self._pending:
            self._pending.discard(page)
            page.set_plan(self.plan, self.currency)
            page.set_stale(self.stale)

    def set_stale(self, stale: bool) -> None:
        """Mark the results out of date (the network changed) or current again."""
        self.stale = stale
        for page in self.pages:
            page.set_stale(stale)


__all__ = ["ResultsPanel"]
