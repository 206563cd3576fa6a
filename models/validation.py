"""Validation: every problem of a network, as values, with sheet, row and column.

Nothing here raises for bad data. :func:`validate` returns the complete list
so that a planner fixes a workbook in one pass instead of one error a run.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator

import numpy as np
import pandas as pd

from twinparks.models import origin_validation, schema
from twinparks.models.cell_screen import plainly_valid
from twinparks.models.investment_checks import check_investments
from twinparks.models.lookalikes import lookalike_message
from twinparks.models.network import Formula, Network, as_key, as_number, is_blank, parse_setting
from twinparks.models.problems import QT_TRANSLATE_NOOP, WARNING, Problem, Text, problem_text
from twinparks.models.risk_factors import check_risks
from twinparks.models.scenario_checks import check_scenarios
from twinparks.models.typed import TableMemo, distinct_texts, lane_products

COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def validate(network: Network, memo: TableMemo | None = None) -> list[Problem]:
    """Every problem of the network, sheet by sheet in row order, then of its scenarios.

    The one entry point: the sheets are checked once, and each scenario is
    checked against those problems (:mod:`twinparks.models.scenario_checks`).
    A ``memo`` carried over from validating a network that shares tables
    with this one (:meth:`TableMemo.carry_over`) spares checking them again.
    """
    memo = memo if memo is not None else TableMemo()  # scenario copies share tables too
    problems = check_sheets(network, memo)
    return problems + check_scenarios(
        network, problems, lambda net, edited: check_sheets(net, memo, edited))


def check_sheets(network: Network, memo: TableMemo | None = None,
                 report_on: Collection[str] | None = None) -> list[Problem]:
    """Every problem of the model's own sheets (the Scenarios sheet not included).

    ``memo`` keeps per-table results for networks that share table objects
    (nothing may edit a table while it is in use). With ``report_on`` only
    the problems on those sheets are needed: the cross-sheet checks that
    cannot report on them are left out (:data:`NETWORK_CHECKS`, the typed
    origin checks). A scenario's check edits one or two sheets, so it runs
    few of them.
    """
    memo = memo if memo is not None else TableMemo()
    problems = list(_check_sheets(network))
    known = _known_ids(network)
    for sheet in schema.SHEETS:
        if network.has_sheet(sheet):
            problems += memo.checked(network.tables[sheet], known,
                                     functools.partial(_check_table, network, sheet, known))
    for check, sheets in NETWORK_CHECKS:
        if report_on is None or not sheets.isdisjoint(report_on):
            problems += check(network)
    return problems + origin_validation.check(network, problems, memo, report_on)


def _check_sheets(network: Network) -> Iterator[Problem]:
    for sheet in schema.REQUIRED_SHEETS:
        if not network.has_sheet(sheet):
            yield Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the required sheet {sheet} is missing; add a sheet named "
                "{sheet} with the columns {columns}"),
                sheet=sheet, columns=", ".join(schema.column_names(sheet))), sheet=sheet)
    if network.has_sheet("Demand") and network.table("Demand").empty:
        yield Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the Demand sheet has no rows: there is nothing to plan; add one "
            "row per market and product")), sheet="Demand", severity=WARNING)
    if not any(network.has_sheet(sheet) for sheet in schema.SOURCE_SHEETS):
        yield Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the workbook needs a Plants or a Supply sheet: nothing can be made "
            "or bought")), sheet="Plants")


def _place(table: pd.DataFrame, sheet: str, name: str, row: int | None) -> dict:
    position = list(table.columns).index(name) + 1 if name in table.columns else None
    return {"sheet": sheet, "row": row, "column": name, "col_index": position}


def _check_table(network: Network, sheet: str, known: dict[str, set[str]]) -> list[Problem]:
    table = network.table(sheet)
    problems = []
    for col in schema.columns()[sheet]:
        if col.name not in table.columns:
            if col.required:
                problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                    "validation", "the required column '{column}' is missing; add it to row 1 "
                    "({help})"), column=col.name, help=col.help),
                    sheet=sheet, row=1, col_index=len(table.columns) + 1))
            continue
        column = table[col.name]
        doubtful = ~plainly_valid(known, col, column)  # the rest have no problem
        for row, value in zip(table.index[doubtful], column[doubtful], strict=True):
            message = _cell_message(known, col, value)
            if message:
                problems.append(Problem.of(message, **_place(table, sheet, col.name, row)))
    problems += _check_unique(table, sheet)
    return problems


def _cell_message(known: dict[str, set[str]], col: schema.Column, value: object) -> Text | None:
    if is_blank(value):
        return problem_text(QT_TRANSLATE_NOOP("validation", "{column} is required: {help}"),
                            column=col.name, help=col.help) if col.required else None
    if isinstance(value, Formula):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "the formula {formula} has no saved result (the file was not last "
            "saved by Excel); type the value, or open and save the workbook in Excel"),
            formula=value.text)
    origin = origin_validation.cell_message(known, col, value)
    if origin is not origin_validation.NOT_MINE:
        return origin
    if col.is_number:
        return _number_message(col, value)
    return _text_message(known, col, as_key(value))


def _text_message(known: dict[str, set[str]], col: schema.Column, text: str) -> Text | None:
    if col.allows_wildcard and text == schema.WILDCARD:
        return None
    if col.type.startswith("country") and not COUNTRY.match(text):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "country '{value}' is not an ISO 3166 alpha-2 code; write two "
            "letters such as CN or MY"), value=text)
    if col.type == "kind" and text.lower() not in schema.SITE_KINDS:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "kind '{value}' is unknown; use one of {allowed}"),
            value=text, allowed=", ".join(schema.SITE_KINDS))
    if col.target and text not in known[col.target]:
        return lookalike_message(col, text, known[col.target]) or problem_text(
            QT_TRANSLATE_NOOP("validation", "{column} '{value}' is not an id on the {target} "
                              "sheet"), column=col.name, value=text, target=col.target)
    if col.type in ("lanes", "sites"):
        sheet = col.type.capitalize()
        unknown = [token for token in lane_products(text) if token not in known[sheet]]
        if unknown:
            return problem_text(QT_TRANSLATE_NOOP(
                "validation", "'{value}' is not an id on the {target} sheet; list {target} ids "
                "separated by commas"), value=", ".join(unknown), target=sheet)
    if col.type == "products":
        unknown = [token for token in lane_products(text) if token not in known["tokens"]]
        if unknown:
            return problem_text(QT_TRANSLATE_NOOP(
                "validation", "'{value}' is neither a product id nor a product family; list "
                "products or families separated by commas, or leave blank for any"),
                value=", ".join(unknown))
    return None


def _unit(unit: str) -> Text:
    """`` (unit)`` after a range, or nothing."""
    if not unit:
        return Text("")
    return problem_text(QT_TRANSLATE_NOOP("validation", " ({unit})"), unit=unit)


def _number_message(col: schema.Column, value: object) -> Text | None:
    number = as_number(value)
    digits = _digits(value)
    if number is None and digits:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} is a number of {digits} digits, far too large; type a "
            "number {range}{unit}"), column=col.name, digits=digits,
            range=col.range.text(), unit=_unit(col.unit))
    if number is None:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} is '{value}', not a number; type a number {range}{unit}"),
            column=col.name, value=str(value), range=col.range.text(), unit=_unit(col.unit))
    if col.type == "integer" and not float(number).is_integer():
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} is {number}; it must be a whole number"),
            column=col.name, number=float(number))
    if not col.range.contains(number):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} is {number}; it must be {range}{unit}"),
            column=col.name, number=float(number), range=col.range.text(),
            unit=_unit(col.unit))
    return None


def _digits(value: object) -> int:
    """How many digits an integer (or integer text) has, 0 when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return 0
    text = str(value).strip().lstrip("+-")
    return len(text) if text.isdigit() else 0


def _ids(network: Network, sheet: str) -> set[str]:
    table = network.table(sheet)
    name = schema.reference_column(sheet)
    if name not in table.columns:
        return set()
    return {as_key(value) for value in table[name] if not is_blank(value)}


def _known_ids(network: Network) -> dict[str, set[str]]:
    """Ids of the sheets references point to, and the tokens a lane may list."""
    known = {sheet: _ids(network, sheet) for sheet in ("Sites", "Products", "Plants", "Lanes",
                                                       "Agreements")}
    products = network.table("Products")
    families = products["family"] if "family" in products.columns else []
    known["tokens"] = known["Products"] | {as_key(f) for f in families if not is_blank(f)}
    return known


NATURAL_KEYS = {"Recipes": ("plant", "input"), "Settings": ("key",),
                "Agreements": ("agreement", "country"), "OriginRules": ("agreement", "product")}


def _normal_key(sheet: str, name: str, value: object) -> str:
    """A key cell as :func:`_check_unique` compares it."""
    if sheet == "Settings":
        return as_key(value).lower()
    return as_key(value).upper() if name == "country" else as_key(value)


def _may_repeat(table: pd.DataFrame, sheet: str, key: tuple[str, ...]) -> bool:
    """False if no two rows can share ``key``: text in every key cell, all distinct.

    Each distinct text is normalised once (an id column of a million rows
    holds far fewer texts than cells); anything else is left to the row loop.
    """
    normals = {}
    for name in key:
        found = distinct_texts(table[name])
        if found is None:
            return True
        codes, texts = found
        normal = np.array([_normal_key(sheet, name, text) for text in texts], dtype=object)
        normals[name] = normal[codes]
    keys = pd.DataFrame(normals)
    filled = (keys != "").all(axis=1)  # a blank text is whitespace only: skipped
    return bool(keys[filled].duplicated().any())


def _check_unique(table: pd.DataFrame, sheet: str) -> list[Problem]:
    id_column = schema.id_column(sheet)
    key: tuple[str, ...] = (id_column,) if id_column else NATURAL_KEYS.get(sheet, ())
    if not key or any(name not in table.columns for name in key):
        return []
    if not _may_repeat(table, sheet, key):
        return []
    seen: dict[tuple, int] = {}
    problems = []
    for row, *values in table[list(key)].itertuples():
        if any(is_blank(value) for value in values):
            continue
        normal = tuple(_normal_key(sheet, name, value)
                       for name, value in zip(key, values, strict=True))
        if normal in seen:
            label = "/".join(normal)
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "'{value}' appears again (first on row {first}); each {key} "
                "must be unique"), value=label, first=seen[normal], key="/".join(key)),
                **_place(table, sheet, key[0], row)))
        else:
            seen[normal] = row
    return problems


def _check_lanes(network: Network) -> list[Problem]:
    table = network.table("Lanes")
    if not {"origin", "destination"} <= set(table.columns):
        return []
    return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the lane goes from '{site}' to itself; a lane joins two "
                "different sites"), site=as_key(origin)),
                **_place(table, "Lanes", "destination", row))
            for row, origin, destination in table[["origin", "destination"]].itertuples()
            if not is_blank(origin) and as_key(origin) == as_key(destination)]


TARIFF_KEY = ("product", "origin_country", "destination_country")


def _check_tariffs(network: Network) -> list[Problem]:
    table = network.table("Tariffs")
    if not set(TARIFF_KEY) <= set(table.columns):
        return []
    agreement = table["agreement"] if "agreement" in table.columns else [None] * len(table)
    rows = [(row, tuple(_tariff_field(value, i) for i, value in enumerate(values)),
             "" if is_blank(group) else as_key(group))
            for (row, *values), group in zip(table[list(TARIFF_KEY)].itertuples(), agreement,
                                             strict=True)
            if not any(is_blank(value) for value in values)]
    by_specificity: dict[tuple[str, int], list[tuple[int, tuple]]] = {}
    for row, key, group in rows:  # rows compete only within one agreement (or the general)
        by_specificity.setdefault((group, key.count(schema.WILDCARD)), []).append((row, key))
    problems = []
    for competing in by_specificity.values():
        for (first, a), (second, b) in itertools.combinations(competing, 2):
            if _overlap(a, b):
                problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                    "validation", "this tariff and the one on row {first} are equally "
                    "specific and both apply to {overlap}; make one more specific or remove "
                    "one"), first=first, overlap=_describe_overlap(a, b)),
                    **_place(table, "Tariffs", "product", second)))
    return problems


def _tariff_field(value: object, position: int) -> str:
    text = as_key(value)
    return text.upper() if position > 0 else text


def _overlap(a: tuple, b: tuple) -> bool:
    merged = []
    for x, y in zip(a, b, strict=True):
        if x != schema.WILDCARD and y != schema.WILDCARD and x != y:
            return False
        merged.append(x if x != schema.WILDCARD else y)
    _, origin, destination = merged
    # Flows inside one country pay no tariff, so such a pair never competes.
    return origin == schema.WILDCARD or destination == schema.WILDCARD or origin != destination


def _describe_overlap(a: tuple, b: tuple) -> Text:
    merged = [x if x != schema.WILDCARD else y for x, y in zip(a, b, strict=True)]
    anything = problem_text(QT_TRANSLATE_NOOP("validation", "any"))
    product, origin, destination = (
        problem_text(QT_TRANSLATE_NOOP("validation", "any product")) if merged[0] == "*"
        else merged[0], *(anything if m == "*" else m for m in merged[1:]))
    return problem_text(QT_TRANSLATE_NOOP(
        "validation", "{product} from {origin} to {destination}"),
        product=product, origin=origin, destination=destination)


def _check_settings(network: Network) -> list[Problem]:
    table = network.table("Settings")
    if not {"key", "value"} <= set(table.columns):
        return []
    problems = []
    for row, key, value in table[["key", "value"]].itertuples():
        if is_blank(key):
            continue
        name = as_key(key).lower()
        spec = schema.settings().get(name)
        if spec is None:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "'{key}' is not a setting this tool knows (it is kept but "
                "ignored); known: {known}"), key=as_key(key), known=", ".join(schema.settings())),
                severity=WARNING, **_place(table, "Settings", "key", row)))
        elif not is_blank(value) and parse_setting(spec, value) is None:
            problems.append(Problem.of(_setting_message(spec, value),
                                       **_place(table, "Settings", "value", row)))
    return problems


def _setting_message(spec: schema.SettingSpec, value: object) -> Text:
    if spec.key == "schema_version":
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "schema_version is '{value}'; this tool reads version {version} "
            "workbooks"), value=str(value),
            version=" or ".join(map(str, schema.READABLE_VERSIONS)))
    if spec.type == "solver":
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "solver '{value}' is unknown; use one of {allowed}"),
            value=str(value), allowed=", ".join(schema.SOLVERS))
    return problem_text(QT_TRANSLATE_NOOP(
        "validation", "{key} is '{value}'; it must be a number {range}{unit}"),
        key=spec.key, value=str(value), range=spec.range.text(), unit=_unit(spec.unit))


# The cross-sheet checks of a whole network, each with the sheets it reports on (a check
# whose sheets a scenario does not edit cannot blame the scenario: check_sheets skips it).
NETWORK_CHECKS: tuple[tuple[Callable[[Network], list[Problem]], frozenset[str]], ...] = (
    (_check_lanes, frozenset({"Lanes"})),
    (_check_tariffs, frozenset({"Tariffs"})),
    (_check_settings, frozenset({"Settings"})),
    (check_investments, frozenset({"Investments", "Chokepoints", "Plants"})),
    (check_risks, frozenset({"Risks"})),
)
