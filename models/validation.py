"""Validation: every problem of a network, as values, with sheet, row and column.

Nothing here raises for bad data. :func:`validate` returns the complete list
so that a planner fixes a workbook in one pass instead of one error a run.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pandas as pd

from models import schema
from models.network import Formula, Network, as_key, as_number, is_blank, parse_setting
from models.problems import WARNING, Problem
from models.scenarios import validate_scenarios
from models.typed import lane_products

COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def validate(network: Network) -> list[Problem]:
    """Every problem of the network, sheet by sheet, in row order."""
    problems = list(_check_sheets(network))
    known = _known_ids(network)
    for sheet in schema.SHEETS:
        if network.has_sheet(sheet):
            problems += _check_table(network, sheet, known)
    problems += _check_lanes(network)
    problems += _check_tariffs(network)
    problems += _check_settings(network)
    problems += validate_scenarios(network)
    return problems


def _check_sheets(network: Network) -> Iterator[Problem]:
    for sheet in schema.REQUIRED_SHEETS:
        if not network.has_sheet(sheet):
            yield Problem(f"the required sheet {sheet} is missing; add a sheet named {sheet} "
                          f"with the columns {', '.join(schema.column_names(sheet))}",
                          sheet=sheet)
    if not any(network.has_sheet(sheet) for sheet in schema.SOURCE_SHEETS):
        yield Problem("the workbook needs a Plants or a Supply sheet: nothing can be made "
                      "or bought", sheet="Plants")


def _place(table: pd.DataFrame, sheet: str, name: str, row: int | None) -> dict:
    position = list(table.columns).index(name) + 1 if name in table.columns else None
    return {"sheet": sheet, "row": row, "column": name, "col_index": position}


def _check_table(network: Network, sheet: str, known: dict[str, set[str]]) -> list[Problem]:
    table = network.table(sheet)
    problems = []
    for col in schema.columns()[sheet]:
        if col.name not in table.columns:
            if col.required:
                problems.append(Problem(
                    f"the required column '{col.name}' is missing; add it to row 1 "
                    f"({col.help})", sheet=sheet, row=1, col_index=len(table.columns) + 1))
            continue
        for row, value in zip(table.index, table[col.name], strict=True):
            message = _cell_message(known, col, value)
            if message:
                problems.append(Problem(message, **_place(table, sheet, col.name, row)))
    problems += _check_unique(table, sheet)
    return problems


def _cell_message(known: dict[str, set[str]], col: schema.Column, value: object) -> str | None:
    if is_blank(value):
        return f"{col.name} is required: {col.help}" if col.required else None
    if isinstance(value, Formula):
        return (f"the formula {value.text} has no saved result (the file was not last saved "
                f"by Excel); type the value, or open and save the workbook in Excel")
    if col.is_number:
        return _number_message(col, value)
    text = as_key(value)
    if col.allows_wildcard and text == schema.WILDCARD:
        return None
    if col.type.startswith("country") and not COUNTRY.match(text):
        return (f"country '{text}' is not an ISO 3166 alpha-2 code; write two letters "
                f"such as CN or MY")
    if col.type == "kind" and text.lower() not in schema.SITE_KINDS:
        return f"kind '{text}' is unknown; use one of {', '.join(schema.SITE_KINDS)}"
    if col.target and text not in known[col.target]:
        return f"{col.name} '{text}' is not an id on the {col.target} sheet"
    if col.type == "products":
        unknown = [token for token in lane_products(text) if token not in known["tokens"]]
        if unknown:
            return (f"'{', '.join(unknown)}' is neither a product id nor a product family; "
                    f"list products or families separated by commas, or leave blank for any")
    return None


def _number_message(col: schema.Column, value: object) -> str | None:
    number = as_number(value)
    unit = f" ({col.unit})" if col.unit else ""
    if number is None:
        return (f"{col.name} is '{value}', not a number; type a number "
                f"{col.range.describe()}{unit}")
    if not col.range.contains(number):
        return f"{col.name} is {number:g}; it must be {col.range.describe()}{unit}"
    return None


def _ids(network: Network, sheet: str) -> set[str]:
    table = network.table(sheet)
    name = schema.id_column(sheet)
    if name not in table.columns:
        return set()
    return {as_key(value) for value in table[name] if not is_blank(value)}


def _known_ids(network: Network) -> dict[str, set[str]]:
    """Ids of the sheets references point to, and the tokens a lane may list."""
    known = {sheet: _ids(network, sheet) for sheet in ("Sites", "Products", "Plants")}
    products = network.table("Products")
    families = products["family"] if "family" in products.columns else []
    known["tokens"] = known["Products"] | {as_key(f) for f in families if not is_blank(f)}
    return known


NATURAL_KEYS = {"Recipes": ("plant", "input"), "Settings": ("key",)}


def _check_unique(table: pd.DataFrame, sheet: str) -> list[Problem]:
    key = (schema.id_column(sheet),) if schema.id_column(sheet) else NATURAL_KEYS.get(sheet)
    if not key or any(name not in table.columns for name in key):
        return []
    seen: dict[tuple, int] = {}
    problems = []
    for row, *values in table[list(key)].itertuples():
        if any(is_blank(value) for value in values):
            continue
        normal = tuple(as_key(value).lower() if sheet == "Settings" else as_key(value)
                       for value in values)
        if normal in seen:
            label = "/".join(normal)
            problems.append(Problem(
                f"'{label}' appears again (first on row {seen[normal]}); each "
                f"{'/'.join(key)} must be unique", **_place(table, sheet, key[0], row)))
        else:
            seen[normal] = row
    return problems


def _check_lanes(network: Network) -> list[Problem]:
    table = network.table("Lanes")
    if not {"origin", "destination"} <= set(table.columns):
        return []
    return [Problem(f"the lane goes from '{as_key(origin)}' to itself; a lane joins two "
                    f"different sites", **_place(table, "Lanes", "destination", row))
            for row, origin, destination in table[["origin", "destination"]].itertuples()
            if not is_blank(origin) and as_key(origin) == as_key(destination)]


TARIFF_KEY = ("product", "origin_country", "destination_country")


def _check_tariffs(network: Network) -> list[Problem]:
    table = network.table("Tariffs")
    if not set(TARIFF_KEY) <= set(table.columns):
        return []
    rows = [(row, tuple(_tariff_field(value, i) for i, value in enumerate(values)))
            for row, *values in table[list(TARIFF_KEY)].itertuples()
            if not any(is_blank(value) for value in values)]
    by_specificity: dict[int, list[tuple[int, tuple]]] = {}
    for row, key in rows:
        by_specificity.setdefault(key.count(schema.WILDCARD), []).append((row, key))
    problems = []
    for group in by_specificity.values():
        for (first, a), (row, b) in itertools.combinations(group, 2):
            if _overlap(a, b):
                problems.append(Problem(
                    f"this tariff and the one on row {first} are equally specific and "
                    f"both apply to {_describe_overlap(a, b)}; make one more specific or "
                    f"remove one", **_place(table, "Tariffs", "product", row)))
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


def _describe_overlap(a: tuple, b: tuple) -> str:
    merged = [x if x != schema.WILDCARD else y for x, y in zip(a, b, strict=True)]
    product, origin, destination = (("any product" if merged[0] == "*" else merged[0]),
                                    *("any" if m == "*" else m for m in merged[1:]))
    return f"{product} from {origin} to {destination}"


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
            problems.append(Problem(
                f"'{as_key(key)}' is not a setting this tool knows (it is kept but ignored); "
                f"known: {', '.join(schema.settings())}", severity=WARNING,
                **_place(table, "Settings", "key", row)))
        elif not is_blank(value) and parse_setting(spec, value) is None:
            problems.append(Problem(_setting_message(spec, value),
                                    **_place(table, "Settings", "value", row)))
    return problems


def _setting_message(spec: schema.SettingSpec, value: object) -> str:
    if spec.key == "schema_version":
        return (f"schema_version is '{value}'; this tool reads version "
                f"{schema.SCHEMA_VERSION} workbooks")
    if spec.type == "solver":
        return f"solver '{value}' is unknown; use one of {', '.join(schema.SOLVERS)}"
    unit = f" ({spec.unit})" if spec.unit else ""
    return f"{spec.key} is '{value}'; it must be a number {spec.range.describe()}{unit}"
