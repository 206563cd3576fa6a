"""Random networks with investments, minimum outputs and chokepoints, against plain PuLP.

The networks are those of ``test_independent`` without tariffs (so that the
comparison does not depend on where duty is charged), plus random
Investments rows on plants and capacitated lanes, ``min_output`` on some
plants and chokepoint groups of lanes and sites. The independent MILP below
is written straight from docs/contract.md §4 and §8 with ``pulp.LpProblem``
(a variable for every product a lane may carry, module and on/off variables
as PuLP integers and binaries) and solved with ``pulp.HiGHS`` to a zero gap;
it shares no code with ``models.lp`` or ``models.milp``.
"""

from __future__ import annotations

import random

import pulp
import pytest

from tests.models.test_independent import DEFAULT_PENALTY, carries, random_network, value
from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

SEEDS = range(12)


def random_milp(seed: int) -> tuple[dict, dict]:
    """A network of ``random_network(seed)`` with investments, minimums and chokepoints."""
    sheets, settings = random_network(seed)
    rng = random.Random(1000 + seed)
    sheets["Tariffs"] = []
    lanes = [lane for lane in sheets["Lanes"] if lane.get("capacity_tonnes") is not None]
    investments = []
    for plant in rng.sample(sheets["Plants"], k=min(2, len(sheets["Plants"]))):
        investments.append({"id": f"I{len(investments)}", "plant": plant["id"],
                            "capacity": rng.choice([10, 50, 150]),
                            "annual_cost": rng.choice([0, 200, 900, 5000]),
                            "max_modules": rng.randint(1, 3),
                            "min_modules": rng.choice([0, 0, 1])})
    for lane in rng.sample(lanes, k=min(1, len(lanes))):
        investments.append({"id": f"I{len(investments)}", "lane": lane["id"],
                            "capacity": rng.choice([20, 100]),
                            "annual_cost": rng.choice([50, 600]), "max_modules": 2})
    sheets["Investments"] = investments
    for plant in sheets["Plants"]:
        if rng.random() < 0.4 and plant["capacity"] > 0:
            plant["min_output"] = rng.choice([0.3, 0.7]) * plant["capacity"]
    lane_ids = [lane["id"] for lane in sheets["Lanes"]]
    sheets["Chokepoints"] = [{"id": "G0", "lanes": ", ".join(rng.sample(lane_ids, k=min(2, len(
        lane_ids)))), "max_share": rng.choice([0.2, 0.5, 0.8])}]
    if rng.random() < 0.5:
        sheets["Chokepoints"].append({"id": "G1", "sites": sheets["Sites"][1]["id"],
                                      "products": sheets["Products"][-1]["id"],
                                      "max_share": rng.choice([0.4, 0.9])})
    return sheets, settings


def _lane_tokens(text) -> set[str]:
    return {token.strip() for token in (text or "").split(",") if token.strip()}


def independent_milp(sheets, settings) -> float:
    """Optimum of docs/contract.md §4 + §8, written from the rows with PuLP."""
    carbon = float(settings.get("carbon_price", 0))
    default_penalty = float(settings.get("unmet_penalty", DEFAULT_PENALTY))
    products = {p["id"]: p for p in sheets["Products"]}
    prob = pulp.LpProblem("independent_milp", pulp.LpMinimize)
    cost, balance, rhs = [], {}, {}

    def add(node, var, coefficient):
        balance.setdefault(node, {}).setdefault(var, 0.0)
        balance[node][var] += coefficient

    added = {}  # ("plant"|"lane", id) -> [(module var, capacity)]
    for inv in sheets["Investments"]:
        n = prob.add_variable(f"n_{inv['id']}", lowBound=inv.get("min_modules", 0),
                            upBound=inv.get("max_modules", 1), cat="Integer")
        cost.append((n, float(inv["annual_cost"])))
        key = ("plant", inv["plant"]) if inv.get("plant") else ("lane", inv["lane"])
        added.setdefault(key, []).append((n, float(inv["capacity"])))
    for i, s in enumerate(sheets["Supply"]):
        cap = s.get("capacity")
        buy = prob.add_variable(f"buy_{i}", lowBound=0, upBound=None if cap is None else cap)
        add((s["site"], s["product"]), buy, 1)
        cost.append((buy, value(s, "cost_per_unit")))
    make = {}
    for k in sheets["Plants"]:
        m = make[k["id"]] = prob.add_variable(f"make_{k['id']}", lowBound=0)
        modules = added.get(("plant", k["id"]), [])
        prob += m <= float(k["capacity"]) + pulp.lpSum(c * n for n, c in modules)
        if value(k, "min_output") > 0:
            on = prob.add_variable(f"on_{k['id']}", cat="Binary")
            largest = float(k["capacity"]) + sum(c * n.upBound for n, c in modules)
            prob += m >= value(k, "min_output") * on
            prob += m <= largest * on
        add((k["site"], k["product"]), m, 1)
        cost.append((m, value(k, "cost_per_unit") + carbon * value(k, "co2_kg_per_unit") / 1000))
    site_of = {k["id"]: k["site"] for k in sheets["Plants"]}
    for r in sheets["Recipes"]:
        add((site_of[r["plant"]], r["input"]), make[r["plant"]], -float(r["qty_per_unit"]))
    ship = {}
    for lane in sheets["Lanes"]:
        load = []
        for p in products.values():
            if carries(lane, p):
                x = ship[lane["id"], p["id"]] = prob.add_variable(f"s_{lane['id']}_{p['id']}", 0)
                t = value(p, "tonnes_per_unit", 1.0)
                add((lane["origin"], p["id"]), x, -1)
                add((lane["destination"], p["id"]), x, 1)
                cost.append((x, t * value(lane, "cost_per_tonne")
                             + carbon * t * value(lane, "co2_kg_per_tonne") / 1000))
                load.append(t * x)
        if lane.get("capacity_tonnes") is not None:
            prob += pulp.lpSum(load) <= float(lane["capacity_tonnes"]) + pulp.lpSum(
                c * n for n, c in added.get(("lane", lane["id"]), []))
    unmet = {}
    for i, d in enumerate(sheets["Demand"]):
        u = unmet[i] = prob.add_variable(f"u_{i}", lowBound=0, upBound=float(d["quantity"]))
        node = (d["site"], d["product"])
        add(node, u, 1)
        rhs[node] = rhs.get(node, 0.0) + float(d["quantity"])
        penalty = d.get("penalty_per_unit")
        cost.append((u, default_penalty if penalty is None else float(penalty)))
    for node, terms in balance.items():
        prob += pulp.LpAffineExpression(terms) == rhs.get(node, 0.0)
    for group in sheets["Chokepoints"]:
        chosen = _lane_tokens(group.get("products"))
        counted = [p for p in products.values()
                   if not chosen or p["id"] in chosen or p.get("family") in chosen]
        names = {p["id"] for p in counted}
        lanes = {lane["id"] for lane in sheets["Lanes"]
                 if lane["id"] in _lane_tokens(group.get("lanes"))
                 or lane["destination"] in _lane_tokens(group.get("sites"))}
        t = {p["id"]: value(p, "tonnes_per_unit", 1.0) for p in counted}
        on_group = pulp.lpSum(t[p] * x for (lane, p), x in ship.items()
                              if lane in lanes and p in names)
        delivered = pulp.lpSum(t[d["product"]] * (float(d["quantity"]) - unmet[i])
                               for i, d in enumerate(sheets["Demand"]) if d["product"] in names)
        consumed = pulp.lpSum(t[r["input"]] * float(r["qty_per_unit"]) * make[r["plant"]]
                              for r in sheets["Recipes"] if r["input"] in names)
        prob += on_group <= float(group["max_share"]) * (delivered + consumed)
    prob.setObjective(pulp.LpAffineExpression(cost))
    prob.solve(pulp.HiGHS(msg=False, gapRel=0.0))
    assert pulp.LpStatus[prob.status] == "Optimal"
    return float(pulp.value(prob.objective) or 0.0)


@pytest.fixture(scope="module")
def cases():
    return {seed: (*random_milp(seed), independent_milp(*random_milp(seed))) for seed in SEEDS}


def test_random_milps_use_the_features(cases):
    sheets = [s for s, _, _ in cases.values()]
    assert sum(any(p.get("min_output") for p in s["Plants"]) for s in sheets) >= 4
    assert sum(any(i.get("lane") for i in s["Investments"]) for s in sheets) >= 4
    assert sum(len(s["Chokepoints"]) > 1 for s in sheets) >= 3


@pytest.mark.parametrize("solver", ["highs", "cbc"])
@pytest.mark.parametrize("seed", SEEDS)
def test_milp_objective_matches_independent_model(cases, seed, solver):
    sheets, settings, expected = cases[seed]
    network = network_from_rows(sheets, {**settings, "mip_gap": 0})
    assert not errors(validate(network)), [p.format() for p in errors(validate(network))]
    plan = solve(network, SolveOptions(solver=solver, time_limit=60))
    assert plan.status == "optimal", plan.message
    assert plan.objective == pytest.approx(expected, rel=1e-6, abs=1e-6)
    assert sum(plan.costs.values()) == pytest.approx(expected, rel=1e-6, abs=1e-6)
