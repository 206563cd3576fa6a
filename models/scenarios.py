"""Named what-if scenarios: the optional ``Scenarios`` sheet of a workbook.

Each row of the sheet overrides one column of the rows a key selects:
``scenario``, ``sheet``, ``key`` (the row's id; ``site/product`` on Supply
and Demand, ``plant/input`` on Recipes, ``product/origin/destination`` on
Tariffs, the setting name on Settings; ``*`` for every row), ``column`` and
exactly one of ``value`` (replaces the cell) or ``factor`` (multiplies it).
Overrides of one scenario apply in row order, so a later one sees the
result of an earlier one. ``schema.csv`` describes the sheet like any other
(a table of the :class:`~twinparks.models.network.Network`, edited with the
same commands); this module parses and applies it,
:mod:`~twinparks.models.scenario_checks` checks it and
:mod:`~twinparks.models.scenario_runs` solves every scenario.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pandas as pd

from twinparks.models import schema
from twinparks.models.network import Network, as_key, as_number, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, Text, problem_text

log = logging.getLogger(__name__)

SHEET = "Scenarios"
HEADER = ("scenario", "sheet", "key", "column", "value", "factor")
REQUIRED = HEADER[:4]
TARGET_SHEETS = tuple(sheet for sheet in schema.SHEETS if sheet != SHEET)
BASE = "base"
NATURAL_KEYS = {"Supply": ("site", "product"), "Demand": ("site", "product"),
                "Recipes": ("plant", "input"),
                "Tariffs": ("product", "origin_country", "destination_country")}


@dataclass(frozen=True)
class Override:
    """One row of the Scenarios sheet, parsed (``row`` is its Excel row)."""

    scenario: str
    sheet: str
    key: str
    column: str
    value: object = None
    factor: float | None = None
    row: int = 0


@dataclass
class ScenarioSheet:
    """The parsed sheet: overrides in row order, and where each header column is."""

    overrides: list[Override] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Scenario names in order of first appearance."""
        return list(dict.fromkeys(o.scenario for o in self.overrides))


def scenario_names(network: Network) -> list[str]:
    """Names of the scenarios the workbook defines, in sheet order."""
    return parse_scenarios(network).names


def parse_scenarios(network: Network) -> ScenarioSheet:
    """Read the Scenarios sheet into overrides; structural problems come back as values.

    Blank required cells and a factor that is not a number are reported by
    the sheet checks (``schema.csv`` describes the sheet like any other);
    such rows are skipped here.
    """
    table = network.table(SHEET)
    if not len(table):
        return ScenarioSheet()
    positions = {str(name): number for number, name in enumerate(table.columns, start=1)}
    sheet = ScenarioSheet(positions=positions)
    if "value" not in positions and "factor" not in positions:
        sheet.problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the Scenarios sheet lacks the column(s) {missing}; row 1 must name "
            "{header} and value and/or factor"),
            missing="value or factor", header=", ".join(HEADER[:4])),
            sheet=SHEET, row=1, col_index=len(positions) + 1))
        return sheet
    if any(name not in positions for name in REQUIRED):
        return sheet  # the sheet checks report the missing column
    for row, cells in zip(table.index, table.to_dict("records"), strict=True):
        if all(is_blank(cell) for cell in cells.values()):
            continue
        override, problems = _parse_row(cells, positions, row)
        sheet.problems += problems
        if override is not None:
            sheet.overrides.append(override)
    return sheet


def _parse_row(cells: dict[str, object], positions: dict[str, int],
               number: int) -> tuple[Override | None, list[Problem]]:
    texts = {name: cells.get(name) for name in HEADER}
    value, factor = texts["value"], texts["factor"]
    number_factor = None if is_blank(factor) else as_number(factor)
    if any(is_blank(texts[name]) for name in REQUIRED) or (
            not is_blank(factor) and number_factor is None):
        return None, []  # the sheet checks report it at its cell
    if is_blank(value) == is_blank(factor):
        column = "value" if "value" in positions else "factor"
        return None, [Problem.of(_value_or_factor(not is_blank(value)), sheet=SHEET,
                                 row=number, column=column, col_index=positions.get(column))]
    return Override(scenario=as_key(texts["scenario"]), sheet=as_key(texts["sheet"]),
                    key=as_key(texts["key"]), column=as_key(texts["column"]),
                    value=None if is_blank(value) else value, factor=number_factor,
                    row=number), []


def _value_or_factor(both: bool) -> Text:
    if both:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "both value and factor are filled; give exactly one: value replaces "
            "the cell, factor multiplies it"))
    return problem_text(QT_TRANSLATE_NOOP(
        "validation", "neither value nor factor is filled; give exactly one: value replaces "
        "the cell, factor multiplies it"))


# --- applying --------------------------------------------------------------------------------

class ScenarioError(ValueError):
    """An override cannot be applied; the message says why."""


def _sheet_name(text: str) -> str | None:
    wanted = text.strip().lower()
    return next((s for s in TARGET_SHEETS if s.lower() == wanted), None)


def _key_columns(sheet: str) -> tuple[str, ...]:
    if sheet == "Settings":
        return ("key",)
    id_column = schema.id_column(sheet)
    return (id_column,) if id_column else NATURAL_KEYS.get(sheet, ())


def _row_key(sheet: str, values: tuple) -> tuple[str, ...]:
    keys = tuple("" if is_blank(v) else as_key(v) for v in values)
    if sheet == "Settings":
        return tuple(k.lower() for k in keys)
    if sheet == "Tariffs":
        return (keys[0], *(k.upper() for k in keys[1:]))
    return keys


def _wanted_key(sheet: str, key: str) -> tuple[str, ...]:
    return _row_key(sheet, tuple(part.strip() for part in key.split("/")))


def _matching_rows(network: Network, sheet: str, key: str) -> list[int]:
    """Positions of the rows ``key`` selects (all rows for ``*``)."""
    table = network.table(sheet)
    if key == schema.WILDCARD:
        return list(range(len(table)))
    columns = _key_columns(sheet)
    if any(column not in table.columns for column in columns):
        return []
    wanted = _wanted_key(sheet, key)
    return [i for i, values in enumerate(table[list(columns)].itertuples(index=False, name=None))
            if _row_key(sheet, values) == wanted]


def _target_column(sheet: str, column: str) -> str | None:
    if sheet == "Settings":
        return "value" if column.strip().lower() == "value" else None
    wanted = column.strip().lower()
    return next((c for c in schema.column_names(sheet) if c.lower() == wanted), None)


def _is_number(network: Network, sheet: str, column: str, key: str) -> bool:
    if sheet == "Settings":
        spec = schema.settings().get(key.strip().lower())
        return spec is not None and spec.type in ("number", "integer")
    return schema.column(sheet, column).is_number


def structure_problem(network: Network, override: Override) -> tuple[str, Text] | None:
    """Why ``override`` cannot be applied at all, as (Scenarios column, message), or None."""
    sheet = _sheet_name(override.sheet)
    if sheet is None:
        return "sheet", problem_text(QT_TRANSLATE_NOOP(
            "validation", "sheet '{sheet}' is not a sheet of the model; use one of {allowed}"),
            sheet=override.sheet, allowed=", ".join(TARGET_SHEETS))
    if sheet == "Settings" and override.key.lower() not in schema.settings():
        return "key", problem_text(QT_TRANSLATE_NOOP(
            "validation", "'{key}' is not a setting; use one of {allowed}"),
            key=override.key, allowed=", ".join(schema.settings()))
    if sheet != "Settings" and not _matching_rows(network, sheet, override.key):
        return "key", problem_text(QT_TRANSLATE_NOOP(
            "validation", "no row of {sheet} has the key '{key}'; write the row's {shape} "
            "(parts separated by /), or * for every row"),
            sheet=sheet, key=override.key, shape="/".join(_key_columns(sheet)) or "id")
    return _column_problem(network, override, sheet)


def _column_problem(network: Network, override: Override,
                    sheet: str) -> tuple[str, Text] | None:
    column = _target_column(sheet, override.column)
    if column is None:
        allowed = "value" if sheet == "Settings" else ", ".join(schema.column_names(sheet))
        return "column", problem_text(QT_TRANSLATE_NOOP(
            "validation", "'{column}' is not a column of {sheet}; use one of {allowed}"),
            column=override.column, sheet=sheet, allowed=allowed)
    if sheet != "Settings" and column in _key_columns(sheet):
        return "column", problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} identifies the row; a scenario cannot change it"),
            column=column)
    if override.factor is not None and not _is_number(network, sheet, column, override.key):
        return "factor", problem_text(QT_TRANSLATE_NOOP(
            "validation", "{sheet} {column} is not a number, so it cannot be multiplied by a "
            "factor; use value instead"), sheet=sheet, column=column)
    return None


def _scaled(network: Network, sheet: str, column: str, old: object, factor: float) -> object:
    """``old × factor``; a blank takes its default first (blank "unlimited" stays blank)."""
    number = as_number(old)
    if number is None and is_blank(old):
        if sheet == "Demand" and column == "penalty_per_unit":
            number = as_number(network.setting("unmet_penalty"))
        elif sheet != "Settings" and schema.column(sheet, column).default_value() is not None:
            number = as_number(schema.column(sheet, column).default_value())
        else:
            return old
    if number is None:
        return old  # text in a number cell: validation reports it on its own sheet
    return number * factor


def apply_override(network: Network, override: Override) -> list[tuple[str, int, str]]:
    """Apply one override in place; the (sheet, row label, column) cells it changed."""
    problem = structure_problem(network, override)
    if problem:
        raise ScenarioError(f"{SHEET} row {override.row}: {problem[1]}")
    sheet = _sheet_name(override.sheet)
    if sheet == "Settings":
        return _apply_setting(network, override)
    assert sheet is not None  # structure_problem said so
    column = _target_column(sheet, override.column)
    assert column is not None
    table = network.tables[sheet]
    if column not in table.columns:
        table[column] = pd.Series([None] * len(table), index=table.index, dtype=object)
    position = table.columns.get_loc(column)
    changed = []
    for row in _matching_rows(network, sheet, override.key):
        old = table.iat[row, position]
        table.iat[row, position] = (override.value if override.factor is None
                                    else _scaled(network, sheet, column, old, override.factor))
        changed.append((sheet, table.index[row], column))
    return changed


def _apply_setting(network: Network, override: Override) -> list[tuple[str, int, str]]:
    name = override.key.strip().lower()
    table = network.tables.get("Settings")
    if table is None or not {"key", "value"} <= set(table.columns):
        rows = [] if table is None else table.to_dict("records")
        table = pd.DataFrame(rows, columns=["key", "value"], dtype=object)
    rows = [i for i, k in enumerate(table["key"]) if not is_blank(k) and
            as_key(k).lower() == name]
    if not rows:
        label = (max(table.index) + 1) if len(table) else 2
        table.loc[label] = pd.Series({"key": name, "value": None}, dtype=object)
        rows = [len(table) - 1]
    position = table.columns.get_loc("value")
    spec = schema.settings()[name]
    for row in rows:
        old = table.iat[row, position]
        old = spec.default_value() if is_blank(old) else old
        table.iat[row, position] = (override.value if override.factor is None
                                    else _scaled(network, "Settings", "value", old,
                                                 override.factor))
    network.tables["Settings"] = table
    if "Settings" not in network.sheet_order:
        network.sheet_order.append("Settings")
    return [("Settings", table.index[row], "value") for row in rows]


def apply_scenario(network: Network, name: str) -> Network:
    """A copy of ``network`` with scenario ``name``'s overrides applied (``base``: none).

    Raises :class:`ScenarioError` for an unknown scenario or an override that
    names an unknown sheet, key or column (validate the network first).
    """
    modified, _ = _applied(network, name)
    return modified


def _applied(network: Network, name: str):
    parsed = parse_scenarios(network)
    if name != BASE and name not in parsed.names:
        raise ScenarioError(f"there is no scenario named '{name}'")
    modified = network.copy()
    changed: dict[tuple[str, int, str], Override] = {}
    for override in parsed.overrides:
        if override.scenario == name:
            for cell in apply_override(modified, override):
                changed[cell] = override
    return modified, changed


def without_scenarios(network: Network, deep: bool = True) -> Network:
    """A copy of ``network`` without its Scenarios sheet (``deep=False``: sharing its tables)."""
    bare = network.copy() if deep else sharing_copy(network, ())
    bare.tables.pop(SHEET, None)
    if SHEET in bare.sheet_order:
        bare.sheet_order.remove(SHEET)
    return bare


def sharing_copy(network: Network, overrides: list[Override] | tuple[()]) -> Network:
    """A copy of ``network`` that ``overrides`` may be applied to.

    The sheets they edit are copied; every other table is shared with
    ``network`` (read it, never edit it).
    """
    edited = {_sheet_name(o.sheet) for o in overrides}
    tables = {name: table.copy(deep=True) if name in edited else table
              for name, table in network.tables.items()}
    return Network(tables=tables, extra_sheets=network.extra_sheets,
                   sheet_order=list(network.sheet_order))


# --- what an editor offers -------------------------------------------------------------------

def key_choices(network: Network, sheet_text: object) -> list[str]:
    """The keys an override of ``sheet_text`` may name: ``*``, then each row's key."""
    sheet = None if is_blank(sheet_text) else _sheet_name(as_key(sheet_text))
    if sheet is None:
        return [schema.WILDCARD]
    if sheet == "Settings":
        return list(schema.settings())
    table = network.table(sheet)
    columns = [c for c in _key_columns(sheet) if c in table.columns]
    if not columns or len(columns) < len(_key_columns(sheet)):
        return [schema.WILDCARD]
    keys = ["/".join("" if is_blank(v) else as_key(v) for v in values)
            for values in table[columns].itertuples(index=False, name=None)]
    return [schema.WILDCARD, *dict.fromkeys(k for k in keys if k.strip("/"))]


def column_choices(sheet_text: object) -> list[str]:
    """The columns an override of ``sheet_text`` may change (not the ones naming the row)."""
    sheet = None if is_blank(sheet_text) else _sheet_name(as_key(sheet_text))
    if sheet is None:
        return []
    if sheet == "Settings":
        return ["value"]
    return [c for c in schema.column_names(sheet) if c not in _key_columns(sheet)]


def new_row(network: Network, position: int) -> dict[str, object]:
    """A valid override to insert at ``position``: like the row above, factor 1 (no change).

    On an empty sheet: every plant's capacity in a scenario named ``scenario 1``.
    """
    table = network.table(SHEET)
    above = table.iloc[position - 1].to_dict() if 0 < position <= len(table) else {}
    row = {name: above.get(name) for name in REQUIRED}
    if any(is_blank(value) for value in row.values()):
        row = {"scenario": "scenario 1", "sheet": "Plants", "key": schema.WILDCARD,
               "column": "capacity"}
    return {**row, "value": None, "factor": 1.0}
