"""``min_output`` two ways: the model's on/off binaries against HiGHS semi-continuous columns.

Both formulations of docs/contract.md §8.2 must give the same optimum (to
1e-6 relative, solved to a zero gap), and the semi-continuous solution,
mapped back (make unscaled, ``on`` = the plant runs), must be a feasible
solution of the model's form with that same cost. Cases: the hand-derived
ones of ``test_milp`` plus plants above 1e5 units a year (HiGHS's limit on a
semi-continuous upper bound, the cause of the benchmark's former "Solve
error"), the random MILPs of ``test_milp_independent`` and random schema-2
networks (origin states, agreements, rules) with minimum outputs.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from tests.models.test_milp import network
from tests.models.test_milp_independent import random_milp
from tests.models.test_origin_independent import random_origin_network
from twinparks.models import lp as lp_module
from twinparks.models import milp
from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.semicontinuous import solve_semi_continuous
from twinparks.models.solvers import solve_highs
from twinparks.models.typed import resolve
from twinparks.models.validation import validate

FREE_LANE = [{"id": "S>M", "origin": "S", "destination": "M", "cost_per_tonne": 0}]


def both_forms(net):
    """(binary objective, semi-continuous objective, plants off in each, the extended LP)."""
    assert not errors(validate(net)), [p.format() for p in errors(validate(net))]
    typed = resolve(net)
    lp = milp.extend(typed, lp_module.build(typed))
    binary = solve_highs(lp, 60, mip_gap=0.0)
    assert binary.optimal, binary.message
    status, objective, x = solve_semi_continuous(typed, lp, 0.0, 60)
    assert status == "Optimal" and x is not None and objective is not None
    assert_feasible(lp, x)
    assert float(lp.cost @ x) == pytest.approx(objective, rel=1e-9, abs=1e-6)
    on = lp.blocks["on"]
    return binary.objective, objective, binary.x[on] < 0.5, x[on] < 0.5, lp


def assert_feasible(lp, x, tolerance=1e-6):
    """``x`` within the column bounds and rows of ``lp`` (relative to the bound's size)."""
    activity = np.bincount(lp.rows, weights=lp.values * x[lp.cols], minlength=lp.num_rows)
    slack = tolerance * (1 + np.abs(activity))
    assert (activity >= lp.row_lower - slack).all() and (activity <= lp.row_upper + slack).all()
    scale = tolerance * (1 + np.abs(x))
    assert (x >= lp.col_lower - scale).all() and (x <= lp.col_upper + scale).all()
    integers = np.flatnonzero(lp.integrality)
    assert np.allclose(x[integers], np.round(x[integers]), atol=1e-6)


@pytest.mark.parametrize(("plant", "demand", "investments", "expected", "off"), [
    # test_milp: only 50 deliverable, below the minimum of 80: off, 50·12 unmet.
    ({"capacity": 100, "cost_per_unit": 10, "min_output": 80}, 50, (), 600, True),
    # Demand 90: making 90 ≥ 80 costs 900 < 1 080 unmet.
    ({"capacity": 100, "cost_per_unit": 10, "min_output": 80}, 90, (), 900, False),
    # Above HiGHS's 1e5 limit with a lower bound above 1e4: 200 000 < 250 000, off, 2.4 M.
    ({"capacity": 400_000, "cost_per_unit": 10, "min_output": 250_000}, 200_000, (),
     2_400_000, True),
    # Same plant, demand 300 000 ≥ the minimum: made for 3.0 M (< 3.6 M unmet).
    ({"capacity": 400_000, "cost_per_unit": 10, "min_output": 250_000}, 300_000, (),
     3_000_000, False),
    # A small minimum on a big plant (HiGHS would cut the bound to 1e5): 300 000 made, 3.0 M.
    ({"capacity": 500_000, "cost_per_unit": 10, "min_output": 5_000}, 300_000, (),
     3_000_000, False),
    # Capacity only from modules of 150 000 (100 000/yr each), minimum 200 000, demand
    # 250 000 at 12: one module cannot reach the minimum (3.1 M); two make 250 000 for
    # 2.5 M + 0.2 M = 2.7 M; three cost 0.1 M more; none 3.0 M unmet.
    ({"capacity": 0, "cost_per_unit": 10, "min_output": 200_000}, 250_000,
     ({"id": "P_MOD", "plant": "P", "capacity": 150_000, "annual_cost": 100_000,
       "max_modules": 3},), 2_700_000, False),
])
def test_hand_cases_give_the_same_optimum(plant, demand, investments, expected, off):
    net = network(plant, demand, 12, investments=investments, lanes=FREE_LANE)
    binary, semi, binary_off, semi_off, _ = both_forms(net)
    assert binary == pytest.approx(expected, rel=1e-9)
    assert semi == pytest.approx(expected, rel=1e-9)
    assert binary_off.tolist() == semi_off.tolist() == [off]


def has_min_output(sheets) -> bool:
    """Some plant of these rows has a minimum output (else there is nothing to compare)."""
    return any(plant.get("min_output") for plant in sheets["Plants"])


# Of the first 12 random MILPs, those with a minimum output (9 of them).
MILP_SEEDS = [seed for seed in range(12) if has_min_output(random_milp(seed)[0])]


@pytest.mark.parametrize("seed", MILP_SEEDS)
def test_random_milps_give_the_same_optimum(seed):
    sheets, settings = random_milp(seed)
    binary, semi, _, _, _ = both_forms(network_from_rows(sheets, settings))
    assert semi == pytest.approx(binary, rel=1e-6, abs=1e-6)


def origin_milp(seed: int):
    """A random schema-2 network (states, agreements, rules) with minimum outputs."""
    sheets, settings = random_origin_network(seed)
    rng = random.Random(500 + seed)
    for plant in sheets["Plants"]:
        if plant["capacity"] > 0 and rng.random() < 0.8:
            plant["min_output"] = rng.choice([0.05, 0.2, 0.6]) * plant["capacity"]
    return network_from_rows(sheets, settings)


def origin_has_min_output(seed: int) -> bool:
    return bool((origin_milp(seed).tables["Plants"]["min_output"].fillna(0) > 0).any())


# Of the first 15 random schema-2 networks, those with a minimum output.
ORIGIN_SEEDS = [seed for seed in range(15) if origin_has_min_output(seed)]


def test_the_random_cases_are_enough():
    """Guard: filtering the seeds leaves most of them (the generators still make minimums)."""
    assert len(MILP_SEEDS) >= 6 and len(ORIGIN_SEEDS) >= 10, (MILP_SEEDS, ORIGIN_SEEDS)


@pytest.mark.parametrize("seed", ORIGIN_SEEDS)
def test_origin_networks_give_the_same_optimum(seed):
    net = origin_milp(seed)
    binary, semi, _, _, lp = both_forms(net)
    assert lp.space is not None and lp.layout is not None
    assert semi == pytest.approx(binary, rel=1e-6, abs=1e-6)


def test_origin_networks_switch_plants_off_and_on():
    """Guard: the random schema-2 cases keep some minimum-output plants off and some on."""
    off = on = 0
    for seed in ORIGIN_SEEDS:
        _, _, binary_off, _, _ = both_forms(origin_milp(seed))
        off += int(binary_off.sum())
        on += int((~binary_off).sum())
    assert off >= 3 and on >= 3, (off, on)
