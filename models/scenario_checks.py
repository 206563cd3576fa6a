"""Checks of the Scenarios sheet: structure at each override, values at the cells it changes.

Overrides that name an unknown sheet, key or column, or multiply a
non-number, are reported directly. Each scenario is then applied to a copy
and checked with the same sheet checks as the network itself; every new
error in a cell an override changed is reported at that override's value or
factor cell. The network's own problems are computed once by the caller
(:func:`twinparks.models.validation.validate`) and passed in, so a workbook
with *n* scenarios costs *n* + 1 sheet checks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from twinparks.models.network import Network
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, errors, problem_text
from twinparks.models.scenarios import (
    SHEET,
    Override,
    ScenarioSheet,
    apply_override,
    parse_scenarios,
    sharing_copy,
    structure_problem,
    without_scenarios,
)

# check_sheets(network, sheets): the problems of the network; those on ``sheets`` are needed
SheetCheck = Callable[[Network, Collection[str]], list[Problem]]


def check_scenarios(network: Network, base_problems: list[Problem],
                    check_sheets: SheetCheck) -> list[Problem]:
    """Every problem of the Scenarios sheet, at its cell (none without the sheet).

    ``base_problems`` are ``check_sheets(network)``: what is already wrong
    without any scenario is not blamed on one.
    """
    parsed = parse_scenarios(network)
    problems = list(parsed.problems)
    applicable = []
    for override in parsed.overrides:
        problem = structure_problem(network, override)
        if problem:
            problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "scenario '{scenario}': {problem}"),
                scenario=override.scenario, problem=problem[1]),
                **_where(parsed, override, problem[0])))
        else:
            applicable.append(override)
    if applicable:
        bare = sharing_copy(without_scenarios(network, deep=False), ())
        before = {(p.sheet, p.row, p.column, p.message) for p in base_problems}
        for name in dict.fromkeys(o.scenario for o in applicable):
            overrides = [o for o in applicable if o.scenario == name]
            problems += _value_problems(bare, parsed, overrides, before, check_sheets)
    return sorted(problems, key=lambda p: (p.row or 0, p.col_index or 0))


def _where(parsed: ScenarioSheet, override: Override, column: str) -> dict:
    return {"sheet": SHEET, "row": override.row, "column": column,
            "col_index": parsed.positions.get(column)}


def _value_problems(bare: Network, parsed: ScenarioSheet, overrides: list[Override],
                    before: set[tuple], check_sheets: SheetCheck) -> list[Problem]:
    modified = sharing_copy(bare, overrides)
    changed: dict[tuple[str, int, str], Override] = {}
    for override in overrides:
        for cell in apply_override(modified, override):
            changed[cell] = override
    problems = []
    edited = {sheet for sheet, _, _ in changed}
    for problem in errors(check_sheets(modified, edited)):
        cause = changed.get((str(problem.sheet), problem.row or 0, str(problem.column)))
        if cause is None or (problem.sheet, problem.row, problem.column,
                             problem.message) in before:
            continue
        override = cause
        column = "value" if override.factor is None else "factor"
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "scenario '{scenario}' makes {cell} invalid: {problem}"),
            scenario=override.scenario, cell=f"{problem.sheet}!{problem.cell}",
            problem=problem.text), sheet=SHEET, row=override.row, column=column,
            col_index=parsed.positions.get(column)))
    return list({(p.row, p.message): p for p in problems}.values())
