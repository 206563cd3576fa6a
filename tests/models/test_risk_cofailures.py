"""Co-failure pairs of a risk run against frequencies derived by hand."""

from __future__ import annotations

import math

import pytest

from tests.models.test_risk import two_lanes
from twinparks.models.risk import risk
from twinparks.models.risk_stats import PAIR_COLUMNS, cofailure_pairs


def test_two_independent_closures_fail_together_with_probability_p_times_q():
    """L1 closed with p, L2 with q, independently: both closed with p·q.

    Only then is the market cut off (two_lanes: both lanes closed, all 50 t
    unmet), so every co-failure comes with lost service.
    """
    p, q, samples = 0.4, 0.3, 4000
    rows = [{"id": "a", "factor": "lane", "target": "L1", "probability": p},
            {"id": "b", "factor": "lane", "target": "L2", "probability": q}]
    result = risk(two_lanes(rows), samples=samples, seed=9, workers=1)
    pairs = cofailure_pairs(result)
    assert list(pairs.columns) == PAIR_COLUMNS and len(pairs) == 1
    pair = pairs.iloc[0]
    assert (pair["risk_a"], pair["risk_b"]) == ("a", "b")
    assert (pair["target_a"], pair["target_b"]) == ("L1", "L2")
    sampling_error = math.sqrt(p * q * (1 - p * q) / samples)
    assert abs(pair["probability"] - p * q) < 4 * sampling_error
    closed = result.values > 0
    assert pair["together"] == int((closed[:, 0] & closed[:, 1]).sum())
    assert pair["probability"] == pair["together"] / samples
    assert pair["if_independent"] == pytest.approx(closed[:, 0].mean() * closed[:, 1].mean())
    assert pair["together_with_lost_service"] == pair["together"]


def test_closures_of_one_correlation_group_always_fail_together():
    """One group, one probability: one uniform draw closes both or neither."""
    q, samples = 0.25, 2000
    rows = [{"id": f"r{lane}", "factor": "lane", "target": lane, "probability": q,
             "group": "strait"} for lane in ("L1", "L2")]
    result = risk(two_lanes(rows), samples=samples, seed=4, workers=1)
    pair = cofailure_pairs(result).iloc[0]
    alone = int((result.values[:, 0] > 0).sum())
    assert pair["together"] == alone == int((result.values[:, 1] > 0).sum())
    assert pair["probability"] == pytest.approx(alone / samples)
    assert abs(pair["probability"] - q) < 4 * math.sqrt(q * (1 - q) / samples)
    assert pair["if_independent"] == pytest.approx(pair["probability"] ** 2)


def test_pairs_rank_by_frequency_leave_out_shocks_and_never_together():
    """a and b in one group (p = 0.5), c never closed (p = 0), a freight shock.

    Only (a, b) is a pair: c never closes and a shock is no closure. With a
    and b independent and c always closed, (a, c) and (b, c) close about
    twice as often as (a, b).
    """
    rows = [{"id": "a", "factor": "lane", "target": "L1", "probability": 0.5, "group": "g"},
            {"id": "b", "factor": "lane", "target": "L2", "probability": 0.5, "group": "g"},
            {"id": "c", "factor": "plant", "target": "P", "probability": 0.0},
            {"id": "f", "factor": "lane_cost", "target": "sea", "distribution": "uniform",
             "parameters": "1;2"}]
    result = risk(two_lanes(rows), samples=200, seed=1, workers=1)
    pairs = cofailure_pairs(result, top=None)
    assert pairs[["risk_a", "risk_b"]].values.tolist() == [["a", "b"]]
    assert cofailure_pairs(result, top=0).empty
    independent = risk(two_lanes([{**row, "group": None} for row in rows[:2]]
                                 + [{**rows[2], "probability": 1.0}]),
                       samples=200, seed=1, workers=1)
    ranked = cofailure_pairs(independent, top=None)
    assert ranked["together"].is_monotonic_decreasing
    assert set(map(tuple, ranked[["risk_a", "risk_b"]].values.tolist())) == {
        ("a", "b"), ("a", "c"), ("b", "c")}
    assert ranked.iloc[-1][["risk_a", "risk_b"]].tolist() == ["a", "b"]
