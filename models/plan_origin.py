"""What the plan adds under schema 2: origin per flow, duty per use, rules met per plant.

Duty is charged once where goods are used, so it is reported per use (a
plant's recipe input or a demand row) and class, with the agreement claimed
and the duty saved against the general rate on the same goods. Per plant
and agreement the output that qualifies is split by option (RVC, tariff
shift, wholly from originating materials), with the RVC achieved by all the
output claimed under the agreement and the dual of each RVC row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twinparks.models import lp_origin
from twinparks.models.lp import LinearProgram
from twinparks.models.origin_rules import rule_for
from twinparks.models.results import names
from twinparks.models.typed import TypedNetwork

GENERAL = "general"
COLUMNS = {table: names(table) for table in ("duty", "origin")}  # models/results.csv
TINY = 1e-9


def class_labels(net: TypedNetwork, lp: LinearProgram, cls: np.ndarray) -> tuple[np.ndarray,
                                                                                np.ndarray]:
    """(origin country, agreement) of each class, as the plan shows them."""
    classes = lp.space.classes
    return classes["origin"].to_numpy()[cls], classes["agreement"].to_numpy()[cls]


def flow_duty(net: TypedNetwork, lp: LinearProgram, used: np.ndarray) -> np.ndarray:
    """Duty rate due where a flow enters another country, for goods of its class.

    Informational: duty is paid where the goods are used (see the duty
    table); for goods that go on to a third country this is not charged.
    """
    ship = lp.ship.iloc[used]
    country = net["Sites"]["country"].to_numpy()
    origin, destination = country[ship["origin"].to_numpy()], country[ship["destination"]
                                                                      .to_numpy()]
    keys = pd.MultiIndex.from_arrays([ship["cls"].to_numpy(), destination])
    unique = keys.unique()
    rates = np.array([lp.space.rate(int(c), d)[0] for c, d in unique], dtype=float)
    entering = origin != destination
    return np.where(entering, rates[unique.get_indexer(keys)] if len(unique) else 0.0, 0.0)


def duty_table(net: TypedNetwork, lp: LinearProgram, x: np.ndarray) -> pd.DataFrame:
    """One row per used (use, class) that is dutiable: quantity, rate, duty, duty saved.

    Uses where even the general rate is 0 (goods used in their origin country,
    no matching row) are left out.
    """
    uses = lp.parts["uses"]
    quantity = uses["coef"].to_numpy() * x[uses["col"].to_numpy()]
    keep = (quantity > TINY) & (uses["general"].to_numpy() > 0)
    uses, quantity = uses[keep], quantity[keep]
    recipes, demand = lp.recipes, net["Demand"]
    is_input = (uses["kind"] == "input").to_numpy()
    ref = uses["ref"].to_numpy()
    plants = net["Plants"]
    plant_of = recipes["plant_pos"].to_numpy()
    ident = np.where(is_input, plants["id"].to_numpy()[plant_of[np.where(is_input, ref, 0)]]
                     if len(plants) else "", demand["row"].to_numpy()[np.where(
                         is_input, 0, ref)].astype(str) if len(demand) else "")
    site = np.where(is_input, plants["site"].to_numpy()[plant_of[np.where(is_input, ref, 0)]]
                    if len(plants) else "", demand["site"].to_numpy()[np.where(
                        is_input, 0, ref)] if len(demand) else "")
    origin, agreement = class_labels(net, lp, uses["cls"].to_numpy())
    rate, general = uses["rate"].to_numpy(), uses["general"].to_numpy()
    value = uses["value"].to_numpy() * quantity
    claimed = np.where(rate < general - TINY, agreement, "")
    return pd.DataFrame({
        "use": np.where(is_input, "plant input", "demand"), "id": ident, "site": site,
        "country": uses["country"].to_numpy(),
        "product": net["Products"]["id"].to_numpy()[uses["product"].to_numpy()],
        "origin_country": origin, "agreement": claimed, "quantity": quantity, "rate": rate,
        "duty": rate * value, "general_rate": general, "duty_saved": (general - rate) * value},
        columns=COLUMNS["duty"]).reset_index(drop=True)


def duty_by_agreement(duty: pd.DataFrame) -> dict[str, float]:
    """Duty paid per agreement claimed, and at the general rate (key ``general``)."""
    keys = duty["agreement"].replace("", GENERAL)
    totals = {GENERAL: 0.0}
    totals.update({k: float(v) for k, v in duty.groupby(keys)["duty"].sum().items()})
    return totals


def origin_table(net: TypedNetwork, lp: LinearProgram, x: np.ndarray,
                 dual: np.ndarray) -> pd.DataFrame:
    """Per plant and agreement claimed: qualifying output by option, RVC achieved, dual.

    Only plants that claim some output are listed; the headroom (RVC achieved
    minus required) is given where output qualifies by RVC.
    """
    part = lp.layout.part
    claims = part[part["option"] != lp_origin.NO_CLAIM]
    if not len(claims):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS["origin"]})
    level = x[lp.blocks["part"].start + claims.index.to_numpy()]
    frame = claims.assign(level=level)
    table = frame.pivot_table(index=["plant", "agreement"], columns="option", values="level",
                              aggfunc="sum", fill_value=0.0).reset_index()
    for option in (lp_origin.RVC, lp_origin.CHANGE, lp_origin.WHOLLY):
        if option not in table:
            table[option] = 0.0
    plants = net["Plants"]
    rvc_info = lp.row_info["rvc"]
    rvc_dual = dict(zip(zip(rvc_info["plant"], rvc_info["agreement"], strict=True),
                        np.abs(dual[lp.row_blocks["rvc"]]), strict=True))
    rvc = _Rvc(net, lp, x)  # the arrays every plant and agreement reads, taken once
    pairs = list(zip(table["plant"], table["agreement"], strict=True))
    required = [rvc.required(p, a) for p, a in pairs]
    achieved = [rvc.achieved(p, a) for p, a in pairs]
    output = table[[lp_origin.RVC, lp_origin.CHANGE, lp_origin.WHOLLY]].sum(axis=1)
    by_rvc = table[lp_origin.RVC].to_numpy(float)
    headroom = np.where(by_rvc > TINY, np.array(achieved, dtype=float)
                        - np.array(required, dtype=float), np.nan)
    frame = pd.DataFrame({
        "plant": plants["id"].to_numpy()[table["plant"]],
        "site": plants["site"].to_numpy()[table["plant"]],
        "product": plants["product"].to_numpy()[table["plant"]],
        "agreement": table["agreement"], "output": output, "by_rvc": table[lp_origin.RVC],
        "by_change": table[lp_origin.CHANGE], "wholly": table[lp_origin.WHOLLY],
        "rvc_required": required, "rvc_achieved": achieved, "rvc_headroom": headroom,
        "rvc_dual": [rvc_dual.get((p, a), np.nan) for p, a in
                     zip(table["plant"], table["agreement"], strict=True)]},
        columns=COLUMNS["origin"])
    return frame[frame["output"] > TINY].reset_index(drop=True)


class _Rvc:
    """RVC asked for and achieved per plant and agreement, from one plan's arrays."""

    def __init__(self, net: TypedNetwork, lp: LinearProgram, x: np.ndarray):
        self.lp = lp
        part = lp.layout.part
        self.part_plant = part["plant"].to_numpy()
        self.part_agreement = part["agreement"].to_numpy()
        self.part_level = x[lp.blocks["part"].start + np.arange(len(part))]
        products = net["Products"]
        self.value = products["value_per_unit"].to_numpy(float)
        self.position = {p: i for i, p in enumerate(products["id"])}  # ids are unique
        self.family = dict(zip(products["id"], products["family"], strict=True))
        self.plant_product = net["Plants"]["product"].to_numpy()
        recipes = lp.recipes
        self.recipe_label = recipes.index.to_numpy()
        self.recipe_plant = recipes["plant_pos"].to_numpy()
        self.recipe_qty = recipes["qty_per_unit"].to_numpy()
        self.recipe_input = recipes["input_pos"].to_numpy()
        self.x, self.make_start = x, lp.blocks["make"].start
        agreements = lp.space.classes["agreement"].to_numpy()
        single = lp.layout.single_input
        self.single_recipe = single["recipe"].to_numpy()
        self.single_agreement = agreements[single["cls"].to_numpy()]
        consume = lp.layout.consume
        self.consume_recipe = consume["recipe"].to_numpy()
        self.consume_agreement = agreements[consume["cls"].to_numpy()]
        self.consume_level = x[lp.blocks["consume"].start + np.arange(len(consume))]

    def required(self, plant: int, agreement: str) -> float:
        """The RVC the rule asks for (NaN without an RVC option)."""
        product = self.plant_product[plant]
        rule = rule_for(self.lp.layout.rules, agreement, product, self.family[product])
        return np.nan if rule is None or rule.rvc is None else rule.rvc

    def achieved(self, plant: int, agreement: str) -> float:
        """RVC of the output claimed under the agreement: 1 − non-originating input value share.

        Originating input = what the plant consumed in classes under the
        agreement, up to what the claimed output needs of each input.
        """
        claimed_mask = (self.part_plant == plant) & (self.part_agreement == agreement)
        claimed = float(self.part_level[claimed_mask].sum())
        product = self.position[self.plant_product[plant]]
        if claimed <= TINY or self.value[product] <= 0:
            return np.nan
        make = float(self.x[self.make_start + plant])
        non_originating = 0.0
        for j in np.flatnonzero(self.recipe_plant == plant):
            qty = self.recipe_qty[j]
            available = self._originating_consumed(self.recipe_label[j], agreement, qty * make)
            non_originating += self.value[self.recipe_input[j]] * max(qty * claimed - available,
                                                                      0.0)
        return 1.0 - non_originating / (self.value[product] * claimed)

    def _originating_consumed(self, recipe, agreement: str, total: float) -> float:
        one = np.flatnonzero(self.single_recipe == recipe)
        if len(one):
            return total if self.single_agreement[one[0]] == agreement else 0.0
        rows = (self.consume_recipe == recipe) & (self.consume_agreement == agreement)
        return float(self.consume_level[rows].sum())


def demand_rows(lp: LinearProgram, net: TypedNetwork) -> np.ndarray:
    """The row whose dual is each demand row's marginal landed cost."""
    rows = np.full(len(net["Demand"]), -1)
    serve = lp.row_info["serve"]
    rows[serve["demand"].to_numpy()] = lp.row_blocks["serve"].start + np.arange(len(serve))
    single = lp.layout.single_demand
    if len(single):
        n_classes = max(len(lp.space.classes), 1)
        nodes = lp.nodes["site"].to_numpy() * n_classes + lp.nodes["cls"].to_numpy()
        sites = pd.Index(net["Sites"]["id"]).get_indexer(
            net["Demand"]["site"].to_numpy()[single["demand"].to_numpy()])
        wanted = sites * n_classes + single["cls"].to_numpy()
        rows[single["demand"].to_numpy()] = lp.row_blocks["balance"].start + np.searchsorted(
            nodes, wanted)
    return rows
