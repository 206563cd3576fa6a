"""The Origin and duty page: duty paid where goods are used, and the rules plants meet.

Two tables read from the plan: the duty per use (plant input or demand row)
with the agreement claimed and the duty saved against the general rate, and
per plant and agreement the output that qualifies, by option, with the RVC
achieved. Rows that claim a preference are highlighted.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from twinparks.models import results
from twinparks.models.plan import Plan
from twinparks.ui.results.columns import described
from twinparks.ui.results.frame_model import DataFrameModel, display_locale, format_number
from twinparks.ui.results.page_base import ResultsPage, ResultTable, heading, set_heading


def _claimed(frame: pd.DataFrame) -> pd.Series:
    return frame["agreement"].astype(str) != ""


class OriginDutyPage(ResultsPage):
    """Duty by use and origin over the rules of origin each plant meets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.duty_model = DataFrameModel(parent=self, highlight=_claimed)
        self.origin_model = DataFrameModel(parent=self)
        self.duty_table = ResultTable(self.duty_model, self.content)
        self.origin_table = ResultTable(self.origin_model, self.content)
        self.duty_title = heading(self.tr("Duty where goods are used"))
        self.origin_title = heading(self.tr("Output originating under an agreement"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for title, table in ((self.duty_title, self.duty_table),
                             (self.origin_title, self.origin_table)):
            box = QWidget(self.content)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(title)
            layout.addWidget(table, 1)
            splitter.addWidget(box)
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill both tables from ``plan``, or empty them (None)."""
        duty = plan.tables["duty"] if plan is not None else None
        origin = plan.tables["origin"] if plan is not None else None
        self.duty_model.set_frame(duty, [described("duty", n, currency)
                                         for n in results.names("duty")])
        self.origin_model.set_frame(origin, [described("origin", n, currency)
                                             for n in results.names("origin")])
        self.duty_table.fit_columns()
        self.origin_table.fit_columns()
        paid = float(duty["duty"].sum()) if duty is not None else 0.0
        saved = float(duty["duty_saved"].sum()) if duty is not None else 0.0
        set_heading(self.duty_title, self.tr("Duty where goods are used"), self.tr(
            "%1 %3 paid, %2 %3 saved by preferences (highlighted)").replace(
            "%1", format_number(display_locale(), paid, 0)).replace(
            "%2", format_number(display_locale(), saved, 0))
            .replace("%3", currency))
        set_heading(self.origin_title, self.tr("Output originating under an agreement"),
                    self.tr("%1 plant and agreement pairs").replace(
                        "%1", str(self.origin_model.rowCount())))
