"""What the plan adds for investments, minimum outputs and chokepoints.

Run after :func:`twinparks.models.plan.extract` on a solution of the
extended model (:mod:`twinparks.models.milp`): the modules chosen per
investment and their annual cost, capacities with the modules built, the
plants switched off by ``min_output``, and per chokepoint group its tonnes,
share, limit and dual. Shadow prices of a MILP come from the LP with every
integer fixed at its optimum (``Plan.fixed_lp_duals``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twinparks.models import results
from twinparks.models.lp import LinearProgram
from twinparks.models.milp import chokepoint_terms, limited_groups
from twinparks.models.typed import TypedNetwork

INVESTMENT_COLUMNS = results.names("investments")
CHOKEPOINT_COLUMNS = results.names("chokepoints")
TINY = 1e-9


def investment_table(net: TypedNetwork, lp: LinearProgram, x: np.ndarray) -> pd.DataFrame:
    """Per investment: modules chosen, the capacity they add and their annual cost."""
    investments = net["Investments"]
    modules = np.round(x[lp.blocks["modules"]]) if "modules" in lp.blocks else np.zeros(0)
    is_plant = investments["plant"].astype(str).str.len().to_numpy() > 0
    return pd.DataFrame({
        "investment": investments["id"].to_numpy(),
        "kind": np.where(is_plant, "plant", "lane"),
        "target": np.where(is_plant, investments["plant"], investments["lane"]),
        "modules": modules, "min_modules": investments["min_modules"].to_numpy(float),
        "max_modules": investments["max_modules"].to_numpy(float),
        "capacity_added": modules * investments["capacity"].to_numpy(float),
        "annual_cost": modules * investments["annual_cost"].to_numpy(float),
        "cost_of_not_investing": np.full(len(investments), np.nan)},
        columns=INVESTMENT_COLUMNS)


def with_modules(net: TypedNetwork, production: pd.DataFrame, lanes: pd.DataFrame,
                 investments: pd.DataFrame, lp: LinearProgram, x: np.ndarray
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Production and lane tables with the capacity the built modules add, and on/off."""
    added = investments.groupby(["kind", "target"])["capacity_added"].sum()
    production = production.copy()
    plant_added = production["plant"].map(added.get("plant", pd.Series(dtype=float))).fillna(0)
    production["capacity"] = production["capacity"] + plant_added
    production["utilisation"] = _ratio(production["output"], production["capacity"])
    if "on" in lp.blocks:  # a plant without min_output always runs
        running = production["running"].to_numpy(bool).copy()
        on_plants = np.flatnonzero(net["Plants"]["min_output"].to_numpy(float) > 0)
        running[on_plants] = np.round(x[lp.blocks["on"]]) > 0
        production["running"] = running
    lanes = lanes.copy()
    lane_added = lanes["lane"].map(added.get("lane", pd.Series(dtype=float))).fillna(0)
    lanes["capacity_tonnes"] = lanes["capacity_tonnes"] + lane_added
    lanes["utilisation"] = _ratio(lanes["tonnes"], lanes["capacity_tonnes"])
    return production, lanes


def chokepoint_table(net: TypedNetwork, lp: LinearProgram, x: np.ndarray,
                     dual: np.ndarray) -> pd.DataFrame:
    """Per chokepoint group: tonnes on it, the share of the tonnes used, its limit and dual."""
    groups = net["Chokepoints"]
    carried, used, demanded = chokepoint_terms(net, lp)
    tonnes = np.array([float(x[c] @ t) for c, t in carried])
    base = np.array([float(x[c] @ t) for c, t in used]) + demanded
    shadow = np.zeros(len(groups))
    if "chokepoint" in lp.row_blocks:
        saved = -dual[lp.row_blocks["chokepoint"]]
        shadow[limited_groups(net)] = np.where(saved > TINY, saved, 0.0)
    return pd.DataFrame({
        "chokepoint": groups["id"].to_numpy(), "tonnes": tonnes, "base_tonnes": base,
        "share": _ratio(tonnes, base), "max_share": groups["max_share"].to_numpy(float),
        "shadow_price": shadow}, columns=CHOKEPOINT_COLUMNS)


def investment_cost(investments: pd.DataFrame) -> float:
    """The annual cost of every module built."""
    return float(investments["annual_cost"].sum())


def _ratio(used, capacity) -> np.ndarray:
    used, capacity = np.asarray(used, dtype=float), np.asarray(capacity, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(capacity > 0, used / capacity, np.nan)


__all__ = ["CHOKEPOINT_COLUMNS", "INVESTMENT_COLUMNS", "chokepoint_table", "investment_cost",
           "investment_table", "with_modules"]
