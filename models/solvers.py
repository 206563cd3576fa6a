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
import subprocess
import sys
import tempfile
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


def solve_cbc(lp: LinearProgram, time_limit: float, cancel: Cancel | None = None,
              threads: int | None = None, mip_gap: float = 1e-4,
              duals: bool = True) -> SolverOutcome:
    """Solve with the CBC binary PuLP ships, as a child process that cancel kills.

    HiGHS's own writer puts the arrays into an MPS file (no PuLP objects:
    at 1e6 variables PuLP's ``writeMPS`` and ``readsol_MPS`` took ~40 s) and
    CBC's solution file is read back by column and row name in one pass. An
    LP runs CLP's dual simplex; a MILP runs branch and cut to ``mip_gap``,
    then its duals come from the LP with the integers fixed.
    """
    cancel = cancel or Cancel()
    if cancel.cancelled:
        return SolverOutcome(CANCELLED, QT_TRANSLATE_NOOP("solver", "the solve was cancelled"))
    start = time.perf_counter()
    path = _cbc_path()
    if path is None:
        return SolverOutcome(FAILED, "no CBC executable was found (PuLP ships one; is PuLP "
                                     "installed completely?)")
    with tempfile.TemporaryDirectory(prefix="twinparks-cbc-") as folder:
        run = _CbcRun(path, folder, time_limit, threads, cancel)
        write_mps(lp, run.mps)
        handed = time.perf_counter()
        outcome = run.solve(lp, mip_gap)
        solved = time.perf_counter()
        if outcome.x is not None and is_mip(lp) and duals:
            fixed = _fixed(lp, outcome.x)
            write_mps(fixed, run.mps)
            dual_outcome = run.solve(fixed, mip_gap)
            outcome.row_dual = (dual_outcome.row_dual if dual_outcome.optimal
                                else np.zeros(lp.num_rows))
    outcome.timings = {"handoff": handed - start, "solve": solved - handed,
                       "readback": time.perf_counter() - solved}
    return outcome


def _fixed(lp: LinearProgram, x: np.ndarray) -> LinearProgram:
    """The LP with every integer column fixed at its (rounded) value in ``x``."""
    import dataclasses

    lower, upper = lp.col_lower.copy(), lp.col_upper.copy()
    fixed = integer_columns(lp)
    lower[fixed] = upper[fixed] = np.round(x[fixed])
    return dataclasses.replace(lp, col_lower=lower, col_upper=upper, integrality=None)


@dataclass
class _CbcRun:
    """One CBC process on ``model.mps`` in ``folder``, with its log and solution files."""

    path: str
    folder: str
    time_limit: float
    threads: int | None
    cancel: Cancel

    @property
    def mps(self) -> str:
        """The model file CBC reads."""
        return os.path.join(self.folder, "model.mps")

    def solve(self, lp: LinearProgram, mip_gap: float) -> SolverOutcome:
        """Run CBC on the written model and read what it found."""
        solution, log_path = (os.path.join(self.folder, name) for name in ("model.sol", "cbc.log"))
        if os.path.exists(solution):
            os.unlink(solution)
        method = ["-ratioGap", f"{mip_gap:g}", "-solve"] if is_mip(lp) else ["-dualSimplex"]
        code = _run_cbc(self.path, self.mps, solution, self.time_limit, self.threads,
                        self.cancel, method, log_path)
        if self.cancel.cancelled:
            return SolverOutcome(CANCELLED, QT_TRANSLATE_NOOP("solver", "the solve was cancelled"))
        if code != 0 or not os.path.exists(solution):
            return SolverOutcome(FAILED, f"CBC exited with code {code} and no solution")
        status, x, row_dual = read_cbc_solution(solution, lp.num_cols, lp.num_rows)
        outcome = _cbc_outcome(lp, status, x, row_dual)
        if is_mip(lp):
            outcome.gap, outcome.bound = _cbc_gap(log_path, outcome)
        return outcome


def _cbc_gap(log_path: str, outcome: SolverOutcome) -> tuple[float | None, float | None]:
    """The gap and bound CBC printed; a proven optimum without a gap line has gap 0."""
    bound = gap = None
    with open(log_path, errors="replace") as file:
        for line in file:
            words = line.split(":")
            if words[0].strip() == "Lower bound" and len(words) > 1:
                bound = float(words[1].split()[0])
            elif words[0].strip() == "Gap" and len(words) > 1:
                gap = float(words[1].split()[0])
    if outcome.optimal and gap is None:
        return 0.0, outcome.objective
    return gap, bound


def write_mps(lp: LinearProgram, path: str) -> None:
    """The LP as an MPS file written by HiGHS (columns ``c<i>``, rows ``r<i>``)."""
    highs = new_highs()
    pass_to_highs(highs, lp)
    highs.writeModel(path)


def read_cbc_solution(path: str, num_cols: int, num_rows: int):
    """CBC's ``-printingOptions all`` solution file: its status word, x and the row duals.

    Lines are ``index name value dual``, rows (``r<i>``) first, then columns
    (``c<i>``); CBC marks violated lines with ``**`` and leaves out rows it
    dropped (free rows), so values are placed by name, not by position.
    """
    import io

    import pandas as pd

    with open(path) as file:
        status = file.readline().split(" - ")[0].strip().lower()
        text = file.read().replace("**", "  ")
    table = pd.read_csv(io.StringIO(text), sep=r"\s+", header=None, usecols=[1, 2, 3],
                        names=["index", "name", "value", "dual"],
                        dtype={"name": str, "value": float, "dual": float})
    kind, number = table["name"].str[0].to_numpy(), table["name"].str[1:].astype(int).to_numpy()
    x, row_dual = np.zeros(num_cols), np.zeros(num_rows)
    columns, rows = kind == "c", kind == "r"
    x[number[columns]] = table["value"].to_numpy()[columns]
    row_dual[number[rows]] = table["dual"].to_numpy()[rows]
    return status, x, row_dual


def _run_cbc(path: str, mps: str, solution: str, time_limit: float, threads: int | None,
             cancel: Cancel, method: list[str], log_path: str) -> int:
    # LPs: CLP's dual simplex, the fastest exact route here (benchmarks/solver_routes.py)
    args = [path, mps, "-sec", f"{time_limit:g}"]
    if threads:
        args += ["-threads", str(threads)]
    args += [*method, "-printingOptions", "all", "-solution", solution]
    log.debug("running %s", " ".join(args))
    with open(log_path, "wb") as output:
        process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=output,
                                   stderr=subprocess.STDOUT)
        unwatch = cancel.watch(process.kill)
        try:
            return process.wait()
        finally:
            unwatch()


def _cbc_outcome(lp: LinearProgram, status: str, x: np.ndarray,
                 row_dual: np.ndarray) -> SolverOutcome:
    # A MILP within -ratioGap (our mip_gap) is proven to the gap asked for: optimal.
    if status in ("optimal", "optimal (within gap tolerance)"):
        return SolverOutcome(OPTIMAL, PROVEN_OPTIMAL, float(lp.cost @ x), x, row_dual)
    if status.startswith("infeasible"):
        return SolverOutcome(INFEASIBLE, QT_TRANSLATE_NOOP("solver", "the LP is infeasible"))
    if status.startswith("unbounded"):
        return SolverOutcome(UNBOUNDED, QT_TRANSLATE_NOOP("solver", "the LP is unbounded"))
    if status.startswith("stopped") and is_mip(lp) and "no integer" not in status:
        return SolverOutcome(TIME_LIMIT, QT_TRANSLATE_NOOP(
            "solver", "the time limit ran out before optimality was proven; the best plan "
            "found is kept"), float(lp.cost @ x), x)
    if status.startswith("stopped"):
        return SolverOutcome(TIME_LIMIT, QT_TRANSLATE_NOOP(
            "solver", "CBC stopped before proving optimality (time limit)"))
    return SolverOutcome(FAILED, f"CBC returned status '{status}'")


def cbc_available() -> bool:
    """Whether a CBC binary runs here (PuLP's, or one on PATH)."""
    return _cbc_path() is not None


def _cbc_path() -> str | None:
    """The CBC binary PuLP ships, or a ``cbc`` on PATH; None if neither runs."""
    from pulp.apis.coin_api import COIN_CMD, pulp_cbc_path

    for solver in (COIN_CMD(path=COIN_CMD.executableExtension(pulp_cbc_path), msg=False),
                   COIN_CMD(msg=False)):
        if solver.available():
            return solver.path
    return None


SOLVERS = {"highs": solve_highs, "cbc": solve_cbc}
