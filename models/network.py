"""The network: the planner's tables as read, before and after validation.

A :class:`Network` keeps every cell the planner typed, including unknown
columns and sheets, so that it can be written back unchanged. Each table is
a DataFrame of ``object`` cells whose index is the row label (the Excel row
number for a table read from a workbook) and whose columns are the sheet's
columns in sheet order, known ones under their schema name. Blank cells are
``None``. :func:`resolve` turns a validated network into typed tables with
defaults applied, which is what the LP reads.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

import pandas as pd

from twinparks.models import schema


@dataclass(frozen=True)
class Formula:
    """A formula kept verbatim in an unknown column or sheet (written back as a formula)."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Network:
    """Everything one workbook holds.

    ``tables`` has one entry per schema sheet the workbook has (Settings
    included); ``extra_sheets`` keeps unknown sheets as grids of cell values;
    ``sheet_order`` is the order of all sheets for writing back.
    """

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    extra_sheets: dict[str, list[list[object]]] = field(default_factory=dict)
    sheet_order: list[str] = field(default_factory=list)

    def table(self, sheet: str) -> pd.DataFrame:
        """The sheet's table, or an empty one with the schema columns if absent."""
        if sheet in self.tables:
            return self.tables[sheet]
        return empty_table(sheet)

    def has_sheet(self, sheet: str) -> bool:
        """Tell whether the workbook had the sheet."""
        return sheet in self.tables

    def copy(self) -> Network:
        """A deep copy, safe to edit."""
        return Network(tables={name: df.copy(deep=True) for name, df in self.tables.items()},
                       extra_sheets=copy.deepcopy(self.extra_sheets),
                       sheet_order=list(self.sheet_order))

    def equals(self, other: Network) -> bool:
        """Same sheets, same columns, same cells (row labels ignored)."""
        if set(self.tables) != set(other.tables) or self.extra_sheets != other.extra_sheets:
            return False
        return all(_same_cells(df, other.tables[name]) for name, df in self.tables.items())

    def setting(self, key: str) -> object:
        """A Settings value, typed, with its default when absent or blank."""
        return settings_dict(self)[key]


def _same_cells(left: pd.DataFrame, right: pd.DataFrame) -> bool:
    if list(left.columns) != list(right.columns) or len(left) != len(right):
        return False
    return [list(map(_cell_key, row)) for row in left.itertuples(index=False)] == \
           [list(map(_cell_key, row)) for row in right.itertuples(index=False)]


def _cell_key(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def empty_table(sheet: str) -> pd.DataFrame:
    """A table with the schema's columns and no rows (a new one each call: edit it freely)."""
    if sheet not in _EMPTY:
        _EMPTY[sheet] = pd.DataFrame({name: pd.Series(dtype=object)
                                      for name in schema.column_names(sheet)})
    return _EMPTY[sheet].copy()


_EMPTY: dict[str, pd.DataFrame] = {}


def make_table(sheet: str, rows: list[dict[str, object]], first_row: int = 2) -> pd.DataFrame:
    """Build a table from dicts (missing keys blank), rows labelled from ``first_row``."""
    names = schema.column_names(sheet)
    names += [key for row in rows for key in row if key not in names]
    names = list(dict.fromkeys(names))
    data = [[row.get(name) for name in names] for row in rows]
    index = pd.RangeIndex(first_row, first_row + len(rows))
    return pd.DataFrame(data, columns=names, index=index, dtype=object)


def network_from_rows(sheets: dict[str, list[dict[str, object]]],
                      settings: dict[str, object] | None = None) -> Network:
    """Build a network from plain rows, as a test or a script would write it."""
    network = Network()
    for sheet, rows in sheets.items():
        network.tables[sheet] = make_table(sheet, rows)
    if settings is not None:
        rows = [{"key": "schema_version", "value": schema.SCHEMA_VERSION}] \
            if "schema_version" not in settings else []
        rows += [{"key": key, "value": value} for key, value in settings.items()]
        network.tables["Settings"] = make_table("Settings", rows)
    network.sheet_order = [s for s in schema.SHEETS if s in network.tables]
    return network


def number_value(value: object) -> float:
    """A numeric Settings value (typed and defaulted by :func:`settings_dict`) as a float."""
    assert isinstance(value, int | float | str), value
    return float(value)


def settings_dict(network: Network) -> dict[str, object]:
    """Every known Settings key, typed, defaults filled in (bad values take the default)."""
    values = {key: spec.default_value() for key, spec in schema.settings().items()}
    table = network.table("Settings")
    if "key" not in table or "value" not in table:
        return values
    for key, value in zip(table["key"], table["value"], strict=True):
        name = str(key).strip().lower() if key is not None else ""
        spec = schema.settings().get(name)
        if spec is None or is_blank(value):
            continue
        parsed = parse_setting(spec, value)
        if parsed is not None:
            values[name] = parsed
    return values


def parse_setting(spec: schema.SettingSpec, value: object) -> object | None:
    """The typed value of a Settings cell, or None when it is not valid."""
    if spec.type in ("number", "integer"):
        number = as_number(value)
        if number is None or not spec.range.contains(number):
            return None
        if spec.type == "integer":
            return int(number) if number == int(number) else None
        return number
    text = str(value).strip()
    if spec.type == "solver":
        return text.lower() if text.lower() in schema.SOLVERS else None
    return text


def is_blank(value: object) -> bool:
    """Blank cells: None, NaN or whitespace-only text."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def as_number(value: object) -> float | None:
    """A finite float from a number or numeric text, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an integer of hundreds of digits
            return None
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def as_key(value: object) -> str:
    """An identifier as text: ``101`` and ``101.0`` both become ``"101"``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
