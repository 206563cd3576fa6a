"""The results panel: one tab per view of the plan.

``set_plan(plan, currency)`` shows a plan (None: a placeholder; not optimal:
its status and message instead of tables); ``set_stale(True)`` puts a banner
on every page and dims the tables until the next plan arrives.

Only the Summary is built with the panel; each other page is built when it
is first shown or asked for. A large plan (more than :data:`LAZY_ROWS` result
rows) fills only the page in front; each other page is filled when it is
first shown, so that showing a big plan never builds tables and charts
nobody looks at.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from twinparks.models.plan import Plan
from twinparks.ui.lazy_tabs import LazyTabs
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
    """Summary, Production, Lanes & flows, Demand, Bottlenecks, Origin & duty of one plan.

    The Summary is built with the panel; every other page when it is first
    shown or asked for (:class:`LazyTabs`), and filled then with the plan.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.plan: Plan | None = None
        self.currency = ""
        self.stale = False
        self._pending: set[ResultsPage] = set()  # pages still to fill with ``plan``
        self.summary = SummaryPage(self)
        self.addTab(self.summary, "")
        self._lazy = LazyTabs(self)  # before _fill_current: a page is built, then filled
        for name, page_class in LAZY_PAGES.items():
            self._lazy.add(name, functools.partial(self._build_page, page_class), "")
        self._retitle_tabs()
        self.currentChanged.connect(self._fill_current)

    production = property(lambda self: self._lazy.page("production"))
    lanes = property(lambda self: self._lazy.page("lanes"))
    demand = property(lambda self: self._lazy.page("demand"))
    bottlenecks = property(lambda self: self._lazy.page("bottlenecks"))
    investments = property(lambda self: self._lazy.page("investments"))
    origin = property(lambda self: self._lazy.page("origin"))

    def _build_page(self, page_class: type[ResultsPage]) -> ResultsPage:
        """A page built late shows the plan as one built with the panel would."""
        page = page_class(self)
        self._offer_plan(page)
        page.set_stale(self.stale)
        return page

    def _offer_plan(self, page: ResultsPage) -> None:
        """Fill ``page`` with the plan now, or when first shown if the plan is big and the
        page is not in front (:meth:`_fill_current`)."""
        if plan_rows(self.plan) > LAZY_ROWS and page is not self.currentWidget():
            self._pending.add(page)
        else:
            page.set_plan(self.plan, self.currency)

    def _retitle_tabs(self) -> None:
        titles = (self.tr("Summary"), self.tr("Production"), self.tr("Lanes && flows"),
                  self.tr("Demand"), self.tr("Bottlenecks"), self.tr("Investments"),
                  self.tr("Origin && duty"))
        indexes = [self.indexOf(self.summary)] + [self._lazy.index(n) for n in LAZY_PAGES]
        for index, title in zip(indexes, titles, strict=True):
            self.setTabText(index, title)

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
        """The pages, in tab order (all built by asking)."""
        return [self.summary] + [self._lazy.page(name) for name in LAZY_PAGES]

    def _built_pages(self) -> list[ResultsPage]:
        built = [self._lazy.built(name) for name in LAZY_PAGES]
        return [self.summary] + [page for page in built if page is not None]

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
        self._pending = set()
        for page in self._built_pages():  # the others take the plan when built
            page.set_stale(False)
            self._offer_plan(page)

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
        for page in self._built_pages():
            page.set_stale(stale)


LAZY_PAGES: dict[str, type[ResultsPage]] = {
    "production": ProductionPage, "lanes": LanesPage, "demand": DemandPage,
    "bottlenecks": BottlenecksPage, "investments": InvestmentsPage, "origin": OriginDutyPage}


__all__ = ["ResultsPanel"]
