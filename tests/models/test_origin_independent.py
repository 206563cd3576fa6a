"""Random schema-2 networks solved by the planner and by the explicit-state reference model.

The networks add to the schema-1 random networks of test_independent: a
third-country hub country (SG), agreements with random members, general and
preferential tariff rows (some preferential rates above the general one),
rules of origin by id, family and ``*`` with RVC and CC/CTH/CTSH options,
HS codes that share chapters and headings, Supply rows whose
``origin_country`` differs from the site's and rows that are not
originating. The reference (tests/models/origin_reference.py) has a variable
for every state and every part; it shares no code with ``models``.
"""

from __future__ import annotations

import random

import pytest

from tests.models.origin_reference import reference_optimum
from tests.models.test_independent import random_network
from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

SEEDS = range(30)
AGREEMENTS = ("RCEP", "ACFTA")
COUNTRIES = ("CN", "MY", "SG", "TH")
HS = ("7208.10", "7208.25", "7209.15", "7210.11", "4011.10", "4001.22", "7005.29", "7601.10")


def random_origin_network(seed: int) -> tuple[dict, dict]:
    """A schema-1 random network with agreements, rules, HS codes and origins added."""
    sheets, settings = random_network(1000 + seed)
    rng = random.Random(seed)
    for site in sheets["Sites"]:
        site["country"] = rng.choice(COUNTRIES)
    members = {a: sorted(rng.sample(COUNTRIES, rng.randint(2, 4))) for a in AGREEMENTS}
    sheets["Agreements"] = [{"agreement": a, "country": c} for a, cs in members.items()
                            for c in cs]
    for product in sheets["Products"]:
        product["hs_code"] = rng.choice(HS)
        product["value_per_unit"] = rng.choice([10, 80, 250, 600])
    for row in sheets["Supply"]:
        if rng.random() < 0.4:
            row["origin_country"] = rng.choice(COUNTRIES + ("AU",))
        if rng.random() < 0.25:
            row["originating"] = rng.choice(["no", "No", "YES"])
    sheets["Tariffs"] = _tariffs(rng, [p["id"] for p in sheets["Products"]])
    sheets["OriginRules"] = _rules(rng, sheets["Products"])
    return sheets, settings


def _tariffs(rng, products):
    rows = [{"product": "*", "origin_country": "*", "destination_country": "*",
             "rate": rng.choice([0.05, 0.1, 0.3])}]
    for _ in range(rng.randint(1, 4)):
        rows.append({"product": rng.choice(products), "origin_country": "*",
                     "destination_country": rng.choice(COUNTRIES), "rate": rng.choice(
                         [0, 0.08, 0.2, 0.5])})
    for agreement in AGREEMENTS:
        rows.append({"agreement": agreement, "product": "*", "origin_country": "*",
                     "destination_country": "*", "rate": rng.choice([0, 0.02, 0.4])})
        for _ in range(rng.randint(0, 2)):
            rows.append({"agreement": agreement, "product": rng.choice(products),
                         "origin_country": rng.choice(COUNTRIES), "destination_country": "*",
                         "rate": rng.choice([0, 0.01, 0.7])})
    unique, seen = [], set()
    for row in rows:
        key = (row.get("agreement", ""), row["product"], row["origin_country"],
               row["destination_country"])
        if key not in seen and not any(
                k[0] == key[0] and sum(x == "*" for x in k) == sum(x == "*" for x in key)
                and all(x == y or "*" in (x, y) for x, y in zip(k[1:], key[1:], strict=True))
                for k in seen):
            seen.add(key)
            unique.append(row)
    return unique


def _rules(rng, products):
    rows = []
    names = ["*", products[-1]["id"], *sorted({p["family"] for p in products})]
    for agreement in AGREEMENTS:
        keys = {rng.choice(names)
                for _ in range(rng.randint(0, 3))}
        for key in sorted(keys):
            rvc = rng.choice([None, 0.4, 0.6, 1.0])
            change = rng.choice([None, "CC", "cth", "CTSH"]) if rvc else rng.choice(
                ["CC", "CTH", "CTSH"])
            rows.append({"agreement": agreement, "product": key, "rvc": rvc, "change": change,
                         "de_minimis": rng.choice([None, 0, 0.1, 0.3])})
    return rows


@pytest.fixture(scope="module")
def cases():
    return {seed: (*random_origin_network(seed),) for seed in SEEDS}


@pytest.mark.parametrize("solver", ["highs", "cbc"])
@pytest.mark.parametrize("seed", SEEDS)
def test_objective_matches_explicit_state_model(cases, seed, solver):
    sheets, settings = cases[seed]
    expected, totals = reference_optimum(sheets, settings)
    network = network_from_rows(sheets, settings)
    assert not errors(validate(network)), errors(validate(network))
    plan = solve(network, SolveOptions(solver=solver, time_limit=30))
    assert plan.status == "optimal", plan.message
    assert plan.objective == pytest.approx(expected, rel=1e-6, abs=1e-6)
    assert sum(plan.costs.values()) == pytest.approx(expected, rel=1e-6, abs=1e-6)
    assert sum(plan.duty.values()) == pytest.approx(plan.costs["tariff"], rel=1e-6, abs=1e-6)


def test_random_networks_exercise_origin(cases):
    """Guard: preferences are claimed, rules bind and duty is paid on enough seeds."""
    claimed = paid = ruled = 0
    for sheets, settings in cases.values():
        plan = solve(network_from_rows(sheets, settings))
        claimed += plan.duty_saved > 1e-6
        paid += plan.costs["tariff"] > 1e-6
        ruled += len(plan.tables["origin"]) > 0
    assert claimed >= 5 and paid >= 5 and ruled >= 3, (claimed, paid, ruled)
