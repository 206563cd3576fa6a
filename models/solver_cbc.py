"""CBC through the binary PuLP ships: the LP written as MPS by HiGHS, CBC run as a child process.

A solution is handed back only when CBC says ``Optimal`` (it says "Stopped
on time" for an incumbent found before a time limit). A cancel kills the
child process.
"""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass

import numpy as np

from twinparks.models.lp import LinearProgram
from twinparks.models.problems import QT_TRANSLATE_NOOP
from twinparks.models.solvers import (
    CANCELLED,
    FAILED,
    INFEASIBLE,
    OPTIMAL,
    PROVEN_OPTIMAL,
    TIME_LIMIT,
    UNBOUNDED,
    Cancel,
    SolverOutcome,
    integer_columns,
    is_mip,
    new_highs,
    pass_to_highs,
)

log = logging.getLogger(__name__)


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
