"""Units that add up: demand totals in tonnes and currency, and why a row is unmet."""

from __future__ import annotations

import pandas as pd
import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.solve import solve
from twinparks.models.units import NO_CAPACITY, NOT_WORTH, NOT_WORTH_EXPANDING, unmet_reasons


def tyres_and_glass():
    """Tyres (0.01 t each) short of plant capacity; glass (0.02 t/m²) not worth making.

    By hand: the tyre plant makes its 1,000 pcs of the 2,000 demanded (the rest
    would cost the 1,000 penalty, but there is no capacity); glass costs 5 per
    m² to make against a penalty of 1, so all 5,000 m² go unmet. Tonnes:
    demanded 2,000·0.01 + 5,000·0.02 = 120, met 1,000·0.01 = 10, unmet 110;
    the units (1,000 + 5,000 = 6,000) do not add. Penalty value
    1,000·1,000 + 5,000·1 = 1,005,000.
    """
    return network_from_rows({
        "Sites": [{"id": "P", "country": "MY", "kind": "park"},
                  {"id": "M", "country": "MY", "kind": "market"}],
        "Products": [{"id": "tyre", "unit": "pcs", "tonnes_per_unit": 0.01},
                     {"id": "glass", "unit": "m2", "tonnes_per_unit": 0.02}],
        "Plants": [{"id": "KT", "site": "P", "product": "tyre", "capacity": 1000,
                    "cost_per_unit": 10},
                   {"id": "KG", "site": "P", "product": "glass", "capacity": 10000,
                    "cost_per_unit": 5}],
        "Lanes": [{"id": "PM", "origin": "P", "destination": "M"}],
        "Demand": [{"site": "M", "product": "tyre", "quantity": 2000},
                   {"site": "M", "product": "glass", "quantity": 5000,
                    "penalty_per_unit": 1}],
    }, settings={"unmet_penalty": 1000})


def test_demand_totals_are_tonnes_and_the_penalty_value():
    network = tyres_and_glass()
    plan = solve(network)
    assert plan.optimal
    demand = plan.demand
    assert (demand["quantity"] * demand["tonnes_per_unit"]).sum() == pytest.approx(120)
    assert demand["met_tonnes"].sum() == pytest.approx(10)
    assert demand["unmet_tonnes"].sum() == pytest.approx(110) == plan.unmet_tonnes
    assert plan.service_level == pytest.approx(10 / 120)
    assert plan.costs["unmet_penalty"] == pytest.approx(1_005_000)


def test_unmet_reasons_name_the_used_up_plant_or_say_not_worth_serving():
    plan = solve(tyres_and_glass())
    reasons = unmet_reasons(plan.tables)
    by_product = dict(zip(plan.demand["product"], zip(reasons["reason"], reasons["binding"],
                                                      strict=True), strict=True))
    assert by_product["tyre"] == (NO_CAPACITY, "KT")
    assert by_product["glass"] == (NOT_WORTH, "")


def test_a_met_row_has_no_reason():
    network = tyres_and_glass()
    network.tables["Plants"].loc[network.tables["Plants"].index[0], "capacity"] = 5000
    network.tables["Demand"].loc[network.tables["Demand"].index[1], "penalty_per_unit"] = 100
    plan = solve(network)
    assert (unmet_reasons(plan.tables)["reason"] == "").all()


def expandable_plant(module_cost: float, lane_capacity: float | None = None):
    """Plant K (capacity 100, cost 5) can take one module of 100 for ``module_cost``.

    Demand 150 at M with penalty 10, lane K's park to M free: the 50 units
    beyond the capacity would save 50·(10 − 5) = 250, so the module is built
    when it costs less than 250. With ``lane_capacity`` 100 the lane, which no
    investment can enlarge, is used up too.
    """
    return network_from_rows({
        "Sites": [{"id": "P", "country": "MY", "kind": "park"},
                  {"id": "M", "country": "MY", "kind": "market"}],
        "Products": [{"id": "coil", "tonnes_per_unit": 1}],
        "Plants": [{"id": "K", "site": "P", "product": "coil", "capacity": 100,
                    "cost_per_unit": 5}],
        "Lanes": [{"id": "PM", "origin": "P", "destination": "M",
                   "capacity_tonnes": lane_capacity}],
        "Demand": [{"site": "M", "product": "coil", "quantity": 150, "penalty_per_unit": 10}],
        "Investments": [{"id": "K2", "plant": "K", "capacity": 100,
                         "annual_cost": module_cost}],
    })


@pytest.mark.parametrize(("module_cost", "lane_capacity", "expected"), [
    (300, None, (NOT_WORTH_EXPANDING, "K")),  # 300 > 250: not built, and that is why
    (200, None, ("", "")),  # 200 < 250: built, all 150 met
    (300, 100, (NO_CAPACITY, "K, PM")),  # the lane cannot be enlarged
])
def test_a_used_up_plant_that_could_take_a_module_is_not_worth_expanding(
        module_cost, lane_capacity, expected):
    plan = solve(expandable_plant(module_cost, lane_capacity))
    assert plan.optimal
    reasons = unmet_reasons(plan.tables)
    assert (reasons["reason"].iloc[0], reasons["binding"].iloc[0]) == expected


def test_reasons_name_lanes_into_the_market_and_lanes_carrying_the_product_in_table_order():
    """Read off tables made by hand (no solve): lanes L1 (into M2, carries tyre) and L2
    (into M1, carries glass) are used up, L3 (into M1) is not; plant KT (tyre) is used up,
    KG (glass) is not. Tyre short at M1: KT, then L1 (carries tyre) and L2 (into M1) in
    the Lanes table's order; glass short at M2: L1 (into M2), L2 (carries glass); the met
    row has no reason."""
    tables = {
        "production": pd.DataFrame({"plant": ["KT", "KG"], "product": ["tyre", "glass"],
                                    "binding": [True, False]}),
        "lanes": pd.DataFrame({"lane": ["L1", "L2", "L3"], "destination": ["M2", "M1", "M1"],
                               "binding": [True, True, False]}),
        "flows": pd.DataFrame({"lane": ["L1", "L2", "L3", "L1"],
                               "product": ["tyre", "glass", "tyre", "tyre"]}),
        "demand": pd.DataFrame({"site": ["M1", "M2", "M1"], "product": ["tyre", "glass", "glass"],
                                "unmet": [5.0, 3.0, 0.0]}),
    }
    reasons = unmet_reasons(tables)
    assert reasons["binding"].tolist() == ["KT, L1, L2", "L1, L2", ""]
    assert reasons["reason"].tolist() == [NO_CAPACITY, NO_CAPACITY, ""]
