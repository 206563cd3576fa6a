"""The results panel: one tab per view of the plan.

``set_plan(plan, currency)`` shows a plan (None: a placeholder; not optimal:
its status and message instead of tables); ``set_stale(True)`` puts a banner
on every page and dims the tables until the next plan arrives.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from PySide6.QtWidgets import QTabWidget, QWidget

from models.plan import Plan
from ui.results.page_base import ResultsPage
from ui.results.pages import BottlenecksPage, DemandPage, LanesPage, ProductionPage, SummaryPage


def tonnes_per_unit(plan: Plan | None) -> dict[str, float] | None:
    """Each shipped product's weight, read off the flows (None without a plan)."""
    if plan is None or not plan.optimal or plan.flows.empty:
        return None
    flows = plan.flows[plan.flows["quantity"].astype(float) > 0]
    weight = flows["tonnes"].astype(float) / flows["quantity"].astype(float)
    return pd.Series(weight.to_numpy(), index=flows["product"]).groupby(level=0).first().to_dict()


class ResultsPanel(QTabWidget):
    """Summary, Production, Lanes & flows, Demand and Bottlenecks of one plan."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.summary = SummaryPage(self)
        self.production = ProductionPage(self)
        self.lanes = LanesPage(self)
        self.demand = DemandPage(self)
        self.bottlenecks = BottlenecksPage(self)
        self.addTab(self.summary, self.tr("Summary"))
        self.addTab(self.production, self.tr("Production"))
        self.addTab(self.lanes, self.tr("Lanes && flows"))
        self.addTab(self.demand, self.tr("Demand"))
        self.addTab(self.bottlenecks, self.tr("Bottlenecks"))
        self.plan: Plan | None = None
        self.currency = ""
        self.stale = False

    @property
    def pages(self) -> list[ResultsPage]:
        """The pages, in tab order."""
        return [self.widget(number) for number in range(self.count())]

    def set_plan(self, plan: Plan | None, currency: str,
                 weights: Mapping[str, float] | None = None) -> None:
        """Show ``plan`` with money in ``currency``; a new plan is never stale.

        ``weights`` (tonnes per unit of each product) lets the demand chart
        count tonnes; by default they are read off the plan's flows.
        """
        self.plan = plan
        self.currency = currency
        self.stale = False
        self.demand.tonnes_per_unit = weights if weights is not None else tonnes_per_unit(plan)
        for page in self.pages:
            page.set_stale(False)
            page.set_plan(plan, currency)

    def set_stale(self, stale: bool) -> None:
        """Mark the results out of date (the network changed) or current again."""
        self.stale = stale
        for page in self.pages:
            page.set_stale(stale)


__all__ = ["ResultsPanel", "tonnes_per_unit"]
