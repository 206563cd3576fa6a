"""Why demand is unmet, for the planner (docs/contract.md §9: units that add up).

Tyres, square metres and tonnes do not add: the plan's demand table carries
each row's ``tonnes_per_unit``, ``met_tonnes`` and ``unmet_tonnes``, and
:attr:`Plan.unmet_tonnes` their total, the same weights the service level
uses. This module says why a row is not met in full.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    full_plants = _used_up(tables["production"])
    full_lanes = _used_up(tables["lanes"])
    flows = tables["flows"]
    expandable = _expandable(tables.get("investments"))
    reasons, binding = [], []
    for site, product, unmet in zip(demand["site"], demand["product"],
                                    demand["unmet"].astype(float), strict=True):
        if unmet <= 0:
            reasons.append("")
            binding.append("")
            continue
        plants, lanes = _binding_for(str(site), str(product), full_plants, full_lanes, flows)
        ids = plants + lanes
        if not ids:
            reasons.append(NOT_WORTH)
        else:
            used_up = {("plant", i) for i in plants} | {("lane", i) for i in lanes}
            reasons.append(NOT_WORTH_EXPANDING if used_up <= expandable else NO_CAPACITY)
        binding.append(", ".join(ids))
    return pd.DataFrame({"reason": reasons, "binding": binding}, index=demand.index)


def _expandable(investments: pd.DataFrame | None) -> set[tuple[str, str]]:
    """(kind, id) of the plants and lanes an investment could still enlarge."""
    if investments is None or not len(investments):
        return set()
    room = investments["modules"].astype(float) < investments["max_modules"].astype(float) - 0.5
    chosen = investments[room]
    return set(zip(chosen["kind"].astype(str), chosen["target"].astype(str), strict=True))


def _used_up(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["binding"].astype(bool)]


def _binding_for(site: str, product: str, plants: pd.DataFrame, lanes: pd.DataFrame,
                 flows: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The used-up plants making ``product`` and lanes into ``site`` or carrying it."""
    carriers = set(flows.loc[flows["product"].astype(str) == product, "lane"].astype(str))
    making = plants.loc[plants["product"].astype(str) == product, "plant"].astype(str)
    into = lanes["destination"].astype(str) == site
    used = lanes.loc[into | lanes["lane"].astype(str).isin(carriers), "lane"].astype(str)
    return list(dict.fromkeys(making)), list(dict.fromkeys(used))


__all__ = ["NOT_WORTH", "NOT_WORTH_EXPANDING", "NO_CAPACITY", "unmet_reasons"]
