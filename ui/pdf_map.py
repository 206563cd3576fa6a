"""What the PDF report's map draws of a big network: its busiest lanes and the sites they join.

A printed map of thousands of lanes is an unreadable tangle, and drawing
every lane and label of a million-variable network took about a minute
(``benchmarks/README.md``). A network of at most ``MAP_LANES`` lanes and
``MAP_SITES`` sites is drawn whole, as in the app; a bigger one is cut to
its ``MAP_LANES`` lanes carrying the most tonnes in the plan (in the
workbook's order when nothing flows) and the sites at their ends, and the
caption says so. The Excel report has every lane.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from twinparks.models.network import Network, as_key
from twinparks.models.plan import Plan

MAP_LANES = 200  # most lanes the PDF map draws
MAP_SITES = 400  # most sites of a network drawn whole


@dataclasses.dataclass(frozen=True)
class MapSubset:
    """The network and plan the PDF map draws, and how many lanes it leaves out."""

    network: Network
    plan: Plan
    shown_lanes: int
    all_lanes: int

    @property
    def cut(self) -> bool:
        """Whether the map shows fewer lanes than the network has."""
        return self.shown_lanes < self.all_lanes


def map_subset(network: Network, plan: Plan, max_lanes: int = MAP_LANES,
               max_sites: int = MAP_SITES) -> MapSubset:
    """The busiest ``max_lanes`` lanes and their sites, or everything when it is small."""
    lanes, sites = network.table("Lanes"), network.table("Sites")
    if len(lanes) <= max_lanes and len(sites) <= max_sites:
        return MapSubset(network, plan, len(lanes), len(lanes))
    keys = lanes["id"].map(_key) if "id" in lanes else pd.Series("", index=lanes.index)
    tonnes = _lane_tonnes(plan)
    amount = keys.map(tonnes).fillna(0.0).astype(float)
    order = amount.reset_index(drop=True).sort_values(ascending=False, kind="stable")
    kept = lanes.iloc[sorted(order.index[:max_lanes])]
    ends = {_key(end) for column in ("origin", "destination") if column in kept
            for end in kept[column]}
    kept_sites = sites[sites["id"].map(_key).isin(ends)] if "id" in sites else sites
    tables = {**network.tables, "Lanes": kept, "Sites": kept_sites}
    shown = dataclasses.replace(network, tables=tables)
    kept_keys = set(keys.iloc[sorted(order.index[:max_lanes])])
    plan_tables = dict(plan.tables)
    if "lanes" in plan_tables and "lane" in plan_tables["lanes"]:
        use = plan_tables["lanes"]
        plan_tables["lanes"] = use[use["lane"].map(_key).isin(kept_keys)]
    return MapSubset(shown, dataclasses.replace(plan, tables=plan_tables), len(kept),
                     len(lanes))


def _lane_tonnes(plan: Plan) -> dict[str, float]:
    use = plan.tables.get("lanes")
    if use is None or not {"lane", "tonnes"} <= set(use.columns) or use.empty:
        return {}
    tonnes = pd.to_numeric(use["tonnes"], errors="coerce").fillna(0.0)
    return tonnes.groupby(use["lane"].map(_key).to_numpy()).sum().to_dict()


def _key(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) \
        else as_key(value)
