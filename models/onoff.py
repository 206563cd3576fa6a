"""A MILP whose only free integers are a few on/off binaries, solved as warm LPs.

With the investments held at the base plan's modules (the stress test's
default), the integers left free are the on/off binaries of the plants with
a ``min_output``. With k of them the MILP's optimum is the least of the 2^k
LPs with the binaries fixed: exact (no gap), and each LP re-solves warm
from the basis HiGHS keeps, far quicker than one MILP per case (0.1 s each
on the bundled dataset's 2 binaries against a few milliseconds per LP).
"""

from __future__ import annotations

import itertools

import highspy
import numpy as np

from twinparks.models.lp import LinearProgram
from twinparks.models.solvers import integer_columns

MAX_BINARIES = 3


def free_binaries(lp: LinearProgram) -> np.ndarray | None:
    """The free integer columns, if they are at most :data:`MAX_BINARIES` binaries; else None.

    An LP (no integers at all) gives None too: it needs no enumeration.
    """
    integers = integer_columns(lp)
    if not len(integers):
        return None
    free = integers[lp.col_upper[integers] > lp.col_lower[integers]]
    binary = (lp.col_lower[free] == 0) & (lp.col_upper[free] == 1)
    return free.astype(np.int32) if len(free) <= MAX_BINARIES and binary.all() else None


def relax(highs, lp: LinearProgram) -> None:
    """Make every integer column of the model in ``highs`` continuous (bounds unchanged)."""
    integers = integer_columns(lp).astype(np.int32)
    highs.changeColsIntegrality(len(integers), integers,
                                np.array([highspy.HighsVarType.kContinuous] * len(integers)))


def solve_enumerated(highs, binaries: np.ndarray) -> np.ndarray | None:
    """The best solution over every 0/1 assignment of ``binaries`` (None if none is feasible).

    ``highs`` holds the relaxed model; the binaries' bounds are put back to
    [0, 1] afterwards.
    """
    best: tuple[float, np.ndarray] | None = None
    for values in itertools.product((0.0, 1.0), repeat=len(binaries)):
        fixed = np.array(values)
        if len(binaries):
            highs.changeColsBounds(len(binaries), binaries, fixed, fixed)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            continue
        objective = highs.getInfo().objective_function_value
        if best is None or objective < best[0]:
            best = (objective, np.asarray(highs.getSolution().col_value).copy())
    if len(binaries):
        highs.changeColsBounds(len(binaries), binaries, np.zeros(len(binaries)),
                               np.ones(len(binaries)))
    return None if best is None else best[1]


__all__ = ["MAX_BINARIES", "free_binaries", "relax", "solve_enumerated"]
