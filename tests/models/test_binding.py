"""A capacity of 0 binds only where an investment can extend it (models/results.csv)."""

from __future__ import annotations

import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.solve import solve


def line_and_idle_plant(investment_cost: float | None):
    """Plant A (capacity 100, cost 5) and plant Z (capacity 0, cost 1) make coil at P.

    Demand 150 at M, penalty 10. Lane PM costs 2/t, unlimited; lane PZ, the
    same route at 0/t, has capacity 0. By hand: A makes 100, which go by PM,
    50 are unmet; objective 100·(5 + 2) + 50·10 = 1,200. A unit more of A
    saves 10 − 5 − 2 = 3; of Z, 10 − 1 − 2 = 7 (Z is the dearer idea to lack);
    a tonne of PZ replaces a tonne on PM: 2. A is full (binding). Z and PZ
    have capacity 0: with no investment (``investment_cost`` None) neither is
    something the planner can build, so neither binds and neither is a
    bottleneck, whatever its dual. With investment Z2 (100 units for
    ``investment_cost``) Z can be extended: at 800 the module would save only
    50·7 = 350, so it is not built, Z stays at 0 and binds (its dual, 7, is
    what a unit of Z2's capacity is worth against its price of 8 a unit).
    """
    rows = {
        "Sites": [{"id": "P", "country": "MY", "kind": "park"},
                  {"id": "M", "country": "MY", "kind": "market"}],
        "Products": [{"id": "coil", "tonnes_per_unit": 1}],
        "Plants": [{"id": "A", "site": "P", "product": "coil", "capacity": 100,
                    "cost_per_unit": 5},
                   {"id": "Z", "site": "P", "product": "coil", "capacity": 0,
                    "cost_per_unit": 1}],
        "Lanes": [{"id": "PM", "origin": "P", "destination": "M", "cost_per_tonne": 2},
                  {"id": "PZ", "origin": "P", "destination": "M", "cost_per_tonne": 0,
                   "capacity_tonnes": 0}],
        "Demand": [{"site": "M", "product": "coil", "quantity": 150, "penalty_per_unit": 10}],
    }
    if investment_cost is not None:
        rows["Investments"] = [{"id": "Z2", "plant": "Z", "capacity": 100,
                                "annual_cost": investment_cost}]
    return network_from_rows(rows)


@pytest.mark.parametrize("solver", ["highs", "cbc"])
def test_a_plant_of_capacity_0_that_nothing_can_extend_does_not_bind(solver):
    from twinparks.models.solve import SolveOptions

    plan = solve(line_and_idle_plant(None), SolveOptions(solver=solver))
    assert plan.optimal and plan.objective == pytest.approx(1_200)
    production = plan.production.set_index("plant")
    assert production.at["A", "shadow_price"] == pytest.approx(3)
    assert bool(production.at["A", "binding"])
    assert not bool(production.at["Z", "binding"])
    lanes = plan.tables["lanes"].set_index("lane")
    assert not bool(lanes.at["PZ", "binding"]) and not bool(lanes.at["PM", "binding"])
    assert list(plan.tables["bottlenecks"]["id"]) == ["A"]


def test_a_plant_of_capacity_0_that_an_investment_can_extend_binds():
    plan = solve(line_and_idle_plant(800))
    assert plan.optimal and plan.objective == pytest.approx(1_200)
    assert plan.tables["investments"]["modules"].tolist() == [0]
    production = plan.production.set_index("plant")
    assert production.at["Z", "capacity"] == 0
    assert production.at["Z", "shadow_price"] == pytest.approx(7)
    assert bool(production.at["Z", "binding"]) and bool(production.at["A", "binding"])
    assert list(plan.tables["bottlenecks"]["id"]) == ["Z", "A"]
    lanes = plan.tables["lanes"].set_index("lane")
    assert not bool(lanes.at["PZ", "binding"])  # the investment extends Z, not the lane
