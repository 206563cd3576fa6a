"""What every ``twinparks`` sub-command shares: exit codes, errors, reading, printing problems.

Exit codes (docs/contract.md §5): 0 solved to optimality (or nothing wrong),
2 the workbook is invalid (nothing solved, nothing written), 3 no optimal
plan, 1 anything else — with a one-line message, and a traceback only under
``--debug``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from twinparks.example import resolve_workbook
from twinparks.models.problems import Problem, errors
from twinparks.models.validation import validate
from twinparks.workbook import ReadResult, read_workbook

OK, FAILURE, INVALID, NOT_OPTIMAL = 0, 1, 2, 3


class CliError(Exception):
    """A failure to report in one line with exit code 1."""


def read_argument(argument: str) -> tuple[Path, ReadResult]:
    """The workbook a WORKBOOK argument names (``example`` = the bundled one), read."""
    path = resolve_workbook(argument)
    if not path.is_file() and not path.is_dir():  # a folder is named as such by the reader
        raise CliError(f"no such file: {path}")
    return path, read_workbook(path)


def print_problems(problems: list[Problem], source: str) -> None:
    """Each problem as ``Sheet!C7: message`` on standard error."""
    for problem in problems:
        print(problem.format(source), file=sys.stderr)


def invalid_json(args, problems: list[Problem], source: str) -> int:
    """Exit code 2; under ``--json`` also the problems as one JSON object."""
    if getattr(args, "json", False):
        print(json.dumps({"status": "invalid",
                          "problems": [p.format(source) for p in problems]}, indent=2))
    return INVALID


def valid_network(args):
    """The workbook's network, or None after printing its problems (exit 2)."""
    path, result = read_argument(args.workbook)
    problems = list(result.problems)
    if result.network is not None:
        problems += validate(result.network)
    print_problems(problems, path.name)
    if result.network is None or errors(problems):
        return path, None, problems
    return path, result.network, problems


def json_safe(value):
    """JSON-safe: NaN becomes null, NumPy numbers plain floats."""
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, float | int) and not isinstance(value, bool):
        return None if isinstance(value, float) and math.isnan(value) else value
    if hasattr(value, "item"):
        return json_safe(value.item())
    return value


def dash_or(pattern: str, value) -> str:
    """The value formatted by ``pattern``, or "-" when it is missing (None or NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return pattern.format(value)


def positive_count(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a whole number ≥ 1")
    return value


def refuse_non_xlsx_report(args) -> None:
    """``--report`` must name a .xlsx file: say so before anything is solved."""
    if args.report is not None and args.report.suffix.lower() != ".xlsx":
        raise CliError(f"cannot write a report as '{args.report.suffix or args.report.name}': "
                       f"use a .xlsx file")
