"""Checks of the Investments and Chokepoints sheets and of ``Plants.min_output``.

The cell-by-cell checks (types, ranges, references, whole numbers) come from
the schema like every sheet's; these are the rules that read more than one
cell: which of plant and lane a row names, committed modules against the
most that may be built, a lane module on a lane without a capacity, a
chokepoint that names nothing, a minimum output no capacity can reach.
"""

from __future__ import annotations

import pandas as pd

from twinparks.models.network import Network, as_key, as_number, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, problem_text


def check_investments(network: Network) -> list[Problem]:
    """Every cross-cell problem of investments, chokepoints and minimum outputs."""
    return (_check_targets(network) + _check_modules(network) + _check_chokepoints(network)
            + _check_min_output(network))


def _at(table: pd.DataFrame, sheet: str, column: str, row: int) -> dict:
    position = list(table.columns).index(column) + 1 if column in table.columns else None
    return {"sheet": sheet, "row": row, "column": column, "col_index": position}


def _cell(table: pd.DataFrame, column: str, row: int) -> object:
    return table.at[row, column] if column in table.columns else None


def _check_targets(network: Network) -> list[Problem]:
    table, problems = network.table("Investments"), []
    lanes = network.table("Lanes")
    capacity = ({as_key(i): c for i, c in zip(lanes["id"], lanes["capacity_tonnes"], strict=True)}
                if {"id", "capacity_tonnes"} <= set(lanes.columns) else {})
    for row in table.index:
        plant, lane = _cell(table, "plant", row), _cell(table, "lane", row)
        if is_blank(plant) == is_blank(lane):
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "an investment adds capacity to exactly one plant or one lane; "
                "fill in either plant or lane")), **_at(table, "Investments", "plant", row)))
        elif not is_blank(lane) and as_key(lane) in capacity \
                and as_number(capacity[as_key(lane)]) is None:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "lane '{lane}' has no capacity_tonnes (unlimited), so a module "
                "cannot add to it; give the lane a capacity_tonnes"), lane=as_key(lane)),
                **_at(table, "Investments", "lane", row)))
    return problems


def _check_modules(network: Network) -> list[Problem]:
    table = network.table("Investments")
    if not {"min_modules", "max_modules"} <= set(table.columns):
        return []
    problems = []
    for row in table.index:
        most = table.at[row, "max_modules"]
        low, high = as_number(table.at[row, "min_modules"]), 1.0 if is_blank(most) else \
            as_number(most)
        if low is not None and high is not None and low > high:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "max_modules is {high} but {low} modules are already committed "
                "(min_modules); max_modules must be at least min_modules"),
                high=float(high), low=float(low)),
                **_at(table, "Investments", "max_modules", row)))
    return problems


def _check_chokepoints(network: Network) -> list[Problem]:
    table = network.table("Chokepoints")
    return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "the chokepoint names no lanes and no sites; list the lane ids "
                "or site ids of the group")), **_at(table, "Chokepoints", "lanes", row))
            for row in table.index
            if _names_nothing(_cell(table, "lanes", row))
            and _names_nothing(_cell(table, "sites", row))]


def _names_nothing(value: object) -> bool:
    """Blank, or only separators (" , "): a list cell that names no id."""
    return is_blank(value) or not any(token.strip() for token in str(value).split(","))


def _check_min_output(network: Network) -> list[Problem]:
    plants = network.table("Plants")
    if not {"id", "capacity", "min_output"} <= set(plants.columns):
        return []
    added = _module_capacity(network)
    problems = []
    for row, plant, capacity, minimum in plants[["id", "capacity", "min_output"]].itertuples():
        low, cap = as_number(minimum), as_number(capacity)
        if low is None or cap is None or is_blank(plant):
            continue
        largest = cap + added.get(as_key(plant), 0.0)
        if low > largest:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "min_output {minimum} is above the largest capacity the plant "
                "can have ({largest} with every investment module); lower it or add modules"),
                minimum=float(low), largest=float(largest)), **_at(plants, "Plants",
                                                                  "min_output", row)))
    return problems


def _module_capacity(network: Network) -> dict[str, float]:
    """Per plant id, the capacity every one of its investment modules adds together."""
    table = network.table("Investments")
    if not {"plant", "capacity"} <= set(table.columns):
        return {}
    added: dict[str, float] = {}
    for row in table.index:
        plant, capacity = table.at[row, "plant"], as_number(table.at[row, "capacity"])
        most = as_number(_cell(table, "max_modules", row))
        most = 1.0 if is_blank(_cell(table, "max_modules", row)) else most
        if is_blank(plant) or capacity is None or most is None:
            continue
        added[as_key(plant)] = added.get(as_key(plant), 0.0) + capacity * most
    return added
