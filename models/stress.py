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
from dataclasses import dataclass

import numpy as np
import pandas as pd

from twinparks.models import lp as lp_module
from twinparks.models import milp
from twinparks.models.closures import closed_network
from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve, solve_valid
from twinparks.models.solvers import Cancel
from twinparks.models.typed import TypedNetwork, lane_products, resolve
from twinparks.models.validation import validate
from twinparks.models.warm_solve import Progress, WarmContext, chunks, run_chunks

log = logging.getLogger(__name__)

# Units (docs/contract.md §9): unmet demand in tonnes and at its penalty value, never in units.
COLUMNS = ["kind", "id", "objective", "cost_increase", "service_level", "unmet_tonnes",
           "unmet_value"]
CLOSED_SITE_KINDS = ("port", "hub")
UNMET_TOL = 1e-6


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
                               tuple(c for pos in touching.tolist() for c in by_lane[pos]), ()))
    first_row, make = lp.row_blocks["plant_capacity"].start, lp.blocks["make"].start
    result += [Case("plant", str(plant_id),
                    (make + pos,) + modules.get(("plant", str(plant_id)), ()),
                    (first_row + pos,))
               for pos, plant_id in enumerate(plants["id"])]
    for group in typed["Chokepoints"].itertuples(index=False):
        closed = np.flatnonzero(np.isin(lanes["id"], lane_products(group.lanes))
                                | np.isin(destination, lane_products(group.sites)))
        result.append(Case("chokepoint", str(group.id),
                           tuple(c for pos in closed.tolist() for c in by_lane[pos]), ()))
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
    base = base_plan(network)
    lp = milp.extend(typed, lp_module.build(typed))
    if not reoptimise:
        lp = fix_investments(lp, base)
    time_limit = typed.number("time_limit_s")
    all_cases = cases(typed, lp)
    context = WarmContext(lp=lp, time_limit=time_limit, weights=demand_tonnes(typed, lp))
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


def base_plan(network: Network) -> Plan:
    """The workbook's optimal plan (HiGHS), or :class:`StressError` when it has none.

    Only its objective, service level and chosen modules are used: the investments
    are not costed (that is one re-solve each).
    """
    plan = solve_valid(network, SolveOptions(solver="highs", cost_investments=False),
                       lambda stage: None, Cancel())
    if not plan.optimal:
        raise StressError(f"the base case has no optimal plan: {plan.message}", plan.status)
    return plan


def demand_tonnes(typed: TypedNetwork, lp: lp_module.LinearProgram) -> np.ndarray:
    """Tonnes per unit of each Demand row's product (docs/contract.md §9)."""
    tonnes = typed["Products"].set_index("id")["tonnes_per_unit"]
    return typed["Demand"]["product"].map(tonnes).to_numpy(float)


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
    scale = 1e-7 * max(1.0, abs(base.objective or 0.0))
    keys = pd.DataFrame({"service": np.round(frame["service_level"].to_numpy(float), 9),
                         "cost": -np.round(frame["cost_increase"].to_numpy(float) / scale)})
    order = keys.sort_values(["service", "cost"], kind="stable", na_position="last").index
    return frame.loc[order].reset_index(drop=True)


def run_cases(context: WarmContext, all_cases: list[Case], workers: int,
              progress: Progress | None, cancel: Cancel) -> dict[int, tuple]:
    """Solve every case warm; ``{case index: (objective, unmet vector or None)}``."""
    payload = [[(i, all_cases[i].columns, all_cases[i].rows) for i in chunk]
               for chunk in chunks(len(all_cases), max(1, workers))]
    return run_chunks(context, payload, len(all_cases), workers, progress, cancel)


# --- the same cases, the slow way (tests and benchmark) --------------------------------------

REFERENCE = SolveOptions(cost_investments=False)  # a fresh solve, its investments not costed


def stress_from_scratch(network: Network, top: int | None = None) -> pd.DataFrame:
    """The stress ranking by editing the workbook and solving each case anew (slow)."""
    typed = resolve(network)
    base = solve(network, REFERENCE)
    lp = fix_investments(milp.extend(typed, lp_module.build(typed)), base)
    context = WarmContext(lp=lp, time_limit=0, weights=demand_tonnes(typed, lp))
    all_cases = cases(typed, lp)
    modules = dict(zip(base.investments["investment"].map(str),
                       base.investments["modules"].astype(float), strict=True))
    outcomes = {}
    for index, case in enumerate(all_cases):
        plan = solve(closed_network(network, case.kind, case.id, modules), REFERENCE)
        unmet = plan.tables["demand"]["unmet"].to_numpy(float) if plan.optimal else None
        outcomes[index] = (plan.objective, unmet)
    frame = _rank(all_cases, outcomes, base, context)
    return frame if top is None else frame.head(top)
