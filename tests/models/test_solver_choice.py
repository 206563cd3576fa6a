"""The solver that runs: the one named (command line, app, workbook), else by the LP's size.

Sizes are cut down by lowering ``CLP_FROM_COLUMNS`` for the test (the real
threshold is a measured half million columns, too big for a unit test); the
solvers themselves run for real and must agree on the optimum to 1e-6.
"""

import pandas as pd
import pytest

from twinparks.models import solver_choice
from twinparks.models.lp import build
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.solver_cbc import cbc_available
from twinparks.models.solver_choice import by_size, choose_solver, named_solver
from twinparks.models.synthetic import synthetic_network
from twinparks.models.typed import resolve

needs_cbc = pytest.mark.skipif(not cbc_available(), reason="no CBC binary")


def _with_solver(network, value):
    """The network with its Settings ``solver`` row set to ``value`` (None: no such row)."""
    network = network.copy()
    settings = network.tables["Settings"]
    settings = settings[settings["key"] != "solver"]
    if value is not None:
        settings = pd.concat([settings, pd.DataFrame({"key": ["solver"], "value": [value]})],
                             ignore_index=True)
    network.tables["Settings"] = settings.reset_index(drop=True)
    return network


@pytest.fixture(scope="module")
def network():
    return _with_solver(synthetic_network(1_000, seed=0), None)


def test_the_workbook_names_a_solver_only_with_a_valid_value(network):
    assert named_solver(network) is None
    assert named_solver(_with_solver(network, " CBC ")) == "cbc"
    assert named_solver(_with_solver(network, "highs")) == "highs"
    assert named_solver(_with_solver(network, "gurobi")) is None  # invalid: not a choice
    assert named_solver(_with_solver(network, "   ")) is None


def test_small_lps_and_milps_go_to_highs_big_lps_to_clp(network, monkeypatch):
    lp = build(resolve(network))
    assert by_size(lp) == "highs"  # ~1,000 columns, far below the threshold
    monkeypatch.setattr(solver_choice, "CLP_FROM_COLUMNS", lp.num_cols)
    assert by_size(lp) == ("cbc" if cbc_available() else "highs")
    monkeypatch.setattr(solver_choice, "CLP_FROM_COLUMNS", lp.num_cols + 1)
    assert by_size(lp) == "highs"


def test_a_named_solver_always_wins(network, monkeypatch):
    lp = build(resolve(network))
    monkeypatch.setattr(solver_choice, "CLP_FROM_COLUMNS", 1)
    assert choose_solver("HiGHS", _with_solver(network, "cbc"), lp) == "highs"
    assert choose_solver(None, _with_solver(network, "highs"), lp) == "highs"
    assert choose_solver(None, _with_solver(network, "cbc"), lp) == "cbc"


@needs_cbc
def test_the_route_by_size_gives_the_same_optimum(network, monkeypatch):
    reference = solve(_with_solver(network, "highs"))
    monkeypatch.setattr(solver_choice, "CLP_FROM_COLUMNS", 1)
    routed = solve(network)
    named = solve(_with_solver(network, "highs"))
    assert reference.optimal and routed.optimal and named.optimal
    assert routed.solver == "cbc" and named.solver == "highs"
    assert routed.objective == pytest.approx(reference.objective, rel=1e-6)
    assert solve(network, SolveOptions(solver="highs")).solver == "highs"
