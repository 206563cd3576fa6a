"""The results panel on the bundled example's plan: KPIs, tables, charts, stale and empty."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from twinparks.example import example_path
from twinparks.models.plan import COST_KEYS, Plan
from twinparks.models.solve import solve
from twinparks.ui.charts import ORANGE, BarChart, CostSplitChart, binding
from twinparks.ui.results.frame_model import (
    MONEY,
    NUMBER,
    PERCENT,
    SORT_ROLE,
    Column,
    DataFrameModel,
    display_locale,
    format_number,
    format_percent,
)
from twinparks.ui.results.panel import ResultsPanel
from twinparks.workbook import read_workbook

SIZE = (1200, 800)


def network_weights(network):
    """Tonnes per unit of each product, read from the workbook (blank: the default 1 t)."""
    products = network.table("Products")
    weights = pd.to_numeric(products["tonnes_per_unit"], errors="coerce").fillna(1.0)
    return dict(zip(products["id"].astype(str), weights.astype(float), strict=True))


WEIGHTS = network_weights(read_workbook(example_path()).network)


def unmet_tonnes(demand, weights):
    return float((demand["unmet"].astype(float) * demand["product"].map(weights)).sum())


@pytest.fixture(scope="module")
def example():
    network = read_workbook(example_path()).network
    plan = solve(network)
    assert plan.optimal
    return plan, network.setting("currency")


@pytest.fixture
def panel(qtbot, example):
    plan, currency = example
    widget = ResultsPanel()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.set_plan(plan, currency)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _column(model: DataFrameModel, key: str) -> int:
    return [column.key for column in model.columns].index(key)


def _bars(chart: BarChart) -> tuple[np.ndarray, np.ndarray]:
    """Positions and lengths of every bar drawn, whichever way the chart lies."""
    positions, lengths = [], []
    for item in chart.bars:
        opts = item.opts
        positions += list(opts["y"] if chart.horizontal else opts["x"])
        lengths += list(opts["width"] if chart.horizontal else opts["height"])
    return np.asarray(positions, float), np.asarray(lengths, float)


# -- Summary ------------------------------------------------------------------------
def test_kpis_show_the_plans_objective_service_level_and_solver(panel, example):
    plan, currency = example
    kpi = panel.summary.kpi
    assert kpi["total_cost"].text().endswith(currency)
    # landed cost and the unmet-demand penalty apart; unmet demand in tonnes (docs/contract.md §9)
    landed = plan.objective - plan.costs["unmet_penalty"]
    assert plan.costs["unmet_penalty"] > 0
    assert _digits(kpi["total_cost"].text()) == round(landed)
    assert format_number(display_locale(), landed, 0) in kpi["total_cost"].text()
    assert kpi["service_level"].text() == format_percent(display_locale(), plan.service_level)
    assert _digits(kpi["co2"].text()) == round(plan.co2_tonnes)
    unmet = unmet_tonnes(plan.demand, WEIGHTS)
    assert unmet > 0 and unmet == pytest.approx(plan.unmet_tonnes)
    assert _digits(kpi["unmet"].text()) == round(unmet)
    assert kpi["unmet"].text().endswith(" t")
    penalty = format_number(display_locale(), plan.costs["unmet_penalty"], 0)
    assert penalty in panel.summary.cards["unmet"].detail.text()
    assert kpi["solver"].text() == "HiGHS"
    assert kpi["status"].text() == "Optimal"


def test_cost_split_bars_are_the_plans_costs(panel, example):
    plan, _ = example
    chart = panel.summary.cost_chart
    positions, heights = _bars(chart)
    assert list(positions) == list(range(len(COST_KEYS)))
    assert heights * chart.scale == pytest.approx([plan.costs[key] for key in COST_KEYS])
    value_axis = "bottom" if chart.horizontal else "left"
    assert chart.scale == 1e6 and "million" in chart.getAxis(value_axis).labelText


def test_mode_chart_sums_the_flow_tonnes(panel, example):
    plan, _ = example
    chart = panel.summary.mode_chart
    expected = plan.flows.groupby("mode")["tonnes"].sum()
    _, heights = _bars(chart)
    drawn = dict(zip(chart.categories, heights * chart.scale, strict=True))
    assert drawn == pytest.approx(expected.to_dict())


# -- Tables ---------------------------------------------------------------------------
def test_every_table_has_the_plans_rows(panel, example):
    plan, _ = example
    assert panel.production.table.model().rowCount() == len(plan.production)
    assert panel.lanes.lane_table.model().rowCount() == len(plan.lanes)
    assert panel.lanes.flow_table.model().rowCount() == len(plan.flows)
    assert panel.demand.table.model().rowCount() == len(plan.demand)
    assert panel.bottlenecks.table.model().rowCount() == len(plan.bottlenecks)


def test_sorting_a_number_column_sorts_by_value_not_text(panel, example):
    plan, _ = example
    table = panel.production.table
    column = _column(table.source, "capacity")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    proxy = table.model()
    raw = [proxy.index(row, column).data(Qt.ItemDataRole.EditRole)
           for row in range(proxy.rowCount())]
    shown = [proxy.index(row, column).data() for row in range(proxy.rowCount())]
    assert raw == sorted(plan.production["capacity"])
    assert shown != sorted(shown)  # "15,200" < "3,000,000" < "40,000" as text: not what we want
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, column).data(Qt.ItemDataRole.EditRole) == max(raw)


def test_unlimited_lane_capacity_sorts_above_every_number(panel):
    table = panel.lanes.lane_table
    column = _column(table.source, "capacity_tonnes")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    proxy = table.model()
    shown = [proxy.index(row, column).data() for row in range(proxy.rowCount())]
    first_unlimited = shown.index("unlimited")
    assert all(text == "unlimited" for text in shown[first_unlimited:])
    assert first_unlimited > 0


def test_binding_capacities_are_highlighted(panel, example):
    plan, _ = example
    extendable = set(plan.tables["investments"]["target"])  # a capacity of 0 binds only here
    for model, frame, key, capacity in (
            (panel.production.model, plan.production, "plant", "capacity"),
            (panel.lanes.lane_model, plan.lanes, "lane", "capacity_tonnes")):
        can_bind = (frame[capacity] != 0) | frame[key].isin(extendable)
        expected = ((frame["utilisation"].fillna(0) >= 0.999) | (frame["shadow_price"] > 0)) \
            & can_bind
        shaded = [model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
                  for row in range(model.rowCount())]
        assert shaded == list(expected)
    assert 0 < sum(shaded) < len(shaded) or any(expected)


def test_numbers_are_right_aligned_and_formatted(panel, example):
    plan, currency = example
    model = panel.production.model
    column = _column(model, "output")
    index = model.index(0, column)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert index.data() == format_number(display_locale(), plan.production["output"][0], 0)
    header = model.headerData(_column(model, "shadow_price"), Qt.Orientation.Horizontal)
    assert currency in header


# -- Charts -----------------------------------------------------------------------------
def test_utilisation_chart_draws_each_plant_binding_ones_highlighted(panel, example):
    plan, _ = example
    chart = panel.production.chart
    _, widths = _bars(chart)
    assert chart.categories == list(plan.production["plant"])
    # a plant without capacity (Qinzhou's flat line, not built) is drawn at 0
    assert widths == pytest.approx(np.nan_to_num(plan.production["utilisation"]) * 100)
    brushes = chart.bars[0].opts["brushes"]
    colours = [brush.color().name() for brush in brushes]
    assert [c == ORANGE for c in colours] == list(binding(plan.production))


def test_bottleneck_chart_draws_the_shadow_prices(panel, example):
    plan, _ = example
    chart = panel.bottlenecks.chart
    _, widths = _bars(chart)
    assert chart.categories == list(plan.bottlenecks["id"])
    assert widths * chart.scale == pytest.approx(plan.bottlenecks["shadow_price"].to_numpy())
    meaning = panel.bottlenecks.model.index(0, _column(panel.bottlenecks.model, "meaning"))
    top = f"{plan.bottlenecks['shadow_price'].iloc[0]:,.2f}"  # the largest, first
    assert top in meaning.data() and meaning.data().endswith("USD")


def test_demand_chart_stacks_met_and_unmet_tonnes_per_market(panel, example):
    plan, _ = example
    chart = panel.demand.chart
    weights = plan.demand["product"].map(WEIGHTS)  # the same weights as the service level
    tonnes = (plan.demand[["met", "unmet"]].mul(weights, axis=0)
              .groupby(plan.demand["site"]).sum())
    met, unmet = chart.bars
    for bars, key in ((met, "met"), (unmet, "unmet")):
        drawn = dict(zip(chart.categories, bars.opts["width"] * chart.scale, strict=True))
        assert drawn == pytest.approx(tonnes[key].to_dict())
    assert unmet.opts["x0"] == pytest.approx(met.opts["width"])
    assert "t" in chart.getAxis("bottom").labelText


def test_chart_clear_removes_the_bars(qtbot, example):
    chart = CostSplitChart()
    qtbot.addWidget(chart)
    chart.set_plan(example[0], example[1])
    assert chart.bars
    chart.clear()
    assert chart.bars == [] and chart.categories == []


# -- States -------------------------------------------------------------------------------
def test_stale_banner_on_every_page_and_tables_dimmed(panel, qtbot):
    panel.set_stale(True)
    for number, page in enumerate(panel.pages):
        panel.setCurrentIndex(number)
        qtbot.waitUntil(page.banner.isVisible, timeout=1000)
        assert "out of date" in page.banner.text() and "F5" in page.banner.text()
        assert page.is_dimmed()
    assert panel.production.model.dimmed
    assert panel.production.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    panel.set_stale(False)
    assert not any(page.banner.isVisibleTo(page) for page in panel.pages)
    assert not panel.production.model.dimmed


def test_a_new_plan_is_never_stale(panel, example):
    panel.set_stale(True)
    panel.set_plan(*example)
    assert not any(page.banner.isVisibleTo(page) for page in panel.pages)


def test_no_plan_shows_a_placeholder(panel):
    panel.set_plan(None, "USD")
    for page in panel.pages:
        assert not page.showing_content()
        assert page.message.text() == "No plan yet: press F5 to solve"
    assert panel.production.model.rowCount() == 0
    assert panel.summary.cost_chart.bars == []
    panel.set_stale(True)  # nothing to be out of date
    assert not panel.summary.banner.isVisibleTo(panel.summary)


def test_a_plan_that_is_not_optimal_shows_its_status_instead_of_tables(panel):
    panel.set_plan(Plan(status="time_limit", message="HiGHS stopped after 60 s"), "USD")
    for page in panel.pages:
        assert not page.showing_content()
        assert "Time limit reached" in page.message.text()
        assert "HiGHS stopped after 60 s" in page.message.text()


# -- The table model alone ------------------------------------------------------------------
def test_frame_model_formats_kinds_and_keeps_raw_values(qtbot):
    frame = pd.DataFrame({"name": ["a", "b"], "share": [0.875, math.nan],
                          "money": [1234567.891, -0.001], "count": [1500.0, 2.0]})
    model = DataFrameModel([Column("name", "Name"), Column("share", "Share", PERCENT, missing="–"),
                            Column("money", "Cost (USD)", MONEY),
                            Column("count", "Count (t)", NUMBER)],
                           highlight=lambda f: f["count"] > 100)
    model.set_frame(frame)
    locale = display_locale()
    assert model.index(0, 1).data().replace("\u00a0", " ") == (
        locale.toString(87.5, "f", 1) + " %")
    assert model.index(1, 1).data() == "–"
    assert model.index(1, 1).data(Qt.ItemDataRole.EditRole) is None
    assert model.index(0, 2).data() == locale.toString(1234567.89, "f", 2)
    assert model.index(1, 2).data() == locale.toString(0.0, "f", 2)  # never "-0.00"
    assert model.index(0, 3).data(SORT_ROLE) == 1500.0
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


# -- Screenshots ----------------------------------------------------------------------------
def _save(panel, qtbot, folder: Path, name: str) -> Path:
    qtbot.wait(50)
    path = folder / f"results_{name}.png"
    assert panel.grab().save(str(path))
    return path


def test_screenshots_of_every_page(panel, qtbot, example, screenshots):
    names = ["summary", "production", "lanes", "demand", "bottlenecks"]
    paths = []
    for number, name in enumerate(names):
        panel.setCurrentIndex(number)
        paths.append(_save(panel, qtbot, screenshots, name))
        assert panel.currentWidget().showing_content()
    panel.setCurrentIndex(1)
    panel.set_stale(True)
    paths.append(_save(panel, qtbot, screenshots, "stale"))
    assert panel.currentWidget().is_dimmed()
    panel.set_plan(Plan(status="time_limit", message="HiGHS stopped after 60 s"), "USD")
    paths.append(_save(panel, qtbot, screenshots, "time_limit"))
    assert not panel.currentWidget().showing_content()
    panel.set_plan(None, "USD")
    paths.append(_save(panel, qtbot, screenshots, "empty"))
    assert panel.summary.kpi["total_cost"].text() == "–"
    assert all(path.stat().st_size > 5000 for path in paths)


def test_demand_page_says_why_each_unmet_row_is_unmet(panel, example):
    plan, _ = example
    model = panel.demand.model
    why = _column(model, "why")
    tonnes = _column(model, "unmet_tonnes")
    texts = {}
    for row in range(model.rowCount()):
        short = model.frame["unmet"].iloc[row] > 0
        text = model.index(row, why).data() or ""
        assert bool(text) == short, (row, text)
        if short:
            texts[model.frame["product"].iloc[row]] = text
            assert model.index(row, tonnes).data()
    assert texts, "the example leaves some demand unmet"
    assert all(t.startswith(("no capacity left:", "not worth serving", "not worth expanding"))
               for t in texts.values())
    # the coil lines could take more phase-2 modules: not "no capacity", not worth building
    assert texts["hr_coil"].startswith("not worth expanding: KT_FLAT")
    capacity = [t for t in texts.values() if t.startswith("no capacity left:")]
    plants = set(plan.production["plant"])
    assert capacity and all(any(p in t for p in plants | set(plan.lanes["lane"]))
                            for t in capacity)


def test_after_a_re_solve_the_summary_shows_the_change(qtbot, example):
    import copy

    plan, currency = example
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_plan(plan, currency)
    detail = panel.summary.cards["total_cost"].detail
    assert "previous solve" not in detail.text()
    cheaper = copy.copy(plan)
    cheaper.costs = dict(plan.costs)
    cheaper.costs["supply"] -= 1_000_000
    cheaper.objective = plan.objective - 1_000_000
    panel.set_plan(cheaper, currency)
    assert "previous solve" in detail.text()
    assert "−1,000,000 USD" in detail.text() and "+0.0 points" in detail.text()
    panel.set_plan(cheaper, currency)  # the same plan again (a language switch) keeps it
    assert "−1,000,000 USD" in detail.text()


def test_unmet_reasons_are_worded_column_wise_as_row_by_row():
    from twinparks.ui.results.pages import _worded

    reason = pd.Series(["", "a", "b", "", "b", "c"], dtype="string")
    binding = pd.Series(["", "P1", "L1, L2", "", "L3", "X"], dtype="string")
    texts = {"a": "plain", "b": "used up: %1 (%1)", "c": "%1"}
    expected = [texts[r].replace("%1", b) if r else "" for r, b in
                zip(reason, binding, strict=True)]
    assert _worded(reason, binding, texts) == expected
    assert _worded(reason[:0], binding[:0], texts) == []
