"""The capacity-allocation linear program of docs/contract.md §4, as a sparse matrix.

The LP is assembled column block by column block (buy, make, ship, unmet)
and row family by row family (balance, plant capacity, lane capacity) into
NumPy arrays; no expression is ever grown term by term. The result,
:class:`LinearProgram`, is what both solver back ends read and what
:func:`models.plan.extract` turns into a plan. Each row and column keeps
enough labels to be named and exported for inspection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from twinparks.models.typed import TypedNetwork, lane_products

TONNE_KG = 1000.0


@dataclass
class LinearProgram:
    """min c·x subject to row_lower ≤ A x ≤ row_upper, col_lower ≤ x ≤ col_upper.

    With ``integrality`` some columns must take whole values (a MILP).

    ``A`` is held as COO triplets (``rows``, ``cols``, ``values``). Column
    blocks are slices into x; ``ship`` describes each ship column, ``nodes``
    each balance row (site, product), and the capacity row blocks point back
    to their plants and lanes.
    """

    cost: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    blocks: dict[str, slice]
    row_blocks: dict[str, slice]
    ship: pd.DataFrame
    nodes: pd.DataFrame
    capacity_lanes: np.ndarray
    parts: dict[str, np.ndarray] = field(default_factory=dict)
    integrality: np.ndarray | None = None  # True for integer columns (a MILP), see milp.py

    @property
    def num_cols(self) -> int:
        """Number of variables."""
        return len(self.cost)

    @property
    def num_rows(self) -> int:
        """Number of constraints."""
        return len(self.row_lower)

    def csc(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Column-wise compressed matrix (starts, row indices, values)."""
        order = np.lexsort((self.rows, self.cols))
        counts = np.bincount(self.cols, minlength=self.num_cols)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int32)
        return starts, self.rows[order].astype(np.int32), self.values[order]


def build(net: TypedNetwork) -> LinearProgram:
    """Assemble the LP of a validated, resolved network."""
    index = _Index(net)
    ship = ship_columns(net, index)
    blocks = _column_blocks(net, len(ship))
    cost, lower, upper, parts = _objective_and_bounds(net, index, ship)
    balance = balance_rows(net, index, ship, blocks)
    plant_cap = plant_capacity_rows(net, blocks)
    lane_cap, capacity_lanes = lane_capacity_rows(net, ship, blocks, parts["tonnes"])
    families = [balance, plant_cap, lane_cap]
    row_blocks, offset = {}, 0
    for name, family in zip(("balance", "plant_capacity", "lane_capacity"), families,
                            strict=True):
        row_blocks[name] = slice(offset, offset + len(family.lower))
        offset += len(family.lower)
    rows, cols, values = _combine_duplicates(
        np.concatenate([f.rows + row_blocks[n].start for n, f in
                        zip(row_blocks, families, strict=True)]),
        np.concatenate([f.cols for f in families]),
        np.concatenate([f.values for f in families]), len(cost))
    return LinearProgram(
        cost=cost, col_lower=lower, col_upper=upper,
        row_lower=np.concatenate([f.lower for f in families]),
        row_upper=np.concatenate([f.upper for f in families]),
        rows=rows, cols=cols, values=values, blocks=blocks, row_blocks=row_blocks, ship=ship,
        nodes=balance.nodes, capacity_lanes=capacity_lanes, parts=parts)


def _combine_duplicates(rows: np.ndarray, cols: np.ndarray, values: np.ndarray,
                        num_cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sum entries that share a (row, column): a plant whose recipe uses its own product."""
    keys = rows.astype(np.int64) * num_cols + cols
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    if len(unique) == len(keys):
        return rows, cols, values
    summed = np.bincount(inverse, weights=values, minlength=len(unique))
    return rows[first], cols[first], summed


class _Index:
    """Integer codes for sites and products, and per-product attributes."""

    def __init__(self, net: TypedNetwork):
        self.sites = pd.Index(net["Sites"]["id"])
        self.products = pd.Index(net["Products"]["id"])
        self.country = net["Sites"]["country"].to_numpy()
        products = net["Products"]
        self.tonnes = products["tonnes_per_unit"].to_numpy(float)
        self.value = products["value_per_unit"].to_numpy(float)
        self.family = products["family"].to_numpy()

    def node(self, sites: pd.Series, products: pd.Series) -> np.ndarray:
        """One integer per (site, product) pair."""
        return (self.sites.get_indexer(sites).astype(np.int64) * len(self.products)
                + self.products.get_indexer(products))


@dataclass
class _Rows:
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    nodes: pd.DataFrame | None = None


def _column_blocks(net: TypedNetwork, num_ship: int) -> dict[str, slice]:
    sizes = {"buy": len(net["Supply"]), "make": len(net["Plants"]), "ship": num_ship,
             "unmet": len(net["Demand"])}
    blocks, start = {}, 0
    for name, size in sizes.items():
        blocks[name] = slice(start, start + size)
        start += size
    return blocks


def ship_columns(net: TypedNetwork, index: _Index) -> pd.DataFrame:
    """One row per (lane, product) the lane may carry and that can reach its origin.

    Columns: ``lane`` (position in Lanes), ``product`` (position in
    Products), ``origin``/``destination`` (positions in Sites), ``tariff``
    (the rate that applies).
    """
    lanes = net["Lanes"]
    origin = index.sites.get_indexer(lanes["origin"])
    destination = index.sites.get_indexer(lanes["destination"])
    lane_pos, product_pos = _allowed_pairs(lanes, index)
    pairs = pd.DataFrame({"lane": lane_pos, "product": product_pos,
                          "origin": origin[lane_pos], "destination": destination[lane_pos]})
    reach = _reachable(net, index, pairs)
    pairs = pairs[reach[pairs["origin"].to_numpy(), pairs["product"].to_numpy()]]
    pairs = pairs.reset_index(drop=True)
    pairs["tariff"] = _tariff_rates(net, index, pairs)
    return pairs


def _allowed_pairs(lanes: pd.DataFrame, index: _Index) -> tuple[np.ndarray, np.ndarray]:
    """(lane, product) positions a lane may carry; lanes sharing a ``products`` text share work."""
    lane_parts, product_parts = [], []
    for spec, positions in lanes.groupby("products", sort=False).indices.items():
        tokens = list(set(lane_products(spec)))
        if tokens:
            allowed = np.flatnonzero(np.isin(index.products, tokens)
                                     | np.isin(index.family, tokens))
        else:
            allowed = np.arange(len(index.products))
        lane_parts.append(np.repeat(positions, len(allowed)))
        product_parts.append(np.tile(allowed, len(positions)))
    if not lane_parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    lane, product = np.concatenate(lane_parts), np.concatenate(product_parts)
    order = np.lexsort((product, lane))  # lane order, as in the workbook
    return lane[order], product[order]


def _reachable(net: TypedNetwork, index: _Index, pairs: pd.DataFrame) -> np.ndarray:
    """Boolean [site, product]: the product can be at the site (bought, made or shipped)."""
    reach = np.zeros((len(index.sites), len(index.products)), dtype=bool)
    for table in (net["Supply"], net["Plants"]):
        reach[index.sites.get_indexer(table["site"]),
              index.products.get_indexer(table["product"])] = True
    origin, destination = pairs["origin"].to_numpy(), pairs["destination"].to_numpy()
    product = pairs["product"].to_numpy()
    while True:
        spread = reach[origin, product] & ~reach[destination, product]
        if not spread.any():
            return reach
        reach[destination[spread], product[spread]] = True


def _tariff_rates(net: TypedNetwork, index: _Index, pairs: pd.DataFrame) -> np.ndarray:
    """The rate of each ship column, looked up once per (product, origin, destination) code."""
    countries = pd.Index(sorted(set(index.country)))
    country = countries.get_indexer(index.country)
    origin = country[pairs["origin"].to_numpy()].astype(np.int64)
    destination = country[pairs["destination"].to_numpy()].astype(np.int64)
    product = pairs["product"].to_numpy().astype(np.int64)
    n = len(countries)
    codes = (product * n + origin) * n + destination
    unique, inverse = np.unique(codes, return_inverse=True)
    table = {(p, o, d): rate for p, o, d, rate in net["Tariffs"][
        ["product", "origin_country", "destination_country", "rate"]].itertuples(index=False)}
    names = index.products.to_numpy()
    rates = np.array([tariff_rate(table, names[code // (n * n)], countries[code // n % n],
                                  countries[code % n]) for code in unique], dtype=float)
    return rates[inverse] if len(codes) else np.zeros(0)


def tariff_rate(table: dict[tuple[str, str, str], float], product: str, origin: str,
                destination: str) -> float:
    """The rate of the matching tariff row with the fewest ``*`` (0 inside one country)."""
    if origin == destination:
        return 0.0
    candidates = [(product, origin, destination),
                  ("*", origin, destination), (product, "*", destination), (product, origin, "*"),
                  ("*", "*", destination), ("*", origin, "*"), (product, "*", "*"),
                  ("*", "*", "*")]
    for key in candidates:
        if key in table:
            return float(table[key])
    return 0.0


def _objective_and_bounds(net: TypedNetwork, index: _Index, ship: pd.DataFrame):
    """Cost per column, its parts (for the plan's cost split) and the column bounds."""
    carbon_price = float(net.settings["carbon_price"])  # per tonne of CO2
    supply, plants, lanes, demand = net["Supply"], net["Plants"], net["Lanes"], net["Demand"]
    tonnes = index.tonnes[ship["product"].to_numpy()]
    value = index.value[ship["product"].to_numpy()]
    lane = ship["lane"].to_numpy()
    parts = {
        "supply": supply["cost_per_unit"].to_numpy(float),
        "production": plants["cost_per_unit"].to_numpy(float),
        "production_co2": plants["co2_kg_per_unit"].to_numpy(float) / TONNE_KG,
        "transport": tonnes * lanes["cost_per_tonne"].to_numpy(float)[lane],
        "tariff": ship["tariff"].to_numpy() * value,
        "transport_co2": tonnes * lanes["co2_kg_per_tonne"].to_numpy(float)[lane] / TONNE_KG,
        "tonnes": tonnes,
        "unmet_penalty": demand["penalty_per_unit"].fillna(
            float(net.settings["unmet_penalty"])).to_numpy(float),
    }
    cost = np.concatenate([
        parts["supply"],
        parts["production"] + carbon_price * parts["production_co2"],
        parts["transport"] + parts["tariff"] + carbon_price * parts["transport_co2"],
        parts["unmet_penalty"]])
    upper = np.concatenate([supply["capacity"].fillna(np.inf).to_numpy(float),
                            np.full(len(plants), np.inf), np.full(len(ship), np.inf),
                            demand["quantity"].to_numpy(float)])
    return cost, np.zeros(len(cost)), upper, parts


def balance_rows(net: TypedNetwork, index: _Index, ship: pd.DataFrame,
                 blocks: dict[str, slice]) -> _Rows:
    """Flow balance per (site, product): in + made + bought + unmet = out + used + demand."""
    supply, plants, demand = net["Supply"], net["Plants"], net["Demand"]
    recipes = net["Recipes"].merge(
        plants[["id", "site"]].reset_index(names="plant_pos"), left_on="plant", right_on="id")
    n_products = len(index.products)
    ship_product = ship["product"].to_numpy()
    terms = [  # (node, column, coefficient)
        (index.node(supply["site"], supply["product"]), _arange(blocks["buy"]), 1.0),
        (index.node(plants["site"], plants["product"]), _arange(blocks["make"]), 1.0),
        (index.node(recipes["site"], recipes["input"]),
         blocks["make"].start + recipes["plant_pos"].to_numpy(),
         -recipes["qty_per_unit"].to_numpy(float)),
        (ship["origin"].to_numpy() * n_products + ship_product, _arange(blocks["ship"]), -1.0),
        (ship["destination"].to_numpy() * n_products + ship_product, _arange(blocks["ship"]),
         1.0),
        (index.node(demand["site"], demand["product"]), _arange(blocks["unmet"]), 1.0),
    ]
    node = np.concatenate([t[0] for t in terms]).astype(np.int64)
    cols = np.concatenate([t[1] for t in terms]).astype(np.int64)
    values = np.concatenate([np.broadcast_to(t[2], len(t[0])) for t in terms]).astype(float)
    unique, rows = np.unique(node, return_inverse=True)
    rhs = np.zeros(len(unique))
    np.add.at(rhs, np.searchsorted(unique, index.node(demand["site"], demand["product"])),
              demand["quantity"].to_numpy(float))
    nodes = pd.DataFrame({"site": unique // n_products, "product": unique % n_products})
    return _Rows(rows, cols, values, rhs, rhs.copy(), nodes)


def plant_capacity_rows(net: TypedNetwork, blocks: dict[str, slice]) -> _Rows:
    """make[k] ≤ capacity[k], one row per plant, so its dual is the capacity's worth."""
    count = len(net["Plants"])
    return _Rows(np.arange(count), _arange(blocks["make"]), np.ones(count),
                 np.full(count, -np.inf), net["Plants"]["capacity"].to_numpy(float))


def lane_capacity_rows(net: TypedNetwork, ship: pd.DataFrame, blocks: dict[str, slice],
                       tonnes: np.ndarray) -> tuple[_Rows, np.ndarray]:
    """Σ_p tonnes_per_unit[p]·ship[l,p] ≤ capacity_tonnes[l] for lanes with a capacity."""
    capacity = net["Lanes"]["capacity_tonnes"].to_numpy(float)
    limited = np.flatnonzero(np.isfinite(capacity))
    row_of_lane = np.full(len(capacity), -1)
    row_of_lane[limited] = np.arange(len(limited))
    rows = row_of_lane[ship["lane"].to_numpy()]
    keep = rows >= 0
    rows_out = _Rows(rows[keep], _arange(blocks["ship"])[keep], tonnes[keep],
                     np.full(len(limited), -np.inf), capacity[limited])
    return rows_out, limited


def _arange(block: slice) -> np.ndarray:
    return np.arange(block.start, block.stop)
