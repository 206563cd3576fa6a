"""What the command line tells a planner: examples and exit codes, progress, JSON tables.

Each sub-command's ``--help`` ends with examples and the exit codes
(docs/contract.md §5); long commands show their progress on standard error
when it is a terminal (never in a pipe or a log file).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from typing import TextIO

import pandas as pd

EXIT_CODES = """exit codes:
  0  solved to proven optimality (or: no errors, file written)
  2  the workbook is invalid: nothing is solved, nothing is written
  3  no optimal plan (time limit, solver failure, cancelled)
  1  anything else, with a one-line message (--debug before the command shows a traceback)"""

EXAMPLES = {
    "twinparks": ["twinparks                          # the desktop app on the bundled dataset",
                  "twinparks solve example --report plan.pdf",
                  "twinparks validate plan.xlsx",
                  "twinparks COMMAND --help           # the options of one command"],
    "gui": ["twinparks gui plan.xlsx", "twinparks gui example --lang zh_CN"],
    "solve": ["twinparks solve example",
              "twinparks solve plan.xlsx --report plan-report.xlsx",
              "twinparks solve plan.xlsx --json --tables > plan.json",
              "twinparks solve plan.xlsx --solver cbc --time-limit 120"],
    "validate": ["twinparks validate plan.xlsx", "twinparks validate plan.xlsx | grep Lanes!"],
    "template": ["twinparks template new-plan.xlsx"],
    "example": ["twinparks example qinzhou_kuantan.xlsx"],
    "scenarios": ["twinparks scenarios plan.xlsx",
                  "twinparks scenarios plan.xlsx --report comparison.xlsx",
                  "twinparks scenarios plan.xlsx --json"],
    "stress": ["twinparks stress example --top 10",
               "twinparks stress plan.xlsx --json > ranking.json"],
    "risk": ["twinparks risk plan.xlsx --samples 1000 --seed 1",
             "twinparks risk plan.xlsx --workers 2 --json > risk.json",
             "twinparks risk plan.xlsx --report risk.xlsx"],
}
# The result tables --json --tables adds, under the plan's column names (the report's
# sheets show the same columns, with units in their headers).
JSON_TABLES = ("production", "lanes", "flows", "demand", "supply", "bottlenecks")


def epilog(command: str) -> str:
    """Examples of ``command`` followed by the exit codes."""
    lines = "\n".join(f"  {example}" for example in EXAMPLES[command])
    return f"examples:\n{lines}\n\n{EXIT_CODES}"


def command_help(command: str) -> dict[str, object]:
    """Keyword arguments of ``add_parser`` that end its help with examples and exit codes."""
    return {"epilog": epilog(command), "formatter_class": argparse.RawDescriptionHelpFormatter}


def tty_progress(label: str, stream: TextIO | None = None) -> Callable[..., None] | None:
    """A ``progress(done, total, ...)`` that redraws one line on a terminal; None elsewhere."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None

    def report(done: int, total: int, *_: object) -> None:
        stream.write(f"\r{label}: {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return report


def json_safe(value):
    """JSON-safe: NaN becomes null, NumPy numbers plain numbers, recursively."""
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    if isinstance(value, float | int) and not isinstance(value, bool):
        return None if isinstance(value, float) and math.isnan(value) else value
    if hasattr(value, "item"):
        return json_safe(value.item())
    return value


def table_records(tables: dict[str, pd.DataFrame]) -> dict[str, list[dict[str, object]]]:
    """The plan's result tables as lists of records (``--json --tables``)."""
    return {name: json_safe(tables[name].to_dict("records")) for name in JSON_TABLES}
