"""The Scenarios panel's jobs, run in a child process by :class:`ui.job_process.JobProcess`.

Module-level functions (the child imports them by name); no Qt here.
Progress is reported as ``(done, total)``.
"""

from __future__ import annotations

from twinparks.models.network import Network
from twinparks.models.scenario_runs import solve_all_scenarios
from twinparks.models.solvers import Cancel
from twinparks.models.stress import stress


def solve_all_job(network: Network, options, report, cancel: Cancel):
    """Solve the base case and every scenario; a list of ``ScenarioResult``."""
    return solve_all_scenarios(network, options, lambda done, total, name: report((done, total)),
                               cancel)


def stress_job(network: Network, top, report, cancel: Cancel):
    """The N-1 stress test's ranking (a DataFrame)."""
    return stress(network, top, progress=lambda done, total: report((done, total)), cancel=cancel)
