"""The scenario comparison: what each scenario costs and how much demand it serves.

Left, the landed cost per scenario as stacked cost parts, the total written
at the end of each bar, in the workbook's currency; right, the service level,
whose axis starts near the lowest level (not at 0) so that a point lost
shows; a legend of the cost parts under both. The bars lie horizontally, one
row per scenario named on the left, so that long scenario names stay legible.
Beside the chart the panel lists the biggest changes in plant output and lane
tonnes against the base case (:func:`changes_frame`), as ``twinparks
scenarios`` prints them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from twinparks.models.plan import COST_KEYS
from twinparks.models.scenario_runs import ScenarioResult, biggest_changes
from twinparks.ui.bar_chart import PART_COLOURS, TEXT_COLOUR, cost_part_label, scaled_unit
from twinparks.ui.results.frame_model import display_locale, format_number, format_percent
from twinparks.ui.results.plot_items import ChartTitle, LocaleAxis

BAR_WIDTH = 0.6
SERVICE_COLOUR = "#4c78a8"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioChart", text)


def numbers(column: pd.Series) -> np.ndarray:
    """A column as floats, missing figures (a cancelled or failed plan's) as 0."""
    return pd.to_numeric(column, errors="coerce").fillna(0).to_numpy(dtype=float)


def service_range(levels: np.ndarray) -> tuple[float, float]:
    """The service axis in %: from a little under the lowest level to 100, never below 0."""
    low = float(np.min(levels)) if len(levels) else 0.0
    bottom = max(0.0, low - max(2.0, (100.0 - low) * 0.5))
    return float(np.floor(bottom)), 100.0


class ScenarioChart(pg.GraphicsLayoutWidget):
    """Stacked cost parts per scenario (left), the service level (right), the legend below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.costs = self.addPlot(row=1, col=0, axisItems={"bottom": LocaleAxis("bottom")})
        self.service = self.addPlot(row=1, col=1, axisItems={"bottom": LocaleAxis("bottom")})
        self.service.setYLink(self.costs)
        self.service.getAxis("left").setStyle(showValues=False)
        self.cost_title = ChartTitle(color=TEXT_COLOUR, size="10pt", bold=True)
        self.service_title = ChartTitle(color=TEXT_COLOUR, size="10pt", bold=True)
        self.addItem(self.cost_title, row=0, col=0)
        self.addItem(self.service_title, row=0, col=1)
        self.legend = pg.LegendItem(colCount=4, labelTextColor=TEXT_COLOUR)
        self.addItem(self.legend, row=2, col=0, colspan=2)
        self.ci.layout.setColumnStretchFactor(0, 3)
        self.ci.layout.setColumnStretchFactor(1, 2)
        for plot in (self.costs, self.service):
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.showGrid(x=True, alpha=0.25)
            plot.invertY(True)  # the base case first, at the top
        self.bars: list[pg.BarGraphItem] = []
        self.labels: list[pg.TextItem] = []
        self.scale = 1.0
        self.set_frame(None)

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw the comparison frame (``models.scenario_runs.comparison``); None clears."""
        for plot in (self.costs, self.service):
            plot.clear()
        self.legend.clear()
        self.bars, self.labels = [], []
        empty = frame is None or not len(frame)
        for plot in (self.costs, self.service):  # no scale without data ("1.00.0" before)
            for side in ("left", "bottom"):
                plot.showAxis(side, show=not empty)
        if frame is None or empty:
            self.cost_title.setText("")
            self.service_title.setText("")
            return
        rows = np.arange(len(frame), dtype=float)
        self._draw_costs(frame, rows, currency)
        self._draw_service(frame, rows)
        self.costs.getAxis("left").setTicks(
            [list(zip(rows, frame["scenario"].astype(str), strict=True))])
        self.costs.setYRange(-0.6, len(frame) - 0.4, padding=0)

    def _draw_costs(self, frame: pd.DataFrame, rows: np.ndarray, currency: str) -> None:
        parts = [key for key in (*COST_KEYS, "investment")
                 if key in frame.columns and numbers(frame[key]).any()]
        totals = sum((numbers(frame[key]) for key in parts), np.zeros(len(frame)))
        self.scale, unit = scaled_unit(totals, currency)
        start = np.zeros(len(frame))
        for key in parts:
            length = numbers(frame[key]) / self.scale
            bar = pg.BarGraphItem(x0=start.copy(), width=length, y=rows, height=BAR_WIDTH,
                                  brush=PART_COLOURS.get(key, "#9d9d9d"), pen=pg.mkPen("w"))
            self.costs.addItem(bar)
            self.legend.addItem(bar, cost_part_label(key))
            self.bars.append(bar)
            start += length
        locale = display_locale()
        for row, total in zip(rows, start, strict=True):
            self._label(self.costs, total, row, format_number(locale, total, 1))
        end = float(np.max(start)) if len(start) else 1.0
        self.costs.setXRange(0, end * 1.3 if end > 0 else 1.0, padding=0)
        self.costs.setLabel("bottom", _tr("%1 per year").replace("%1", unit))
        self.cost_title.setText(_tr("Landed cost by scenario"))

    def _draw_service(self, frame: pd.DataFrame, rows: np.ndarray) -> None:
        levels = numbers(frame["service_level"]) * 100
        low, high = service_range(levels)
        bar = pg.BarGraphItem(x0=low, width=np.maximum(levels - low, 0), y=rows,
                              height=BAR_WIDTH, brush=SERVICE_COLOUR, pen=pg.mkPen("w"))
        self.service.addItem(bar)
        self.bars.append(bar)
        locale = display_locale()
        for row, level in zip(rows, levels, strict=True):
            self._label(self.service, level, row, format_percent(locale, level / 100))
        self.service.setXRange(low, high + (high - low) * 0.25, padding=0)
        self.service.setLabel("bottom", _tr("% of demanded tonnes"))
        self.service_title.setText(_tr("Service level"))

    def _label(self, plot, x: float, y: float, text: str) -> None:
        label = pg.TextItem(text, color=TEXT_COLOUR, anchor=(0.0, 0.5))  # after the bar
        label.setPos(x, y)
        plot.addItem(label)
        self.labels.append(label)


def changes_frame(results: list[ScenarioResult], top: int = 5) -> pd.DataFrame:
    """The biggest changes of each scenario against the base case (the first result)."""
    columns = ["scenario", "kind", "id", "base", "value", "change"]
    if len(results) < 2:
        return pd.DataFrame(columns=columns)
    base = results[0].plan
    parts = [biggest_changes(base, result.plan, top).rename(columns={"scenario": "value"})
             .assign(scenario=result.name) for result in results[1:]]
    parts = [part for part in parts if len(part)]
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]


__all__ = ["ScenarioChart", "changes_frame", "numbers", "service_range"]
