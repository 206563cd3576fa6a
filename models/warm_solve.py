"""Warm re-solves of one LP under many bound changes, in this process or in worker processes.

The LP is handed once to one ``highspy.Highs`` per process; each case
changes some column and row bounds, re-solves from the basis HiGHS kept (a
few dual simplex iterations) and puts the bounds back. Items are sent in
small chunks so that progress can be reported and a cancel takes effect
between chunks. The stress test (:mod:`twinparks.models.stress`) and the risk
runs (:mod:`twinparks.models.risk`) share it.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from twinparks.models import lp as lp_module
from twinparks.models import onoff
from twinparks.models.solvers import (
    SMALL_MIP,
    Cancel,
    integer_columns,
    new_highs,
    pass_to_highs,
    restart_clock,
    without_sub_mips,
)

log = logging.getLogger(__name__)

CHUNKS_PER_WORKER = 6
# Below this many (cases × LP columns) starting worker processes (~1 s) costs more than
# it saves: the bundled dataset's 83 cases take 0.05 s in one process.
POOL_MIN_WORK = 2_000_000
Progress = Callable[[int, int], None]


@dataclass
class WarmContext:
    """What a worker process needs: the LP, its time limit, the tonnes per demand row."""

    lp: lp_module.LinearProgram
    time_limit: float
    weights: np.ndarray

    def warm_solver(self, threads: int | None = None) -> WarmSolver:
        """The solver a process holds for this context (the risk runs bring their own)."""
        return WarmSolver(self, threads)



def chunks(count: int, workers: int) -> list[list[int]]:
    """``count`` item indexes in consecutive chunks, about CHUNKS_PER_WORKER per worker."""
    size = max(1, -(-count // (workers * CHUNKS_PER_WORKER)))
    return [list(range(start, min(count, start + size))) for start in range(0, count, size)]


def run_chunks(context: WarmContext, payload: list[list], total: int, workers: int,
               progress: Progress | None, cancel: Cancel,
               min_work: int | None = None) -> dict[int, tuple]:
    """Solve chunks with ``context.warm_solver()``: here, or in worker processes.

    Each worker process receives the context (the LP) once and solves its
    chunks warm; ``{item index: outcome}`` of every chunk solved before a cancel.
    Worker processes start only for at least ``min_work`` (default
    :data:`POOL_MIN_WORK`, read at call time) items × LP columns.
    """
    report = progress or (lambda done, total: None)
    results: dict[int, tuple] = {}
    report(0, total)
    min_work = POOL_MIN_WORK if min_work is None else min_work
    if workers <= 1 or total * context.lp.num_cols < min_work:
        solver = context.warm_solver()
        for chunk in payload:
            if cancel.cancelled:
                break
            results.update(solver.solve_chunk(chunk))
            report(len(results), total)
        return results
    mp = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(workers, mp_context=mp, initializer=_init_worker,
                             initargs=(context,)) as pool:
        pending = {pool.submit(_solve_chunk, chunk) for chunk in payload}
        while pending:
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                results.update(future.result())
            report(len(results), total)
            if cancel.cancelled:
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
                break
    return results


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class WarmSolver:
    """One ``highspy.Highs`` holding the base LP, re-solved warm per case.

    A model whose only free integers are a few on/off binaries is solved per
    case as one warm LP per 0/1 assignment (:mod:`twinparks.models.onoff`).
    """

    def __init__(self, context: WarmContext, threads: int | None = None):
        self.lp, self.time_limit = context.lp, context.time_limit
        self.binaries = onoff.free_binaries(self.lp)
        self.highs = new_highs()
        self.highs.setOptionValue("time_limit", context.time_limit)
        if threads:  # only where this is the process's first HiGHS (a worker process)
            self.highs.setOptionValue("threads", threads)
        if 0 < len(integer_columns(self.lp)) <= SMALL_MIP:
            without_sub_mips(self.highs)
        pass_to_highs(self.highs, self.lp)
        if self.binaries is not None:
            onoff.relax(self.highs, self.lp)
        self.highs.solve()  # the base basis every case starts from

    def solve_chunk(self, chunk: list[tuple[int, tuple, tuple]]) -> dict[int, tuple]:
        """Solve the cases of a chunk: ``{index: (objective, unmet vector or None)}``."""
        return {index: self.solve_case(columns, rows) for index, columns, rows in chunk}

    def solve_case(self, columns: tuple[int, ...], rows: tuple[int, ...]) -> tuple:
        """Zero the case's bounds, re-solve warm, read the result, put the bounds back."""
        lp = self.lp
        cols, rws = np.asarray(columns, dtype=np.int32), np.asarray(rows, dtype=np.int32)
        self._bounds(cols, rws, np.zeros(len(cols)), np.zeros(len(cols)), np.zeros(len(rws)))
        x = self._solve()
        result = (float("nan"), None) if x is None else \
            (float(lp.cost @ x), x[lp.blocks["unmet"]].copy())
        self._bounds(cols, rws, lp.col_lower[cols], lp.col_upper[cols], lp.row_upper[rws])
        return result

    def _solve(self) -> np.ndarray | None:
        restart_clock(self.highs, self.time_limit)  # each case has the whole limit
        if self.binaries is not None:
            return onoff.solve_enumerated(self.highs, self.binaries)
        self.highs.solve()
        if self.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.asarray(self.highs.getSolution().col_value)

    def _bounds(self, cols: np.ndarray, rows: np.ndarray, col_lower: np.ndarray,
                col_upper: np.ndarray, row_upper: np.ndarray) -> None:
        if len(cols):
            self.highs.changeColsBounds(len(cols), cols, col_lower, col_upper)
        if len(rows):
            self.highs.changeRowsBounds(len(rows), rows, self.lp.row_lower[rows], row_upper)


_worker: dict[str, Any] = {}


def _init_worker(context: WarmContext) -> None:
    """Hand the LP to this worker process's HiGHS and solve the base case once."""
    _worker["solver"] = context.warm_solver(threads=1)


def _solve_chunk(chunk: list) -> dict[int, tuple]:
    return _worker["solver"].solve_chunk(chunk)
