"""Solver back ends: HiGHS through highspy (default) and CBC through PuLP.

Both take a :class:`models.lp.LinearProgram` and return a
:class:`SolverOutcome`; nothing here raises for a solver's failure. A
solution is handed back only when the solver *proved* it optimal: HiGHS's
model status ``kOptimal``, or CBC's solution status ``Optimal`` (CBC says
"Stopped on time" for an incumbent found before a time limit).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from twinparks.models.lp import LinearProgram
from twinparks.models.problems import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
PROVEN_OPTIMAL = QT_TRANSLATE_NOOP("solver", "proven optimal")

OPTIMAL = "optimal"
TIME_LIMIT = "time_limit"
INFEASIBLE = "infeasible"
UNBOUNDED = "unbounded"
CANCELLED = "cancelled"
FAILED = "failed"


class Cancel:
    """A thread-safe cancel flag that also stops a running solver."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], object]] = []

    @property
    def cancelled(self) -> bool:
        """Whether cancel was asked for."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; a running solver is told at once."""
        with self._lock:
            self._event.set()
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    def watch(self, hook: Callable[[], object]) -> Callable[[], None]:
        """Call ``hook`` on cancel (now, if already cancelled); returns an unwatch."""
        with self._lock:
            self._hooks.append(hook)
            already = self._event.is_set()
        if already:
            hook()

        def unwatch() -> None:
            with self._lock:
                if hook in self._hooks:
                    self._hooks.remove(hook)
        return unwatch


@dataclass
class SolverOutcome:
    """What a solver said: status, and the primal/dual solution when optimal."""

    status: str
    message: str = ""
    objective: float | None = None
    x: np.ndarray | None = None
    row_dual: np.ndarray | None = None
    timings: dict[str, float] = field(default_factory=dict)
    gap: float | None = None  # a MILP's relative gap between objective and bound
    bound: float | None = None  # a MILP's proven lower bound

    @property
    def optimal(self) -> bool:
        """Proven optimal, with a solution."""
        return self.status == OPTIMAL and self.x is not None


def solve_highs(lp: LinearProgram, time_limit: float, cancel: Cancel | None = None,
                threads: int | None = None, mip_gap: float = 1e-4,
                duals: bool = True) -> SolverOutcome:
    """Hand the matrix to HiGHS in bulk and solve (a MILP when ``lp.integrality`` says so).

    ``duals=False`` skips a MILP's shadow-price LP (a re-solve that needs only
    the objective).
    """
    highs = new_highs()
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("mip_rel_gap", float(mip_gap))
    if threads:
        highs.setOptionValue("threads", int(threads))
    if 0 < len(integer_columns(lp)) <= SMALL_MIP:
        without_sub_mips(highs)
    # Without this flag highspy ignores cancelSolve() (pitfalls.md).
    highs.HandleUserInterrupt = True
    start = time.perf_counter()
    pass_to_highs(highs, lp)
    handed = time.perf_counter()
    unwatch = (cancel or Cancel()).watch(highs.cancelSolve)
    try:
        highs.solve()
    finally:
        unwatch()
    solved = time.perf_counter()
    outcome = _highs_outcome(highs, cancel)
    if is_mip(lp) and outcome.x is not None:
        info = highs.getInfo()
        outcome.gap, outcome.bound = float(info.mip_gap), float(info.mip_dual_bound)
        outcome.row_dual = _fixed_lp_duals(highs, lp, outcome.x, time_limit) if duals else \
            np.zeros(lp.num_rows)
    outcome.timings = {"handoff": handed - start, "solve": solved - handed,
                       "readback": time.perf_counter() - solved}
    return outcome


# A MILP with at most this many integers skips HiGHS's sub-MIP heuristics (RINS, RENS):
# on the bundled dataset (9 integers) they took 0.4 of its 0.6 s to proven optimality
# and found nothing the branch and bound did not (benchmarks/milp.py --example).
SMALL_MIP = 64


def without_sub_mips(highs) -> None:
    """Switch off the sub-MIP heuristics; the search stays exact (same proven gap)."""
    highs.setOptionValue("mip_heuristic_run_rins", False)
    highs.setOptionValue("mip_heuristic_run_rens", False)


def is_mip(lp: LinearProgram) -> bool:
    """Whether some columns must be whole numbers."""
    return lp.integrality is not None and bool(lp.integrality.any())


def integer_columns(lp: LinearProgram) -> np.ndarray:
    """Positions of the integer columns (none for an LP)."""
    if lp.integrality is None or not is_mip(lp):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(lp.integrality)


def restart_clock(highs, seconds: float) -> None:
    """Give the next run of ``highs`` a time limit of ``seconds`` of its own.

    HiGHS measures ``time_limit`` against the time of every run of one
    ``Highs`` object so far: an object re-solved case after case (the stress
    and risk runs) would otherwise fail every case once the runs together
    took ``seconds``.
    """
    highs.setOptionValue("time_limit", highs.getRunTime() + float(seconds))


def _fixed_lp_duals(highs, lp: LinearProgram, x: np.ndarray, time_limit: float) -> np.ndarray:
    """Row duals of the LP with every integer fixed at its value in ``x``.

    A MILP has no duals of its own; these are the shadow prices of the plan
    with its investment and on/off decisions taken as given (an LP with the
    full time limit, whatever the MILP took).
    """
    import highspy

    fixed = integer_columns(lp).astype(np.int32)
    values = np.round(x[fixed])
    highs.changeColsIntegrality(len(fixed), fixed,
                                np.array([highspy.HighsVarType.kContinuous] * len(fixed)))
    highs.changeColsBounds(len(fixed), fixed, values, values)
    restart_clock(highs, time_limit)
    highs.run()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return np.zeros(lp.num_rows)
    return np.asarray(highs.getSolution().row_dual)


_banner_lock = threading.Lock()
_banner_shown = False


def new_highs():
    """A silent ``highspy.Highs``.

    HiGHS prints its banner to the C-level stdout when the first instance of
    a process is made, before any option can switch it off; that would
    corrupt ``--json`` output, so the first construction runs with file
    descriptor 1 pointed at the null device.
    """
    global _banner_shown
    import highspy

    with _banner_lock:
        if _banner_shown:
            highs = highspy.Highs()
        else:
            highs = _without_stdout(highspy.Highs)
            _banner_shown = True
    highs.setOptionValue("output_flag", False)
    return highs


def _without_stdout(make):
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
            return make()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def pass_to_highs(highs, lp: LinearProgram) -> None:
    """Load the LP into a ``highspy.Highs`` object as NumPy arrays (column-wise)."""
    import highspy

    starts, index, values = lp.csc()
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = lp.num_cols, lp.num_rows
    model.col_cost_, model.col_lower_, model.col_upper_ = lp.cost, lp.col_lower, lp.col_upper
    model.row_lower_, model.row_upper_ = lp.row_lower, lp.row_upper
    matrix = model.a_matrix_
    matrix.format_ = highspy.MatrixFormat.kColwise
    matrix.num_col_, matrix.num_row_ = lp.num_cols, lp.num_rows
    matrix.start_ = np.append(starts, np.int32(len(values)))
    matrix.index_, matrix.value_ = index, values
    if highs.passModel(model) == highspy.HighsStatus.kError:
        raise ValueError("HiGHS refused the model (a number in the workbook may be too large "
                         "or too small for it)")
    integers = integer_columns(lp).astype(np.int32)
    if len(integers):
        highs.changeColsIntegrality(len(integers), integers,
                                    np.array([highspy.HighsVarType.kInteger] * len(integers)))


def _highs_outcome(highs, cancel: Cancel | None) -> SolverOutcome:
    import highspy

    status = highs.getModelStatus()
    kinds = highspy.HighsModelStatus
    if status == kinds.kOptimal:
        solution = highs.getSolution()
        return SolverOutcome(OPTIMAL, PROVEN_OPTIMAL, highs.getInfo().objective_function_value,
                             np.asarray(solution.col_value), np.asarray(solution.row_dual))
    if status == kinds.kInterrupt or (cancel is not None and cancel.cancelled):
        return SolverOutcome(CANCELLED, QT_TRANSLATE_NOOP("solver", "the solve was cancelled"))
    if status == kinds.kTimeLimit:
        outcome = SolverOutcome(TIME_LIMIT, QT_TRANSLATE_NOOP(
            "solver", "the time limit ran out before optimality was proven"))
        if highs.getInfo().primal_solution_status == 2:  # a feasible incumbent: keep it
            outcome.x = np.asarray(highs.getSolution().col_value)
            outcome.objective = highs.getInfo().objective_function_value
            outcome.message = QT_TRANSLATE_NOOP(
                "solver", "the time limit ran out before optimality was proven; the best plan "
                "found is kept")
        return outcome
    if status in (kinds.kInfeasible,):
        return SolverOutcome(INFEASIBLE, QT_TRANSLATE_NOOP("solver", "the LP is infeasible"))
    if status in (kinds.kUnbounded, kinds.kUnboundedOrInfeasible):
        return SolverOutcome(UNBOUNDED, QT_TRANSLATE_NOOP("solver",
                                                          "the LP is unbounded or infeasible"))
    return SolverOutcome(FAILED, f"HiGHS stopped with status {highs.modelStatusToString(status)}")
