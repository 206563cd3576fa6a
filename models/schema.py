"""The workbook schema (version 2), described once as data.

``schema.csv`` lists every column of every sheet and ``settings.csv`` every
Settings key; reading, validation, defaults, the ``template`` command, the
GUI's tooltips and the format docs are all driven from these two files, so
adding a column is a one-line change there.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from twinparks.models.problems import QT_TRANSLATE_NOOP, Text, problem_text

SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)
SHEETS = ("Sites", "Products", "Plants", "Recipes", "Supply", "Lanes", "Demand", "Tariffs",
          "Agreements", "OriginRules", "Investments", "Chokepoints", "Risks", "Scenarios",
          "Settings")
YES, NO = "yes", "no"
CHANGES = {"CC": 2, "CTH": 4, "CTSH": 6}  # tariff-shift option → HS digits compared
SITE_KINDS = ("park", "port", "market", "supplier", "hub")
SOLVERS = ("highs", "cbc")
WILDCARD = "*"


@dataclass(frozen=True)
class Range:
    """Allowed interval of a number: ``lower``/``upper`` may be open (strict)."""

    lower: float = -math.inf
    upper: float = math.inf
    lower_strict: bool = False
    upper_strict: bool = False

    @classmethod
    def parse(cls, text: str) -> Range:
        """Read ``>=0``, ``>0``, ``a..b``, ``>a..b``, ``a<..b`` or ``a..<b`` (blank: any).

        The upper ends are magnitude limits as much as business rules: the
        solvers treat numbers near 1e15 and above as infinite or refuse them.
        """
        text = text.strip()
        if not text:
            return cls()
        if text.startswith(">="):
            return cls(lower=float(text[2:]))
        strict = text.startswith(">")
        text = text.lstrip(">")
        if ".." not in text:
            return cls(lower=float(text), lower_strict=strict)
        low, high = text.split("..")
        return cls(lower=float(low.rstrip("<")), upper=float(high.lstrip("<")),
                   lower_strict=strict or low.endswith("<"), upper_strict=high.startswith("<"))

    def contains(self, value: float) -> bool:
        """Tell whether ``value`` lies in the range."""
        above = value > self.lower if self.lower_strict else value >= self.lower
        below = value < self.upper if self.upper_strict else value <= self.upper
        return above and below

    def describe(self) -> str:
        """Say the range in words, for messages."""
        return str(self.text())

    def text(self) -> Text:
        """The range in words as a translatable :class:`Text`."""
        lower = float(self.lower)
        if self.upper == math.inf and self.lower_strict:
            return problem_text(QT_TRANSLATE_NOOP("validation", "> {lower}"), lower=lower)
        if self.upper == math.inf:
            return problem_text(QT_TRANSLATE_NOOP("validation", "≥ {lower}"), lower=lower)
        if self.lower_strict:
            return problem_text(QT_TRANSLATE_NOOP("validation", "> {lower} and ≤ {upper}"),
                                lower=lower, upper=float(self.upper))
        if self.upper_strict:
            return problem_text(QT_TRANSLATE_NOOP("validation", "≥ {lower} and < {upper}"),
                                lower=lower, upper=float(self.upper))
        return problem_text(QT_TRANSLATE_NOOP("validation", "between {lower} and {upper}"),
                            lower=lower, upper=float(self.upper))


@dataclass(frozen=True)
class Column:
    """One column of a sheet."""

    sheet: str
    name: str
    type: str
    unit: str
    default: str
    required: bool
    range: Range
    help: str

    @property
    def is_number(self) -> bool:
        """Numeric columns hold floats."""
        return self.type in ("number", "integer")

    @property
    def target(self) -> str | None:
        """The sheet a reference column points to (``ref:Sites`` → ``Sites``)."""
        return self.type.split(":", 1)[1] if ":" in self.type else None

    @property
    def allows_wildcard(self) -> bool:
        """Tariff keys accept ``*`` for "any"."""
        return self.type.split(":", 1)[0].endswith("*")

    def default_value(self) -> object:
        """The value a blank cell takes (None when there is no default)."""
        if self.default == "":
            return None
        return float(self.default) if self.is_number else self.default


@dataclass(frozen=True)
class SettingSpec:
    """One key of the Settings sheet."""

    key: str
    type: str
    unit: str
    default: str
    range: Range
    help: str

    def default_value(self) -> object:
        """The value the key takes when absent or blank."""
        if self.type == "integer":
            return int(self.default)
        if self.type == "number":
            return float(self.default)
        return self.default


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("twinparks.models").joinpath(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def columns() -> dict[str, tuple[Column, ...]]:
    """All known columns, by sheet, in schema order."""
    by_sheet: dict[str, list[Column]] = {sheet: [] for sheet in SHEETS}
    for row in _rows("schema.csv"):
        by_sheet[row["sheet"]].append(Column(
            sheet=row["sheet"], name=row["column"], type=row["type"], unit=row["unit"],
            default=row["default"], required=row["required"] == "yes",
            range=Range.parse(row["range"]), help=row["help"]))
    return {sheet: tuple(cols) for sheet, cols in by_sheet.items()}


@cache
def settings() -> dict[str, SettingSpec]:
    """All known Settings keys, in schema order."""
    return {row["key"]: SettingSpec(key=row["key"], type=row["type"], unit=row["unit"],
                                    default=row["default"], range=Range.parse(row["range"]),
                                    help=row["help"])
            for row in _rows("settings.csv")}


def column(sheet: str, name: str) -> Column:
    """Look one column up by sheet and name."""
    for col in columns()[sheet]:
        if col.name == name:
            return col
    raise KeyError(f"{sheet}.{name}")


def column_names(sheet: str) -> list[str]:
    """Names of the known columns of ``sheet``, in schema order."""
    return [col.name for col in columns()[sheet]]


def id_column(sheet: str) -> str | None:
    """The sheet's ``id`` column, if it has one."""
    return next((col.name for col in columns()[sheet] if col.type == "id"), None)


def reference_column(sheet: str) -> str | None:
    """The column other sheets refer to: ``id``, or ``agreement`` on Agreements (it repeats)."""
    return next((col.name for col in columns()[sheet] if col.type in ("id", "group")), None)


# Sheets a workbook must have; at least one of Plants/Supply is checked separately.
REQUIRED_SHEETS = ("Sites", "Products", "Demand")
SOURCE_SHEETS = ("Plants", "Supply")
