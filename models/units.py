"""Why demand is unmet, for the planner (docs/contract.md §9: units that add up).

Tyres, square metres and tonnes do not add: the plan's demand table carries
each row's ``tonnes_per_unit``, ``met_tonnes`` and ``unmet_tonnes``, and
:attr:`Plan.unmet_tonnes` their total, the same weights the service level
uses. This module says why a row is not met in full.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

NOT_WORTH = "not_worth_serving"
NO_CAPACITY = "no_capacity"
NOT_WORTH_EXPANDING = "not_worth_expanding"


def unmet_reasons(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Why each demand row of a plan is not met in full (``reason``, ``binding``).

    ``reason`` is blank for a row met in full; :data:`NO_CAPACITY` when a plant
    making the product, a lane into the market or a lane carrying the product
    is used up (``binding`` names them, comma-separated);
    :data:`NOT_WORTH_EXPANDING` when every one of those could still take an
    investment module (docs/contract.md §8): capacity could be built, but the
    optimum says a module would cost more than it saves; otherwise
    :data:`NOT_WORTH` — capacity is left, but delivering would cost more than
    the row's unmet-demand penalty.
    """
    demand = tables["demand"]
    binding_for = _BindingIndex(tables)
    expandable = _expandable(tables.get("investments"))
    reasons, binding = [""] * len(demand), [""] * len(demand)
    short = np.flatnonzero(demand["unmet"].astype(float).to_numpy() > 0)
    sites, products = (_texts(demand[name].iloc[short]) for name in ("site", "product"))
    for at, site, product in zip(short.tolist(), sites, products, strict=True):
        plants, lanes = binding_for(site, product)
        ids = plants + lanes
        if not ids:
            reasons[at] = NOT_WORTH
        elif not expandable:  # (nothing can be enlarged: no set of hundreds of lanes to build)
            reasons[at] = NO_CAPACITY
        else:
            used_up = {("plant", i) for i in plants} | {("lane", i) for i in lanes}
            reasons[at] = NOT_WORTH_EXPANDING if used_up <= expandable else NO_CAPACITY
        binding[at] = ", ".join(ids)
    return pd.DataFrame({"reason": reasons, "binding": binding}, index=demand.index)


def _texts(column: pd.Series) -> list[str]:
    """A column's cells as ``str`` (as ``astype(str)``), as a plain list.

    Iterating a pandas string column cell by cell costs ~5 µs a cell.
    """
    return column.astype(str).tolist()


def _expandable(investments: pd.DataFrame | None) -> set[tuple[str, str]]:
    """(kind, id) of the plants and lanes an investment could still enlarge."""
    if investments is None or not len(investments):
        return set()
    room = investments["modules"].astype(float) < investments["max_modules"].astype(float) - 0.5
    chosen = investments[room]
    return set(zip(chosen["kind"].astype(str), chosen["target"].astype(str), strict=True))


def _used_up(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["binding"].astype(bool)]


class _BindingIndex:
    """The used-up plants making a product and lanes into a site or carrying a product.

    Indexed once per plan (by product, by destination), so that a plan of a
    million variables with thousands of unmet rows is read in linear time
    (scanning the flows once per unmet row took about a minute at 1e6).
    Ids come in their table's order, each once.
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame]):
        plants = _used_up(tables["production"])
        lanes = _used_up(tables["lanes"])
        self._making: dict[str, list[str]] = {}
        for product, plant in zip(_texts(plants["product"]), _texts(plants["plant"]),
                                  strict=True):
            self._making.setdefault(product, []).append(plant)
        self._lane_ids = _texts(lanes["lane"])
        self._into: dict[str, list[int]] = {}  # site -> positions of the used-up lanes into it
        for at, site in enumerate(_texts(lanes["destination"])):
            self._into.setdefault(site, []).append(at)
        position: dict[str, list[int]] = {}
        for at, lane in enumerate(self._lane_ids):
            position.setdefault(lane, []).append(at)
        flows = tables["flows"]
        lane_of = flows["lane"].astype(str)
        on_used_up = lane_of.isin(set(position)).to_numpy()  # the flows that count
        pairs = pd.DataFrame({"product": flows["product"][on_used_up].astype(str),
                              "lane": lane_of[on_used_up]}).drop_duplicates()
        carrying: dict[str, set[int]] = {}  # product -> positions of lanes carrying it
        for product, lane in zip(pairs["product"].tolist(), pairs["lane"].tolist(), strict=True):
            carrying.setdefault(product, set()).update(position[lane])
        self._carrying = {product: sorted(at) for product, at in carrying.items()}
        self._carrying_ids: dict[str, list[str]] = {}  # product -> their ids, once computed

    def __call__(self, site: str, product: str) -> tuple[list[str], list[str]]:
        making = list(dict.fromkeys(self._making.get(product, [])))
        into = self._into.get(site)
        if not into:  # the lanes carrying the product alone: the same for every market
            lanes = self._carrying_ids.get(product)
            if lanes is None:
                lanes = self._carrying_ids[product] = self._ids(self._carrying.get(product, []))
            return making, list(lanes)
        return making, self._ids(sorted(set(self._carrying.get(product, [])).union(into)))

    def _ids(self, positions: list[int]) -> list[str]:
        return list(dict.fromkeys(self._lane_ids[n] for n in positions))


__all__ = ["NOT_WORTH", "NOT_WORTH_EXPANDING", "NO_CAPACITY", "unmet_reasons"]
