"""Solve a network: validate, build the LP, run a solver, read the plan.

:func:`solve` is a plain function that reports progress through a callback
and stops when its :class:`~models.solvers.Cancel` is set, so the command
line calls it directly and the GUI runs it in a worker thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from twinparks.models import lp as lp_module
from twinparks.models import milp
from twinparks.models.investment_runs import cost_of_not_investing
from twinparks.models.network import Network
from twinparks.models.plan import Plan, extract
from twinparks.models.problems import QT_TRANSLATE_NOOP, errors
from twinparks.models.solver_choice import SOLVERS, choose_solver
from twinparks.models.solvers import CANCELLED, FAILED, OPTIMAL, Cancel, SolverOutcome
from twinparks.models.typed import TableMemo, resolve
from twinparks.models.validation import validate

log = logging.getLogger(__name__)

INVALID = "invalid"
NOTHING_TO_PLAN = QT_TRANSLATE_NOOP("solver", "nothing to plan: the workbook has no demand rows")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class SolveOptions:
    """Overrides of the workbook's Settings (None keeps the workbook's value)."""

    solver: str | None = None  # None: the workbook's, else by size (models/solver_choice.py)
    time_limit: float | None = None
    threads: int | None = None
    # False: the plan leaves cost_of_not_investing blank (no re-solve per investment), for
    # callers that read only the objective and the flows (the stress and risk references).
    cost_investments: bool = True


def solve(network: Network, options: SolveOptions | None = None,
          progress: Progress | None = None, cancel: Cancel | None = None) -> Plan:
    """Validate and solve ``network``; never raises for bad data or a solver's failure."""
    options = options or SolveOptions()
    report = progress or (lambda stage: None)
    cancel = cancel or Cancel()
    report("validating")
    memo = TableMemo()  # the tables validation typed are not typed again for the LP
    problems = validate(network, memo)
    if errors(problems):
        return Plan(status=INVALID, message=QT_TRANSLATE_NOOP("solver", "the workbook has errors"),
                    problems=problems)
    try:
        plan = solve_valid(network, options, report, cancel, memo)
    except Exception as error:
        log.debug("solve failed", exc_info=True)  # a status, not a traceback on stderr
        return Plan(status=FAILED, message=f"{type(error).__name__}: {error}",
                    problems=problems)
    plan.problems = problems  # warnings only, kept for the caller to show
    return plan


def solve_valid(network: Network, options: SolveOptions, report: Progress,
                cancel: Cancel, memo: TableMemo | None = None) -> Plan:
    """Solve a network that validation accepted (``memo``: the tables it typed)."""
    typed = resolve(network, memo)
    time_limit = options.time_limit or typed.number("time_limit_s")
    timings: dict[str, float] = {}
    start = time.perf_counter()
    report("building")
    lp = milp.extend(typed, lp_module.build(typed))
    solver = choose_solver(options.solver, network, lp)
    timings["build"] = time.perf_counter() - start
    if cancel.cancelled:
        return Plan(status=CANCELLED, solver=solver,
                    message=QT_TRANSLATE_NOOP("solver", "the solve was cancelled"))
    report("solving")
    if len(lp.cost) == 0:  # nothing to decide (no demand, no capacity): the empty plan
        outcome = SolverOutcome(OPTIMAL, NOTHING_TO_PLAN, 0.0, np.zeros(0),
                                np.zeros(len(lp.row_lower)))
    else:
        outcome = SOLVERS[solver](lp, time_limit, cancel, options.threads,
                                  typed.number("mip_gap"))
    timings.update(outcome.timings)
    report("reading results")
    start = time.perf_counter()
    plan = extract(typed, lp, outcome, solver)
    timings["extract"] = time.perf_counter() - start
    if (options.cost_investments and plan.optimal and plan.objective is not None
            and len(plan.investments)):
        report("costing the investments")
        start = time.perf_counter()
        plan.investments["cost_of_not_investing"] = cost_of_not_investing(
            lp, plan.investments, plan.objective, solver, time_limit,
            typed.number("mip_gap"), cancel)
        timings["investments"] = time.perf_counter() - start
    plan.timings = timings
    log.info("solved with %s: %s in %s", solver, plan.status, timings)
    return plan
