"""Charts of a plan: pyqtgraph ``PlotWidget`` subclasses that take DataFrames.

Each chart knows nothing about the panel that holds it: give it a DataFrame
(``set_frame``) or a whole plan (``set_plan``) and it draws bars with
labelled axes and units; ``clear()`` empties it (see :class:`ui.bar_chart.BarChart`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twinparks.models.plan import COST_KEYS
from twinparks.top_categories import TOP_CATEGORIES, rest_count
from twinparks.ui.bar_chart import (
    BLUE,
    GREY,
    ORANGE,
    PART_COLOURS,
    RED,
    TEAL,
    BarChart,
    binding,
    cost_part_label,
    other_label,
    scaled_unit,
    top_rows,
)
from twinparks.ui.results.frame_model import display_locale, format_number, format_percent


class CostSplitChart(BarChart):
    """The six parts of the objective, in the plan's currency (horizontal: long labels fit)."""

    horizontal = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self.retitle()
        self.set_frame(None)

    def retitle(self) -> None:
        self._set_title(self.tr("Cost split"))

    def frame_of(self, plan) -> pd.DataFrame:
        """``plan.costs`` as a frame of ``part`` and ``cost``, in the order of results.csv."""
        parts = {part: plan.costs.get(part, 0.0) for part in COST_KEYS}
        return pd.DataFrame({"part": list(parts), "cost": list(parts.values())})

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw a frame with columns ``part`` (a cost key) and ``cost``."""
        self.clear()
        values = [] if frame is None else frame["cost"].astype(float).to_numpy()
        self.scale, unit = scaled_unit(values, currency)
        self._set_axis_labels(self.tr("Cost (%1/yr)").replace("%1", unit), "")
        if frame is None or frame.empty:
            return
        self._set_categories([cost_part_label(part) for part in frame["part"]])
        lengths = values / self.scale
        positions = range(len(lengths))
        self._add_bars(positions, lengths, [PART_COLOURS.get(p, BLUE) for p in frame["part"]])
        self._number_labels(positions, lengths)
        self._fit(float(lengths.max()))


class UtilisationChart(BarChart):
    """Plant utilisation 0–100 %, binding capacities highlighted."""

    horizontal = True
    table = "production"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.retitle()
        self.getPlotItem().getAxis("bottom").setTicks(
            [[(v, format_number(display_locale(), v, 0)) for v in range(0, 101, 20)]])

    def retitle(self) -> None:
        self._set_title(self.tr("Plant utilisation"), [(ORANGE, self.tr("binding capacity")),
                                                        (BLUE, self.tr("spare capacity"))])
        self._set_axis_labels(self.tr("Utilisation (% of capacity)"), self.tr("Plant"))

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw a production frame (``plant``, ``utilisation``, ``shadow_price``)."""
        self.clear()
        if frame is None or frame.empty:
            return
        frame = largest_plants(frame)
        self._set_categories(frame["plant"].astype(str))
        percent = frame["utilisation"].astype(float).fillna(0.0).to_numpy() * 100.0
        is_binding = binding(frame).to_numpy()
        positions = np.arange(len(percent))
        self._add_bars(positions, percent, [ORANGE if b else BLUE for b in is_binding])
        locale = display_locale()
        self._add_value_labels(positions, percent,
                               [format_percent(locale, p / 100.0) for p in percent],
                               inside_from=40.0)
        self._fit(100.0, headroom=1.04)


class BottleneckChart(BarChart):
    """Shadow prices: the cost saved per extra unit of each binding capacity."""

    horizontal = True
    table = "bottlenecks"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.retitle()
        self.set_frame(None)

    def retitle(self) -> None:
        self._set_title(self.tr("Bottlenecks"), [(ORANGE, self.tr("plant, per unit of output")),
                                                 (TEAL, self.tr("lane, per tonne"))])

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw a bottlenecks frame (``kind``, ``id``, ``shadow_price``), largest first."""
        self.clear()
        label = self.tr("Cost saved per extra\nunit of capacity (%1)").replace("%1", currency)
        self._set_axis_labels(label.replace(" ()", ""), self.tr("Plant or lane"))
        if frame is None or frame.empty:
            return
        frame = top_rows(frame.sort_values("shadow_price", ascending=False, kind="stable"),
                         "id", {"shadow_price": "mean"})  # the rest: their mean price
        self._set_categories(frame["id"].astype(str))
        prices = frame["shadow_price"].astype(float).to_numpy()
        positions = np.arange(len(prices))
        colours = [ORANGE if kind == "plant" else TEAL if kind == "lane" else GREY
                   for kind in frame["kind"]]
        self._add_bars(positions, prices, colours)
        locale = display_locale()
        self._add_value_labels(positions, prices, [format_number(locale, p, 2) for p in prices],
                               inside_from=0.45 * float(prices.max()))
        self._fit(float(prices.max()), headroom=1.05)


class DemandChart(BarChart):
    """Met and unmet demand per market site, stacked."""

    horizontal = True
    table = "demand"
    def __init__(self, parent=None):
        super().__init__(parent)
        self.retitle()
        self.set_frame(None)

    def retitle(self) -> None:
        self._set_title(self.tr("Demand by market"), [(BLUE, self.tr("met")),
                                                      (RED, self.tr("unmet"))])

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw the plan's demand table in tonnes (``met_tonnes``, ``unmet_tonnes``)."""
        self.clear()
        by_site = _by_site(frame)
        self.scale, unit = scaled_unit(by_site.sum(axis=1).to_numpy(), self.tr("t"))
        self._set_axis_labels(self.tr("Demand (%1/yr)").replace("%1", unit), self.tr("Market"))
        if by_site.empty:
            return
        self._set_categories(by_site.index.astype(str))
        met, unmet = (by_site[key].to_numpy() / self.scale for key in ("met", "unmet"))
        positions = np.arange(len(met))
        self._add_bars(positions, met, [BLUE] * len(met), name="met")
        self._add_bars(positions, unmet, [RED] * len(unmet), start=met, name="unmet")
        share = np.divide(met, met + unmet, out=np.ones_like(met), where=(met + unmet) > 0)
        texts = [self.tr("%1 met").replace("%1", _share_text(f)) for f in share]
        largest = float((met + unmet).max())
        inside = met >= 0.5 * largest  # inside the blue part, clear of the red one
        self._add_value_labels(positions[inside], met[inside],
                               [t for t, i in zip(texts, inside, strict=True) if i], 0.0)
        self._add_value_labels(positions[~inside], (met + unmet)[~inside],
                               [t for t, i in zip(texts, inside, strict=True) if not i])
        self._fit(largest, headroom=1.08)


def _share_text(fraction: float) -> str:
    """Whole percent, but never "100 %" for a share that falls short of it."""
    if 0.995 <= fraction < 1.0:
        return format_percent(display_locale(), min(fraction, 0.999), 1)
    return format_percent(display_locale(), fraction, 0)


def _by_site(frame: pd.DataFrame | None) -> pd.DataFrame:
    if frame is None or frame.empty:
        return pd.DataFrame({"met": [], "unmet": []})
    sized = pd.DataFrame({"site": frame["site"].astype(str),
                          "met": frame["met_tonnes"].astype(float),
                          "unmet": frame["unmet_tonnes"].astype(float)})
    totals = sized.groupby("site", sort=False)[["met", "unmet"]].sum()
    order = (totals["met"] + totals["unmet"]).sort_values(ascending=False, kind="stable").index
    largest = top_rows(totals.loc[order].reset_index(), "site", {"met": "sum", "unmet": "sum"})
    return largest.set_index("site")


def largest_plants(frame: pd.DataFrame) -> pd.DataFrame:
    """The plants by production cost (where known), the rest as one bar of their mean use."""
    if not rest_count(frame, TOP_CATEGORIES):
        return frame
    if "cost" in frame:
        frame = frame.sort_values("cost", ascending=False, kind="stable")
    columns = [c for c in ("plant", "utilisation", "binding") if c in frame]
    largest = top_rows(frame[columns], "plant", {"utilisation": "mean"})
    largest["binding"] = largest["binding"].fillna(False).astype(bool)
    return largest


class ModeTonnesChart(BarChart):
    """Tonnes carried per transport mode (every leg counts)."""

    table = "flows"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.retitle()
        self.set_frame(None)

    def retitle(self) -> None:
        self._set_title(self.tr("Freight by transport mode"))

    def set_frame(self, frame: pd.DataFrame | None, currency: str = "") -> None:
        """Draw a flows frame (``mode``, ``tonnes``), largest mode first."""
        self.clear()
        tonnes = pd.Series(dtype=float) if frame is None or frame.empty else (
            top_rows(frame.groupby(frame["mode"].astype(str), sort=False)["tonnes"].sum()
                     .sort_values(ascending=False, kind="stable").reset_index(), "mode",
                     {"tonnes": "sum"}).set_index("mode")["tonnes"])
        self.scale, unit = scaled_unit(tonnes.to_numpy(), self.tr("t"))
        self._set_axis_labels(self.tr("Tonnes carried, all legs (%1/yr)").replace("%1", unit),
                              self.tr("Mode"))
        if tonnes.empty:
            return
        self._set_categories(tonnes.index)
        lengths = tonnes.to_numpy(float) / self.scale
        positions = np.arange(len(lengths))
        self._add_bars(positions, lengths, [BLUE] * len(lengths))
        self._number_labels(positions, lengths)
        self._fit(float(lengths.max()))


__all__ = ["BarChart", "BottleneckChart", "CostSplitChart", "DemandChart", "ModeTonnesChart",
           "UtilisationChart", "binding", "cost_part_label", "largest_plants", "other_label",
           "scaled_unit", "top_rows"]
