"""The plan: what the LP decided, as DataFrames with stable column names.

The tables and their columns are described once in ``results.csv``
(:mod:`twinparks.models.results`); the report, the GUI and the JSON output
all read these same tables, and what they show is computed here once:
binding capacities, tonnes of demand met and unmet, the bottleneck ranking.
Shadow prices are stated as "cost saved per extra unit of capacity" (≥ 0);
the marginal landed cost of a demand row is the dual of its balance row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from twinparks.models import plan_milp, plan_origin
from twinparks.models.lp import LinearProgram
from twinparks.models.problems import Problem
from twinparks.models.results import BINDING_UTILISATION, COST_KEYS
from twinparks.models.results import COLUMNS as DESCRIBED
from twinparks.models.solvers import TIME_LIMIT, SolverOutcome, is_mip
from twinparks.models.typed import TypedNetwork

COLUMNS = {**DESCRIBED, "investments": plan_milp.INVESTMENT_COLUMNS,
           "chokepoints": plan_milp.CHOKEPOINT_COLUMNS}
TINY = 1e-9


def empty(name: str) -> pd.DataFrame:
    """A result table with its columns and no rows."""
    return pd.DataFrame({column: pd.Series(dtype=object) for column in COLUMNS[name]})


@dataclass
class Plan:
    """Status, objective, KPIs and the result tables of one solve."""

    status: str
    message: str = ""
    solver: str = ""
    objective: float | None = None
    costs: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys(COST_KEYS, 0.0))
    co2_tonnes: float | None = None
    service_level: float | None = None
    unmet_units: float | None = None  # kept for old scripts: a count across products
    unmet_tonnes: float | None = None
    unmet_value: float | None = None
    duty: dict[str, float] = field(default_factory=dict)
    duty_saved: float | None = None
    tables: dict[str, pd.DataFrame] = field(
        default_factory=lambda: {name: empty(name) for name in COLUMNS})
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    gap: float | None = None  # a MILP's relative gap (0 for an LP)
    bound: float | None = None  # a MILP's proven bound on the objective
    fixed_lp_duals: bool = False  # shadow prices from the LP with the integers fixed

    @property
    def optimal(self) -> bool:
        """A proven optimum with its tables."""
        return self.status == "optimal"

    def summary(self) -> dict[str, object]:
        """The JSON object of docs/contract.md §5 (``summary`` and ``costs`` of results.csv)."""
        summary: dict[str, object] = {"status": self.status, "objective": self.objective,
                   "costs": dict(self.costs), "co2_tonnes": self.co2_tonnes,
                   "service_level": self.service_level, "unmet_units": self.unmet_units,
                   "unmet_tonnes": self.unmet_tonnes, "unmet_value": self.unmet_value,
                   "duty": dict(self.duty), "duty_saved": self.duty_saved}
        if self.fixed_lp_duals:
            production = self.tables["production"]
            off = production.loc[~production["running"].astype(bool), "plant"]
            summary.update(mip_gap=self.gap, bound=self.bound,
                           investments=_records(self.tables["investments"]),
                           chokepoints=_records(self.tables["chokepoints"]),
                           plants_off=[str(plant) for plant in off])
        return summary

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)


def extract(net: TypedNetwork, lp: LinearProgram, outcome: SolverOutcome,
            solver: str) -> Plan:
    """Read the plan out of an optimal solution (an empty plan otherwise).

    A MILP stopped by its time limit keeps its best plan (status
    ``time_limit``, the tables filled, no shadow prices).
    """
    incumbent = outcome.status == TIME_LIMIT and outcome.x is not None
    if not outcome.optimal and not incumbent:
        return Plan(status=outcome.status, message=outcome.message, solver=solver)
    assert outcome.x is not None  # an optimal or incumbent outcome carries its solution
    x = np.where(np.abs(outcome.x) < TINY, 0.0, outcome.x)
    dual = outcome.row_dual if outcome.row_dual is not None else np.zeros(len(lp.row_lower))
    tables = {
        "production": _production(net, lp, x, dual),
        "lanes": _lanes(net, lp, x, dual),
        "flows": _flows(net, lp, x),
        "demand": _demand(net, lp, x, dual),
        "supply": _supply(net, lp, x),
        "duty": plan_origin.duty_table(net, lp, x),
        "origin": plan_origin.origin_table(net, lp, x, dual),
    }
    tables["investments"] = plan_milp.investment_table(net, lp, x)
    tables["production"], tables["lanes"] = plan_milp.with_modules(
        net, tables["production"], tables["lanes"], tables["investments"], lp, x)
    for name, key, column in (("production", "plant", "capacity"),
                              ("lanes", "lane", "capacity_tonnes")):
        table = tables[name]  # modules built change the utilisation
        can_bind = extendable(key, table[key], table[column], tables["investments"])
        table["binding"] = binding(table["utilisation"], table["shadow_price"], can_bind)
    tables["chokepoints"] = plan_milp.chokepoint_table(net, lp, x, dual)
    tables["bottlenecks"] = _bottlenecks(tables["production"], tables["lanes"])
    costs = _costs(net, lp, x)
    costs["investment"] = plan_milp.investment_cost(tables["investments"])
    demand = tables["demand"]
    demanded = float((demand["quantity"] * demand["tonnes_per_unit"]).sum())
    met = float(demand["met_tonnes"].sum())
    return Plan(status=outcome.status, message=outcome.message, solver=solver,
                objective=float(sum(costs.values())), costs=costs,
                co2_tonnes=_co2(lp, x), service_level=met / demanded if demanded else 1.0,
                unmet_units=float(demand["unmet"].sum()),
                unmet_tonnes=float(demand["unmet_tonnes"].sum()),
                unmet_value=float(demand["unmet"].to_numpy(float) @ lp.parts["unmet_penalty"]),
                duty=plan_origin.duty_by_agreement(tables["duty"]),
                duty_saved=float(tables["duty"]["duty_saved"].sum()), tables=tables,
                gap=outcome.gap if is_mip(lp) else 0.0,
                bound=outcome.bound if is_mip(lp) else None, fixed_lp_duals=is_mip(lp))


def _records(table: pd.DataFrame) -> list[dict[str, object]]:
    """A table as JSON-ready records (NaN becomes None)."""
    return [{key: (None if isinstance(value, float) and np.isnan(value) else
                   value.item() if hasattr(value, "item") else value)
             for key, value in row.items()} for row in table.to_dict("records")]


def _block(x: np.ndarray, lp: LinearProgram, name: str) -> np.ndarray:
    return x[lp.blocks[name]]


def _shadow(dual: np.ndarray, lp: LinearProgram, family: str) -> np.ndarray:
    """Cost saved per extra unit of a ≤ capacity: minus the row dual, never below 0."""
    saved = -dual[lp.row_blocks[family]]
    return np.where(saved > TINY, saved, 0.0)


def binding(utilisation: np.ndarray, shadow_price: np.ndarray,
            can_bind: np.ndarray | None = None) -> np.ndarray:
    """Capacities that bind: full, or worth money to extend (one threshold for every view).

    ``can_bind`` (default: all) leaves out capacities the planner cannot act
    on: a capacity of 0 that no investment can extend (see ``extendable``).
    """
    full = np.nan_to_num(np.asarray(utilisation, float), nan=0.0) >= BINDING_UTILISATION
    binds = full | (np.asarray(shadow_price, float) > 0)
    return binds if can_bind is None else binds & np.asarray(can_bind, bool)


def extendable(kind: str, ids: pd.Series, capacity: pd.Series,
               investments: pd.DataFrame) -> np.ndarray:
    """Capacities that can bind: above 0 (or unlimited), or 0 with an investment to extend.

    A plant or lane of capacity 0 is not built (or closed): its row's dual
    only says what capacity there would be worth, which matters to the
    planner only if an investment (``max_modules`` above 0) can add some.
    ``kind`` is "plant" or "lane" (the investments table's ``kind``).
    """
    usable = (investments["kind"] == kind) & (investments["max_modules"].to_numpy(float) > 0)
    target = investments.loc[usable, "target"]
    zero = np.asarray(capacity, float) == 0
    return ~zero | ids.isin(set(target)).to_numpy()


def _ratio(used: np.ndarray, capacity: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(capacity > 0, used / capacity, np.nan)


def _production(net: TypedNetwork, lp: LinearProgram, x, dual) -> pd.DataFrame:
    plants = net["Plants"]
    output = _block(x, lp, "make")
    capacity = plants["capacity"].to_numpy(float)
    utilisation, shadow = _ratio(output, capacity), _shadow(dual, lp, "plant_capacity")
    return pd.DataFrame({
        "plant": plants["id"], "site": plants["site"], "product": plants["product"],
        "capacity": capacity, "output": output, "utilisation": utilisation,
        "shadow_price": shadow, "cost": output * lp.parts["production"],
        "co2_tonnes": output * lp.parts["production_co2"],
        "binding": binding(utilisation, shadow),
        "running": np.ones(len(plants), dtype=bool)}, columns=COLUMNS["production"])


def _lanes(net: TypedNetwork, lp: LinearProgram, x, dual) -> pd.DataFrame:
    lanes = net["Lanes"]
    ship = _block(x, lp, "ship")
    tonnes = np.bincount(lp.ship["lane"].to_numpy(), weights=ship * lp.parts["tonnes"],
                         minlength=len(lanes))
    shadow = np.zeros(len(lanes))
    shadow[lp.capacity_lanes] = _shadow(dual, lp, "lane_capacity")
    capacity = lanes["capacity_tonnes"].to_numpy(float)
    utilisation = _ratio(tonnes, capacity)
    return pd.DataFrame({
        "lane": lanes["id"], "origin": lanes["origin"], "destination": lanes["destination"],
        "mode": lanes["mode"], "capacity_tonnes": capacity, "tonnes": tonnes,
        "utilisation": utilisation, "shadow_price": shadow,
        "transit_days": lanes["transit_days"], "binding": binding(utilisation, shadow)},
        columns=COLUMNS["lanes"])


def _flows(net: TypedNetwork, lp: LinearProgram, x) -> pd.DataFrame:
    ship = _block(x, lp, "ship")
    used = np.flatnonzero(ship > 0)
    columns = lp.ship.iloc[used]
    lanes = net["Lanes"].iloc[columns["lane"].to_numpy()]
    quantity = ship[used]
    product = columns["product"].to_numpy()
    origin, agreement = plan_origin.class_labels(net, lp, columns["cls"].to_numpy())
    rate = plan_origin.flow_duty(net, lp, used)
    return pd.DataFrame({
        "lane": lanes["id"].to_numpy(), "origin": lanes["origin"].to_numpy(),
        "destination": lanes["destination"].to_numpy(), "mode": lanes["mode"].to_numpy(),
        "product": net["Products"]["id"].to_numpy()[product],
        "origin_country": origin, "agreement": agreement,
        "quantity": quantity, "tonnes": quantity * lp.parts["tonnes"][used],
        "transport_cost": quantity * lp.parts["transport"][used],
        "tariff_rate": rate,
        "tariff_cost": quantity * rate * net["Products"]["value_per_unit"].to_numpy(float)[
            product],
        "co2_tonnes": quantity * lp.parts["transport_co2"][used]},
        columns=COLUMNS["flows"]).reset_index(drop=True)


def _demand(net: TypedNetwork, lp: LinearProgram, x, dual) -> pd.DataFrame:
    demand = net["Demand"]
    unmet = _block(x, lp, "unmet")
    quantity = demand["quantity"].to_numpy(float)
    rows = plan_origin.demand_rows(lp, net)
    products = pd.Index(net["Products"]["id"]).get_indexer(demand["product"])
    weight = net["Products"]["tonnes_per_unit"].to_numpy(float)[products]
    met = quantity - unmet
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(quantity > 0, met / quantity, 1.0)
    return pd.DataFrame({
        "row": demand["row"], "site": demand["site"], "product": demand["product"],
        "quantity": quantity, "met": met, "unmet": unmet, "met_share": share,
        "tonnes_per_unit": weight, "met_tonnes": met * weight, "unmet_tonnes": unmet * weight,
        "marginal_cost": dual[rows]}, columns=COLUMNS["demand"])


def _supply(net: TypedNetwork, lp: LinearProgram, x) -> pd.DataFrame:
    supply = net["Supply"]
    used = _block(x, lp, "buy")
    capacity = supply["capacity"].to_numpy(float)
    return pd.DataFrame({
        "row": supply["row"], "site": supply["site"], "product": supply["product"],
        "capacity": capacity, "used": used, "utilisation": _ratio(used, capacity),
        "cost": used * lp.parts["supply"]}, columns=COLUMNS["supply"])


def _bottlenecks(production: pd.DataFrame, lanes: pd.DataFrame) -> pd.DataFrame:
    """Binding capacities whose next unit saves money, most valuable first."""
    plants = production.assign(kind="plant", id=production["plant"])
    lanes = lanes.assign(kind="lane", id=lanes["lane"], capacity=lanes["capacity_tonnes"])
    shared = [c for c in COLUMNS["bottlenecks"] if c != "rank"]
    both = pd.concat([plants.loc[plants["binding"], shared], lanes.loc[lanes["binding"], shared]])
    both = both[both["shadow_price"] > 0]
    ranked = both.sort_values("shadow_price", ascending=False, kind="stable")
    return ranked.assign(rank=np.arange(1, len(ranked) + 1))[COLUMNS["bottlenecks"]] \
        .reset_index(drop=True)


def _costs(net: TypedNetwork, lp: LinearProgram, x) -> dict[str, float]:
    carbon_price = net.number("carbon_price")
    ship, make = _block(x, lp, "ship"), _block(x, lp, "make")
    return {
        "supply": float(_block(x, lp, "buy") @ lp.parts["supply"]),
        "production": float(make @ lp.parts["production"]),
        "transport": float(ship @ lp.parts["transport"]),
        "tariff": float(x[:len(lp.parts["duty"])] @ lp.parts["duty"]),
        "carbon": carbon_price * _co2(lp, x),
        "unmet_penalty": float(_block(x, lp, "unmet") @ lp.parts["unmet_penalty"]),
    }


def _co2(lp: LinearProgram, x) -> float:
    return float(_block(x, lp, "make") @ lp.parts["production_co2"]
                 + _block(x, lp, "ship") @ lp.parts["transport_co2"])


__all__ = ["COLUMNS", "COST_KEYS", "Plan", "binding", "extract"]
