"""Charts with many categories draw the top ones and one "Other (N)" bar with the rest.

A plan of a million variables has thousands of markets and plants; a bar
and a label per category made the PDF's charts slow and unreadable. The
chart data keeps ``TOP_CATEGORIES`` categories and aggregates the rest, so
the bars still add up to the plan's totals.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pyqtgraph import TextItem

from twinparks.top_categories import TOP_CATEGORIES
from twinparks.ui.charts import (
    GREY,
    BottleneckChart,
    DemandChart,
    ModeTonnesChart,
    UtilisationChart,
)

MARKETS = 500


def demand_frame(markets: int) -> pd.DataFrame:
    """Two demand rows per market, market i with i+1 t met and 0.5 t unmet per row."""
    sites = [f"M{i:03d}" for i in range(markets)]
    met = np.arange(1, markets + 1, dtype=float)
    return pd.DataFrame({"site": sites * 2, "met_tonnes": np.concatenate([met, met]),
                         "unmet_tonnes": np.full(2 * markets, 0.5)})


def test_a_chart_of_500_markets_shows_the_top_ones_and_other_with_the_right_total(qtbot):
    chart = DemandChart()
    qtbot.addWidget(chart)
    frame = demand_frame(MARKETS)
    chart.set_frame(frame)
    assert len(chart.categories) == TOP_CATEGORIES + 1
    # the largest markets first (M499 has 2 × 500 t met), then the rest in one bar
    assert chart.categories[:3] == ["M499", "M498", "M497"]
    assert chart.categories[-1] == f"Other ({MARKETS - TOP_CATEGORIES})"
    met, unmet = chart.bars
    assert met.opts["width"].sum() * chart.scale == pytest.approx(frame["met_tonnes"].sum())
    assert unmet.opts["width"].sum() * chart.scale == pytest.approx(
        frame["unmet_tonnes"].sum())
    labels = [item for item in chart.getPlotItem().items if isinstance(item, TextItem)]
    assert len(labels) == TOP_CATEGORIES + 1  # one label a bar, not one a market


def test_a_few_markets_are_all_shown(qtbot):
    chart = DemandChart()
    qtbot.addWidget(chart)
    chart.set_frame(demand_frame(TOP_CATEGORIES + 1))
    assert len(chart.categories) == TOP_CATEGORIES + 1
    assert not any(c.startswith("Other") for c in chart.categories)


def test_utilisation_of_many_plants_shows_the_costliest_and_the_mean_of_the_rest(qtbot):
    chart = UtilisationChart()
    qtbot.addWidget(chart)
    plants = 300
    utilisation = np.linspace(0.0, 1.0, plants)
    frame = pd.DataFrame({"plant": [f"P{i}" for i in range(plants)],
                          "utilisation": utilisation, "binding": utilisation >= 1.0,
                          "shadow_price": 0.0, "cost": np.arange(plants, dtype=float)})
    chart.set_frame(frame)
    assert chart.categories[0] == f"P{plants - 1}"  # the largest cost
    assert chart.categories[-1] == f"Other ({plants - TOP_CATEGORIES})"
    bars = chart.bars[0].opts["width"]
    assert bars[-1] == pytest.approx(100 * utilisation[:plants - TOP_CATEGORIES].mean())


def test_bottlenecks_and_modes_fold_the_rest_too(qtbot):
    bottlenecks = BottleneckChart()
    qtbot.addWidget(bottlenecks)
    count = 200
    frame = pd.DataFrame({"kind": ["lane"] * count, "id": [f"L{i}" for i in range(count)],
                          "shadow_price": np.arange(count, dtype=float)})
    bottlenecks.set_frame(frame)
    assert len(bottlenecks.categories) == TOP_CATEGORIES + 1
    assert bottlenecks.bars[0].opts["brushes"][-1].color().name() == GREY
    modes = ModeTonnesChart()
    qtbot.addWidget(modes)
    flows = pd.DataFrame({"mode": [f"m{i}" for i in range(100)], "tonnes": 1.0})
    modes.set_frame(flows)
    assert modes.categories[-1] == f"Other ({100 - TOP_CATEGORIES})"
    assert modes.bars[0].opts["height"].sum() * modes.scale == pytest.approx(100.0)
