"""The results, described once as data: every table and column of a plan.

``results.csv`` lists, per result table, its columns in order with their
kind (``id``, ``text``, ``count``, ``quantity``, ``tonnes``, ``money``,
``price``, ``share``, ``ratio``, ``days``, ``flag``), unit (``{currency}`` is
the workbook's currency), label and help. Two pseudo-tables describe the
figures of ``solve --json``: ``summary`` (the KPIs) and ``costs`` (the parts
of the objective). The plan's DataFrames, the Excel report's headers and
number formats, the GUI's result columns, the PDF tables and the JSON all
read it, so adding a result column is one line there (and its computation
in :mod:`twinparks.models.plan`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

TABLES = ("production", "lanes", "flows", "demand", "supply", "bottlenecks", "duty", "origin")
# A capacity binds when it is full to this share, or when its shadow price is positive.
BINDING_UTILISATION = 0.999


@dataclass(frozen=True)
class ResultColumn:
    """One column of a result table (or one KPI / cost part)."""

    table: str
    name: str
    kind: str
    unit: str
    label: str
    help: str

    @property
    def is_number(self) -> bool:
        """Numbers (not ids, texts or flags)."""
        return self.kind not in ("id", "text", "flag")

    def unit_text(self, currency: str) -> str:
        """The unit with the currency put in, e.g. ``USD/yr``."""
        return self.unit.replace("{currency}", currency)

    def header(self, currency: str) -> str:
        """``label (unit)``, e.g. ``Cost (USD/yr)``."""
        unit = self.unit_text(currency)
        return f"{self.label} ({unit})" if unit else self.label


@cache
def _all() -> dict[str, tuple[ResultColumn, ...]]:
    text = resources.files("twinparks.models").joinpath("results.csv").read_text("utf-8")
    by_table: dict[str, list[ResultColumn]] = {}
    for row in csv.DictReader(text.splitlines()):
        by_table.setdefault(row["table"], []).append(ResultColumn(
            table=row["table"], name=row["column"], kind=row["kind"], unit=row["unit"],
            label=row["label"], help=row["help"]))
    return {table: tuple(columns) for table, columns in by_table.items()}


def columns(table: str) -> tuple[ResultColumn, ...]:
    """The columns of a result table (or ``summary``, ``costs``), in order."""
    return _all()[table]


def column(table: str, name: str) -> ResultColumn:
    """One column of a result table."""
    return next(c for c in columns(table) if c.name == name)


def names(table: str) -> list[str]:
    """The column names of a result table, in order."""
    return [c.name for c in columns(table)]


def cost_label(part: str) -> str:
    """The English name of a cost part (``costs`` of ``solve --json``)."""
    return column("costs", part).label


COLUMNS = {table: names(table) for table in TABLES}
COST_KEYS = tuple(names("costs"))
KPI_KEYS = tuple(names("summary"))
