"""The table pages of the results: production, lanes and flows, demand, bottlenecks.

Each page is a :class:`ResultsPage` holding sortable tables (and a chart);
binding capacities are highlighted in the tables and charts alike.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from twinparks.models.plan import Plan
from twinparks.models.units import NO_CAPACITY, NOT_WORTH, NOT_WORTH_EXPANDING, unmet_reasons
from twinparks.ui.charts import BottleneckChart, DemandChart, UtilisationChart, binding
from twinparks.ui.results import columns
from twinparks.ui.results.frame_model import DataFrameModel, display_locale, format_number
from twinparks.ui.results.page_base import ResultsPage, ResultTable, heading, set_heading
from twinparks.ui.results.summary import SummaryPage


def _section(parent: QWidget, title, table: ResultTable, searchable: bool = False) -> QWidget:
    """A heading (with an optional filter box) over a table."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    top = QHBoxLayout()
    top.addWidget(title, 1)
    if searchable:
        top.addWidget(table.filter_box())
    layout.addLayout(top)
    layout.addWidget(table, 1)
    return box


def _splitter(orientation: Qt.Orientation, widgets, stretches) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    for widget, stretch in zip(widgets, stretches, strict=True):
        splitter.addWidget(widget)
        splitter.setStretchFactor(splitter.count() - 1, stretch)
    splitter.setSizes([1000 * stretch for stretch in stretches])  # scaled to fit when shown
    return splitter


class TableChartSplitter(QSplitter):
    """A table on the left, a chart on the right; the table gets the width it needs.

    The chart keeps at least ``min_chart`` pixels. Once the planner drags the
    handle, their choice stays.
    """

    def __init__(self, table_box: QWidget, table: ResultTable, chart: QWidget,
                 min_chart: int = 300):
        super().__init__(Qt.Orientation.Horizontal)
        self.setChildrenCollapsible(False)
        self.addWidget(table_box)
        self.addWidget(chart)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self._table, self._min_chart = table, min_chart
        self._user_sized = False
        self.splitterMoved.connect(self._on_moved)
        chart.setMinimumWidth(min_chart // 2)

    def balance(self) -> None:
        """Give the table its columns' width, the chart the rest (at least ``min_chart``)."""
        total = self.width() - self.handleWidth()
        if self._user_sized or total <= 0:
            return
        chart = max(self._min_chart, total - self._table.needed_width())
        self.setSizes([total - chart, chart])

    def _on_moved(self) -> None:
        self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.balance()


def _fill(layout_owner: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(layout_owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


def _count(frame: pd.DataFrame | None, mask) -> int:
    return 0 if frame is None or frame.empty else int(np.asarray(mask(frame)).sum())


class ProductionPage(ResultsPage):
    """Plants: output, utilisation, shadow price; binding capacities highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DataFrameModel(parent=self, highlight=binding)
        self.table = ResultTable(self.model, self.content)
        self.title = heading(self.tr("Production by plant"))
        self.chart = UtilisationChart(self.content)
        table_box = _section(self.content, self.title, self.table, searchable=True)
        self.splitter = TableChartSplitter(table_box, self.table, self.chart)
        _fill(self.content, self.splitter)

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the tables (and chart) from ``plan``, or empty them (None)."""
        frame = plan.production if plan is not None else None
        self.model.set_frame(frame, columns.production(currency))
        self.table.fit_columns()
        self.splitter.balance()
        self.chart.set_frame(frame)
        set_heading(self.title, self.tr("Production by plant"), self.tr(
            "%1 of %2 plants at binding capacity (highlighted)").replace(
            "%1", str(_count(frame, binding))).replace("%2", str(self.model.rowCount())))


class LanesPage(ResultsPage):
    """Lane use (utilisation, shadow price) over the flows of each product."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lane_model = DataFrameModel(parent=self, highlight=binding)
        self.flow_model = DataFrameModel(parent=self)
        self.lane_table = ResultTable(self.lane_model, self.content)
        self.flow_table = ResultTable(self.flow_model, self.content)
        self.lane_title = heading(self.tr("Lane use"))
        self.flow_title = heading(self.tr("Flows by lane and product"))
        sections = [_section(self.content, self.lane_title, self.lane_table, searchable=True),
                    _section(self.content, self.flow_title, self.flow_table, searchable=True)]
        _fill(self.content, _splitter(Qt.Orientation.Vertical, sections, [1, 1]))

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the tables (and chart) from ``plan``, or empty them (None)."""
        lanes = plan.lanes if plan is not None else None
        flows = plan.flows if plan is not None else None
        self.lane_model.set_frame(lanes, columns.lanes(currency))
        self.flow_model.set_frame(flows, columns.flows(currency))
        self.lane_table.fit_columns()
        self.flow_table.fit_columns()
        set_heading(self.lane_title, self.tr("Lane use"), self.tr(
            "%1 lanes, %2 at binding capacity (highlighted)").replace(
            "%1", str(self.lane_model.rowCount())).replace("%2", str(_count(lanes, binding))))
        set_heading(self.flow_title, self.tr("Flows by lane and product"), self.tr(
            "%1 flows").replace("%1", str(self.flow_model.rowCount())))


def _short(frame: pd.DataFrame) -> pd.Series:
    return frame["unmet"].astype(float) > 0


class DemandPage(ResultsPage):
    """Demand rows: met, unmet, marginal landed cost; and met/unmet per market."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DataFrameModel(parent=self, highlight=_short)
        self.table = ResultTable(self.model, self.content)
        self.title = heading(self.tr("Demand"))
        self.chart = DemandChart(self.content)
        table_box = _section(self.content, self.title, self.table, searchable=True)
        self.splitter = TableChartSplitter(table_box, self.table, self.chart)
        _fill(self.content, self.splitter)

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the tables (and chart) from ``plan``, or empty them (None)."""
        frame = None
        if plan is not None:
            frame = plan.demand.assign(why=self._reasons(plan))
        self.model.set_frame(frame, columns.demand(currency))
        self.table.fit_columns()
        self.splitter.balance()
        self.chart.set_frame(frame)
        set_heading(self.title, self.tr("Demand"), self.tr(
            "%1 of %2 demand rows not met in full (highlighted)").replace(
            "%1", str(_count(frame, _short))).replace("%2", str(self.model.rowCount())))

    def _reasons(self, plan: Plan) -> list[str]:
        """Why each row is not met in full, in the planner's words."""
        if not plan.optimal:
            return [""] * len(plan.demand)
        reasons = unmet_reasons(plan.tables)
        texts = {NOT_WORTH: self.tr("not worth serving: delivering would cost more than "
                                    "the unmet-demand penalty"),
                 NO_CAPACITY: self.tr("no capacity left: %1 used up"),
                 NOT_WORTH_EXPANDING: self.tr(
                     "not worth expanding: %1 used up, and another investment module would "
                     "cost more than it saves")}
        return _worded(reasons["reason"], reasons["binding"], texts)


def _worded(reason, binding, texts: dict[str, str]) -> list[str]:
    """``texts[reason]`` with ``%1`` replaced by ``binding``, row by row ("" for no reason).

    Column-wise: the rows of each reason are joined to their text as NumPy
    object arrays (the loop over 202k pandas string cells took 0.26 s at 1e6).
    """
    reason = np.asarray(reason, dtype=object)
    binding = np.asarray(binding, dtype=object)
    worded = np.full(len(reason), "", dtype=object)
    for code, text in texts.items():
        at = np.flatnonzero(reason == code)
        if not len(at):
            continue
        parts = text.split("%1")
        joined = np.full(len(at), parts[0], dtype=object)
        for part in parts[1:]:
            joined = joined + binding[at] + part
        worded[at] = joined
    return worded.tolist()


class BottlenecksPage(ResultsPage):
    """Binding capacities ranked by what one more unit of capacity saves."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DataFrameModel(parent=self)
        self.table = ResultTable(self.model, self.content)
        self.title = heading(self.tr("Bottlenecks"))
        self.chart = BottleneckChart(self.content)
        table_box = _section(self.content, self.title, self.table)
        self.splitter = TableChartSplitter(table_box, self.table, self.chart)
        _fill(self.content, self.splitter)

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the tables (and chart) from ``plan``, or empty them (None)."""
        frame = self.ranking(plan.bottlenecks, currency) if plan is not None else None
        self.model.set_frame(frame, columns.bottlenecks(currency))
        self.table.fit_columns()
        self.splitter.balance()
        self.chart.set_frame(frame, currency)
        rows = self.model.rowCount()
        hint = (self.tr("no capacity binds: one more unit anywhere would save nothing")
                if rows == 0 else self.tr("%1 binding capacities, most valuable first")
                .replace("%1", str(rows)))
        set_heading(self.title, self.tr("Bottlenecks"), hint)

    def ranking(self, frame: pd.DataFrame, currency: str) -> pd.DataFrame:
        """``frame`` with a rank, the kind in words and what one more unit saves."""
        locale = display_locale()
        kinds = {"plant": self.tr("Plant"), "lane": self.tr("Lane")}
        sentences = {"plant": self.tr("One more unit of capacity here saves %1 %2"),
                     "lane": self.tr("One more tonne of capacity here saves %1 %2")}
        meaning = [sentences.get(kind, sentences["plant"])
                   .replace("%1", format_number(locale, price, 2)).replace("%2", currency)
                   for kind, price in zip(frame["kind"], frame["shadow_price"], strict=True)]
        return frame.assign(kind_label=frame["kind"].map(kinds).fillna(frame["kind"]),
                            meaning=meaning)


__all__ = ["BottlenecksPage", "DemandPage", "LanesPage", "ProductionPage", "SummaryPage"]
