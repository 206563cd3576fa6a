"""The Investments page: modules chosen, their cost and what not investing would cost.

Shown for every plan; a workbook without Investments or Chokepoints rows
gets a line saying so. Shadow prices of a plan with investments or minimum
outputs come from the LP with those decisions fixed, and the page says so.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from twinparks.models.plan import Plan
from twinparks.ui.results import columns
from twinparks.ui.results.frame_model import DataFrameModel, display_locale, format_number
from twinparks.ui.results.page_base import (
    ResultsPage,
    ResultTable,
    heading,
    set_heading,
    titled,
)


class InvestmentsPage(ResultsPage):
    """Per investment the modules built; per chokepoint group its share and limit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.investments = DataFrameModel(parent=self)
        self.chokepoints = DataFrameModel(parent=self)
        self.investment_table = ResultTable(self.investments, self.content)
        self.chokepoint_table = ResultTable(self.chokepoints, self.content)
        self.investment_title = heading(self.tr("Investments"))
        self.chokepoint_title = heading(self.tr("Chokepoints"))
        self.note = QLabel(self.content)
        self.note.setWordWrap(True)
        splitter = QSplitter(self.content)
        splitter.setOrientation(splitter.orientation().Vertical)
        for title, table in ((self.investment_title, self.investment_table),
                             (self.chokepoint_title, self.chokepoint_table)):
            splitter.addWidget(titled(splitter, title, table))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill both tables from ``plan``, or empty them (None)."""
        invest = plan.investments if plan is not None else None
        groups = plan.chokepoints if plan is not None else None
        self.investments.set_frame(invest, columns.investments(currency))
        self.chokepoints.set_frame(groups, columns.chokepoints(currency))
        self.investment_table.fit_columns()
        self.chokepoint_table.fit_columns()
        set_heading(self.investment_title, self.tr("Investments"), self._investment_hint(
            invest, currency))
        set_heading(self.chokepoint_title, self.tr("Chokepoints"), self.tr(
            "groups: %1; a limited group's shadow price is what one more tonne allowed on it "
            "saves").replace("%1", str(0 if groups is None else len(groups))))
        self.note.setText(self._note(plan))

    def _investment_hint(self, frame: pd.DataFrame | None, currency: str) -> str:
        if frame is None or frame.empty:
            return self.tr("this workbook has no Investments rows")
        built = int((frame["modules"] > 0).sum())
        cost = format_number(display_locale(), float(frame["annual_cost"].sum()), 0)
        return self.tr("%1 of %2 investments built, %3 %4 a year").replace(
            "%1", str(built)).replace("%2", str(len(frame))).replace("%3", cost).replace(
            "%4", currency)

    def _note(self, plan: Plan | None) -> str:
        if plan is None or not plan.fixed_lp_duals:
            return ""
        gap = format_number(display_locale(), 100 * (plan.gap or 0.0), 4)
        text = self.tr("A mixed-integer plan, proven within a gap of %1 %. Shadow prices on "
                       "every page are those of the plan with its investments and on/off "
                       "decisions fixed.").replace("%1", gap)
        off = plan.summary().get("plants_off") or []
        if off:
            text += " " + self.tr("Switched off by their minimum output: %1.").replace(
                "%1", ", ".join(off))
        return text


__all__ = ["InvestmentsPage"]
