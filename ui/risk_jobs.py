"""The Risk page's job, run in a child process by :class:`ui.job_process.JobProcess`.

A module-level function (the child imports it by name); no Qt here. It
runs :func:`models.risk.risk` on the network it is given and sends back the
samples with their statistics, so that the GUI thread only draws them.
Progress is reported as ``(done, total)``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from twinparks.models.network import Network
from twinparks.models.risk import RiskResult, risk
from twinparks.models.risk_stats import cofailure_pairs, summary
from twinparks.models.solvers import Cancel

TOP_PAIRS = 10
WORKERS = 2  # both cores (below the stress test's work threshold one process solves all)


@dataclass(frozen=True)
class RiskRequest:
    """What the planner asked for: how many futures, from which seed."""

    samples: int
    seed: int
    workers: int = WORKERS


@dataclass
class RiskRun:
    """A finished (or cancelled) risk run: samples, figures, co-failure pairs."""

    request: RiskRequest
    result: RiskResult
    figures: dict
    pairs: pd.DataFrame


def risk_job(network: Network, request: RiskRequest, report, cancel: Cancel) -> RiskRun:
    """Sample and solve ``request.samples`` futures of the network's Risks sheet."""
    result = risk(network, samples=request.samples, seed=request.seed, workers=request.workers,
                  progress=lambda done, total: report((done, total)), cancel=cancel)
    return RiskRun(request, result, summary(result), cofailure_pairs(result, top=TOP_PAIRS))
