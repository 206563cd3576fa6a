"""The stress and risk cases the slow way: the workbook edited as a planner would close things.

Tests and benchmarks solve these edited copies from scratch and compare them
with the warm re-solves of :mod:`twinparks.models.warm_solve`.
"""

from __future__ import annotations

import pandas as pd

from twinparks.models.network import Network, as_key, is_blank
from twinparks.models.typed import lane_products


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
        named, sites = closed_lanes_and_sites(closed, kind, ident)
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
        commit_investments(closed, modules, lost)
    return closed


def closed_lanes_and_sites(network: Network, kind: str, ident: str) -> tuple[list, list]:
    """The lanes named and the sites whose incoming lanes close with ``kind`` ``ident``."""
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


def commit_investments(network: Network, modules: dict[str, float],
                       closed: set[tuple[str, str]]) -> None:
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
