"""Investments, minimum outputs and chokepoint shares, added to the built LP.

The LP of :mod:`twinparks.models.lp` is extended, never rebuilt:

* one integer column ``modules[j]`` per Investments row, between
  ``min_modules`` and ``max_modules``, costing ``annual_cost`` each; its
  ``capacity`` joins the plant's or the lane's capacity row
  (``make − Σ capacity_j·modules_j ≤ capacity``);
* one binary ``on[k]`` per plant with a ``min_output``:
  ``make − min_output·on ≥ 0`` (family ``min_output``) and
  ``make − largest·on ≤ 0`` (family ``switch``; ``largest`` is the capacity
  with every module), so a plant makes 0 or between min_output and its
  capacity;
* one row per chokepoint group with a ``max_share``: the tonnes of its
  products on its lanes ≤ max_share × the tonnes of them delivered to demand
  or consumed by plants. Delivered tonnes are ``Σ t·(quantity − unmet)``, so
  the row reads ``Σ t·ship − s·Σ t·qty·make + s·Σ t·unmet ≤ s·Σ t·quantity``.

Without any of these the LP is returned unchanged (and still solves as an
LP). The model stays feasible: everything may go unmet.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from twinparks.models.lp import LinearProgram
from twinparks.models.typed import TypedNetwork, lane_products

FAMILIES = ("min_output", "switch", "chokepoint")


def uses_milp(net: TypedNetwork) -> bool:
    """Whether the network has investments, minimum outputs or chokepoint limits."""
    return bool(len(net["Investments"]) or (net["Plants"]["min_output"] > 0).any()
                or net["Chokepoints"]["max_share"].notna().any())


def extend(net: TypedNetwork, lp: LinearProgram) -> LinearProgram:
    """The LP with module and on/off columns and the rows that use them."""
    if not uses_milp(net):
        return lp
    investments, plants = net["Investments"], net["Plants"]
    on_plants = np.flatnonzero(plants["min_output"].to_numpy(float) > 0)
    start = lp.num_cols
    modules = slice(start, start + len(investments))
    on = slice(modules.stop, modules.stop + len(on_plants))
    cost = np.concatenate([lp.cost, investments["annual_cost"].to_numpy(float),
                           np.zeros(len(on_plants))])
    lower = np.concatenate([lp.col_lower, investments["min_modules"].to_numpy(float),
                            np.zeros(len(on_plants))])
    upper = np.concatenate([lp.col_upper, investments["max_modules"].to_numpy(float),
                            np.ones(len(on_plants))])
    capacity = _capacity_terms(net, lp, modules)
    families = [_min_output_rows(net, lp, on_plants, on),
                _switch_rows(net, lp, on_plants, on),
                _chokepoint_rows(net, lp)]
    row_blocks, offset = dict(lp.row_blocks), lp.num_rows
    for name, family in zip(FAMILIES, families, strict=True):
        row_blocks[name] = slice(offset, offset + len(family[3]))
        offset += len(family[3])
    rows = np.concatenate([lp.rows, capacity[0]] + [f[0] + row_blocks[n].start
                                                   for n, f in zip(FAMILIES, families,
                                                                   strict=True)])
    cols = np.concatenate([lp.cols, capacity[1]] + [f[1] for f in families])
    values = np.concatenate([lp.values, capacity[2]] + [f[2] for f in families])
    rows, cols, values = _summed(rows.astype(np.int64), cols.astype(np.int64),
                                 values.astype(float), len(cost))
    integrality = np.zeros(len(cost), dtype=bool)
    integrality[modules.start:on.stop] = True
    return dataclasses.replace(
        lp, cost=cost, col_lower=lower, col_upper=upper,
        row_lower=np.concatenate([lp.row_lower] + [f[3] for f in families]),
        row_upper=np.concatenate([lp.row_upper] + [f[4] for f in families]),
        rows=rows, cols=cols, values=values,
        blocks={**lp.blocks, "modules": modules, "on": on}, row_blocks=row_blocks,
        integrality=integrality)


def _summed(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, num_cols: int):
    """One entry per (row, column): a plant using two inputs of one chokepoint group."""
    keys = rows * num_cols + cols
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    if len(unique) == len(keys):
        return rows, cols, values
    return rows[first], cols[first], np.bincount(inverse, weights=values, minlength=len(unique))


def _capacity_terms(net: TypedNetwork, lp: LinearProgram, modules: slice):
    """``−capacity_j`` of each module column in its plant's or lane's capacity row."""
    investments = net["Investments"]
    plant_pos = pd.Index(net["Plants"]["id"]).get_indexer(investments["plant"])
    lane_pos = pd.Index(net["Lanes"]["id"]).get_indexer(investments["lane"])
    lane_row = np.full(len(net["Lanes"]), -1)
    limited = lane_rows_of(lp)
    lane_row[limited] = lp.row_blocks["lane_capacity"].start + np.arange(len(limited))
    row = np.where(plant_pos >= 0, lp.row_blocks["plant_capacity"].start + plant_pos,
                   lane_row[np.maximum(lane_pos, 0)])
    return (row, np.arange(modules.start, modules.stop),
            -investments["capacity"].to_numpy(float))


def lane_rows_of(lp: LinearProgram) -> np.ndarray:
    """Positions in Lanes of the lanes that have a capacity row, in row order."""
    return np.asarray(lp.capacity_lanes, dtype=np.int64).ravel()


def largest_capacity(net: TypedNetwork) -> np.ndarray:
    """Per plant, its capacity with every investment module built."""
    plants, investments = net["Plants"], net["Investments"]
    added = (investments["capacity"] * investments["max_modules"]).groupby(
        investments["plant"]).sum()
    return plants["capacity"].to_numpy(float) + plants["id"].map(added).fillna(0.0).to_numpy()


def _min_output_rows(net: TypedNetwork, lp: LinearProgram, on_plants: np.ndarray, on: slice):
    count, make = len(on_plants), lp.blocks["make"].start + on_plants
    minimum = net["Plants"]["min_output"].to_numpy(float)[on_plants]
    rows = np.concatenate([np.arange(count), np.arange(count)])
    cols = np.concatenate([make, np.arange(on.start, on.stop)])
    return rows, cols, np.concatenate([np.ones(count), -minimum]), np.zeros(count), \
        np.full(count, np.inf)


def _switch_rows(net: TypedNetwork, lp: LinearProgram, on_plants: np.ndarray, on: slice):
    count, make = len(on_plants), lp.blocks["make"].start + on_plants
    largest = largest_capacity(net)[on_plants]
    rows = np.concatenate([np.arange(count), np.arange(count)])
    cols = np.concatenate([make, np.arange(on.start, on.stop)])
    return rows, cols, np.concatenate([np.ones(count), -largest]), np.full(count, -np.inf), \
        np.zeros(count)


def chokepoint_terms(net: TypedNetwork, lp: LinearProgram):
    """Per chokepoint group, the columns of its tonnes and of the tonnes it is a share of.

    Returns ``(carried, used, demanded)``: two lists of (columns,
    coefficients) — tonnes on the group's lanes, and tonnes consumed by
    plants minus tonnes unmet (the column part of "delivered or consumed")
    — and the array of the constant part (tonnes demanded) per group.
    """
    groups, products = net["Chokepoints"], net["Products"]
    lanes, ship = net["Lanes"], lp.ship
    tonnes = products["tonnes_per_unit"].to_numpy(float)
    recipes = net["Recipes"].reset_index(drop=True)
    demand = net["Demand"].reset_index(drop=True)
    product_index = pd.Index(products["id"])
    carried, used, demanded = [], [], []
    for group in groups.itertuples(index=False):
        chosen = _products_of(group.products, products)
        on_lane = np.isin(lanes["id"], lane_products(group.lanes)) | np.isin(
            lanes["destination"], lane_products(group.sites))
        ship_pos = np.flatnonzero(on_lane[ship["lane"].to_numpy()]
                                  & chosen[ship["product"].to_numpy()])
        carried.append((lp.blocks["ship"].start + ship_pos,
                        tonnes[ship["product"].to_numpy()[ship_pos]]))
        inputs = product_index.get_indexer(recipes["input"])
        use = np.flatnonzero(chosen[inputs])
        plant_pos = pd.Index(net["Plants"]["id"]).get_indexer(recipes["plant"].iloc[use])
        demand_pos = np.flatnonzero(chosen[product_index.get_indexer(demand["product"])])
        weight = tonnes[product_index.get_indexer(demand["product"].iloc[demand_pos])]
        used.append((np.concatenate([lp.blocks["make"].start + plant_pos,
                                     lp.blocks["unmet"].start + demand_pos]),
                     np.concatenate([tonnes[inputs[use]] * recipes["qty_per_unit"].to_numpy(
                         float)[use], -weight])))
        demanded.append(float(weight @ demand["quantity"].to_numpy(float)[demand_pos]))
    return carried, used, np.array(demanded)


def _products_of(spec: str, products: pd.DataFrame) -> np.ndarray:
    """Boolean per product: named by id or family in ``spec`` (blank: every product)."""
    tokens = lane_products(spec)
    if not tokens:
        return np.ones(len(products), dtype=bool)
    return (np.isin(products["id"].to_numpy(), tokens)
            | np.isin(products["family"].to_numpy(), tokens))


def limited_groups(net: TypedNetwork) -> np.ndarray:
    """Positions in Chokepoints of the groups with a ``max_share``, in row order."""
    return np.flatnonzero(net["Chokepoints"]["max_share"].notna().to_numpy())


def _chokepoint_rows(net: TypedNetwork, lp: LinearProgram):
    carried, used, demanded = chokepoint_terms(net, lp)
    share = net["Chokepoints"]["max_share"].to_numpy(float)
    rows, cols, values, upper = [], [], [], []
    for row, group in enumerate(limited_groups(net)):
        (ship_cols, ship_t), (use_cols, use_t) = carried[group], used[group]
        cols += [ship_cols, use_cols]
        values += [ship_t, -share[group] * use_t]
        rows.append(np.full(len(ship_cols) + len(use_cols), row))
        upper.append(share[group] * demanded[group])
    count = len(upper)
    if not count:
        empty = np.zeros(0)
        return empty.astype(np.int64), empty.astype(np.int64), empty, empty, empty
    return (np.concatenate(rows), np.concatenate(cols), np.concatenate(values),
            np.full(count, -np.inf), np.array(upper))
