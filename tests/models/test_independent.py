"""Random networks solved by the planner and by an independent PuLP model.

The independent model is written here straight from docs/contract.md §4 with
``pulp.LpProblem`` and solved with ``pulp.HiGHS``; it shares no code with
``models.lp``. It differs in one way on purpose: it has a ``ship[l, p]``
variable for *every* product the lane may carry, not only for products that
can reach the lane's origin. That gives the same optimum: let U be the
(site, product) pairs that cannot be reached (no Supply row, no plant
making the product there, and no allowed lane into the site from a reachable
pair). Lanes into U come only from U, so summing the balance rows over U
makes the internal flows cancel and leaves
Σ ship(U → outside U) + Σ recipe use in U + Σ met demand in U = 0
(nothing is bought, made or shipped into U). All terms are ≥ 0, so each is
0 in every feasible solution; the only possible flows inside U are
circulations, whose cost is ≥ 0 (all costs, rates and carbon are ≥ 0) and
which only use lane capacity, so dropping them never makes a solution
worse. Every optimum of either model is therefore feasible for the other
with the same cost.
"""

from __future__ import annotations

import random

import pulp
import pytest

from tests.models.origin_reference import reference_optimum
from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

COUNTRIES = ["CN", "MY", "SG"]
FAMILIES = ["raw", "steel", "glass"]
DEFAULT_PENALTY = 1_000_000.0
SEEDS = range(20)


# --- random networks ---------------------------------------------------------------

def random_network(seed: int) -> tuple[dict, dict]:
    """Suppliers → parks → markets with random extra (also backward) lanes.

    Products are ordered: the first one or two are bought ("raw"), later
    ones are made by plants from earlier ones, so recipe chains have several
    echelons and never loop.
    """
    rng = random.Random(seed)
    count = rng.randint(4, 8)
    tiers = ["supplier", "park", "market"] + [rng.choice(["supplier", "park", "market", "hub"])
                                               for _ in range(count - 3)]
    sites = [{"id": f"S{i}", "country": rng.choice(COUNTRIES), "kind": kind}
             for i, kind in enumerate(tiers)]
    n_products = rng.randint(2, 5)
    n_raw = 1 if n_products < 4 else 2
    products = [{"id": f"P{i}", "family": "raw" if i < n_raw else rng.choice(FAMILIES[1:]),
                 "tonnes_per_unit": rng.choice([0.01, 0.5, 1, 1, 2.5]),
                 "value_per_unit": rng.choice([None, 10, 80, 250, 250])}
                for i in range(n_products)]
    by_kind = {kind: [s["id"] for s in sites if s["kind"] == kind]
               for kind in ("supplier", "park", "market")}
    plants, recipes = random_plants(rng, by_kind["park"], products, n_raw)
    sheets = {
        "Sites": sites, "Products": products, "Plants": plants, "Recipes": recipes,
        "Supply": random_supply(rng, by_kind["supplier"], products, n_raw),
        "Lanes": random_lanes(rng, by_kind, [s["id"] for s in sites], products),
        "Demand": random_demand(rng, by_kind["market"], products, n_raw),
        "Tariffs": random_tariffs(rng, [p["id"] for p in products]),
    }
    settings = {"carbon_price": rng.choice([0, 25, 90.5])}
    if rng.random() < 0.7:
        settings["unmet_penalty"] = rng.choice([60, 400, 3000, 3000])
    return sheets, settings


def random_plants(rng, parks, products, n_raw):
    plants, recipes = [], []
    for made in range(n_raw, len(products)):
        for _ in range(rng.randint(1, 2)):
            plant = {"id": f"K{len(plants)}", "site": rng.choice(parks),
                     "product": products[made]["id"],
                     "capacity": rng.choice([0, 20, 100, 400, 1000]),
                     "cost_per_unit": rng.choice([None, 0, 3, 12.5]),
                     "co2_kg_per_unit": rng.choice([None, 0, 150, 900])}
            plants.append(plant)
            for source in rng.sample(range(made), k=rng.randint(1, min(made, 2))):
                recipes.append({"plant": plant["id"], "input": products[source]["id"],
                                "qty_per_unit": rng.choice([0.5, 1, 1.6, 3])})
            if rng.random() < 0.2:  # its own product as input, like cullet in glass
                recipes.append({"plant": plant["id"], "input": plant["product"],
                                "qty_per_unit": rng.choice([0.2, 0.5])})
    return plants, recipes


def random_supply(rng, suppliers, products, n_raw):
    rows = [{"site": rng.choice(suppliers), "product": products[i]["id"]} for i in range(n_raw)]
    rows += [{"site": rng.choice(suppliers), "product": products[rng.randrange(n_raw)]["id"]}
             for _ in range(rng.randint(0, 2))]
    for row in rows:
        row.update(capacity=rng.choice([None, 30, 200, 1000]),
                   cost_per_unit=rng.choice([None, 1, 4, 9]))
    return rows


def random_lanes(rng, by_kind, site_ids, products):
    """Every supplier feeds a park, every park is fed by a supplier and another
    site, every market is fed by a park; a few random lanes on top."""
    pairs = [(supplier, rng.choice(by_kind["park"])) for supplier in by_kind["supplier"]]
    pairs += [(rng.choice(by_kind["supplier"]), park) for park in by_kind["park"]]
    pairs += [(rng.choice(site_ids), park) for park in by_kind["park"]]
    pairs += [(rng.choice(by_kind["park"]), market) for market in by_kind["market"]]
    pairs += [tuple(rng.sample(site_ids, 2)) for _ in range(rng.randint(0, 4))]
    return [{"id": f"L{i}", "origin": origin, "destination": destination,
             "mode": rng.choice(["sea", "rail", None]),
             "cost_per_tonne": rng.choice([None, 0, 2, 7.25, 30]),
             "capacity_tonnes": rng.choice([None, None, None, 5, 60, 300]),
             "co2_kg_per_tonne": rng.choice([None, 0, 12, 80]),
             "products": random_restriction(rng, products)}
            for i, (origin, destination) in enumerate(pairs) if origin != destination]


def random_restriction(rng, products):
    if rng.random() < 0.7:
        return None
    tokens = rng.sample([p["id"] for p in products], k=rng.randint(1, min(3, len(products))))
    if rng.random() < 0.5:
        tokens.append(rng.choice(sorted({p["family"] for p in products})))
    return ", ".join(tokens)


def random_demand(rng, markets, products, n_raw):
    return [{"site": rng.choice(markets),
             "product": products[rng.randrange(n_raw - 1, len(products))]["id"],
             "quantity": rng.choice([0, 15, 80, 250, 250]),
             "penalty_per_unit": rng.choice([None, None, None, 0, 100, 2000])}
            for _ in range(rng.randint(1, 4))]


def random_tariffs(rng, product_ids):
    rows: list[dict] = []
    for _ in range(rng.randint(1, 6)):
        candidate = (rng.choice(product_ids + ["*"] * 3), rng.choice(COUNTRIES + ["*"]),
                     rng.choice(COUNTRIES + ["*"]))
        if all(not ambiguous(candidate, key_of(r)) for r in rows):
            rows.append({"product": candidate[0], "origin_country": candidate[1],
                         "destination_country": candidate[2],
                         "rate": rng.choice([0, 0.05, 0.3, 1.5, 10, 0.3])})
    return rows


def key_of(row):
    return row["product"], row["origin_country"], row["destination_country"]


def ambiguous(a, b) -> bool:
    """Same number of * and some flow both match (stricter than needed)."""
    return a.count("*") == b.count("*") and all(
        x == y or "*" in (x, y) for x, y in zip(a, b, strict=True))


# --- the independent formulation (docs/contract.md §4) ----------------------------------------

def value(row, key, default=0.0):
    cell = row.get(key)
    return default if cell is None else float(cell)


def tariff_of(tariffs, product, origin, destination) -> float:
    if origin == destination:
        return 0.0
    matches = [(key_of(t).count("*"), t["rate"]) for t in tariffs
               if all(x in ("*", y) for x, y in zip(key_of(t), (product, origin, destination),
                                                   strict=True))]
    return float(min(matches)[1]) if matches else 0.0


def carries(lane, product) -> bool:
    if not lane.get("products"):
        return True
    tokens = {t.strip() for t in lane["products"].split(",")}
    return product["id"] in tokens or product["family"] in tokens


def independent_solution(sheets, settings) -> tuple[float, dict[str, float]]:
    """Optimum of docs/contract.md §4 built from the rows, and a few of its totals."""
    carbon = float(settings.get("carbon_price", 0))
    default_penalty = float(settings.get("unmet_penalty", DEFAULT_PENALTY))
    country = {s["id"]: s["country"] for s in sheets["Sites"]}
    products = {p["id"]: p for p in sheets["Products"]}
    prob = pulp.LpProblem("independent", pulp.LpMinimize)
    cost_terms = []
    tariff_terms, unmet_terms, make_vars, full_lanes = [], [], [], []
    balance: dict[tuple[str, str], list] = {}
    rhs: dict[tuple[str, str], float] = {}

    def add(node, var, coefficient):
        balance.setdefault(node, []).append((var, coefficient))

    for i, s in enumerate(sheets["Supply"]):
        cap = s.get("capacity")
        buy = prob.add_variable(f"buy_{i}", lowBound=0,
                                upBound=None if cap is None else float(cap))
        add((s["site"], s["product"]), buy, 1)
        cost_terms.append((buy, value(s, "cost_per_unit")))
    plant_site = {}
    for k in sheets["Plants"]:
        make = prob.add_variable(f"make_{k['id']}", lowBound=0, upBound=float(k["capacity"]))
        plant_site[k["id"]] = (make, k["site"])
        add((k["site"], k["product"]), make, 1)
        make_vars.append(make)
        cost_terms.append((make, value(k, "cost_per_unit")
                           + carbon * value(k, "co2_kg_per_unit") / 1000))
    for r in sheets["Recipes"]:
        make, site = plant_site[r["plant"]]
        add((site, r["input"]), make, -float(r["qty_per_unit"]))
    for lane in sheets["Lanes"]:
        load = []
        for p in products.values():
            if not carries(lane, p):
                continue
            tonnes = value(p, "tonnes_per_unit", 1.0)
            ship = prob.add_variable(f"ship_{lane['id']}_{p['id']}", lowBound=0)
            add((lane["origin"], p["id"]), ship, -1)
            add((lane["destination"], p["id"]), ship, 1)
            rate = tariff_of(sheets["Tariffs"], p["id"], country[lane["origin"]],
                             country[lane["destination"]])
            cost_terms.append((ship, tonnes * value(lane, "cost_per_tonne")
                               + rate * value(p, "value_per_unit")
                               + carbon * tonnes * value(lane, "co2_kg_per_tonne") / 1000))
            load.append((ship, tonnes))
            tariff_terms.append((ship, rate * value(p, "value_per_unit")))
        if lane.get("capacity_tonnes") is not None and load:
            prob += pulp.LpAffineExpression(load) <= float(lane["capacity_tonnes"])
            full_lanes.append((pulp.LpAffineExpression(load), float(lane["capacity_tonnes"])))
    for i, d in enumerate(sheets["Demand"]):
        unmet = prob.add_variable(f"unmet_{i}", lowBound=0, upBound=float(d["quantity"]))
        node = (d["site"], d["product"])
        add(node, unmet, 1)
        rhs[node] = rhs.get(node, 0.0) + float(d["quantity"])
        penalty = d.get("penalty_per_unit")
        cost_terms.append((unmet, default_penalty if penalty is None else float(penalty)))
        unmet_terms.append((unmet, 1))
    for node, terms in balance.items():
        # A dict sums repeated variables; LpAffineExpression(list) keeps only the last.
        summed: dict = {}
        for var, coefficient in terms:
            summed[var] = summed.get(var, 0.0) + coefficient
        prob += pulp.LpAffineExpression(summed) == rhs.get(node, 0.0)
    prob.setObjective(pulp.LpAffineExpression(cost_terms))
    prob.solve(pulp.HiGHS(msg=False))
    assert pulp.LpStatus[prob.status] == "Optimal"
    totals = {"tariff": pulp.value(pulp.LpAffineExpression(tariff_terms)) or 0.0,
              "unmet": pulp.value(pulp.LpAffineExpression(unmet_terms)) or 0.0,
              "made": sum(v.value() or 0.0 for v in make_vars),
              "full_lanes": sum(cap > 0 and (pulp.value(load) or 0) >= cap - 1e-7
                                for load, cap in full_lanes)}
    return float(pulp.value(prob.objective) or 0.0), totals


# --- the comparison ----------------------------------------------------------------

@pytest.fixture(scope="module")
def cases():
    """Per seed: the network, the schema-2 reference optimum and the schema-1 totals.

    Under schema 2 duty is paid once, by origin, where goods are used; the
    schema-1 model above charges every border crossed. The two agree
    wherever no good crosses a second border (test below); the planner is
    compared with the explicit-state schema-2 model everywhere.
    """
    built = {}
    for seed in SEEDS:
        sheets, settings = random_network(seed)
        schema1, totals = independent_solution(sheets, settings)
        built[seed] = (sheets, settings, reference_optimum(sheets, settings)[0], totals,
                       schema1)
    return built


def test_random_networks_exercise_the_features(cases):
    """Guard against a generator that silently stops covering the features.

    Counted on the independent model's optimum: tariffs actually paid,
    demand partly unmet, plants producing and lane capacities binding.
    """
    all_sheets = [sheets for sheets, *_ in cases.values()]
    totals = [t for *_, t, _ in cases.values()]
    assert sum(any("*" in key_of(t) for t in s["Tariffs"]) for s in all_sheets) >= 8
    assert sum(any(r["input"] == k["product"] for r in s["Recipes"] for k in s["Plants"]
                   if k["id"] == r["plant"]) for s in all_sheets) >= 2
    assert sum(any(lane["products"] for lane in s["Lanes"]) for s in all_sheets) >= 10
    assert sum(any(d["penalty_per_unit"] is not None for d in s["Demand"])
               for s in all_sheets) >= 5
    assert sum("unmet_penalty" not in settings for _, settings, *_ in cases.values()) >= 2
    assert sum(settings["carbon_price"] > 0 for _, settings, *_ in cases.values()) >= 5
    assert sum(t["tariff"] > 0 for t in totals) >= 4
    assert sum(t["unmet"] > 0 for t in totals) >= 5
    assert sum(t["made"] > 0 for t in totals) >= 8
    assert sum(t["full_lanes"] > 0 for t in totals) >= 4


@pytest.mark.parametrize("solver", ["highs", "cbc"])
@pytest.mark.parametrize("seed", SEEDS)
def test_objective_matches_independent_model(cases, seed, solver):
    sheets, settings, expected, _, _ = cases[seed]
    network = network_from_rows(sheets, settings)
    assert not errors(validate(network)), errors(validate(network))
    plan = solve(network, SolveOptions(solver=solver, time_limit=30))
    assert plan.status == "optimal", plan.message
    assert plan.objective == pytest.approx(expected, rel=1e-6, abs=1e-6)
    assert sum(plan.costs.values()) == pytest.approx(expected, rel=1e-6, abs=1e-6)


def test_schema1_optimum_unchanged_where_no_good_crosses_a_second_border(cases):
    """Without transhipment (no warning of a lane carrying goods out of a country they
    entered from another), schema 2 gives exactly the schema-1 optimum; with it, the
    schema-1 model may charge a second border (seed 13: 969 vs 594)."""
    unchanged = 0
    for sheets, settings, _, _, schema1 in cases.values():
        network = network_from_rows(sheets, {**settings, "schema_version": 1})
        if any("entered it from another country" in p.message for p in validate(network)):
            continue
        plan = solve(network)
        assert plan.objective == pytest.approx(schema1, rel=1e-9, abs=1e-9)
        unchanged += 1
    assert unchanged >= 3
    assert cases[13][4] == pytest.approx(969) and cases[13][2] == pytest.approx(594)
