"""The distribution of a risk run: cost statistics, service exceedance, co-failures.

* ``mean``, percentiles 5/50/95 (linear interpolation) and ``cvar_95``, the
  mean of the worst 5 % of costs (the ⌈0.05·N⌉ largest);
* ``service_below``: per threshold, the share of samples whose service
  level is below it;
* ``cofailures``: per closure, how often it happened, how often together
  with lost service (service level below the base plan's) and its share of
  the samples with lost service, most frequent first;
* ``cofailure_pairs``: pairs of closures that happened in the same
  samples, how often (count and share of the samples), how often that
  would be if they were independent, and how often together with lost
  service, most frequent first;
* ``convergence``: the standard error of the mean cost after n samples,
  n = 10, 100, 1000 … and N.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from twinparks.models.risk import RiskResult

THRESHOLDS = (0.99, 0.95, 0.90)
LOST_TOL = 1e-9


def summary(result: RiskResult, thresholds: tuple[float, ...] = THRESHOLDS) -> dict:
    """The run's figures as plain numbers (NaN costs, samples without an optimum, left out)."""
    solved = np.isfinite(result.cost)
    cost, service = result.cost[solved], result.service[solved]
    if not len(cost):
        return {"samples": len(result.cost), "solved": 0}
    return {
        "samples": int(len(result.cost)), "solved": int(solved.sum()), "seed": result.seed,
        "base_cost": result.base_objective, "base_service_level": result.base_service,
        "mean": float(cost.mean()), "std": float(cost.std(ddof=1)) if len(cost) > 1 else 0.0,
        "p5": float(np.percentile(cost, 5)), "p50": float(np.percentile(cost, 50)),
        "p95": float(np.percentile(cost, 95)), "cvar_95": cvar(cost, 0.95),
        "mean_service_level": float(service.mean()),
        "service_below": {f"{t:g}": float((service < t - LOST_TOL).mean()) for t in thresholds},
        "convergence": convergence(cost),
        "cancelled": result.cancelled,
    }


def cvar(cost: np.ndarray, level: float) -> float:
    """Mean of the worst ``1 − level`` share of costs (at least one sample)."""
    worst = max(1, math.ceil((1 - level) * len(cost) - 1e-9))
    return float(np.sort(cost)[-worst:].mean())


def convergence(cost: np.ndarray) -> list[dict]:
    """Mean and its standard error after n = 10, 100, … and all samples."""
    sizes = [n for n in (10 ** k for k in range(1, 10)) if n < len(cost)] + [len(cost)]
    rows = []
    for n in sizes:
        head = cost[:n]
        error = float(head.std(ddof=1) / math.sqrt(n)) if n > 1 else float("nan")
        rows.append({"samples": n, "mean": float(head.mean()), "std_error": error})
    return rows


def cofailures(result: RiskResult) -> pd.DataFrame:
    """Per closure factor: times closed, closed with lost service, share of lost samples."""
    lost = _lost(result)
    rows = []
    for k, factor in enumerate(result.factors):
        if not factor.is_closure:
            continue
        closed = result.values[:, k] > 0
        together = int((closed & lost).sum())
        rows.append({"risk": factor.id, "factor": factor.factor, "target": factor.target,
                     "closed": int(closed.sum()), "closed_with_lost_service": together,
                     "share_of_lost_service": together / lost.sum() if lost.any() else 0.0})
    columns = ["risk", "factor", "target", "closed", "closed_with_lost_service",
               "share_of_lost_service"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values("closed_with_lost_service", ascending=False,
                             kind="stable").reset_index(drop=True)


PAIR_COLUMNS = ["risk_a", "risk_b", "factor_a", "target_a", "factor_b", "target_b", "together",
                "probability", "if_independent", "together_with_lost_service"]


def cofailure_pairs(result: RiskResult, top: int | None = 10) -> pd.DataFrame:
    """Pairs of closures closed in the same samples, most frequent first (``top`` of them).

    ``probability`` is ``together`` over all samples; ``if_independent`` the
    product of the two closures' own frequencies (what ``probability`` would
    be, within sampling error, were they independent). Pairs never closed
    together are left out.
    """
    closures = [k for k, factor in enumerate(result.factors) if factor.is_closure]
    samples = len(result.values)
    if len(closures) < 2 or not samples:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    closed = result.values[:, closures] > 0
    lost = _lost(result)
    together = closed.T.astype(np.int64) @ closed.astype(np.int64)
    with_lost = closed[lost].T.astype(np.int64) @ closed[lost].astype(np.int64)
    share = closed.mean(axis=0)
    first, second = np.triu_indices(len(closures), k=1)
    keep = together[first, second] > 0
    first, second = first[keep], second[keep]
    a = [result.factors[closures[i]] for i in first]
    b = [result.factors[closures[j]] for j in second]
    frame = pd.DataFrame({
        "risk_a": [f.id for f in a], "risk_b": [f.id for f in b],
        "factor_a": [f.factor for f in a], "target_a": [f.target for f in a],
        "factor_b": [f.factor for f in b], "target_b": [f.target for f in b],
        "together": together[first, second], "probability": together[first, second] / samples,
        "if_independent": share[first] * share[second],
        "together_with_lost_service": with_lost[first, second]}, columns=PAIR_COLUMNS)
    frame = frame.sort_values(["together", "together_with_lost_service"], ascending=False,
                              kind="stable").reset_index(drop=True)
    return frame if top is None else frame.head(top)


def _lost(result: RiskResult) -> np.ndarray:
    """Per sample: solved, with service below the base plan's."""
    solved = np.isfinite(result.cost)
    return solved & (result.service < result.base_service - LOST_TOL)
