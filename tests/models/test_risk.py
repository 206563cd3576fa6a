"""Risk runs: warm samples equal solving each sampled workbook; known distributions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.models.test_risk_factors import with_risks
from twinparks.example import example_path
from twinparks.models.network import network_from_rows
from twinparks.models.risk import draw, prepare, risk
from twinparks.models.risk_scratch import solve_sample
from twinparks.models.risk_stats import cofailures, summary
from twinparks.models.solve import solve
from twinparks.workbook import read_workbook


def two_lanes(risks):
    """One plant S (cost 10, capacity 100), market M wanting 50 t, lanes L1 (2/t), L2 (5/t).

    By hand: both lanes open, all 50 go over L1: 50 × (10 + 2) = 600 (B); L1 closed,
    over L2: 50 × (10 + 5) = 750 (A); both closed, all unmet at 1000: 50 000.
    """
    network = network_from_rows({
        "Sites": [{"id": "S", "country": "CN", "kind": "park"},
                  {"id": "M", "country": "CN", "kind": "market"}],
        "Products": [{"id": "steel"}],
        "Plants": [{"id": "P", "site": "S", "product": "steel", "capacity": 100,
                    "cost_per_unit": 10}],
        "Lanes": [{"id": "L1", "origin": "S", "destination": "M", "cost_per_tonne": 2,
                   "mode": "sea"},
                  {"id": "L2", "origin": "S", "destination": "M", "cost_per_tonne": 5,
                   "mode": "road"}],
        "Demand": [{"site": "M", "product": "steel", "quantity": 50}],
    }, settings={"unmet_penalty": 1000})
    return with_risks(risks, network)


def test_one_lane_closed_with_probability_p_gives_the_mixture_of_a_and_b():
    p, samples = 0.3, 4000
    result = risk(two_lanes([{"id": "r", "factor": "lane", "target": "L1",
                              "probability": p}]), samples=samples, seed=7, workers=1)
    assert set(np.round(result.cost, 6)) == {600.0, 750.0}
    figures = summary(result)
    sampling_error = 150 * math.sqrt(p * (1 - p) / samples)  # sd of a two-point variable
    assert abs(figures["mean"] - (p * 750 + (1 - p) * 600)) < 4 * sampling_error
    assert figures["p5"] == 600 and figures["p50"] == 600 and figures["p95"] == 750
    assert figures["cvar_95"] == 750
    assert figures["service_below"]["0.99"] == 0
    last = figures["convergence"][-1]
    assert last["samples"] == samples
    assert last["std_error"] == pytest.approx(figures["std"] / math.sqrt(samples))


def test_a_correlated_group_closes_together_and_loses_service():
    # both lanes in one group with one probability: they close in the same samples
    q = 0.2
    rows = [{"id": f"r{lane}", "factor": "lane", "target": lane, "probability": q,
             "group": "strait"} for lane in ("L1", "L2")]
    result = risk(two_lanes(rows), samples=3000, seed=3, workers=1)
    both = result.values[:, 0] > 0
    assert np.array_equal(both, result.values[:, 1] > 0)
    assert np.allclose(result.cost[both], 50_000) and np.allclose(result.service[both], 0)
    figures = summary(result)
    assert figures["service_below"]["0.9"] == pytest.approx(both.mean())
    assert abs(both.mean() - q) < 4 * math.sqrt(q * (1 - q) / 3000)
    ranked = cofailures(result)
    assert ranked["closed_with_lost_service"].tolist() == [both.sum(), both.sum()]
    assert ranked["share_of_lost_service"].tolist() == [1.0, 1.0]


def test_a_freight_shock_and_a_part_year_closure_by_hand():
    # sea freight × u, u ~ U(1, 2): L1 costs 2u ≤ 4 < 5, so L1 carries everything; the
    # plant closed 60 % of the year keeps 40 of its 100: 40 made, 10 unmet at 1000 each
    rows = [{"id": "f", "factor": "lane_cost", "target": "sea", "distribution": "uniform",
             "parameters": "1;2"},
            {"id": "c", "factor": "plant", "target": "P", "probability": 1, "duration": 0.6}]
    result = risk(two_lanes(rows), samples=500, seed=1, workers=1)
    # with 40 of capacity left, 10 units go unmet at 1000 each
    expected = 40 * (10 + 2 * result.values[:, 0]) + 10 * 1000
    assert np.allclose(result.cost, expected, rtol=1e-9)
    assert np.allclose(result.service, 0.8)


def test_same_seed_same_numbers_on_one_and_two_workers():
    network = risky_example()
    one = risk(network, samples=40, seed=11, workers=1)
    two = risk(network, samples=40, seed=11, workers=2, min_work=0)  # real worker processes
    assert np.array_equal(one.values, two.values)
    assert np.array_equal(one.cost, two.cost)
    assert np.array_equal(one.service, two.service)
    other = risk(network, samples=40, seed=12, workers=1)
    assert not np.array_equal(one.cost, other.cost)


def risky_example():
    network = read_workbook(example_path()).network
    return with_risks(EXAMPLE_RISKS, network)


EXAMPLE_RISKS = [
    {"id": "direct", "factor": "lane", "target": "KTN_QZ_DIRECT", "probability": 0.5,
     "duration": 0.5},
    {"id": "hedland", "factor": "lane", "target": "HEDLAND_KTN", "probability": 0.3},
    {"id": "port", "factor": "site", "target": "KTN_PORT", "probability": 0.2,
     "group": "storm"},
    {"id": "sea", "factor": "lane_cost", "target": "sea", "distribution": "lognormal",
     "parameters": "0;0.2", "group": "storm"},
    {"id": "myr", "factor": "currency", "target": "MY", "distribution": "uniform",
     "parameters": "0.9;1.2"},
]


def test_each_warm_sample_equals_solving_the_sampled_workbook():
    network = risky_example()
    sites = set(network.tables["Sites"]["id"])
    assert "KTN_PORT" in sites
    plants = network.tables["Plants"]
    markets = network.tables["Demand"]["site"]
    families = network.tables["Products"]["family"]
    extra = [{"id": "plant", "factor": "plant", "target": plants["id"].iloc[0],
              "probability": 0.5, "duration": 0.4},
             {"id": "demand", "factor": "demand", "target": markets.iloc[0],
              "distribution": "triangular", "parameters": "0.8;1;1.3"},
             {"id": "prices", "factor": "supply_cost", "target": families.iloc[0],
              "distribution": "normal", "parameters": "1;0.15", "group": "storm"}]
    network = with_risks(EXAMPLE_RISKS + extra, read_workbook(example_path()).network)
    result = risk(network, samples=8, seed=5, workers=1)
    context, _ = prepare(network)
    values = draw(context.factors, 8, 5)
    assert np.array_equal(values, result.values)
    base = solve(network)
    for i in range(8):
        cost, service = solve_sample(network, context.factors, values[i], base)
        assert result.cost[i] == pytest.approx(cost, rel=1e-7), i
        assert result.service[i] == pytest.approx(service, abs=1e-7), i


def test_a_dask_local_cluster_gives_the_same_numbers():
    pytest.importorskip("distributed")
    from twinparks.models.risk_dask import risk_on_dask

    network = risky_example()
    local = risk(network, samples=30, seed=2, workers=1)
    threads = risk_on_dask(network, samples=30, seed=2, scheduler="local", processes=False,
                           batch=4)
    assert np.array_equal(local.cost, threads.cost)
    assert np.array_equal(local.service, threads.service)
    processes = risk_on_dask(network, samples=30, seed=2, scheduler="local", batch=7)
    assert np.array_equal(local.cost, processes.cost)
    assert np.array_equal(local.values, processes.values)
