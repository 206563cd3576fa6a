"""Units that add up (DESIGN §9): demand totals in tonnes and in currency, never in units.

Tyres, square metres and tonnes do not add, so every total of delivered or
unmet demand that the planner sees — the Summary, the reports, the charts,
the command line — weighs each demand row by its product's
``tonnes_per_unit``, the same weights the service level uses. The
currency total of what is not delivered is the unmet-demand penalty.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from twinparks.models.network import Network

DEFAULT_TONNES_PER_UNIT = 1.0  # the schema default of a blank cell


def tonnes_per_unit(network: Network) -> dict[str, float]:
    """Each product's weight in tonnes per unit (blank or unreadable: the default)."""
    products = network.table("Products")
    if "id" not in products or "tonnes_per_unit" not in products:
        return {}
    weights = pd.to_numeric(products["tonnes_per_unit"], errors="coerce")
    weights = weights.fillna(DEFAULT_TONNES_PER_UNIT).astype(float)
    ids = products["id"].astype(str).str.strip()
    return dict(zip(ids, weights, strict=True))


def row_tonnes(demand: pd.DataFrame, weights: Mapping[str, float]) -> pd.Series:
    """Tonnes per unit of each demand row (a product without a weight: the default)."""
    return demand["product"].astype(str).map(dict(weights)).astype(float).fillna(
        DEFAULT_TONNES_PER_UNIT)


@dataclass(frozen=True)
class DemandTonnes:
    """Demanded, delivered and unmet tonnes per year of a plan's demand table."""

    demanded: float
    met: float
    unmet: float

    @property
    def service_level(self) -> float:
        """Met tonnes ÷ demanded tonnes (1 when nothing is demanded)."""
        return self.met / self.demanded if self.demanded else 1.0


def demand_tonnes(demand: pd.DataFrame, weights: Mapping[str, float]) -> DemandTonnes:
    """Totals of a plan's ``demand`` table (``product``, ``quantity``, ``met``, ``unmet``)."""
    if demand.empty:
        return DemandTonnes(0.0, 0.0, 0.0)
    tonnes = row_tonnes(demand, weights)
    return DemandTonnes(*(float((demand[column].astype(float) * tonnes).sum())
                          for column in ("quantity", "met", "unmet")))


FULL = 1 - 1e-6  # utilisation at which a capacity counts as used up
NOT_WORTH = "not_worth_serving"
NO_CAPACITY = "no_capacity"


def unmet_reasons(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Why each demand row of a plan is not met in full (``reason``, ``binding``).

    ``reason`` is blank for a row met in full; :data:`NO_CAPACITY` when a plant
    making the product, a lane into the market or a lane carrying the product
    is used up (``binding`` names them, comma-separated); otherwise
    :data:`NOT_WORTH` — capacity is left, but delivering would cost more than
    the row's unmet-demand penalty.
    """
    demand = tables["demand"]
    full_plants = _used_up(tables["production"])
    full_lanes = _used_up(tables["lanes"])
    flows = tables["flows"]
    reasons, binding = [], []
    for site, product, unmet in zip(demand["site"], demand["product"],
                                    demand["unmet"].astype(float), strict=True):
        if unmet <= 0:
            reasons.append("")
            binding.append("")
            continue
        ids = _binding_for(str(site), str(product), full_plants, full_lanes, flows)
        reasons.append(NO_CAPACITY if ids else NOT_WORTH)
        binding.append(", ".join(ids))
    return pd.DataFrame({"reason": reasons, "binding": binding}, index=demand.index)


def _used_up(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["utilisation"].astype(float).fillna(0.0) >= FULL]


def _binding_for(site: str, product: str, plants: pd.DataFrame, lanes: pd.DataFrame,
                 flows: pd.DataFrame) -> list[str]:
    carriers = set(flows.loc[flows["product"].astype(str) == product, "lane"].astype(str))
    ids = list(plants.loc[plants["product"].astype(str) == product, "plant"].astype(str))
    into = lanes["destination"].astype(str) == site
    ids += list(lanes.loc[into | lanes["lane"].astype(str).isin(carriers), "lane"].astype(str))
    return list(dict.fromkeys(ids))


__all__ = ["NOT_WORTH", "NO_CAPACITY", "DemandTonnes", "demand_tonnes", "row_tonnes",
           "tonnes_per_unit", "unmet_reasons"]
