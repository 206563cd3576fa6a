"""The cost of not making each investment the plan chose: one re-solve each.

For every investment whose chosen modules exceed the committed
``min_modules``, the model is solved again with that investment held at
``min_modules`` (everything else free to change: other investments, plants
switched on or off, flows); the cost of not investing is how much the
objective rises. The re-solves run two at a time (HiGHS releases the GIL
while it solves; CBC runs as its own process).
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from twinparks.models.lp import LinearProgram
from twinparks.models.solver_choice import SOLVERS
from twinparks.models.solvers import Cancel

WORKERS = 2


def cost_of_not_investing(lp: LinearProgram, investments: pd.DataFrame, objective: float,
                          solver: str, time_limit: float, mip_gap: float,
                          cancel: Cancel | None = None) -> np.ndarray:
    """Per investment, the objective's rise without its optional modules (NaN: none chosen).

    A re-solve that is not proven optimal leaves NaN: a figure is given only
    where it is known.
    """
    result = np.full(len(investments), np.nan)
    if "modules" not in lp.blocks:
        return result
    chosen = np.flatnonzero(investments["modules"].to_numpy(float)
                            > investments["min_modules"].to_numpy(float))
    if not len(chosen):
        return result

    def without(position: int) -> float:
        column = lp.blocks["modules"].start + position
        upper = lp.col_upper.copy()
        upper[column] = lp.col_lower[column]
        outcome = SOLVERS[solver](dataclasses.replace(lp, col_upper=upper), time_limit,
                                  cancel, 1, mip_gap, duals=False)
        if not outcome.optimal or outcome.objective is None:
            return np.nan
        return outcome.objective - objective

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        result[chosen] = list(pool.map(without, chosen))
    return result
