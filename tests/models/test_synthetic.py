"""The synthetic network generator used by the benchmarks."""

import math

import pytest

from twinparks.models.lp import build
from twinparks.models.network import Network
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.synthetic import synthetic_network
from twinparks.models.typed import resolve
from twinparks.models.validation import validate


def _cells(network: Network) -> dict[str, list[list[object]]]:
    return {sheet: table.values.tolist() for sheet, table in network.tables.items()}


def test_same_seed_same_network():
    assert _cells(synthetic_network(1000, seed=7)) == _cells(synthetic_network(1000, seed=7))


def test_different_seeds_differ():
    assert _cells(synthetic_network(1000, seed=1)) != _cells(synthetic_network(1000, seed=2))


@pytest.mark.parametrize("target", [10, 1000, 10_000])
@pytest.mark.parametrize("seed", [0, 1])
def test_validates_without_errors(target, seed):
    assert errors(validate(synthetic_network(target, seed))) == []


@pytest.mark.parametrize("target", [1000, 10_000])
@pytest.mark.parametrize("seed", [0, 3])
def test_variable_count_near_target(target, seed):
    count = build(resolve(synthetic_network(target, seed))).num_cols
    assert 0.7 * target <= count <= 1.3 * target


def test_has_every_feature_the_benchmark_relies_on():
    network = synthetic_network(1000)
    lanes = network.table("Lanes")
    assert lanes["capacity_tonnes"].notna().any()
    assert lanes["products"].notna().any() and lanes["products"].isna().any()
    assert (network.table("Tariffs")[["product", "origin_country", "destination_country"]]
            == "*").any().all()
    assert len(set(network.table("Sites")["country"])) in (2, 3)
    assert network.setting("carbon_price") > 0
    recipes = network.table("Recipes")
    assert set(recipes["input"]) & set(network.table("Plants")["product"])  # two stages


def test_highs_and_cbc_agree_at_1e3():
    network = synthetic_network(1000)
    highs = solve(network, SolveOptions(solver="highs"))
    cbc = solve(network, SolveOptions(solver="cbc"))
    assert highs.status == cbc.status == "optimal"
    assert math.isclose(highs.objective, cbc.objective, rel_tol=1e-6)
    assert highs.service_level > 0.95
