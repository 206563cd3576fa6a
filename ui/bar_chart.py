"""The bar chart every chart of a plan is made of, and the helpers they share.

:class:`BarChart` draws bars over named categories with labelled axes,
units and value labels that always fit (:mod:`ui.chart_labels`); the drawn
bars are kept in ``chart.bars`` (``pyqtgraph.BarGraphItem``) and the divisor
of the value axis in ``chart.scale`` (1, 1e3 or 1e6), so bar length × scale
is the data value. The charts themselves are in :mod:`ui.charts`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QFontMetrics

from twinparks.models.plan import COST_KEYS
from twinparks.models.results import cost_label
from twinparks.top_categories import TOP_CATEGORIES, top_and_other
from twinparks.ui import chart_labels, chart_texts
from twinparks.ui.chart_labels import ValueLabel
from twinparks.ui.results.frame_model import display_locale, format_number
from twinparks.ui.results.plot_items import ChartTitle, LocaleAxis

BLUE, ORANGE, RED, TEAL, GREEN, GREY = (
    "#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#9d9d9d")
PART_COLOURS = dict(zip(COST_KEYS, (TEAL, BLUE, "#b279a2", "#eeca3b", GREEN, RED, ORANGE),
                        strict=True))
TEXT_COLOUR = "#333333"
BAR_WIDTH = 0.62
DIMMED_OPACITY = 0.35


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def cost_part_label(part: str) -> str:
    """The translated name of a cost part (its label in ``models/results.csv``)."""
    if part not in COST_KEYS:
        return part
    return QCoreApplication.translate("results", cost_label(part))


def scaled_unit(values: Sequence[float], unit: str) -> tuple[float, str]:
    """A divisor for ``values`` and the unit it makes, e.g. (1e6, "million USD")."""
    largest = float(np.nanmax(np.abs(values))) if len(values) else 0.0
    if largest >= 1e6:
        return 1e6, _tr("million %1").replace("%1", unit)
    if largest >= 1e4:
        return 1e3, _tr("thousand %1").replace("%1", unit)
    return 1.0, unit


def other_label() -> str:
    """The label of the bar that stands for the categories after the top ones."""
    return _tr("Other (%1)").replace("%1", "{count}")


def top_rows(frame: pd.DataFrame, label: str, how: dict[str, str]) -> pd.DataFrame:
    """The first ``TOP_CATEGORIES`` rows and one "Other (N)" row (see ``top_categories``)."""
    return top_and_other(frame, label, how, TOP_CATEGORIES, other_label())


def binding(frame: pd.DataFrame) -> pd.Series:
    """Rows whose capacity binds (the plan's ``binding`` column: full, or worth money)."""
    return frame["binding"].astype(bool)


class BarChart(pg.PlotWidget):
    """Bars over named categories; ``horizontal`` puts the categories on the left."""

    horizontal = False
    table = ""  # the plan table (``Plan.tables``) the chart draws

    def __init__(self, parent=None):
        value_side, category_side = ("bottom", "left") if self.horizontal else ("left", "bottom")
        axes = {value_side: LocaleAxis(value_side), category_side: pg.AxisItem(category_side)}
        super().__init__(parent, background="w", axisItems=axes)
        del self.clear  # PlotWidget binds PlotItem.clear per instance; ours also resets state
        self.bars: list[pg.BarGraphItem] = []
        self.scale = 1.0
        self.categories: list[str] = []
        self.value_labels: list[ValueLabel] = []
        self._value_top = 1.0  # the value axis' end before the labels' room is added
        self._style(value_side, category_side)
        item = self.getPlotItem()
        item.layout.removeItem(item.titleLabel)  # replaced by a title that spans the axes
        item.titleLabel.hide()
        self.heading = ChartTitle("")
        item.layout.addItem(self.heading, 0, 0, 1, 3)
        item.getViewBox().sigResized.connect(self._fit_labels)

    def _style(self, value_side: str, category_side: str) -> None:
        item = self.getPlotItem()
        item.layout.setContentsMargins(4, 4, 16, 4)  # room for the value axis' end label
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(x=False, y=False)
        font = QFont()
        font.setPointSize(9)
        for side in (value_side, category_side):
            axis = item.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(TEXT_COLOUR)
            axis.setPen(GREY)
        item.getAxis(category_side).setStyle(tickLength=0)
        item.showGrid(x=self.horizontal, y=not self.horizontal, alpha=0.25)
        if self.horizontal:
            item.invertY(True)  # first category on top, read like a table

    def retitle(self) -> None:
        """Set the texts that do not depend on the data (the title); again on LanguageChange.

        Axis titles that name a unit are set by ``set_frame``: the panel redraws the plan.
        """

    def changeEvent(self, event: QEvent) -> None:
        # (not while pyqtgraph builds the widget, nor once it is closed)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "heading") \
                and getattr(self, "plotItem", None) is not None:
            self.retitle()
        super().changeEvent(event)

    # -- drawing helpers ---------------------------------------------------------
    def _set_title(self, text: str, legend: Sequence[tuple[str, str]] = ()) -> None:
        """The title, followed by a legend of (colour, text) swatches on the same line."""
        keys = "&nbsp;&nbsp; ".join(  # (a line may break between two entries)
            f"<span style='color:{colour}'>\u25a0</span>&nbsp;{html.escape(text)}"
            for colour, text in legend)
        if keys:
            keys = f"<br><span style='font-size:9pt'>{keys}</span>"
        self.heading.setText(html.escape(text) + keys, color=TEXT_COLOUR, size="11pt")
        self._wrap_texts()

    def _set_axis_labels(self, value_label: str, category_label: str) -> None:
        value_side, category_side = ("bottom", "left") if self.horizontal else ("left", "bottom")
        style = {"color": TEXT_COLOUR, "font-size": "10pt"}
        for side, text in ((value_side, value_label), (category_side, category_label)):
            self.setLabel(side, html.escape(text).replace("\n", "<br>"), **style)
        self._wrap_texts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "heading"):
            self._wrap_texts()

    def _wrap_texts(self) -> None:
        """Wrap the title and the axis titles to the chart's width (long Malay ones)."""
        item = self.getPlotItem()
        if item is None:  # closed
            return
        height = chart_texts.wrap_title(self.heading, self.width() - 12)
        item.layout.setRowFixedHeight(0, height + 4)
        view = item.getViewBox().size()
        for side in ("bottom", "left"):
            length = view.width() if side == "bottom" else view.height()
            chart_texts.wrap_axis_label(item.getAxis(side), length + 20)

    def _set_categories(self, labels: Sequence[str]) -> None:
        self.categories = [str(label) for label in labels]
        side = "left" if self.horizontal else "bottom"
        axis = self.getPlotItem().getAxis(side)
        axis.setTicks([list(enumerate(self.categories))])
        if self.horizontal:
            # fixed width: pyqtgraph drops labels that do not fit before it expands the axis
            metrics = QFontMetrics(axis.style["tickFont"] or QFont())
            widest = max((metrics.horizontalAdvance(label) for label in self.categories),
                         default=0)
            axis.setWidth(widest + 2 * metrics.height() + 12)

    def _add_bars(self, positions, lengths, colours, start=None, name: str | None = None):
        """Bars at ``positions`` of ``lengths`` (already scaled) from ``start`` (default 0)."""
        positions = np.asarray(positions, dtype=float)
        start = np.zeros(len(positions)) if start is None else np.asarray(start, dtype=float)
        brushes = [pg.mkBrush(colour) for colour in colours]
        if self.horizontal:
            bars = pg.BarGraphItem(x0=start, y=positions, width=np.asarray(lengths, dtype=float),
                                   height=BAR_WIDTH, brushes=brushes, pen=pg.mkPen(None))
        else:
            bars = pg.BarGraphItem(x=positions, y0=start, height=np.asarray(lengths, dtype=float),
                                   width=BAR_WIDTH, brushes=brushes, pen=pg.mkPen(None))
        if name:
            bars.opts["name"] = name
        self.addItem(bars)
        self.bars.append(bars)
        return bars

    def _add_value_labels(self, positions, ends, texts, inside_from: float | None = None):
        """Value texts at the bar ends; inside (white) for bars longer than ``inside_from``.

        A label goes outside after all when its bar is too short on screen to hold it.
        """
        for position, end, text in zip(positions, ends, texts, strict=True):
            item = pg.TextItem(text, color=TEXT_COLOUR)
            item.setPos(*((end, position) if self.horizontal else (position, end)))
            label = ValueLabel(item, float(position), float(end),
                               may_sit_inside=inside_from is not None and end >= inside_from)
            chart_labels.style(label, self.horizontal)
            self.addItem(item)
            self.value_labels.append(label)

    def _fit(self, largest: float, headroom: float = 1.05) -> None:
        """Show every category and the value axis from 0, with room for the value labels."""
        self._value_top = largest * headroom if largest > 0 else 1.0
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Set the ranges so that every value label ends inside the plot (at this size)."""
        item = self.getPlotItem()
        if item is None:  # closed
            return
        size = item.getViewBox().size()
        count = max(len(self.categories), 1)
        length = size.width() if self.horizontal else size.height()
        top = chart_labels.fit_value_axis(self.value_labels, self._value_top, length,
                                          self.horizontal)
        for label in self.value_labels:
            chart_labels.style(label, self.horizontal)
        across = size.height() if self.horizontal else size.width()
        margin = chart_labels.category_margin(self.value_labels, count, across, self.horizontal)
        value_range, category_range = (0, top), (-margin, count - 1 + margin)
        if self.horizontal:
            item.setXRange(*value_range, padding=0)
            item.setYRange(*category_range, padding=0)
        else:
            item.setYRange(*value_range, padding=0)
            item.setXRange(*category_range, padding=0)

    def set_plan(self, plan, currency: str = "") -> None:
        """Draw ``plan``'s table (None, or a plan that is not optimal: nothing)."""
        self.set_frame(self.frame_of(plan) if plan is not None and plan.optimal else None,
                       currency)

    def frame_of(self, plan) -> pd.DataFrame:
        """The DataFrame of ``plan`` this chart draws."""
        return plan.tables[self.table]

    def _number_labels(self, positions, lengths) -> None:
        """Values over vertical bars, with a decimal only where the numbers are small."""
        decimals = 0 if self.scale == 1.0 or lengths.max() >= 100 else 1
        self._add_value_labels(positions, lengths,
                               [format_number(display_locale(), v, decimals) for v in lengths])

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade the plot (it shows an out-of-date plan)."""
        self.getPlotItem().setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def clear(self) -> None:
        """Remove every bar, label and tick; keep titles and axis labels."""
        self.getPlotItem().clear()
        self.bars = []
        self.value_labels = []
        self._value_top = 1.0
        self.scale = 1.0
        self._set_categories([])
