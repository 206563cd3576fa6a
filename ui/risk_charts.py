"""Charts of a risk run: the histogram of total cost and the service-level exceedance curve.

``CostHistogram.set_costs`` bins the sampled years' total costs (money axis
scaled to thousands or millions as the other charts do) and marks the mean
and the 95th percentile; ``ServiceCurve.set_levels`` draws, for every
service level x, the share of sampled years whose service fell below x, and
marks 95 %. Both know nothing of the page that holds them.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont

from twinparks.ui.bar_chart import (
    BLUE,
    DIMMED_OPACITY,
    GREY,
    ORANGE,
    RED,
    TEXT_COLOUR,
    scaled_unit,
)
from twinparks.ui.results.frame_model import display_locale, format_percent
from twinparks.ui.results.plot_items import ChartTitle, LocaleAxis

MAX_BINS = 40
MARK_LEVEL = 0.95


def bin_count(samples: int) -> int:
    """About √N bins, at least 5 and at most :data:`MAX_BINS`."""
    return int(min(MAX_BINS, max(5, round(np.sqrt(max(samples, 1))))))


def exceedance(levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Step coordinates (x in %, y in %) of the share of samples with service below x."""
    ordered = np.sort(np.asarray(levels, dtype=float)) * 100
    if not len(ordered):
        return np.array([0.0, 100.0]), np.zeros(2)
    shares = np.arange(1, len(ordered) + 1) / len(ordered) * 100
    x = np.concatenate([np.repeat(ordered, 2), [100.0]])
    y = np.concatenate([[0.0], np.repeat(shares, 2)[:-1], [100.0]])
    return x, y


class _RiskPlot(pg.PlotWidget):
    """A plot with locale-formatted axes, a title that never widens it, and dimming."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w",
                         axisItems={"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")})
        del self.clear  # PlotWidget binds PlotItem.clear per instance; ours keeps the titles
        item = self.getPlotItem()
        item.layout.setContentsMargins(4, 4, 16, 4)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        self.setMouseEnabled(x=False, y=False)
        font = QFont()
        font.setPointSize(9)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(TEXT_COLOUR)
            axis.setPen(GREY)
        item.layout.removeItem(item.titleLabel)
        item.titleLabel.hide()
        self.heading = ChartTitle("")
        item.layout.addItem(self.heading, 0, 0, 1, 3)
        item.layout.setRowFixedHeight(0, 30)
        self.marks: list[pg.InfiniteLine] = []
        self.title_text = ""

    def _labels(self, title: str, bottom: str, left: str) -> None:
        self.title_text = title
        self.heading.setText(html.escape(title), color=TEXT_COLOUR, size="11pt")
        style = {"color": TEXT_COLOUR, "font-size": "10pt"}
        self.setLabel("bottom", html.escape(bottom), **style)
        self.setLabel("left", html.escape(left), **style)

    def _mark(self, x: float, colour: str, text: str, row: float) -> None:
        line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(colour, width=2,
                                                              style=Qt.PenStyle.DashLine),
                               label=text, labelOpts={"position": row, "color": colour,
                                                      "fill": (255, 255, 255, 200)})
        self.addItem(line)
        self.marks.append(line)

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade the plot (it shows a run of an earlier network)."""
        self.getPlotItem().setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def clear(self) -> None:
        """Remove what was drawn; keep the titles."""
        self.getPlotItem().clear()
        self.marks = []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "heading") \
                and getattr(self, "plotItem", None) is not None:
            self.retitle()
        super().changeEvent(event)

    def retitle(self) -> None:
        """Titles in the current language (the axes' units follow the next draw)."""


class CostHistogram(_RiskPlot):
    """How many sampled years cost how much, with the mean and the 95th percentile marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: pg.BarGraphItem | None = None
        self.scale, self.unit = 1.0, ""
        self.retitle()

    def retitle(self) -> None:
        self._labels(self.tr("Total cost of the sampled years"),
                     self.tr("Total cost (%1/yr)").replace("%1", self.unit),
                     self.tr("Sampled years"))

    def set_costs(self, costs: np.ndarray | None, mean: float | None = None,
                  p95: float | None = None, currency: str = "") -> None:
        """Bin ``costs`` (NaN left out); None empties the chart."""
        self.clear()
        self.bars = None
        values = np.asarray([] if costs is None else costs, dtype=float)
        values = values[np.isfinite(values)]
        self.scale, self.unit = scaled_unit(values, currency)
        self.retitle()
        if not len(values):
            return
        counts, edges = np.histogram(values / self.scale, bins=bin_count(len(values)))
        self.bars = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts,
                                    brush=pg.mkBrush(BLUE), pen=pg.mkPen("w"))
        self.addItem(self.bars)
        if mean is not None:
            self._mark(mean / self.scale, ORANGE, self.tr("mean"), 0.92)
        if p95 is not None:
            self._mark(p95 / self.scale, RED, self.tr("95th percentile"), 0.78)
        self.getPlotItem().setYRange(0, float(counts.max()) * 1.1, padding=0)


class ServiceCurve(_RiskPlot):
    """For each service level x: the share of sampled years whose service fell below x."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curve: pg.PlotDataItem | None = None
        self.retitle()

    def retitle(self) -> None:
        self._labels(self.tr("How often service falls below a level"),
                     self.tr("Service level (%)"), self.tr("Sampled years below it (%)"))

    def set_levels(self, levels: np.ndarray | None) -> None:
        """Draw the exceedance curve of ``levels`` (fractions; NaN left out)."""
        self.clear()
        self.curve = None
        values = np.asarray([] if levels is None else levels, dtype=float)
        values = values[np.isfinite(values)]
        if not len(values):
            return
        x, y = exceedance(values)
        self.curve = pg.PlotDataItem(x, y, pen=pg.mkPen(BLUE, width=2))
        self.addItem(self.curve)
        below = float((values < MARK_LEVEL).mean())
        text = self.tr("95 %: %1 of years below").replace(
            "%1", format_percent(display_locale(), below))
        self._mark(MARK_LEVEL * 100, RED, text, 0.85)
        low = min(float(x.min()), MARK_LEVEL * 100)
        self.getPlotItem().setXRange(max(0.0, np.floor(low - 1)), 100.5, padding=0)
        self.getPlotItem().setYRange(0, 105, padding=0)


__all__ = ["CostHistogram", "ServiceCurve", "bin_count", "exceedance"]
