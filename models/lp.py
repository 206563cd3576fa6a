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

from twinparks.models import lp_origin
from twinparks.models.states import StateSpace, state_space
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
    space: StateSpace | None = None
    layout: lp_origin.Layout | None = None
    recipes: pd.DataFrame | None = None
    row_info: dict[str, pd.DataFrame] = field(default_factory=dict)

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
    """Assemble the LP of a validated, resolved network (schema 2: duty by origin, at use)."""
    index = _Index(net)
    space = state_space(net)
    ship, reach = ship_columns(net, index, space)
    recipes = _recipes(net, index)
    lay = lp_origin.layout(net, space, reach, index.sites.get_indexer, recipes)
    blocks = _column_blocks(net, ship, lay)
    cost, lower, upper, parts = _objective_and_bounds(net, index, ship, lay, blocks, recipes)
    demand = net["Demand"].reset_index(drop=True)
    families = {
        "balance": balance_rows(net, index, space, ship, blocks, lay, recipes),
        "plant_capacity": plant_capacity_rows(net, blocks),
        "lane_capacity": lane_capacity_rows(net, ship, blocks, parts["tonnes"]),
        "supply_split": lp_origin.supply_split_rows(lay, blocks),
        "output_split": lp_origin.output_split_rows(lay, blocks),
        "input_split": lp_origin.input_split_rows(lay, blocks, recipes),
        "serve": lp_origin.serve_rows(lay, blocks, demand),
        "orig_cap": lp_origin.orig_cap_rows(lay, blocks, recipes),
        "originating": lp_origin.originating_rows(lay, blocks, recipes, space.classes),
        "rvc": lp_origin.content_rows(lay, blocks, net, recipes, lp_origin.RVC),
        "shift": lp_origin.content_rows(lay, blocks, net, recipes, lp_origin.CHANGE),
    }
    row_blocks, offset = {}, 0
    for name, family in families.items():
        row_blocks[name] = slice(offset, offset + len(family.lower))
        offset += len(family.lower)
    rows, cols, values = _combine_duplicates(
        np.concatenate([f.rows + row_blocks[n].start for n, f in families.items()]),
        np.concatenate([f.cols for f in families.values()]),
        np.concatenate([f.values for f in families.values()]), len(cost))
    return LinearProgram(
        cost=cost, col_lower=lower, col_upper=upper,
        row_lower=np.concatenate([f.lower for f in families.values()]),
        row_upper=np.concatenate([f.upper for f in families.values()]),
        rows=rows, cols=cols, values=values, blocks=blocks, row_blocks=row_blocks, ship=ship,
        nodes=families["balance"].info,
        capacity_lanes=np.asarray(families["lane_capacity"].info),
        parts=parts, space=space, layout=lay, recipes=recipes,
        row_info={n: f.info for n, f in families.items()})


def _recipes(net: TypedNetwork, index: _Index) -> pd.DataFrame:
    """Recipe rows with the plant's and the input's positions."""
    recipes = net["Recipes"].reset_index(drop=True)
    plants = pd.Index(net["Plants"]["id"])
    return recipes.assign(plant_pos=plants.get_indexer(recipes["plant"]),
                          input_pos=index.products.get_indexer(recipes["input"]))


def _combine_duplicates(rows: np.ndarray, cols: np.ndarray, values: np.ndarray,
                        num_cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sum entries that share a (row, column): a plant whose recipe uses its own product."""
    keys = rows.astype(np.int64) * num_cols + cols
    ordered = np.sort(keys)  # a sort finds repeats far sooner than np.unique does
    if not (ordered[1:] == ordered[:-1]).any():
        return rows, cols, values
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
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


def _column_blocks(net: TypedNetwork, ship: pd.DataFrame, lay: lp_origin.Layout
                   ) -> dict[str, slice]:
    sizes = {"buy": len(net["Supply"]), "make": len(net["Plants"]), "ship": len(ship),
             "unmet": len(net["Demand"]), "buy_split": len(lay.buy_split),
             "part": len(lay.part), "consume": len(lay.consume), "deliver": len(lay.deliver),
             "orig": len(lay.orig)}
    blocks, start = {}, 0
    for name, size in sizes.items():
        blocks[name] = slice(start, start + size)
        start += size
    return blocks


def ship_columns(net: TypedNetwork, index: _Index, space: StateSpace
                 ) -> tuple[pd.DataFrame, np.ndarray]:
    """One row per (lane, product, class) the lane may carry and that can reach its origin.

    Columns: ``lane`` (position in Lanes), ``product`` (position in
    Products), ``cls`` (class, see :mod:`models.states`), ``origin`` and
    ``destination`` (positions in Sites). Also returns the boolean
    [site, class] reach matrix.
    """
    lanes = net["Lanes"]
    origin = index.sites.get_indexer(lanes["origin"])
    destination = index.sites.get_indexer(lanes["destination"])
    lane, product = _allowed_pairs(lanes, index)  # in (lane, product) order
    # each pair once per class of its product, in class order
    class_product = space.classes["product"].to_numpy(np.int64)  # positions in Products
    by_product = np.argsort(class_product, kind="stable")  # classes, product by product
    count = np.bincount(class_product, minlength=len(index.products))
    first = np.cumsum(count) - count  # where a product's classes start in ``by_product``
    times = count[product]
    repeat = np.repeat(np.arange(len(lane)), times)
    within = np.arange(len(repeat)) - np.repeat(np.cumsum(times) - times, times)
    lane, product = lane[repeat], product[repeat]
    columns = {"lane": lane, "product": product, "cls": by_product[first[product] + within],
               "origin": origin[lane], "destination": destination[lane]}
    reach = _reachable(net, index, space, columns)
    keep = reach[columns["origin"], columns["cls"]]
    return pd.DataFrame({name: values[keep] for name, values in columns.items()}), reach


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
    # lane order, as in the workbook; a lane's products (one group's) stay in order: a stable
    # sort of sorted runs, one per group
    order = np.argsort(lane, kind="stable")
    return lane[order], product[order]


def _reachable(net: TypedNetwork, index: _Index, space: StateSpace,
               pairs: dict[str, np.ndarray]) -> np.ndarray:
    """Boolean [site, class]: goods of the class can be at the site (bought, made or shipped)."""
    reach = np.zeros((len(index.sites), len(space.classes)), dtype=bool)
    supply_site = index.sites.get_indexer(net["Supply"]["site"])
    reach[supply_site[space.supply["row"].to_numpy()], space.supply["cls"].to_numpy()] = True
    plant_site = index.sites.get_indexer(net["Plants"]["site"])
    reach[plant_site[space.output["plant"].to_numpy()], space.output["cls"].to_numpy()] = True
    classes = len(space.classes)
    cls = pairs["cls"]
    source = pairs["origin"] * classes + cls  # (site, class) nodes, flat
    target = pairs["destination"] * classes + cls
    flat = reach.reshape(-1)  # a view: setting it sets ``reach``
    while True:
        spread = flat[source] & ~flat[target]
        if not spread.any():
            return reach
        flat[target[spread]] = True


def _objective_and_bounds(net: TypedNetwork, index: _Index, ship: pd.DataFrame,
                          lay: lp_origin.Layout, blocks: dict[str, slice],
                          recipes: pd.DataFrame):
    """Cost per column, its parts (for the plan's cost split) and the column bounds.

    Duty is charged at use: on consume and deliver columns, and — for a
    recipe input of one class — on the plant's make column (qty × rate × value).
    """
    carbon_price = net.number("carbon_price")  # per tonne of CO2
    supply, plants, lanes, demand = net["Supply"], net["Plants"], net["Lanes"], net["Demand"]
    tonnes = index.tonnes[ship["product"].to_numpy()]
    lane = ship["lane"].to_numpy()
    parts = {
        "supply": supply["cost_per_unit"].to_numpy(float),
        "production": plants["cost_per_unit"].to_numpy(float),
        "production_co2": plants["co2_kg_per_unit"].to_numpy(float) / TONNE_KG,
        "transport": tonnes * lanes["cost_per_tonne"].to_numpy(float)[lane],
        "transport_co2": tonnes * lanes["co2_kg_per_tonne"].to_numpy(float)[lane] / TONNE_KG,
        "tonnes": tonnes,
        "unmet_penalty": demand["penalty_per_unit"].fillna(
            net.number("unmet_penalty")).to_numpy(float),
    }
    num_cols = blocks["orig"].stop
    uses = duty_uses(index, lay, blocks, recipes, net)
    duty, general = (np.zeros(num_cols) for _ in range(2))
    amount = uses["coef"].to_numpy() * uses["value"].to_numpy()
    np.add.at(duty, uses["col"].to_numpy(), amount * uses["rate"].to_numpy())
    np.add.at(general, uses["col"].to_numpy(), amount * uses["general"].to_numpy())
    parts.update(duty=duty, duty_general=general, uses=uses)
    cost = duty.copy()
    cost[blocks["buy"]] += parts["supply"]
    cost[blocks["make"]] += parts["production"] + carbon_price * parts["production_co2"]
    cost[blocks["ship"]] += parts["transport"] + carbon_price * parts["transport_co2"]
    cost[blocks["unmet"]] += parts["unmet_penalty"]
    upper = np.full(num_cols, np.inf)
    upper[blocks["buy"]] = supply["capacity"].fillna(np.inf).to_numpy(float)
    upper[blocks["unmet"]] = demand["quantity"].to_numpy(float)
    return cost, np.zeros(num_cols), upper, parts


def duty_uses(index: _Index, lay: lp_origin.Layout, blocks: dict[str, slice],
              recipes: pd.DataFrame, net: TypedNetwork) -> pd.DataFrame:
    """Every place duty may be charged: one row per (use, class) with its column.

    ``kind`` is ``input`` (a recipe row) or ``demand``; ``ref`` its position;
    ``coef`` the units used per unit of the column ``col``; ``rate`` and
    ``general`` the applied and general rates; ``value`` the unit value.
    """
    single = lay.single_input
    frames = [
        single.assign(kind="input", ref=single["recipe"], coef=recipes["qty_per_unit"].to_numpy(
            float)[single["recipe"].to_numpy()], col=blocks["make"].start
            + recipes["plant_pos"].to_numpy()[single["recipe"].to_numpy()],
            product=recipes["input_pos"].to_numpy()[single["recipe"].to_numpy()]),
        lay.consume.assign(kind="input", ref=lay.consume["recipe"], coef=1.0,
                           col=blocks["consume"].start + np.arange(len(lay.consume)),
                           product=recipes["input_pos"].to_numpy()[
                               lay.consume["recipe"].to_numpy()]),
        lay.deliver.assign(kind="demand", ref=lay.deliver["demand"], coef=1.0,
                           col=blocks["deliver"].start + np.arange(len(lay.deliver)),
                           product=index.products.get_indexer(
                               net["Demand"]["product"])[lay.deliver["demand"].to_numpy()]),
    ]
    columns = ["kind", "ref", "cls", "col", "coef", "product", "country", "rate", "general"]
    uses = pd.concat([f[columns] for f in frames], ignore_index=True)
    uses = uses.astype({"ref": "int64", "cls": "int64", "col": "int64", "coef": float,
                        "product": "int64", "rate": float, "general": float})
    return uses.assign(value=index.value[uses["product"].to_numpy()])


def balance_rows(net: TypedNetwork, index: _Index, space: StateSpace, ship: pd.DataFrame,
                 blocks: dict[str, slice], lay: lp_origin.Layout,
                 recipes: pd.DataFrame) -> lp_origin.Rows:
    """Flow balance per (site, class): in + made + bought = out + used + delivered.

    Node ``site × classes + class``; terms in schema-1 form where a use or a
    source has one class there, per-class columns otherwise.
    """
    n_classes = max(len(space.classes), 1)
    site = index.sites.get_indexer
    supply_site = site(net["Supply"]["site"])
    plant_site = site(net["Plants"]["site"])
    demand_site = site(net["Demand"]["site"])
    recipe_site = plant_site[recipes["plant_pos"].to_numpy()]

    def node(sites, cls):
        return np.asarray(sites, dtype=np.int64) * n_classes + np.asarray(cls, dtype=np.int64)

    def cols(name, count=None):
        start = blocks[name].start
        return start + np.arange(blocks[name].stop - start if count is None else count)

    one_buy, one_make = lay.single_buy, lay.single_make
    one_in, one_dem = lay.single_input, lay.single_demand
    terms = [  # (node, column, coefficient)
        (node(supply_site[one_buy["row"]], one_buy["cls"]), blocks["buy"].start
         + one_buy["row"].to_numpy(), 1.0),
        (node(supply_site[lay.buy_split["row"]], lay.buy_split["cls"]), cols("buy_split"), 1.0),
        (node(plant_site[one_make["plant"]], one_make["cls"]), blocks["make"].start
         + one_make["plant"].to_numpy(), 1.0),
        (node(plant_site[lay.part["plant"]], lay.part["cls"]), cols("part"), 1.0),
        (node(recipe_site[one_in["recipe"]], one_in["cls"]), blocks["make"].start
         + recipes["plant_pos"].to_numpy()[one_in["recipe"].to_numpy()],
         -recipes["qty_per_unit"].to_numpy(float)[one_in["recipe"].to_numpy()]),
        (node(recipe_site[lay.consume["recipe"]], lay.consume["cls"]), cols("consume"), -1.0),
        (node(ship["origin"], ship["cls"]), cols("ship"), -1.0),
        (node(ship["destination"], ship["cls"]), cols("ship"), 1.0),
        (node(demand_site[one_dem["demand"]], one_dem["cls"]), blocks["unmet"].start
         + one_dem["demand"].to_numpy(), 1.0),
        (node(demand_site[lay.deliver["demand"]], lay.deliver["cls"]), cols("deliver"), -1.0),
    ]
    nodes = np.concatenate([t[0] for t in terms]).astype(np.int64)
    columns = np.concatenate([t[1] for t in terms]).astype(np.int64)
    values = np.concatenate([np.broadcast_to(np.asarray(t[2], float), len(t[0]))
                             for t in terms])
    unique, rows = np.unique(nodes, return_inverse=True)
    rhs = np.zeros(len(unique))
    quantity = net["Demand"]["quantity"].to_numpy(float)[one_dem["demand"].to_numpy()]
    np.add.at(rhs, np.searchsorted(unique, node(demand_site[one_dem["demand"]],
                                                one_dem["cls"])), quantity)
    cls = unique % n_classes
    info = pd.DataFrame({"site": unique // n_classes, "cls": cls,
                         "product": space.classes["product"].to_numpy()[cls]
                         if len(space.classes) else cls})
    return lp_origin.Rows(rows, columns, values, rhs, rhs.copy(), info)


def plant_capacity_rows(net: TypedNetwork, blocks: dict[str, slice]) -> lp_origin.Rows:
    """make[k] ≤ capacity[k], one row per plant, so its dual is the capacity's worth."""
    count = len(net["Plants"])
    return lp_origin.Rows(np.arange(count), _arange(blocks["make"]), np.ones(count),
                          np.full(count, -np.inf), net["Plants"]["capacity"].to_numpy(float))


def lane_capacity_rows(net: TypedNetwork, ship: pd.DataFrame, blocks: dict[str, slice],
                       tonnes: np.ndarray) -> lp_origin.Rows:
    """Σ tonnes_per_unit·ship[l, ·] ≤ capacity_tonnes[l] for lanes with a capacity.

    ``info`` holds the positions of those lanes.
    """
    capacity = net["Lanes"]["capacity_tonnes"].to_numpy(float)
    limited = np.flatnonzero(np.isfinite(capacity))
    row_of_lane = np.full(len(capacity), -1)
    row_of_lane[limited] = np.arange(len(limited))
    rows = row_of_lane[ship["lane"].to_numpy()]
    keep = rows >= 0
    return lp_origin.Rows(rows[keep], _arange(blocks["ship"])[keep], tonnes[keep],
                          np.full(len(limited), -np.inf), capacity[limited], limited)


def _arange(block: slice) -> np.ndarray:
    return np.arange(block.start, block.stop)
