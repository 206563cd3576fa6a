"""``min_output`` as HiGHS semi-continuous columns: the other formulation, for comparison.

The model (:mod:`twinparks.models.milp`) writes "a plant that runs makes at
least ``min_output``" with a binary ``on`` per plant and two rows
(``make ≥ min_output·on``, ``make ≤ largest·on``). HiGHS can take the same
disjunction as a semi-continuous column instead: ``make`` = 0 or between
``min_output`` and ``largest`` (the capacity with every module), with no
binary and no rows. Both are exact; ``benchmarks/milp.py`` times them and
``tests/models/test_semicontinuous.py`` checks that they give the same plan.

HiGHS accepts a semi-continuous column only with an upper bound of at most
1e5 (``kMaxSemiVariableUpper``): a larger one is an error ("upper bounds
exceeding 100000 that cannot be modified due to large lower bounds") when
the lower bound is above 1e4, and is otherwise silently lowered to 1e5 — a
different model whenever a plant should make more. Plant capacities are in
units a year and often above 1e5, so each semi-continuous column here is the
plant's *utilisation*: ``make / largest``, 0 or between ``min_output /
largest`` and 1 (its cost and matrix entries multiplied by ``largest``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import highspy
import numpy as np

from twinparks.models import milp
from twinparks.models.lp import LinearProgram
from twinparks.models.solvers import new_highs, pass_to_highs
from twinparks.models.typed import TypedNetwork


@dataclass
class SemiContinuous:
    """The MILP without on/off binaries; ``columns`` are the scaled make columns."""

    lp: LinearProgram
    columns: np.ndarray  # make columns of the plants with a min_output (same place in both)
    scale: np.ndarray  # per such column: the plant's largest capacity
    lower: np.ndarray  # per such column: min_output / largest
    num_on: int  # binaries of the model's form, left out here (its last columns)


def semi_continuous(net: TypedNetwork, lp: LinearProgram) -> SemiContinuous:
    """The extended model ``lp`` (from :func:`milp.extend`) with its binaries made semi-continuous.

    The ``min_output`` and ``switch`` rows and the ``on`` columns (the last
    columns of ``lp``) are left out; every other row and column keeps its
    meaning, so a solution maps back column for column (:func:`to_binary_form`).
    """
    plants = net["Plants"]
    on_plants = np.flatnonzero(plants["min_output"].to_numpy(float) > 0)
    columns = lp.blocks["make"].start + on_plants
    scale = milp.largest_capacity(net)[on_plants]
    lower = plants["min_output"].to_numpy(float)[on_plants] / scale
    on = lp.blocks.get("on", slice(lp.num_cols, lp.num_cols))
    dropped = np.zeros(lp.num_rows, dtype=bool)
    for name in ("min_output", "switch"):
        dropped[lp.row_blocks.get(name, slice(0, 0))] = True
    kept_before = np.concatenate([[0], np.cumsum(~dropped)])
    keep = ~dropped[lp.rows] & (lp.cols < on.start)
    factor = np.ones(on.start)
    factor[columns] = scale
    row_blocks = {name: slice(int(kept_before[block.start]), int(kept_before[block.stop]))
                  for name, block in lp.row_blocks.items()
                  if name not in ("min_output", "switch")}
    col_lower, col_upper = lp.col_lower[:on.start].copy(), lp.col_upper[:on.start].copy()
    col_lower[columns], col_upper[columns] = lower, 1.0
    integrality = None if lp.integrality is None else lp.integrality[:on.start].copy()
    reduced = dataclasses.replace(
        lp, cost=lp.cost[:on.start] * factor, col_lower=col_lower, col_upper=col_upper,
        row_lower=lp.row_lower[~dropped], row_upper=lp.row_upper[~dropped],
        rows=kept_before[lp.rows[keep]], cols=lp.cols[keep],
        values=lp.values[keep] * factor[lp.cols[keep]],
        blocks={k: v for k, v in lp.blocks.items() if k != "on"}, row_blocks=row_blocks,
        integrality=integrality)
    return SemiContinuous(reduced, columns, scale, lower, on.stop - on.start)


def highs_model(form: SemiContinuous, mip_gap: float):
    """A silent ``highspy.Highs`` holding ``form``, its make columns semi-continuous."""
    highs = new_highs()
    highs.setOptionValue("mip_rel_gap", float(mip_gap))
    pass_to_highs(highs, form.lp)
    count = len(form.columns)
    if count:
        columns = form.columns.astype(np.int32)
        highs.changeColsIntegrality(count, columns, np.array(
            [highspy.HighsVarType.kSemiContinuous] * count))
        highs.changeColsBounds(count, columns, form.lower, np.ones(count))
    return highs


def to_binary_form(form: SemiContinuous, x: np.ndarray) -> np.ndarray:
    """A solution of ``form`` as a solution of the model's form (make unscaled, ``on`` added)."""
    full = np.asarray(x, dtype=float).copy()
    full[form.columns] *= form.scale
    running = (full[form.columns] > 0.5 * form.lower * form.scale).astype(float)
    return np.concatenate([full, running[:form.num_on]])


def solve_semi_continuous(net: TypedNetwork, lp: LinearProgram, mip_gap: float,
                          time_limit: float = 3600.0) -> tuple[str, float | None,
                                                               np.ndarray | None]:
    """Solve the semi-continuous form with HiGHS: (status, objective, x in ``lp``'s columns)."""
    form = semi_continuous(net, lp)
    highs = highs_model(form, mip_gap)
    highs.setOptionValue("time_limit", float(time_limit))
    highs.run()
    status = highs.getModelStatus()
    name = highs.modelStatusToString(status)
    if status != highspy.HighsModelStatus.kOptimal:
        return name, None, None
    x = to_binary_form(form, np.asarray(highs.getSolution().col_value))
    return name, float(highs.getInfo().objective_function_value), x


__all__ = ["SemiContinuous", "highs_model", "semi_continuous", "solve_semi_continuous",
           "to_binary_form"]
