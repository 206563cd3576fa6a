"""N-1 stress test: lose one lane, one port or hub, or one plant at a time.

Every case is the base LP with some capacity set to zero: a lane's ship
columns (a lane "closed" is a lane whose ``capacity_tonnes`` is 0), every
lane touching a port or hub site, or a plant's capacity row. Instead of
rebuilding the LP per case, the LP is built once and handed to one
``highspy.Highs`` per worker process; each case changes the bounds, re-solves
from the basis HiGHS kept (a few dual simplex iterations) and puts the bounds
back. Cases are split in small chunks over the workers so that progress can
be reported and a cancel takes effect between chunks.

The figures equal solving the correspondingly edited workbook from scratch
(``tests/models/test_stress.py`` checks it): closing a lane in the workbook
keeps its ship columns and adds a zero capacity row, which allows exactly
the same flows as fixing those columns to zero.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np
import pandas as pd

from twinparks.models import lp as lp_module
from twinparks.models import milp, onoff
from twinparks.models.network import Network, as_key, is_blank
from twinparks.models.plan import Plan
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve, solve_valid
from twinparks.models.solvers import (
    SMALL_MIP,
    Cancel,
    integer_columns,
    new_highs,
    pass_to_highs,
    without_sub_mips,
)
from twinparks.models.typed import TypedNetwork, lane_products, resolve
from twinparks.models.validation import validate

log = logging.getLogger(__name__)

# Units (docs/contract.md §9): unmet demand in tonnes and at its penalty value, never in units.
COLUMNS = ["kind", "id", "objective", "cost_increase", "service_level", "unmet_tonnes",
           "unmet_value"]
CLOSED_SITE_KINDS = ("port", "hub")
CHUNKS_PER_WORKER = 6
UNMET_TOL = 1e-6
# Below this many (cases × LP columns) starting worker processes (~1 s) costs more than
# it saves: the bundled dataset's 83 cases take 0.05 s in one process.
POOL_MIN_WORK = 2_000_000
Progress = Callable[[int, int], None]


class StressError(RuntimeError):
    """The stress test could not run: the workbook is invalid or the base is not optimal."""

    def __init__(self, message: str, status: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Case:
    """One N-1 case: what is lost, and which ship columns / plant rows go to zero."""

    kind: str
    id: str
    columns: tuple[int, ...]
    rows: tuple[int, ...]


def cases(typed: TypedNetwork, lp: lp_module.LinearProgram) -> list[Case]:
    """Every lane, port or hub site, plant, then chokepoint group (N-k), in workbook order.

    Closing a lane zeroes its ship columns; a site, those of every lane
    touching it; a chokepoint group, those of its lanes and of every lane
    into its sites; a plant, its make column and capacity row. The
    investment modules on a closed plant or lane go with it.
    """
    lanes, sites, plants = typed["Lanes"], typed["Sites"], typed["Plants"]
    ship_lane = lp.ship["lane"].to_numpy()
    start = lp.blocks["ship"].start
    order = np.argsort(ship_lane, kind="stable")  # ship columns grouped by lane, in one pass
    bounds = np.searchsorted(ship_lane[order], np.arange(len(lanes) + 1))
    modules = _modules_by_target(typed, lp)
    by_lane = {pos: tuple((order[bounds[pos]:bounds[pos + 1]] + start).tolist())
               + modules.get(("lane", str(lane)), ())
               for pos, lane in enumerate(lanes["id"])}
    result = [Case("lane", str(lane_id), by_lane[pos], ())
              for pos, lane_id in enumerate(lanes["id"])]
    origin, destination = lanes["origin"].to_numpy(), lanes["destination"].to_numpy()
    for site_id, kind in zip(sites["id"], sites["kind"], strict=True):
        if kind in CLOSED_SITE_KINDS:
            touching = np.flatnonzero((origin == site_id) | (destination == site_id))
            result.append(Case("site", str(site_id),
                               tuple(c for pos in touching for c in by_lane[pos]), ()))
    first_row, make = lp.row_blocks["plant_capacity"].start, lp.blocks["make"].start
    result += [Case("plant", str(plant_id),
                    (make + pos,) + modules.get(("plant", str(plant_id)), ()),
                    (first_row + pos,))
               for pos, plant_id in enumerate(plants["id"])]
    for group in typed["Chokepoints"].itertuples(index=False):
        closed = np.flatnonzero(np.isin(lanes["id"], lane_products(group.lanes))
                                | np.isin(destination, lane_products(group.sites)))
        result.append(Case("chokepoint", str(group.id),
                           tuple(c for pos in closed for c in by_lane[pos]), ()))
    return result


def _modules_by_target(typed: TypedNetwork, lp: lp_module.LinearProgram) -> dict:
    """{("plant" or "lane", id): module columns of the investments on it}."""
    if "modules" not in lp.blocks:
        return {}
    found: dict[tuple[str, str], tuple[int, ...]] = {}
    investments = typed["Investments"]
    for position, (plant, lane) in enumerate(zip(investments["plant"], investments["lane"],
                                                 strict=True)):
        key = ("plant", str(plant)) if plant else ("lane", str(lane))
        found[key] = found.get(key, ()) + (lp.blocks["modules"].start + position,)
    return found


def stress(network: Network, top: int | None = None, workers: int = 2,
           progress: Progress | None = None, cancel: Cancel | None = None,
           reoptimise: bool = False) -> pd.DataFrame:
    """Rank every single point of failure: lowest service level first, then cost increase.

    Returns a DataFrame with :data:`COLUMNS` (``top`` rows at most);
    ``attrs`` holds the base ``objective``, ``service_level`` and whether the
    run was ``cancelled``. Raises :class:`StressError` when the workbook is
    invalid or the base case has no optimal plan.
    """
    problems = errors(validate(network))
    if problems:
        raise StressError(f"the workbook has {len(problems)} error(s)", "invalid")
    typed = resolve(network)
    base = _base_plan(network)
    lp = milp.extend(typed, lp_module.build(typed))
    if not reoptimise:
        lp = fix_investments(lp, base)
    time_limit = float(typed.settings["time_limit_s"])
    all_cases = cases(typed, lp)
    context = WarmContext(lp=lp, time_limit=time_limit, weights=_demand_tonnes(typed, lp))
    cancel = cancel or Cancel()
    outcomes = run_cases(context, all_cases, workers, progress, cancel)
    frame = _rank(all_cases, outcomes, base, context)
    frame.attrs.update(objective=base.objective, service_level=base.service_level,
                       cancelled=cancel.cancelled)
    return frame if top is None else frame.head(top)


def fix_investments(lp: lp_module.LinearProgram, base: Plan) -> lp_module.LinearProgram:
    """The model with every investment held at the base plan's modules.

    The question is how robust the chosen plan is: its investments stay, its
    plants may still be switched on or off.
    """
    if "modules" not in lp.blocks or not len(base.investments):
        return lp
    lower, upper = lp.col_lower.copy(), lp.col_upper.copy()
    lower[lp.blocks["modules"]] = upper[lp.blocks["modules"]] = \
        base.investments["modules"].to_numpy(float)
    return dataclasses.replace(lp, col_lower=lower, col_upper=upper)


def _base_plan(network: Network) -> Plan:
    plan = solve_valid(network, SolveOptions(solver="highs"), lambda stage: None, Cancel())
    if not plan.optimal:
        raise StressError(f"the base case has no optimal plan: {plan.message}", plan.status)
    return plan


def _demand_tonnes(typed: TypedNetwork, lp: lp_module.LinearProgram) -> np.ndarray:
    tonnes = typed["Products"].set_index("id")["tonnes_per_unit"]
    return typed["Demand"]["product"].map(tonnes).to_numpy(float)


@dataclass
class WarmContext:
    """What a worker process needs: the LP, its time limit, the tonnes per demand row."""

    lp: lp_module.LinearProgram
    time_limit: float
    weights: np.ndarray

    def warm_solver(self, threads: int | None = None) -> WarmSolver:
        """The solver a process holds for this context (the risk runs bring their own)."""
        return WarmSolver(self, threads)


def _rank(all_cases: list[Case], outcomes: dict[int, tuple], base: Plan,
          context: WarmContext) -> pd.DataFrame:
    """The cases, lowest service level first, then the largest cost increase."""
    quantity = context.lp.col_upper[context.lp.blocks["unmet"]]
    penalty = context.lp.parts["unmet_penalty"]
    demanded = float(quantity @ context.weights)
    rows = []
    for index, case in enumerate(all_cases):
        if index not in outcomes:
            continue
        objective, unmet = outcomes[index]
        if unmet is None:
            rows.append((case.kind, case.id, np.nan, np.nan, np.nan, np.nan, np.nan))
            continue
        unmet = np.where(unmet < UNMET_TOL, 0.0, unmet)
        lost = float(unmet @ context.weights)
        rows.append((case.kind, case.id, objective, objective - base.objective,
                     (demanded - lost) / demanded if demanded else 1.0, lost,
                     float(unmet @ penalty)))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["unmet_tonnes"] = frame["unmet_tonnes"].round(6)  # solver noise must not rank
    scale = 1e-7 * max(1.0, abs(base.objective))
    keys = pd.DataFrame({"service": np.round(frame["service_level"].to_numpy(float), 9),
                         "cost": -np.round(frame["cost_increase"].to_numpy(float) / scale)})
    order = keys.sort_values(["service", "cost"], kind="stable", na_position="last").index
    return frame.loc[order].reset_index(drop=True)


# --- running the cases -----------------------------------------------------------------------

def run_cases(context: WarmContext, all_cases: list[Case], workers: int,
              progress: Progress | None, cancel: Cancel) -> dict[int, tuple]:
    """Solve every case warm; ``{case index: (objective, unmet vector or None)}``."""
    chunks = _chunks(len(all_cases), max(1, workers))
    payload = [[(i, all_cases[i].columns, all_cases[i].rows) for i in chunk] for chunk in chunks]
    return run_chunks(context, payload, len(all_cases), workers, progress, cancel)


def run_chunks(context: WarmContext, payload: list[list], total: int, workers: int,
               progress: Progress | None, cancel: Cancel,
               min_work: int = POOL_MIN_WORK) -> dict[int, tuple]:
    """Solve chunks with ``context.warm_solver()``: here, or in worker processes.

    Each worker process receives the context (the LP) once and solves its
    chunks warm; ``{item index: outcome}`` of every chunk solved before a cancel.
    """
    report = progress or (lambda done, total: None)
    results: dict[int, tuple] = {}
    report(0, total)
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


def _chunks(count: int, workers: int) -> list[list[int]]:
    size = max(1, -(-count // (workers * CHUNKS_PER_WORKER)))
    return [list(range(start, min(count, start + size))) for start in range(0, count, size)]


class WarmSolver:
    """One ``highspy.Highs`` holding the base LP, re-solved warm per case.

    A model whose only free integers are a few on/off binaries is solved per
    case as one warm LP per 0/1 assignment (:mod:`twinparks.models.onoff`).
    """

    def __init__(self, context: WarmContext, threads: int | None = None):
        self.lp = context.lp
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


# --- the same cases, the slow way (tests and benchmark) --------------------------------------

def closed_network(network: Network, kind: str, ident: str,
                   modules: dict[str, float] | None = None) -> Network:
    """A copy of ``network`` edited as a planner would close ``kind`` ``ident``.

    With ``modules`` (investment id → modules of the base plan) every
    investment is held there, as the stress test does; the investments on a
    closed plant or lane go with it.
    """
    closed = network.copy()
    if kind == "plant":
        table = closed.tables["Plants"]
        rows = [i for i, v in enumerate(table["id"]) if as_key(v) == ident]
        column, lost = "capacity", {("plant", ident)}
    else:
        table = closed.tables["Lanes"]
        named, sites = _closed_lanes_and_sites(closed, kind, ident)
        ends = zip(table["id"], table["origin"], table["destination"], strict=True)
        rows = [i for i, (lane, origin, dest) in enumerate(ends)
                if as_key(lane) in named or (kind == "site" and ident in (as_key(origin),
                                                                           as_key(dest)))
                or as_key(dest) in sites]
        column = "capacity_tonnes"
        lost = {("lane", as_key(table["id"].iat[i])) for i in rows}
    _zero(table, rows, column)
    if kind == "plant" and "min_output" in table.columns:
        _zero(table, rows, "min_output")  # a closed plant has no minimum to make
    if modules is not None:
        _commit(closed, modules, lost)
    return closed


def _closed_lanes_and_sites(network: Network, kind: str, ident: str) -> tuple[list, list]:
    if kind == "lane":
        return [ident], []
    if kind != "chokepoint":
        return [], []
    groups = network.tables["Chokepoints"]
    group = groups[groups["id"].map(as_key) == ident].iloc[0]
    return (lane_products("" if is_blank(group.get("lanes")) else str(group["lanes"])),
            lane_products("" if is_blank(group.get("sites")) else str(group["sites"])))


def _zero(table: pd.DataFrame, rows: list[int], column: str) -> None:
    if column not in table.columns:
        table[column] = pd.Series([None] * len(table), index=table.index, dtype=object)
    position = table.columns.get_loc(column)
    for row in rows:
        table.iat[row, position] = 0


def _commit(network: Network, modules: dict[str, float], closed: set[tuple[str, str]]) -> None:
    """Hold each investment at ``modules``; drop those at 0 and those on a closed element.

    ``closed`` holds ("plant", id) and ("lane", id) pairs: closing a plant
    or a lane loses its investments too, as the warm re-solve does.
    """
    table = network.tables.get("Investments")
    if table is None:
        return
    keep = []
    for row in range(len(table)):
        targets = {(kind, as_key(table[kind].iat[row])) for kind in ("plant", "lane")
                   if kind in table.columns and not is_blank(table[kind].iat[row])}
        count = modules.get(as_key(table["id"].iat[row]), 0.0)
        if count > 0 and not targets & closed:
            keep.append(row)
            for column in ("min_modules", "max_modules"):
                if column not in table.columns:
                    table[column] = pd.Series([None] * len(table), index=table.index,
                                              dtype=object)
                table.iat[row, table.columns.get_loc(column)] = count
    network.tables["Investments"] = table.iloc[keep]


def stress_from_scratch(network: Network, top: int | None = None) -> pd.DataFrame:
    """The stress ranking by editing the workbook and solving each case anew (slow)."""
    typed = resolve(network)
    base = solve(network)
    lp = fix_investments(milp.extend(typed, lp_module.build(typed)), base)
    context = WarmContext(lp=lp, time_limit=0, weights=_demand_tonnes(typed, lp))
    all_cases = cases(typed, lp)
    modules = dict(zip(base.investments["investment"].map(str),
                       base.investments["modules"].astype(float), strict=True))
    outcomes = {}
    for index, case in enumerate(all_cases):
        plan = solve(closed_network(network, case.kind, case.id, modules))
        unmet = plan.tables["demand"]["unmet"].to_numpy(float) if plan.optimal else None
        outcomes[index] = (plan.objective, unmet)
    frame = _rank(all_cases, outcomes, base, context)
    return frame if top is None else frame.head(top)
