"""Risk at scale: the base plan under N sampled futures of the Risks sheet.

The base plan is solved once; its investments are held (the question is
how the chosen plan fares, as in :mod:`twinparks.models.stress`). The LP is
built once; each sample only changes costs, column bounds and row bounds:

* a closure all year zeroes the columns and rows the stress test zeroes for
  that lane, site, plant or chokepoint group; a closure of ``duration`` d
  scales the capacity rows of its plant or lanes: the capacity with the
  held modules, ``E``, becomes ``E·(1 − d)`` (closures of one element in one
  sample multiply); a lane without a capacity is only affected all year;
* a cost shock multiplies the purchase, production or freight part of the
  cost of its columns (shocks of one column multiply);
* a demand shock multiplies a market's quantities: the LP's bounds are
  linear in them, so the change per unit of multiplier is read once from an
  LP built with that market's demand doubled.

Draws (:mod:`twinparks.models.risk_factors`) are made here, in one
``numpy`` Generator seeded with ``seed``: sample i's draws are row i of one
array, whatever the number of samples per worker. Each sample is solved
from the base basis (the solver's state cleared and the basis set again
before every sample), so its figures do not depend on which samples a
worker solved before it: the same seed gives the same numbers, to the last
bit, on one worker or many.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import highspy
import numpy as np
import pandas as pd

from twinparks.models import lp as lp_module
from twinparks.models import milp
from twinparks.models.network import Network
from twinparks.models.problems import errors
from twinparks.models.risk_factors import Factor, draw_keys, factors
from twinparks.models.solvers import Cancel, restart_clock
from twinparks.models.stress import (
    UNMET_TOL,
    Case,
    StressError,
    base_plan,
    cases,
    demand_tonnes,
    fix_investments,
)
from twinparks.models.typed import TypedNetwork, resolve
from twinparks.models.validation import validate
from twinparks.models.warm_solve import WarmContext, WarmSolver, chunks, run_chunks

Progress = Callable[[int, int], None]


class RiskError(StressError):
    """The risk run could not start: invalid workbook, no Risks rows, no optimal base."""


@dataclass
class Effects:
    """What each factor changes in the LP, as index arrays (built once, shipped once)."""

    zero_cols: list[np.ndarray]  # per factor: columns a closure all year zeroes
    zero_rows: list[np.ndarray]  # per factor: rows whose upper bound it zeroes
    scale_rows: list[np.ndarray]  # per factor: capacity rows a part-year closure scales
    cost_cols: list[np.ndarray]  # per factor: columns whose cost part a shock multiplies
    demand: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
    # factor → (rows, Δrow_lower, Δrow_upper, Δcol_upper at unmet) per unit of multiplier
    capacity: np.ndarray  # per LP row: the capacity E with the held modules (capacity rows)
    added: np.ndarray  # per LP row: the capacity the held modules add
    part: np.ndarray  # per LP column: the cost part shocks multiply


@dataclass
class RiskContext(WarmContext):
    """The LP, the factors and their effects: everything a worker needs."""

    factors: list[Factor] = field(default_factory=list)
    effects: Effects | None = None

    def warm_solver(self, threads: int | None = None) -> WarmSolver:
        """A :class:`SampleSolver` for this context."""
        return SampleSolver(self, threads)


@dataclass
class RiskResult:
    """Per-sample outcomes with the draws behind them."""

    factors: list[Factor]
    values: np.ndarray  # [sample, factor]: 1/0 closed, or the shock's multiplier
    cost: np.ndarray  # per sample; NaN where the sample has no optimal plan
    service: np.ndarray  # per sample, tonnes delivered / demanded
    base_objective: float
    base_service: float
    cancelled: bool = False
    seed: int = 0


def risk(network: Network, samples: int = 1000, seed: int = 0, workers: int = 2,
         progress: Progress | None = None, cancel: Cancel | None = None,
         min_work: int | None = None) -> RiskResult:
    """Sample and solve ``samples`` futures of the network's Risks sheet.

    Raises :class:`RiskError` when the workbook is invalid, has no Risks
    rows, or its base case has no optimal plan. ``min_work`` (cases × LP
    columns) below which one process solves everything: stress's default.
    """
    context, base = prepare(network)
    values = draw(context.factors, samples, seed)
    cancel = cancel or Cancel()
    payload = [[(i, values[i]) for i in chunk] for chunk in chunks(samples, max(1, workers))]
    outcomes = run_chunks(context, payload, samples, workers, progress, cancel, min_work)
    return collect(context, values, outcomes, base, cancel.cancelled, seed)


def prepare(network: Network) -> tuple[RiskContext, tuple[float, float]]:
    """The context of a network's risk run and its base plan's (objective, service level)."""
    if errors(validate(network)):
        raise RiskError("the workbook has errors; run validate", "invalid")
    all_factors = factors(network)
    if not all_factors:
        raise RiskError("the workbook has no Risks rows: add a Risks sheet with one row per "
                        "random factor", "invalid")
    typed = resolve(network)
    plan = base_plan(network)
    lp = fix_investments(milp.extend(typed, lp_module.build(typed)), plan)
    context = RiskContext(lp=lp, time_limit=typed.number("time_limit_s"),
                          weights=demand_tonnes(typed, lp), factors=all_factors,
                          effects=effects(typed, lp, plan, all_factors))
    return context, (_number(plan.objective), _number(plan.service_level))


def _number(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def draw(all_factors: list[Factor], samples: int, seed: int) -> np.ndarray:
    """[sample, factor] values; one uniform per correlation group and sample."""
    keys = draw_keys(all_factors)
    uniform = np.random.default_rng(seed).random((samples, len(keys)))
    column = {key: i for i, key in enumerate(keys)}
    values = np.empty((samples, len(all_factors)))
    for k, factor in enumerate(all_factors):
        values[:, k] = factor.draw(uniform[:, column[factor.group or f"\0{factor.id}"]])
    return values


def collect(context: RiskContext, values: np.ndarray, outcomes: dict[int, tuple],
            base: tuple[float, float], cancelled: bool, seed: int) -> RiskResult:
    """The outcomes in sample order (samples a cancel left out are dropped)."""
    done = np.array(sorted(outcomes), dtype=np.int64)
    cost = np.array([outcomes[i][0] for i in done], dtype=float)
    service = np.array([outcomes[i][1] for i in done], dtype=float)
    return RiskResult(factors=context.factors, values=values[done], cost=cost,
                      service=service, base_objective=base[0], base_service=base[1],
                      cancelled=cancelled, seed=seed)


# --- effects ---------------------------------------------------------------------------------

def effects(typed: TypedNetwork, lp: lp_module.LinearProgram, plan, all_factors: list[Factor]
            ) -> Effects:
    """Index arrays of what each factor changes (see the module docstring)."""
    by_case = {(case.kind, case.id): case for case in cases(typed, lp)}
    capacity, added = _capacities(typed, lp)
    part = np.zeros(lp.num_cols)
    part[lp.blocks["buy"]] = lp.parts["supply"]
    part[lp.blocks["make"]] = lp.parts["production"]
    part[lp.blocks["ship"]] = lp.parts["transport"]
    empty = np.zeros(0, dtype=np.int64)
    result = Effects([], [], [], [], {}, capacity, added, part)
    for k, factor in enumerate(all_factors):
        zero_cols = zero_rows = scale = cost = empty
        if factor.is_closure:
            case = _case_of(typed, by_case, factor)
            zero_cols = np.asarray(case.columns, dtype=np.int64)
            zero_rows = np.asarray(case.rows, dtype=np.int64)
            scale = _capacity_rows(typed, lp, factor, case)
        elif factor.factor == "demand":
            result.demand[k] = _demand_change(typed, lp, plan, factor.target)
        else:
            cost = _cost_columns(typed, lp, factor)
        result.zero_cols.append(zero_cols)
        result.zero_rows.append(zero_rows)
        result.scale_rows.append(scale)
        result.cost_cols.append(cost)
    return result


def _case_of(typed: TypedNetwork, by_case: dict, factor: Factor):
    found = by_case.get((factor.factor, factor.target))
    if found is not None:
        return found
    # a site that is not a port or hub: every lane touching it, as for a port
    lanes = typed["Lanes"]
    touching = set(lanes["id"][(lanes["origin"] == factor.target)
                               | (lanes["destination"] == factor.target)])
    columns = tuple(c for lane in touching for c in by_case[("lane", lane)].columns)
    return Case("site", factor.target, columns, ())


def _capacities(typed: TypedNetwork, lp: lp_module.LinearProgram
                ) -> tuple[np.ndarray, np.ndarray]:
    """Per row: capacity with the held modules (E) and the modules' part, on capacity rows."""
    capacity, added = np.full(lp.num_rows, np.inf), np.zeros(lp.num_rows)
    if "modules" in lp.blocks:  # the held modules' capacity: −coefficient × modules
        modules = lp.blocks["modules"]
        chosen = (lp.cols >= modules.start) & (lp.cols < modules.stop)
        np.add.at(added, lp.rows[chosen], -lp.values[chosen] * lp.col_upper[lp.cols[chosen]])
    for block in ("plant_capacity", "lane_capacity"):
        rows = np.arange(lp.row_blocks[block].start, lp.row_blocks[block].stop)
        capacity[rows] = lp.row_upper[rows] + added[rows]
    return capacity, added


def _capacity_rows(typed: TypedNetwork, lp: lp_module.LinearProgram, factor: Factor,
                   case) -> np.ndarray:
    """The plant's capacity row, or the capacity rows of the lanes the closure shuts."""
    if factor.factor == "plant":
        return np.asarray(case.rows, dtype=np.int64)
    lane_rows = milp.lane_rows_of(lp)
    ship = lp.ship["lane"].to_numpy()
    start = lp.blocks["ship"].start
    shut = {int(ship[c - start]) for c in case.columns
            if lp.blocks["ship"].start <= c < lp.blocks["ship"].stop}
    first = lp.row_blocks["lane_capacity"].start
    return np.array([first + i for i, lane in enumerate(lane_rows) if int(lane) in shut],
                    dtype=np.int64)


def _cost_columns(typed: TypedNetwork, lp: lp_module.LinearProgram, factor: Factor
                  ) -> np.ndarray:
    """The columns whose purchase, production or freight cost the shock multiplies."""
    supply, plants, sites = typed["Supply"], typed["Plants"], typed["Sites"]
    if factor.factor == "lane_cost":
        lanes = np.flatnonzero(typed["Lanes"]["mode"].fillna("").to_numpy() == factor.target)
        ship = np.flatnonzero(np.isin(lp.ship["lane"].to_numpy(), lanes))
        return lp.blocks["ship"].start + ship
    if factor.factor == "supply_cost":
        family = supply["product"].map(typed["Products"].set_index("id")["family"])
        return lp.blocks["buy"].start + np.flatnonzero(family.to_numpy() == factor.target)
    country = sites.set_index("id")["country"]  # currency: supply and plants in the country
    buy = np.flatnonzero(supply["site"].map(country).to_numpy() == factor.target)
    make = np.flatnonzero(plants["site"].map(country).to_numpy() == factor.target)
    return np.concatenate([lp.blocks["buy"].start + buy, lp.blocks["make"].start + make])


def _demand_change(typed: TypedNetwork, lp: lp_module.LinearProgram, plan, market: str):
    """Bounds per unit of the market's demand multiplier: an LP with that demand doubled."""
    demand = typed["Demand"].copy()
    at = demand["site"] == market
    demand.loc[at, "quantity"] = demand.loc[at, "quantity"] * 2
    doubled = TypedNetwork(tables={**typed.tables, "Demand": demand}, settings=typed.settings)
    other = fix_investments(milp.extend(doubled, lp_module.build(doubled)), plan)
    lower, upper = _delta(other.row_lower, lp.row_lower), _delta(other.row_upper, lp.row_upper)
    rows = np.flatnonzero((lower != 0) | (upper != 0))
    cols = _delta(other.col_upper, lp.col_upper)
    return rows, lower[rows], upper[rows], cols[lp.blocks["unmet"]]


def _delta(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    same = (new == old) | (np.isinf(new) & np.isinf(old))
    with np.errstate(invalid="ignore"):  # inf − inf where both are unlimited: no change
        return np.where(same, 0.0, new - old)


# --- solving ---------------------------------------------------------------------------------

class SampleSolver(WarmSolver):
    """The base LP in one HiGHS; each sample changes it, solves from the base basis."""

    def __init__(self, context: RiskContext, threads: int | None = None):
        super().__init__(context, threads)
        assert context.effects is not None
        self.context, self.effects = context, context.effects
        self.basis = self.highs.getBasis() if self.lp.integrality is None else None
        fx = self.effects
        self.cols = np.unique(np.concatenate([np.zeros(0, np.int64), *fx.zero_cols,
                                              *fx.cost_cols,
                                              np.arange(self.lp.blocks["unmet"].start,
                                                        self.lp.blocks["unmet"].stop)]))
        demand_rows = [d[0] for d in fx.demand.values()]
        self.rows = np.unique(np.concatenate([np.zeros(0, np.int64), *fx.zero_rows,
                                              *fx.scale_rows, *demand_rows]))

    def solve_chunk(self, chunk: list) -> dict[int, tuple]:
        """``{sample index: (cost, service level)}`` of the chunk's samples."""
        return {index: self.solve_sample(values) for index, values in chunk}

    def solve_sample(self, values: np.ndarray) -> tuple[float, float]:
        """Apply one sample's factor values, solve, read cost and service level."""
        cost, lower, upper, row_lower, row_upper = self.changes(values)
        highs, cols, rows = self.highs, self.cols.astype(np.int32), self.rows.astype(np.int32)
        if len(cols):
            highs.changeColsCost(len(cols), cols, cost[self.cols])
            highs.changeColsBounds(len(cols), cols, lower[self.cols], upper[self.cols])
        if len(rows):
            highs.changeRowsBounds(len(rows), rows, row_lower[self.rows], row_upper[self.rows])
        highs.clearSolver()  # nothing of the previous sample's solve carries over
        if self.basis is not None:
            highs.setBasis(self.basis)
        restart_clock(highs, self.time_limit)  # each sample has the whole limit
        highs.solve()
        unmet_block = self.lp.blocks["unmet"]
        demanded = exact_dot(upper[unmet_block], self.context.weights)
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return float("nan"), float("nan")
        x = np.asarray(highs.getSolution().col_value)
        unmet = x[unmet_block]
        lost = exact_dot(np.where(unmet < UNMET_TOL, 0.0, unmet), self.context.weights)
        return exact_dot(cost, x), (demanded - lost) / demanded if demanded else 1.0

    def changes(self, values: np.ndarray) -> tuple[np.ndarray, ...]:
        """The sample's full cost and bound vectors (base values where nothing changes)."""
        lp, fx = self.lp, self.effects
        cost, lower, upper = lp.cost.copy(), lp.col_lower.copy(), lp.col_upper.copy()
        row_lower, row_upper = lp.row_lower.copy(), lp.row_upper.copy()
        multiplier, scale = np.ones(lp.num_cols), np.ones(lp.num_rows)
        for k, factor in enumerate(self.context.factors):
            value = float(values[k])
            if factor.is_closure and value > 0 and factor.duration < 1:
                scale[fx.scale_rows[k]] *= 1 - factor.duration
            elif k in fx.demand and value != 1:
                rows, d_lower, d_upper, d_cols = fx.demand[k]
                row_lower[rows] += (value - 1) * d_lower
                row_upper[rows] += (value - 1) * d_upper
                upper[lp.blocks["unmet"]] += (value - 1) * d_cols
            elif not factor.is_closure:
                multiplier[fx.cost_cols[k]] *= value
        cost += fx.part * (multiplier - 1)
        scaled = np.flatnonzero(scale < 1)
        row_upper[scaled] = fx.capacity[scaled] * scale[scaled] - fx.added[scaled]
        for k, factor in enumerate(self.context.factors):
            if factor.is_closure and values[k] > 0 and factor.duration >= 1:
                lower[fx.zero_cols[k]] = upper[fx.zero_cols[k]] = 0.0
                row_upper[fx.zero_rows[k]] = 0.0
        return cost, lower, upper, row_lower, row_upper


def exact_dot(a: np.ndarray, b: np.ndarray) -> float:
    """``a · b`` rounded once (``math.fsum``), whatever BLAS and its threads would do.

    ``a @ b`` goes to BLAS, whose sum order depends on its thread count: a
    Dask worker (the nanny sets ``OMP_NUM_THREADS=1``) and this process gave
    costs one unit in the last place apart. An exactly rounded sum does not.
    """
    return math.fsum((np.asarray(a, dtype=float) * np.asarray(b, dtype=float)).tolist())


def as_frame(result: RiskResult) -> pd.DataFrame:
    """One row per sample: cost, service level and each factor's value."""
    frame = pd.DataFrame({"sample": np.arange(len(result.cost)), "cost": result.cost,
                          "service_level": result.service})
    for k, factor in enumerate(result.factors):
        frame[factor.id] = result.values[:, k]
    return frame
