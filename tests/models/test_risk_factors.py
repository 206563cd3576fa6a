"""The Risks sheet: each bad row is reported at its cell; draws follow their distributions."""

from __future__ import annotations

import numpy as np
import pytest

from tests.models.test_scenarios import small_network
from twinparks.models.network import make_table
from twinparks.models.problems import errors
from twinparks.models.risk_factors import draw_keys, factors, quantile
from twinparks.models.validation import validate


def with_risks(rows, network=None):
    network = network or small_network()
    network.tables["Risks"] = make_table("Risks", rows)
    if "Risks" not in network.sheet_order:
        network.sheet_order.append("Risks")
    return network


GOOD = [{"id": "r1", "factor": "lane", "target": "HM", "probability": 0.1, "group": "strait"},
        {"id": "r2", "factor": "plant", "target": "K2", "probability": 0.2, "duration": 0.5},
        {"id": "r3", "factor": "lane_cost", "target": "sea", "distribution": "lognormal",
         "parameters": "0;0.2", "group": "strait"},
        {"id": "r4", "factor": "demand", "target": "M", "distribution": "triangular",
         "parameters": "0.8; 1; 1.3"},
        {"id": "r5", "factor": "currency", "target": "CN", "distribution": "empirical",
         "parameters": "0.9;1;1.1"},
        {"id": "r6", "factor": "supply_cost", "target": "raw", "distribution": "uniform",
         "parameters": "0.9;1.2"}]


def good_network():
    network = small_network()
    network.tables["Lanes"]["mode"] = ["sea", "sea", "road", "road"]
    network.tables["Products"]["family"] = ["steel", "raw"]
    return with_risks(GOOD, network)


def test_a_good_sheet_has_no_problems_and_reads_as_typed_factors():
    network = good_network()
    assert errors(validate(network)) == []
    read = factors(network)
    assert [f.id for f in read] == ["r1", "r2", "r3", "r4", "r5", "r6"]
    assert read[1].duration == 0.5 and read[0].duration == 1.0
    assert read[3].parameters == (0.8, 1.0, 1.3)
    assert draw_keys(read)[0] == "strait" and len(draw_keys(read)) == 5  # r1 and r3 share


@pytest.mark.parametrize(("row", "column", "words"), [
    ({"factor": "flood", "target": "HM"}, "B", "unknown factor"),
    ({"factor": "lane", "target": "XX", "probability": 0.1}, "C", "'XX' is not in"),
    ({"factor": "lane", "target": "HM"}, "D", "needs a probability"),
    ({"factor": "lane", "target": "HM", "probability": 1.5}, "D", "probability"),
    ({"factor": "plant", "target": "K1", "probability": 0.1, "distribution": "normal"}, "F",
     "not a distribution"),
    ({"factor": "demand", "target": "M", "distribution": "poisson"}, "F",
     "needs a distribution"),
    ({"factor": "demand", "target": "M", "distribution": "normal", "parameters": "1"}, "G",
     "mean;sd"),
    ({"factor": "demand", "target": "M", "distribution": "normal", "parameters": "1;-2"}, "G",
     "negative"),
    ({"factor": "demand", "target": "M", "distribution": "uniform", "parameters": "2;1"}, "G",
     "low ≤ high"),
    ({"factor": "demand", "target": "M", "distribution": "triangular",
      "parameters": "1;3;2"}, "G", "mode"),
    ({"factor": "demand", "target": "M", "distribution": "empirical", "parameters": "1;x"},
     "G", "v1;v2"),
    ({"factor": "demand", "target": "M", "distribution": "uniform", "parameters": "1;2",
      "probability": 0.3}, "D", "not a probability"),
    ({"factor": "currency", "target": "US", "distribution": "uniform", "parameters": "1;2"},
     "C", "'US' is not in"),
])
def test_a_bad_row_is_reported_at_its_cell(row, column, words):
    network = with_risks([{"id": "bad", **row}])
    problems = [p for p in errors(validate(network)) if p.sheet == "Risks"]
    assert problems, row
    assert any(p.format("x.xlsx").startswith(f"Risks!{column}2") and words in p.message
               for p in problems), [p.format("x.xlsx") for p in problems]


def test_quantiles_follow_the_distributions():
    u = (np.arange(20000) + 0.5) / 20000  # an even grid: the sample mean is the true mean
    assert quantile("normal", (1.0, 0.1), u).mean() == pytest.approx(1.0, abs=1e-6)
    assert quantile("normal", (1.0, 0.1), u).std() == pytest.approx(0.1, rel=1e-2)
    assert quantile("lognormal", (0.0, 0.2), u).mean() == pytest.approx(np.exp(0.02), rel=1e-3)
    assert quantile("triangular", (0.0, 1.0, 4.0), u).mean() == pytest.approx(5 / 3, rel=1e-4)
    assert quantile("uniform", (2.0, 4.0), u).mean() == pytest.approx(3.0)
    assert sorted(set(quantile("empirical", (3.0, 1.0, 2.0), u))) == [1.0, 2.0, 3.0]
    assert quantile("empirical", (3.0, 1.0, 2.0), np.array([0.1, 0.5, 0.9])).tolist() == \
        [1.0, 2.0, 3.0]
