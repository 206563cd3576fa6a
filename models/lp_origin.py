"""The origin-aware column blocks and row families of the LP (schema 2).

Goods are indexed by class (see :mod:`models.states`). Where a Supply row,
a plant's output, a recipe input or a demand row can meet more than one
class at its site, its total is split over per-class columns by an equality
row; where it meets exactly one, the schema-1 term is used unchanged, so a
network whose classes all collapse gives the schema-1 LP. The families:

* ``supply_split``  buy[r] = Σ_c buy_split[r, c]
* ``output_split``  make[k] = Σ part[k, c, option]: the output that claims no
  agreement, and per agreement A the output qualifying by ``rvc``,
  ``change`` or — with no rule — ``wholly`` (from originating materials only)
* ``input_split``   Σ_c consume[j, c] = qty_j · make[k] (duty at use on consume)
* ``serve``         Σ_c deliver[d, c] + unmet[d] = quantity_d (duty at use on deliver)
* ``orig_cap``      orig[q, j] ≤ qty_j · part[q]: originating input i used by part q
* ``originating``   Σ_q orig[q, j] (+ qty_j · part[wholly]) ≤ Σ_{c under A} consume[j, c]
* ``rvc``           Σ_j v_j (qty_j · part − orig[q, j]) ≤ (1 − rvc) · v_p · part
* ``shift``         the same over the inputs sharing the product's HS digits, ≤ de_minimis

Assigning the originating units of an input to the parts that claim them is
always possible once each agreement's claims fit in its own pool, so these
rows are exact (build-down method, RCEP Art. 3.5; cumulation: originating
goods of every member count).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from twinparks.models.origin_rules import rule_for, rule_table, shares_heading
from twinparks.models.states import StateSpace
from twinparks.models.typed import TypedNetwork

NO_CLAIM, RVC, CHANGE, WHOLLY = "none", "rvc", "change", "wholly"


@dataclass
class Layout:
    """Which schema-1 terms stay and which per-class columns replace them.

    Each DataFrame describes one column block, one row per column, in order.
    """

    single_buy: pd.DataFrame       # row, cls (Supply rows of one class)
    buy_split: pd.DataFrame        # row, cls
    single_make: pd.DataFrame      # plant, cls (plants whose output has one class)
    part: pd.DataFrame             # plant, cls, agreement, option
    single_input: pd.DataFrame     # recipe, cls, rate, general
    consume: pd.DataFrame          # recipe, cls, rate, general
    single_demand: pd.DataFrame    # demand, cls
    deliver: pd.DataFrame          # demand, cls, rate, general
    orig: pd.DataFrame             # part (position in part), recipe
    rules: dict = field(default_factory=dict)


def layout(net: TypedNetwork, space: StateSpace, reach: np.ndarray, site_pos, recipes) -> Layout:
    """Decide every split from the classes that can be at each site."""
    classes = space.classes
    by_product = classes.reset_index(names="cls")[["cls", "product"]]
    supply = space.supply
    counts = supply.groupby("row")["cls"].transform("size")
    plant_site = site_pos(net["Plants"]["site"])
    inputs = _node_pairs(recipes.assign(product=recipes["input_pos"]), by_product, reach,
                         plant_site[recipes["plant_pos"].to_numpy()], "recipe")
    inputs = _with_rates(inputs, space, net["Sites"]["country"].to_numpy()[
        plant_site[inputs["recipe"].map(recipes["plant_pos"]).to_numpy()]] if len(inputs) else [])
    n_in = inputs.groupby("recipe")["cls"].transform("size")
    demand = net["Demand"].reset_index(drop=True)
    demand_site = site_pos(demand["site"])
    products = pd.Index(net["Products"]["id"])
    delivered = _node_pairs(pd.DataFrame({"product": products.get_indexer(demand["product"])}),
                            by_product, reach, demand_site, "demand")
    delivered = _with_rates(delivered, space, net["Sites"]["country"].to_numpy()[
        demand_site[delivered["demand"].to_numpy()]] if len(delivered) else [])
    n_dem = delivered.groupby("demand")["cls"].transform("size")
    one_free = (n_dem == 1) & (delivered["rate"] == 0)
    rules = rule_table(net)
    parts, orig = _orig(net, _parts(net, space, rules), inputs, recipes, rules, classes)
    several = (parts.groupby("plant")["cls"].transform("size") > 1).to_numpy()
    single_make = parts[~several]
    renumber = np.cumsum(several) - 1
    parts = parts[several].reset_index(drop=True)
    orig["part"] = renumber[orig["part"].to_numpy()]
    return Layout(
        single_buy=supply[counts == 1].reset_index(drop=True),
        buy_split=supply[counts > 1].reset_index(drop=True),
        single_make=single_make[["plant", "cls"]].reset_index(drop=True),
        part=parts,
        single_input=inputs[n_in == 1].reset_index(drop=True),
        consume=inputs[n_in != 1].reset_index(drop=True),
        single_demand=delivered[one_free][["demand", "cls"]].reset_index(drop=True),
        deliver=delivered[~one_free].reset_index(drop=True),
        orig=orig, rules=rules)


def _node_pairs(users: pd.DataFrame, by_product: pd.DataFrame, reach: np.ndarray,
                sites: np.ndarray, name: str) -> pd.DataFrame:
    """(user, class) pairs: the classes of the user's product that can be at its site."""
    frame = pd.DataFrame({name: np.arange(len(users)), "product": users["product"].to_numpy(),
                          "site": sites})
    pairs = frame.merge(by_product, on="product", sort=False)
    pairs = pairs[reach[pairs["site"].to_numpy(), pairs["cls"].to_numpy()]]
    return pairs.sort_values([name, "cls"], kind="stable").reset_index(drop=True)


def _with_rates(pairs: pd.DataFrame, space: StateSpace, countries) -> pd.DataFrame:
    """Applied and general duty rate of each (user, class) pair where it is used."""
    if not len(pairs):
        return pairs.assign(rate=pd.Series(dtype=float), general=pd.Series(dtype=float),
                            country=pd.Series(dtype=object))
    pairs = pairs.assign(country=countries)
    keys = pd.MultiIndex.from_arrays([pairs["cls"], pairs["country"]])
    unique = keys.unique()
    rates = np.array([space.rate(int(c), d) for c, d in unique], dtype=float).reshape(-1, 2)
    where = unique.get_indexer(keys)
    return pairs.assign(rate=rates[where, 0], general=rates[where, 1])


def _parts(net: TypedNetwork, space: StateSpace, rules) -> pd.DataFrame:
    """Output columns of each plant: the free class, and per claim its rule's options."""
    products = net["Products"]
    plant_product = pd.Index(products["id"]).get_indexer(net["Plants"]["product"])
    rows = []
    for plant, cls, agreement in space.output.itertuples(index=False):
        if not agreement:
            rows.append((plant, cls, "", NO_CLAIM))
            continue
        product = plant_product[plant]
        rule = rule_for(rules, agreement, products["id"].iat[product],
                        products["family"].iat[product])
        options = [WHOLLY] if rule is None else \
            [o for o, given in ((RVC, rule.rvc is not None), (CHANGE, rule.change)) if given]
        rows += [(plant, cls, agreement, option) for option in options]
    return pd.DataFrame(rows, columns=["plant", "cls", "agreement", "option"]).astype(
        {"plant": "int64", "cls": "int64"})


def _orig(net, parts, inputs, recipes, rules, classes):
    """Originating-input columns of the rvc/change parts; drop wholly parts that cannot be met.

    An input counts for agreement A only where a class under A can be at the
    plant; a wholly part needs that for every input.
    """
    tagged = inputs.assign(agreement=classes["agreement"].to_numpy()[inputs["cls"].to_numpy()]
                           if len(inputs) else [])
    available = set(zip(tagged["recipe"], tagged["agreement"], strict=True))
    by_plant = recipes.groupby("plant_pos").indices
    products = net["Products"]
    value, hs = products["value_per_unit"].to_numpy(float), products["hs_code"].to_numpy()
    plant_product = pd.Index(products["id"]).get_indexer(net["Plants"]["product"])
    keep, orig = [], []
    for q, (plant, _, agreement, option) in enumerate(parts.itertuples(index=False)):
        used = by_plant.get(plant, [])
        if option == WHOLLY:
            keep.append(all((j, agreement) in available for j in used))
            continue
        keep.append(True)
        if option == NO_CLAIM:
            continue
        product = plant_product[plant]
        rule = rule_for(rules, agreement, products["id"].iat[product],
                        products["family"].iat[product])
        for j in used:
            i = recipes["input_pos"].iat[j]
            counted = value[i] > 0 and (option == RVC or shares_heading(
                hs[i], hs[product], rule.digits))
            if counted and (j, agreement) in available:
                orig.append((q, j))
    kept = np.flatnonzero(keep)
    renumber = np.full(len(parts), -1)
    renumber[kept] = np.arange(len(kept))
    orig = pd.DataFrame(orig, columns=["part", "recipe"], dtype="int64")
    orig["part"] = renumber[orig["part"].to_numpy()]
    return parts.iloc[kept].reset_index(drop=True), orig[orig["part"] >= 0].reset_index(
        drop=True)


@dataclass
class Rows:
    """One row family as COO triplets with its bounds (and, for naming, what each row is)."""

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    info: pd.DataFrame | None = None


def rows_from(entries: list[tuple], count: int, lower, upper, info=None) -> Rows:
    """A family from (row indices, column indices, coefficients) groups."""
    def cat(i, dtype):
        parts = [np.broadcast_to(np.asarray(e[i], dtype=dtype), np.shape(e[0])) for e in entries]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
    return Rows(cat(0, np.int64), cat(1, np.int64), cat(2, float),
                np.broadcast_to(np.asarray(lower, float), (count,)).copy(),
                np.broadcast_to(np.asarray(upper, float), (count,)).copy(), info)


def _start(blocks, name):
    return blocks[name].start


def _dense(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique keys and each entry's row among them."""
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique, inverse


def supply_split_rows(lay: Layout, blocks) -> Rows:
    """buy[r] − Σ_c buy_split[r, c] = 0 for Supply rows of several classes."""
    split = lay.buy_split["row"].to_numpy()
    unique, inverse = _dense(split)
    entries = [(np.arange(len(unique)), _start(blocks, "buy") + unique, 1.0),
               (inverse, _start(blocks, "buy_split") + np.arange(len(split)), -1.0)]
    return rows_from(entries, len(unique), 0.0, 0.0, pd.DataFrame({"row": unique}))


def output_split_rows(lay: Layout, blocks) -> Rows:
    """make[k] − Σ part[k, ·] = 0 for plants whose output can claim an agreement."""
    plant = lay.part["plant"].to_numpy()
    unique, inverse = _dense(plant)
    entries = [(np.arange(len(unique)), _start(blocks, "make") + unique, 1.0),
               (inverse, _start(blocks, "part") + np.arange(len(plant)), -1.0)]
    return rows_from(entries, len(unique), 0.0, 0.0, pd.DataFrame({"plant": unique}))


def input_split_rows(lay: Layout, blocks, recipes: pd.DataFrame) -> Rows:
    """Σ_c consume[j, c] − qty_j · make[k] = 0 for every recipe row not in schema-1 form."""
    split = np.setdiff1d(np.arange(len(recipes)), lay.single_input["recipe"].to_numpy())
    where = np.searchsorted(split, lay.consume["recipe"].to_numpy())
    entries = [(where, _start(blocks, "consume") + np.arange(len(lay.consume)), 1.0),
               (np.arange(len(split)), _start(blocks, "make")
                + recipes["plant_pos"].to_numpy()[split],
                -recipes["qty_per_unit"].to_numpy(float)[split])]
    return rows_from(entries, len(split), 0.0, 0.0, pd.DataFrame({"recipe": split}))


def serve_rows(lay: Layout, blocks, demand: pd.DataFrame) -> Rows:
    """Σ_c deliver[d, c] + unmet[d] = quantity for every demand row not in schema-1 form."""
    split = np.setdiff1d(np.arange(len(demand)), lay.single_demand["demand"].to_numpy())
    where = np.searchsorted(split, lay.deliver["demand"].to_numpy())
    entries = [(where, _start(blocks, "deliver") + np.arange(len(lay.deliver)), 1.0),
               (np.arange(len(split)), _start(blocks, "unmet") + split, 1.0)]
    quantity = demand["quantity"].to_numpy(float)[split]
    return rows_from(entries, len(split), quantity, quantity, pd.DataFrame({"demand": split}))


def orig_cap_rows(lay: Layout, blocks, recipes: pd.DataFrame) -> Rows:
    """orig[q, j] − qty_j · part[q] ≤ 0: a part uses no more of an input than its recipe."""
    count = len(lay.orig)
    qty = recipes["qty_per_unit"].to_numpy(float)[lay.orig["recipe"].to_numpy()]
    entries = [(np.arange(count), _start(blocks, "orig") + np.arange(count), 1.0),
               (np.arange(count), _start(blocks, "part") + lay.orig["part"].to_numpy(), -qty)]
    return rows_from(entries, count, -np.inf, 0.0, lay.orig)


def originating_rows(lay: Layout, blocks, recipes: pd.DataFrame, classes: pd.DataFrame) -> Rows:
    """Claims on an input's originating units fit in what the plant consumes under A.

    Only recipe inputs split over classes need the row: with one class at
    the plant the bound follows from orig ≤ qty · part and Σ part ≤ make.
    """
    split = set(lay.consume["recipe"])
    agreement = lay.part["agreement"].to_numpy()
    claims = [(lay.part["plant"].iat[q], agreement[q], j, "orig", o)
              for o, (q, j) in enumerate(lay.orig.itertuples(index=False)) if j in split]
    by_plant = recipes.groupby("plant_pos").indices
    claims += [(plant, a, j, "part", q) for q, (plant, a, option) in enumerate(
        lay.part[["plant", "agreement", "option"]].itertuples(index=False))
        if option == WHOLLY for j in by_plant.get(plant, []) if j in split]
    if not claims:
        return rows_from([], 0, -np.inf, 0.0, pd.DataFrame(columns=["plant", "agreement",
                                                                    "recipe"]))
    frame = pd.DataFrame(claims, columns=["plant", "agreement", "recipe", "kind", "col"])
    keys = frame[["plant", "agreement", "recipe"]].drop_duplicates().reset_index(drop=True)
    row = pd.MultiIndex.from_frame(keys).get_indexer(
        pd.MultiIndex.from_frame(frame[["plant", "agreement", "recipe"]]))
    qty = recipes["qty_per_unit"].to_numpy(float)[frame["recipe"].to_numpy()]
    is_orig = (frame["kind"] == "orig").to_numpy()
    cols = np.where(is_orig, _start(blocks, "orig"), _start(blocks, "part")) + frame["col"]
    consume = lay.consume.assign(agreement=classes["agreement"].to_numpy()[
        lay.consume["cls"].to_numpy()]).reset_index(names="col")
    pool = consume.merge(keys.reset_index(names="key"), on=["recipe", "agreement"])
    entries = [(row, cols.to_numpy(), np.where(is_orig, 1.0, qty)),
               (pool["key"].to_numpy(), _start(blocks, "consume") + pool["col"].to_numpy(), -1.0)]
    return rows_from(entries, len(keys), -np.inf, 0.0, keys)


def content_rows(lay: Layout, blocks, net: TypedNetwork, recipes: pd.DataFrame,
                 option: str) -> Rows:
    """The RVC (``rvc``) or tariff-shift (``change``) row of every part claiming by it.

    (Σ_j v_j qty_j − allowance · v_p) · part − Σ_j v_j · orig[q, j] ≤ 0, the sum
    over every input (RVC, allowance 1 − rvc) or over the inputs sharing the
    product's first 2/4/6 HS digits (shift, allowance de_minimis).
    """
    products = net["Products"]
    value, hs = products["value_per_unit"].to_numpy(float), products["hs_code"].to_numpy()
    plant_product = pd.Index(products["id"]).get_indexer(net["Plants"]["product"])
    by_plant = recipes.groupby("plant_pos").indices
    inputs, qty = recipes["input_pos"].to_numpy(), recipes["qty_per_unit"].to_numpy(float)
    chosen = np.flatnonzero((lay.part["option"] == option).to_numpy())
    coef = np.zeros(len(chosen))
    for r, q in enumerate(chosen):
        plant, agreement = lay.part["plant"].iat[q], lay.part["agreement"].iat[q]
        product = plant_product[plant]
        rule = rule_for(lay.rules, agreement, products["id"].iat[product],
                        products["family"].iat[product])
        assert rule is not None  # only parts under a rule of the agreement are chosen
        used = [j for j in by_plant.get(plant, []) if option == RVC
                or shares_heading(hs[inputs[j]], hs[product], rule.digits)]
        allowance = (1 - (rule.rvc or 0.0)) if option == RVC else rule.de_minimis  # RVC: given
        coef[r] = sum(value[inputs[j]] * qty[j] for j in used) - allowance * value[product]
    row_of = np.full(len(lay.part), -1)
    row_of[chosen] = np.arange(len(chosen))
    orig_rows = row_of[lay.orig["part"].to_numpy()]
    mine = orig_rows >= 0
    entries = [(np.arange(len(chosen)), _start(blocks, "part") + chosen, coef),
               (orig_rows[mine], _start(blocks, "orig") + np.flatnonzero(mine),
                -value[inputs[lay.orig["recipe"].to_numpy()[mine]]])]
    info = lay.part.iloc[chosen][["plant", "agreement"]].reset_index(drop=True)
    return rows_from(entries, len(chosen), -np.inf, 0.0, info)
