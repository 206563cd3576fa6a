"""Risk samples the slow way: edit a copy of the workbook per sample and solve it anew.

What a planner would type for one sampled future: each shock multiplies its
cells, a part-year closure scales the capacities (and the capacity of the
investment modules on them) by ``1 − duration``, a closure all year is the
stress test's closed workbook. Tests check the warm samples of
:mod:`twinparks.models.risk` against these; the benchmark times both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twinparks.models.closures import closed_lanes_and_sites, closed_network, commit_investments
from twinparks.models.network import Network, as_key, as_number, is_blank
from twinparks.models.plan import Plan
from twinparks.models.risk_factors import Factor
from twinparks.models.solve import SolveOptions, solve


def sampled_network(network: Network, factors: list[Factor], values: np.ndarray,
                    modules: dict[str, float]) -> Network:
    """A copy of ``network`` edited for one sample; investments held at ``modules``."""
    edited = network.copy()
    for factor, value in zip(factors, values, strict=True):
        if not factor.is_closure:
            _shock(edited, factor, float(value))
        elif value > 0 and factor.duration < 1:
            _scale_capacity(edited, factor, 1 - factor.duration)
    closed = False
    for factor, value in zip(factors, values, strict=True):
        if factor.is_closure and value > 0 and factor.duration >= 1:
            edited, closed = closed_network(edited, factor.factor, factor.target, modules), True
    if not closed:
        commit_investments(edited, modules, set())
    return edited


def solve_sample(network: Network, factors: list[Factor], values: np.ndarray,
                 base: Plan) -> tuple[float, float]:
    """(cost, service level) of one sample solved from scratch."""
    modules = dict(zip(base.investments["investment"].map(str),
                       base.investments["modules"].astype(float), strict=True))
    plan = solve(sampled_network(network, factors, values, modules),
                 SolveOptions(cost_investments=False))  # the cost and service level only
    if not plan.optimal or plan.objective is None or plan.service_level is None:
        return float("nan"), float("nan")
    return plan.objective, plan.service_level


def _shock(network: Network, factor: Factor, value: float) -> None:
    tables = network.tables
    if factor.factor == "lane_cost":
        _multiply(tables["Lanes"], "cost_per_tonne", tables["Lanes"]["mode"].map(
            lambda mode: not is_blank(mode) and str(mode).strip() == factor.target), value)
    elif factor.factor == "demand":
        _multiply(tables["Demand"], "quantity",
                  tables["Demand"]["site"].map(as_key) == factor.target, value)
    elif factor.factor == "supply_cost":
        products = tables["Products"]
        family = dict(zip(products["id"].map(as_key), products.get("family", []), strict=False))
        chosen = tables["Supply"]["product"].map(
            lambda p: as_key(family.get(as_key(p))) == factor.target
            if not is_blank(family.get(as_key(p))) else False)
        _multiply(tables["Supply"], "cost_per_unit", chosen, value)
    else:  # currency
        sites = tables["Sites"]
        country = {as_key(s): str(c).strip().upper()
                   for s, c in zip(sites["id"], sites["country"], strict=True)}
        for sheet in ("Supply", "Plants"):
            if sheet in tables:
                chosen = tables[sheet]["site"].map(lambda s: country.get(as_key(s))
                                                   == factor.target)
                _multiply(tables[sheet], "cost_per_unit", chosen, value)


def _scale_capacity(network: Network, factor: Factor, scale: float) -> None:
    if factor.factor == "plant":
        plants = network.tables["Plants"]
        _multiply(plants, "capacity", plants["id"].map(as_key) == factor.target, scale)
        _scale_modules(network, "plant", {factor.target}, scale)
        return
    lanes = network.tables["Lanes"]
    named, sites = closed_lanes_and_sites(network, factor.factor, factor.target)
    ends = zip(lanes["id"], lanes["origin"], lanes["destination"], strict=True)
    chosen = [as_key(lane) in named or as_key(dest) in sites
              or (factor.factor == "site" and factor.target in (as_key(o), as_key(dest)))
              for lane, o, dest in ends]
    _multiply(lanes, "capacity_tonnes", pd.Series(chosen, index=lanes.index), scale)
    _scale_modules(network, "lane", {as_key(lane) for lane, keep in
                                     zip(lanes["id"], chosen, strict=True) if keep}, scale)


def _scale_modules(network: Network, kind: str, targets: set[str], scale: float) -> None:
    table = network.tables.get("Investments")
    if table is None or kind not in table.columns:
        return
    _multiply(table, "capacity", table[kind].map(
        lambda v: not is_blank(v) and as_key(v) in targets), scale)


def _multiply(table: pd.DataFrame, column: str, chosen: pd.Series, value: float) -> None:
    if column not in table.columns:
        return
    position = table.columns.get_loc(column)
    for row, keep in enumerate(chosen.to_numpy(bool)):
        number = as_number(table.iat[row, position])
        if keep and number is not None:
            table.iat[row, position] = number * value
