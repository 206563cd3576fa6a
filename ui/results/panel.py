"""The results panel: one tab per view of the plan.

``set_plan(plan, currency)`` shows a plan (None: a placeholder; not optimal:
its status and message instead of tables); ``set_stale(True)`` puts a banner
on every page and dims the tables until the next plan arrives.
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
        for page in self.pages:
            page.set_stale(False)
            page.set_plan(plan, currency)

    def set_stale(self, stale: bool) -> None:
        """Mark the results out of date (the network changed) or current again."""
        self.stale = stale
        for page in self.pages:
            page.set_stale(stale)


__all__ = ["ResultsPanel"]
