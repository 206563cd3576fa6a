"""Validation of the schema-2 origin data: HS codes, agreements, rules of origin.

Cell checks of the new column types (``hs_code``, ``yesno``, ``change``,
``rule_product``) and the checks across sheets: a rule row needs one of
``rvc``/``change``; a tariff-shift rule needs the HS code (with enough
digits) of every product it applies to that a plant in a member country
makes, and of that plant's inputs; and the warning of the migration from
schema 1, once per lane that can carry goods out of a country they entered
from another (duty is now paid once, by origin, where the goods are used).
"""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np
import pandas as pd

from twinparks.models import schema
from twinparks.models.network import Network, as_key, is_blank
from twinparks.models.origin_rules import hs_digits, rule_for, rule_table
from twinparks.models.problems import QT_TRANSLATE_NOOP, WARNING, Problem, Text, problem_text
from twinparks.models.typed import TableMemo, TypedNetwork, lane_products, resolve

HS_CODE = re.compile(r"^\d[\d.]*$")
NOT_MINE = object()
ORIGIN_TYPES = ("hs_code", "yesno", "change", "rule_product")


def cell_message(known: dict[str, set[str]], col: schema.Column, value: object):
    """The problem of a non-blank cell of an origin column type, None, or NOT_MINE."""
    if col.type not in ORIGIN_TYPES:
        return NOT_MINE
    if col.type == "hs_code":
        return _hs_message(value)
    text = as_key(value)
    if col.type == "yesno" and not isinstance(value, bool) and text.lower() not in (
            schema.YES, schema.NO):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} is '{value}'; write yes or no"), column=col.name, value=text)
    if col.type == "change" and text.upper() not in schema.CHANGES:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "change '{value}' is unknown; use CC (chapter), CTH (heading) or "
            "CTSH (subheading), or leave blank"), value=text)
    if col.type == "rule_product" and text != schema.WILDCARD and text not in known["tokens"]:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "'{value}' is neither a product id nor a product family; name a "
            "product, a family or * for any"), value=text)
    return None


def _hs_message(value: object) -> Text | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "hs_code {value} is a number, so Excel may have dropped digits "
            "(4011.10 reads as 4011.1); format the cell as text and type the code"),
            value=str(value))
    text = str(value).strip()
    if not HS_CODE.match(text) or len(hs_digits(text)) < 4:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "hs_code '{value}' is not an HS code; write at least 4 digits, dots "
            "allowed, e.g. 7208 or 4011.10"), value=text)
    return None


def check(network: Network, problems_so_far: list[Problem],
          memo: TableMemo | None = None,
          report_on: Collection[str] | None = None) -> list[Problem]:
    """Cross-sheet origin checks; those needing typed data only if the cells are valid.

    With ``report_on`` (the sheets whose problems the caller keeps: a
    scenario's edited sheets) the typed checks run only if they can report
    on one of them. They come last, so skipping them changes nothing else.
    """
    problems = list(_rule_options(network))
    if any(p.severity != WARNING for p in problems_so_far + problems):
        return problems
    # each typed check runs only if the sheet it reports on is kept
    hs_needs = report_on is None or "Products" in report_on
    transhipment = (report_on is None or "Lanes" in report_on) and \
        declared_version(network) < schema.SCHEMA_VERSION
    if not (hs_needs or transhipment):
        return problems
    typed = resolve(network, memo)
    return problems + (_hs_needs(network, typed) if hs_needs else []) + (
        _transhipment(network, typed) if transhipment else [])


def declared_version(network: Network) -> int:
    """The schema_version the workbook states (1 when it states none)."""
    table = network.table("Settings")
    if not {"key", "value"} <= set(table.columns):
        return 1
    for key, value in zip(table["key"], table["value"], strict=True):
        if not is_blank(key) and as_key(key).lower() == "schema_version" and \
                as_key(value) in {str(v) for v in schema.READABLE_VERSIONS}:
            return int(as_key(value))
    return 1


def _where(table: pd.DataFrame, sheet: str, name: str, row: int | None) -> dict:
    position = list(table.columns).index(name) + 1 if name in table.columns else None
    return {"sheet": sheet, "row": row, "column": name, "col_index": position}


def _rule_options(network: Network):
    table = network.table("OriginRules")
    if not network.has_sheet("OriginRules") or "agreement" not in table.columns:
        return
    rvc = table["rvc"] if "rvc" in table.columns else [None] * len(table)
    change = table["change"] if "change" in table.columns else [None] * len(table)
    for row, a, b in zip(table.index, rvc, change, strict=True):
        if is_blank(a) and is_blank(b):
            yield Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the rule gives neither rvc nor change; give a minimum regional "
                "value content, a tariff shift (CC, CTH, CTSH) or both")),
                **_where(table, "OriginRules", "rvc" if "rvc" in table.columns else "change",
                         row))


def _hs_needs(network: Network, typed: TypedNetwork) -> list[Problem]:
    """Every HS code a tariff-shift rule compares must be there, with enough digits."""
    rules = rule_table(typed)
    if not any(rule.change for rule in rules.values()):
        return []
    products = typed["Products"].set_index("id")
    members: dict[str, set[str]] = {}
    for a, c in zip(typed["Agreements"]["agreement"], typed["Agreements"]["country"],
                    strict=True):
        members.setdefault(a, set()).add(c)
    country = dict(zip(typed["Sites"]["id"], typed["Sites"]["country"], strict=True))
    inputs = typed["Recipes"].groupby("plant")["input"].apply(list).to_dict()
    needed: dict[str, tuple[int, object]] = {}  # product → (digits, rule row)
    for plant, site, product in typed["Plants"][["id", "site", "product"]].itertuples(
            index=False):
        for agreement, countries in members.items():
            rule = rule_for(rules, agreement, product, products.at[product, "family"])
            if rule is None or not rule.change or country[site] not in countries:
                continue
            for name in [product, *inputs.get(plant, [])]:
                if needed.get(name, (0,))[0] < rule.digits:
                    needed[name] = (rule.digits, rule.row)
    table, raw = network.table("Products"), typed["Products"]
    problems = []
    for name, (digits, rule_row) in needed.items():
        code = products.at[name, "hs_code"]
        if len(hs_digits(code)) >= digits:
            continue
        row = raw.loc[raw["id"] == name, "row"].iat[0]
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "product '{product}' needs an hs_code of at least {digits} digits: the "
            "tariff-shift rule on OriginRules row {rule} compares them"),
            product=name, digits=digits, rule=rule_row),
            **_where(table, "Products", "hs_code", row)))
    return problems


def _transhipment(network: Network, typed: TypedNetwork) -> list[Problem]:
    """Warn once per lane that can carry goods out of a country they entered from another."""
    lanes = typed["Lanes"]
    country = dict(zip(typed["Sites"]["id"], typed["Sites"]["country"], strict=True))
    products = typed["Products"]
    carried = [_carried(spec, products) for spec in lanes["products"]]
    ends = list(lanes[["origin", "destination"]].itertuples(index=False))
    sources = {(s, p) for table in ("Supply", "Plants")
               for s, p in zip(typed[table]["site"], typed[table]["product"], strict=True)}
    reach = _spread(sources, ends, carried, lambda o, d: True)
    entered = _spread({(d, p) for (o, d), goods in zip(ends, carried, strict=True)
                       if country[o] != country[d] for p in goods if (o, p) in reach},
                      ends, carried, lambda o, d: country[o] == country[d])
    table = network.table("Lanes")
    problems = []
    for row, o, d, goods in zip(lanes["row"], lanes["origin"], lanes["destination"], carried,
                                strict=True):
        if country[o] != country[d] and any((o, p) in entered for p in goods):
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "this lane can carry goods out of {country} that entered it from "
                "another country; since schema 2 their duty is paid once, by origin, where "
                "they are used, not at every border"), country=country[o]),
                severity=WARNING, **_where(table, "Lanes", "origin", row)))
    return problems


def _spread(start: set, ends: list, carried: list, follows) -> set[tuple[str, str]]:
    """(site, product) pairs reachable from ``start`` along the lanes ``follows`` accepts."""
    found = set(start)
    while True:
        grown = {(d, p) for (o, d), goods in zip(ends, carried, strict=True) if follows(o, d)
                 for p in goods if (o, p) in found} - found
        if not grown:
            return found
        found |= grown


def _carried(spec: str, products: pd.DataFrame) -> list[str]:
    tokens = lane_products(spec)
    if not tokens:
        return list(products["id"])
    mask = np.isin(products["id"], tokens) | np.isin(products["family"], tokens)
    return list(products["id"][mask])
