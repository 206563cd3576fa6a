"""Small multi-echelon networks whose optimum and duals are derived by hand.

Every expected number below comes from the arithmetic in the docstrings,
not from a run of the code.
"""

from __future__ import annotations

import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

SOLVERS = ["highs", "cbc"]


def solved(sheets, settings, solver="highs"):
    network = network_from_rows(sheets, settings)
    assert not errors(validate(network)), errors(validate(network))
    plan = solve(network, SolveOptions(solver=solver, time_limit=30))
    assert plan.status == "optimal", (plan.status, plan.message)
    return plan


def row(table, **match):
    """The one row of a result table matching every column=value given."""
    mask = True
    for column, value in match.items():
        mask = mask & (table[column] == value)
    rows = table[mask]
    assert len(rows) == 1, (match, table)
    return rows.iloc[0]


def shipped(plan, lane, product=None) -> float:
    flows = plan.tables["flows"]
    mask = flows["lane"] == lane
    if product is not None:
        mask &= flows["product"] == product
    return float(flows.loc[mask, "quantity"].sum())


# --- 1. ore → steel across the border ----------------------------------------------

STEEL_CHAIN = {
    "Sites": [
        {"id": "mine", "country": "MY", "kind": "supplier"},
        {"id": "kuantan", "country": "MY", "kind": "park"},
        {"id": "qinzhou", "country": "CN", "kind": "park"},
        {"id": "chongqing", "country": "CN", "kind": "market"},
    ],
    "Products": [
        {"id": "ore", "tonnes_per_unit": 1, "value_per_unit": 50, "family": "raw"},
        {"id": "steel", "tonnes_per_unit": 1, "value_per_unit": 600, "family": "steel"},
    ],
    "Supply": [{"site": "mine", "product": "ore", "cost_per_unit": 30}],  # unlimited
    "Plants": [
        {"id": "KS", "site": "kuantan", "product": "steel", "capacity": 100,
         "cost_per_unit": 200, "co2_kg_per_unit": 2000},
        {"id": "QS", "site": "qinzhou", "product": "steel", "capacity": 1000,
         "cost_per_unit": 260, "co2_kg_per_unit": 1000},
    ],
    "Recipes": [
        {"plant": "KS", "input": "ore", "qty_per_unit": 1.5},
        {"plant": "QS", "input": "ore", "qty_per_unit": 1.6},
    ],
    "Lanes": [
        {"id": "M-K", "origin": "mine", "destination": "kuantan", "mode": "road",
         "cost_per_tonne": 10, "co2_kg_per_tonne": 50},
        {"id": "M-Q", "origin": "mine", "destination": "qinzhou", "mode": "sea",
         "cost_per_tonne": 20, "capacity_tonnes": 800, "co2_kg_per_tonne": 20},
        {"id": "K-C", "origin": "kuantan", "destination": "chongqing", "mode": "sea-rail",
         "cost_per_tonne": 40, "co2_kg_per_tonne": 30},
        {"id": "Q-C", "origin": "qinzhou", "destination": "chongqing", "mode": "rail",
         "cost_per_tonne": 25, "co2_kg_per_tonne": 20},
    ],
    "Demand": [{"site": "chongqing", "product": "steel", "quantity": 700}],
    "Tariffs": [{"product": "*", "origin_country": "MY", "destination_country": "CN",
                 "rate": 0.05}],
}
STEEL_SETTINGS = {"unmet_penalty": 5000, "carbon_price": 50}


@pytest.mark.parametrize("solver", SOLVERS)
def test_steel_chain_optimum_by_hand(solver):
    """Landed cost of one tonne of steel in Chongqing, carbon at 50/t CO2.

    Via Kuantan (all in MY, then MY→CN, so the wildcard tariff hits the steel):
      ore   1.5 × (buy 30 + road 10 + CO2 0.05 t·50 = 2.5)       =  63.75
      make  200 + 2 t CO2 · 50                                  = 300
      ship  40 + tariff 0.05·600 = 30 + CO2 0.03 t·50 = 1.5     =  71.5
      total                                                     = 435.25
    Via Qinzhou (the ore crosses MY→CN, the steel stays in CN):
      ore   1.6 × (30 + sea 20 + tariff 0.05·50 = 2.5 + CO2 0.02·50 = 1) = 85.6
      make  260 + 1 t · 50                                      = 310
      ship  25 + no tariff (CN→CN) + CO2 0.02·50 = 1            =  26
      total                                                     = 421.6
    Qinzhou is cheaper but the ore lane M-Q carries 800 t = 500 t of steel;
    Kuantan's plant adds its 100; the last 100 t cost the default unmet
    penalty 5000 > 435.25 either way.

    supply     950 ore (800 + 150) × 30                         =  28 500
    production 500 × 260 + 100 × 200                            = 150 000
    transport  800·20 + 150·10 + 500·25 + 100·40                =  34 000
    tariff     800 · 2.5 + 100 · 30                             =   5 000
    CO2 t      500·1 + 100·2 + 800·0.02 + 150·0.05 + 500·0.02 + 100·0.03 = 736.5
    carbon     736.5 × 50                                       =  36 825
    unmet      100 × 5000                                       = 500 000
    objective                                                   = 754 325
    (check: 500 × 421.6 + 100 × 435.25 + 500 000 = 754 325)
    service level 600 / 700.
    """
    plan = solved(STEEL_CHAIN, STEEL_SETTINGS, solver)
    assert plan.objective == pytest.approx(754_325, rel=1e-9)
    assert plan.costs == pytest.approx({
        "supply": 28_500, "production": 150_000, "transport": 34_000, "tariff": 5_000,
        "carbon": 36_825, "unmet_penalty": 500_000, "investment": 0}, rel=1e-9)
    assert plan.co2_tonnes == pytest.approx(736.5, rel=1e-9)
    assert plan.service_level == pytest.approx(600 / 700, rel=1e-9)
    assert plan.unmet_units == pytest.approx(100, rel=1e-9)
    production = plan.tables["production"].set_index("plant")
    assert production.loc["QS", "output"] == pytest.approx(500)
    assert production.loc["KS", "output"] == pytest.approx(100)
    lanes = plan.tables["lanes"].set_index("lane")
    assert lanes.loc["M-Q", "tonnes"] == pytest.approx(800)
    assert lanes.loc["M-Q", "utilisation"] == pytest.approx(1.0)
    assert shipped(plan, "M-K", "ore") == pytest.approx(150)
    assert row(plan.tables["flows"], lane="K-C")["tariff_rate"] == pytest.approx(0.05)
    assert row(plan.tables["flows"], lane="Q-C")["tariff_rate"] == pytest.approx(0.0)
    assert row(plan.tables["flows"], lane="M-Q")["tariff_rate"] == pytest.approx(0.05)


# --- 2. shadow prices and marginal landed cost -------------------------------------

SHADOW = {
    "Sites": [{"id": s, "country": "CN"} for s in ("P1", "P2", "P3", "M")],
    "Products": [{"id": "coil", "tonnes_per_unit": 2, "family": "steel"},
                 {"id": "ore", "tonnes_per_unit": 1, "family": "raw"}],
    "Plants": [
        {"id": "A", "site": "P1", "product": "coil", "capacity": 100, "cost_per_unit": 10},
        {"id": "B", "site": "P2", "product": "coil", "capacity": 500, "cost_per_unit": 14},
        {"id": "C", "site": "P3", "product": "coil", "capacity": 1000, "cost_per_unit": 24},
    ],
    "Recipes": [{"plant": "C", "input": "ore", "qty_per_unit": 2}],
    "Supply": [{"site": "P3", "product": "ore", "cost_per_unit": 3}],
    "Lanes": [
        {"id": "L1", "origin": "P1", "destination": "M", "cost_per_tonne": 5},
        {"id": "L2", "origin": "P2", "destination": "M", "cost_per_tonne": 4,
         "capacity_tonnes": 300},
        {"id": "L3", "origin": "P3", "destination": "M", "cost_per_tonne": 6},
    ],
    "Demand": [{"site": "M", "product": "coil", "quantity": 400}],
}


@pytest.mark.parametrize("solver", SOLVERS)
def test_shadow_prices_and_marginal_cost_by_hand(solver):
    """Coil weighs 2 t, so freight per unit is twice the per-tonne rate.

    Landed cost per unit: A 10 + 2·5 = 20; B 14 + 2·4 = 22;
    C 24 + ore 2·3 + 2·6 = 42. Cheapest first: A 100 (plant full),
    B 150 (lane L2: 300 t / 2 t), C the remaining 150.
    objective = 100·20 + 150·22 + 150·42 = 2000 + 3300 + 6300 = 11 600.
    One more coil in M comes from C: marginal landed cost 42.
    One more unit of plant A replaces a unit of C: saves 42 − 20 = 22.
    One more tonne on L2 is half a coil of B replacing half a coil of C:
    saves (42 − 22) / 2 = 10 per tonne. B and C are not full: 0.
    """
    plan = solved(SHADOW, {"unmet_penalty": 1e6}, solver)
    assert plan.objective == pytest.approx(11_600, rel=1e-9)
    production = plan.tables["production"].set_index("plant")
    assert production["output"].to_dict() == pytest.approx({"A": 100, "B": 150, "C": 150})
    assert production.loc["A", "shadow_price"] == pytest.approx(22, abs=1e-7)
    assert production.loc["B", "shadow_price"] == pytest.approx(0, abs=1e-7)
    assert production.loc["C", "shadow_price"] == pytest.approx(0, abs=1e-7)
    lanes = plan.tables["lanes"].set_index("lane")
    assert lanes.loc["L2", "tonnes"] == pytest.approx(300)
    assert lanes.loc["L2", "shadow_price"] == pytest.approx(10, abs=1e-7)
    assert lanes.loc["L1", "shadow_price"] == pytest.approx(0, abs=1e-7)
    assert row(plan.tables["demand"], site="M")["marginal_cost"] == pytest.approx(42, abs=1e-7)
    bottlenecks = plan.tables["bottlenecks"]
    assert list(bottlenecks["id"]) == ["A", "L2"]


# --- 3. demand beyond capacity: penalties and service level ------------------------

SHORT = {
    "Sites": [{"id": "F", "country": "MY", "kind": "park"},
              {"id": "M1", "country": "MY", "kind": "market"},
              {"id": "M2", "country": "SG", "kind": "market"}],
    "Products": [{"id": "tyre", "unit": "pcs", "tonnes_per_unit": 0.01, "family": "tyres"},
                 {"id": "glass", "unit": "m2", "tonnes_per_unit": 0.5, "family": "glass"}],
    "Plants": [{"id": "T", "site": "F", "product": "tyre", "capacity": 1000,
                "cost_per_unit": 5}],
    "Lanes": [{"id": "F-M1", "origin": "F", "destination": "M1", "cost_per_tonne": 100},
              {"id": "F-M2", "origin": "F", "destination": "M2", "cost_per_tonne": 200}],
    "Demand": [{"site": "M1", "product": "tyre", "quantity": 800, "penalty_per_unit": 10},
               {"site": "M2", "product": "tyre", "quantity": 600},
               {"site": "M1", "product": "glass", "quantity": 100}],
}


@pytest.mark.parametrize("solver", SOLVERS)
def test_unmet_demand_uses_row_penalty_over_default(solver):
    """1000 tyres for 1400 demanded; no glass source at all.

    Landed tyre: M1 5 + 0.01·100 = 6, M2 5 + 0.01·200 = 7.
    Worth of a delivered tyre = its penalty − landed cost:
    M1 (own penalty 10) 10 − 6 = 4; M2 (blank → Settings 30) 30 − 7 = 23.
    So M2 gets its 600, M1 the other 400, 400 tyres unmet at M1.
    (Ignoring the row penalty would give M1 30 − 6 = 24 > 23 and serve M1.)
    Glass: 100 m2 unmet at the default 30.
    objective = 1000·5 + 400·1 + 600·2 + 400·10 + 100·30
              = 5000 + 400 + 1200 + 4000 + 3000 = 13 600.
    Service level in tonnes: met (400 + 600)·0.01 = 10 t of demanded
    1400·0.01 + 100·0.5 = 64 t → 0.15625 (1000/1500 in units would be wrong).
    Duals: M1 tyre 10 (its unmet is partial); M2 tyre: take one from M1,
    10 − 1 + 2 = 11; glass 30; plant T saves 10 − 6 = 4 per extra unit.
    """
    plan = solved(SHORT, {"unmet_penalty": 30}, solver)
    assert plan.objective == pytest.approx(13_600, rel=1e-9)
    assert plan.costs["unmet_penalty"] == pytest.approx(7_000, rel=1e-9)
    assert plan.costs["production"] == pytest.approx(5_000, rel=1e-9)
    assert plan.costs["transport"] == pytest.approx(1_600, rel=1e-9)
    assert plan.unmet_units == pytest.approx(500)
    assert plan.service_level == pytest.approx(10 / 64, rel=1e-9)
    demand = plan.tables["demand"]
    m1 = row(demand, site="M1", product="tyre")
    m2 = row(demand, site="M2", product="tyre")
    glass = row(demand, product="glass")
    assert (m1["met"], m1["unmet"]) == pytest.approx((400, 400))
    assert (m2["met"], m2["unmet"]) == pytest.approx((600, 0))
    assert (glass["met"], glass["unmet"]) == pytest.approx((0, 100))
    assert m1["marginal_cost"] == pytest.approx(10, abs=1e-7)
    assert m2["marginal_cost"] == pytest.approx(11, abs=1e-7)
    assert glass["marginal_cost"] == pytest.approx(30, abs=1e-7)
    assert row(plan.tables["production"], plant="T")["shadow_price"] == \
        pytest.approx(4, abs=1e-7)


# --- 4. lane product restrictions --------------------------------------------------

def restricted(lanes):
    return {
        "Sites": [{"id": "O", "country": "CN"}, {"id": "D", "country": "CN"}],
        "Products": [{"id": "ore", "family": "raw"}, {"id": "coil", "family": "steel"},
                     {"id": "bar", "family": "steel"}, {"id": "sand", "family": "raw"}],
        "Supply": [{"site": "O", "product": p, "cost_per_unit": 1}
                   for p in ("ore", "coil", "bar", "sand")],
        "Lanes": lanes,
        "Demand": [{"site": "D", "product": p, "quantity": 10}
                   for p in ("ore", "coil", "bar", "sand")],
    }


@pytest.mark.parametrize("solver", SOLVERS)
def test_lane_products_by_id_and_family(solver):
    """Ore may use the 1/t lane (by id), coil and bar the 2/t lane (family
    steel), sand only the 100/t open lane.

    objective = 40·1 (buy) + 10·1 + 20·2 + 10·100 = 1090; unrestricted
    it would be 40 + 40·1 = 80.
    """
    lanes = [
        {"id": "ore-ship", "origin": "O", "destination": "D", "cost_per_tonne": 1,
         "products": "ore"},
        {"id": "container", "origin": "O", "destination": "D", "cost_per_tonne": 2,
         "products": "steel"},
        {"id": "truck", "origin": "O", "destination": "D", "cost_per_tonne": 100},
    ]
    plan = solved(restricted(lanes), {"unmet_penalty": 1e6}, solver)
    assert plan.objective == pytest.approx(1090, rel=1e-9)
    assert shipped(plan, "ore-ship") == pytest.approx(10)
    assert shipped(plan, "ore-ship", "ore") == pytest.approx(10)
    assert shipped(plan, "container", "coil") == pytest.approx(10)
    assert shipped(plan, "container", "bar") == pytest.approx(10)
    assert shipped(plan, "container") == pytest.approx(20)
    assert shipped(plan, "truck") == pytest.approx(10)
    assert shipped(plan, "truck", "sand") == pytest.approx(10)


@pytest.mark.parametrize("solver", SOLVERS)
def test_lane_products_list_can_leave_demand_unmet(solver):
    """The only lane carries "coil, raw" (an id and a family): bar cannot go.

    objective = buy 30 + freight 30·1 + bar unmet 10·500 = 5060.
    """
    lanes = [{"id": "only", "origin": "O", "destination": "D", "cost_per_tonne": 1,
              "products": "coil , raw"}]
    plan = solved(restricted(lanes), {"unmet_penalty": 500}, solver)
    assert plan.objective == pytest.approx(5060, rel=1e-9)
    assert set(plan.tables["flows"]["product"]) == {"ore", "coil", "sand"}
    assert row(plan.tables["demand"], product="bar")["unmet"] == pytest.approx(10)
    assert plan.unmet_units == pytest.approx(10)


# --- 5. tariffs ---------------------------------------------------------------------

def tariff_network(tariffs):
    return {
        "Sites": [{"id": "my", "country": "MY"}, {"id": "my2", "country": "my"},
                  {"id": "cn", "country": "CN"}, {"id": "sg", "country": "SG"}],
        "Products": [{"id": "steel", "value_per_unit": 100, "family": "steel"},
                     {"id": "glass", "value_per_unit": 200, "family": "glass"}],
        "Supply": [{"site": "my", "product": "steel"},
                   {"site": "my", "product": "glass", "capacity": 10},
                   {"site": "sg", "product": "glass"}],
        "Lanes": [{"id": "my-cn", "origin": "my", "destination": "cn"},
                  {"id": "my-sg", "origin": "my", "destination": "sg"},
                  {"id": "sg-cn", "origin": "sg", "destination": "cn"},
                  {"id": "my-my2", "origin": "my", "destination": "my2"}],
        "Demand": [{"site": "cn", "product": "steel", "quantity": 10},
                   {"site": "cn", "product": "glass", "quantity": 20},
                   {"site": "sg", "product": "steel", "quantity": 10},
                   {"site": "my2", "product": "steel", "quantity": 10}],
        "Tariffs": tariffs,
    }


def tariff(product, origin, destination, rate):
    return {"product": product, "origin_country": origin, "destination_country": destination,
            "rate": rate}


@pytest.mark.parametrize("solver", SOLVERS)
def test_most_specific_tariff_wins(solver):
    """Freight is free, so the whole objective is tariff.

    steel MY→CN: exact row 0.05 → 10 · 5 = 50
    glass MY→CN: (*, MY, CN) 0.10 → 10 · 20 = 200 (MY glass is capped at 10)
    glass SG→CN: only (*, *, *) 0.30 → 10 · 60 = 600 (rerouting MY glass via SG
                 would pay 0.20·200 + 60 = 100 > 20, and there is none spare)
    steel MY→SG: (*, MY, *) 0.20 → 10 · 20 = 200
    steel MY→MY (site country typed "my"): none, even with (*, *, *) and an
                 explicit (steel, MY, MY) row
    total 1050.
    """
    tariffs = [tariff("*", "*", "*", 0.30), tariff("*", "MY", "*", 0.20),
               tariff("*", "MY", "CN", 0.10), tariff("steel", "MY", "CN", 0.05),
               tariff("steel", "MY", "MY", 0.9)]
    plan = solved(tariff_network(tariffs), {"unmet_penalty": 1e6}, solver)
    assert plan.objective == pytest.approx(1050, rel=1e-9)
    assert plan.costs["tariff"] == pytest.approx(1050, rel=1e-9)
    flows = plan.tables["flows"]
    expected = {("my-cn", "steel"): (10, 0.05), ("my-cn", "glass"): (10, 0.10),
                ("sg-cn", "glass"): (10, 0.30), ("my-sg", "steel"): (10, 0.20),
                ("my-my2", "steel"): (10, 0.0)}
    got = {(f.lane, f.product): (f.quantity, f.tariff_rate) for f in flows.itertuples()}
    assert set(got) == set(expected)
    for key, (quantity, rate) in expected.items():
        assert got[key] == pytest.approx((quantity, rate)), key


@pytest.mark.parametrize("solver", SOLVERS)
def test_no_tariff_inside_one_country(solver):
    """(*, *, *) at 0.5 applies to every border crossing but to no domestic flow.

    Steel, value 100, to my2 (MY, domestic) and to cn: only cn pays:
    10 · 50 = 500. Glass: 10 from my + 10 from sg, each 0.5·200 = 100 → 2000.
    steel to sg 10 · 50 = 500. Total 3000.
    """
    plan = solved(tariff_network([tariff("*", "*", "*", 0.5)]), {"unmet_penalty": 1e6},
                  solver)
    assert plan.costs["tariff"] == pytest.approx(3000, rel=1e-9)
    domestic = row(plan.tables["flows"], lane="my-my2")
    assert domestic["tariff_rate"] == 0 and domestic["tariff_cost"] == 0
    assert domestic["quantity"] == pytest.approx(10)


# --- 6. a plant that uses its own product (cullet in a glass furnace) ---------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_recipe_using_its_own_product(solver):
    """Glass furnace G melts 0.5 units of glass (cullet) per unit of glass made.

    The balance at (S, glass) is make − 0.5·make = 10 + ... so the plant
    must make 20 to deliver 10: objective = 20 · 1 = 20 (capacity 100).
    """
    sheets = {
        "Sites": [{"id": "S", "country": "CN"}],
        "Products": [{"id": "glass", "family": "glass"}],
        "Plants": [{"id": "G", "site": "S", "product": "glass", "capacity": 100,
                    "cost_per_unit": 1}],
        "Recipes": [{"plant": "G", "input": "glass", "qty_per_unit": 0.5}],
        "Demand": [{"site": "S", "product": "glass", "quantity": 10}],
    }
    plan = solved(sheets, {"unmet_penalty": 1000}, solver)
    assert plan.objective == pytest.approx(20, rel=1e-9)
    assert row(plan.tables["production"], plant="G")["output"] == pytest.approx(20)
    assert plan.service_level == pytest.approx(1.0)
