"""Typed tables: a validated network with defaults applied, as the LP reads it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from twinparks.models import schema
from twinparks.models.network import (
    Network,
    as_key,
    as_number,
    is_blank,
    number_value,
    settings_dict,
)

TABLE_SHEETS = ("Sites", "Products", "Plants", "Recipes", "Supply", "Lanes", "Demand",
                "Tariffs", "Agreements", "OriginRules", "Investments", "Chokepoints")


@dataclass
class TypedNetwork:
    """Typed DataFrames (one per sheet, known columns only) plus the settings.

    Each table keeps the source row label in a ``row`` column. Numbers are
    floats (NaN only where blank means unlimited or "use the setting"),
    identifiers and references are stripped text, countries upper case.
    """

    tables: dict[str, pd.DataFrame]
    settings: dict[str, object]

    def __getitem__(self, sheet: str) -> pd.DataFrame:
        return self.tables[sheet]

    def number(self, key: str) -> float:
        """A numeric setting as a float (typed and defaulted by ``settings_dict``)."""
        return number_value(self.settings[key])


class TableMemo:
    """Results per table object, for one pass over networks that share tables.

    Validating a workbook with scenarios checks the network once and each
    scenario's copy once; a copy shares every table its overrides leave alone
    (:func:`twinparks.models.scenario_checks.check_scenarios`), so what was
    computed for a table is reused, and only edited tables are worked again.
    The memo holds the tables it has seen, so an id is never reused for
    another table while it lives; nothing may edit a table in place meanwhile.
    """

    def __init__(self) -> None:
        self._typed: dict[tuple[str, int], tuple[pd.DataFrame, pd.DataFrame]] = {}
        self._checked: dict[int, tuple[pd.DataFrame, object, list]] = {}

    def typed(self, sheet: str, network: Network) -> pd.DataFrame:
        """``network``'s ``sheet`` typed (defaults applied), once per table object."""
        table = network.tables.get(sheet)  # an absent sheet: one empty table for all
        key = (sheet, id(table))
        if key not in self._typed:
            self._typed[key] = (table, _resolve_table(sheet, network.table(sheet)))
        return self._typed[key][1]

    def carry_over(self, network: Network) -> TableMemo:
        """A new memo holding what this one knows of ``network``'s tables.

        For the next validation of a copy-on-write snapshot: the tables it
        shares with the one validated before are not checked again, and
        results for tables gone are dropped (so the memo does not grow with
        each edit). Safe while another thread still fills this memo.
        """
        live = {id(table) for table in network.tables.values()}
        memo = TableMemo()
        memo._typed = {key: seen for key, seen in dict(self._typed).items()
                       if seen[0] is None or key[1] in live}
        memo._checked = {key: seen for key, seen in dict(self._checked).items() if key in live}
        return memo

    def checked(self, table: pd.DataFrame, context: object, check: Callable[[], list]) -> list:
        """``check()`` of ``table``, reused while the table and ``context`` are the same."""
        seen = self._checked.get(id(table))
        if seen is None or seen[1] != context:
            seen = (table, context, check())
            self._checked[id(table)] = seen
        return list(seen[2])


# A column of at least this many rows, text in every cell, is typed, screened and checked
# for repeated keys once per distinct text (an id column of a million rows holds a few
# thousand texts); below it finding the distinct texts costs more than it saves (the
# bundled dataset validated in 41 ms cell by cell, 48 ms with every column so).
DISTINCT_TEXT_MIN_ROWS = 1000


def distinct_texts(values: pd.Series | np.ndarray) -> tuple[np.ndarray, list] | None:
    """(the code of each cell, the distinct texts) of a big column of text in every cell.

    None for a column to take cell by cell: shorter than
    :data:`DISTINCT_TEXT_MIN_ROWS`, or anything but text in a cell (a
    column of pandas' ``str`` dtype says it is text with blanks in it too).
    """
    if len(values) < DISTINCT_TEXT_MIN_ROWS or infer_dtype(values, skipna=False) != "string":
        return None
    codes, uniques = pd.factorize(values)
    return None if (codes < 0).any() else (codes, list(uniques))


def resolve(network: Network, memo: TableMemo | None = None) -> TypedNetwork:
    """Typed copy of a network that :func:`models.validation.validate` accepted.

    With a ``memo``, tables it has typed before are shared, not typed again:
    treat them as read-only.
    """
    if memo is None:
        tables = {sheet: _resolve_table(sheet, network.table(sheet)) for sheet in TABLE_SHEETS}
    else:
        tables = {sheet: memo.typed(sheet, network) for sheet in TABLE_SHEETS}
    return TypedNetwork(tables=tables, settings=settings_dict(network))


def _resolve_table(sheet: str, table: pd.DataFrame) -> pd.DataFrame:
    data: dict[str, object] = {"row": list(table.index)}
    for col in schema.columns()[sheet]:
        cells = table[col.name] if col.name in table else pd.Series([None] * len(table),
                                                                     dtype=object)
        data[col.name] = _resolve_column(col, cells.reset_index(drop=True))
    return pd.DataFrame(data)


def _resolve_column(col: schema.Column, cells: pd.Series) -> pd.Series:
    """One column typed at once: numbers through ``pd.to_numeric``, text cell by cell."""
    default = col.default_value()
    if col.is_number:
        numbers = pd.to_numeric(cells, errors="coerce").astype(float)
        missed = numbers.isna() & cells.notna()  # numeric text pandas did not parse, blanks
        if missed.any():
            numbers[missed] = cells[missed].map(_number_or_blank).astype(float)
        return numbers if default is None else numbers.fillna(number_value(default))
    found = distinct_texts(cells)
    if found is not None:  # typed once per distinct text
        codes, texts = found
        typed = np.array([_resolve_text(col, text, default) for text in texts], dtype=object)
        return pd.Series(typed[codes], index=cells.index)  # the dtype map would infer
    return cells.map(lambda cell: _resolve_text(col, cell, default))


def _number_or_blank(cell: object) -> object:
    return float("nan") if is_blank(cell) else as_number(cell)


def _resolve_text(col: schema.Column, cell: object, default: object) -> str:
    if is_blank(cell):
        return "" if default is None else str(default)
    if col.type.startswith("country"):
        return as_key(cell).upper()
    if col.type in ("kind", "yesno"):
        return yes_no(cell) if col.type == "yesno" else as_key(cell).lower()
    if col.type == "change":
        return as_key(cell).upper()
    if col.type == "hs_code":
        return str(cell).strip()
    if col.type == "text":
        return str(cell)
    return as_key(cell)


def yes_no(cell: object) -> str:
    """``yes``/``no`` from a yes/no cell in any letter case (or an Excel TRUE/FALSE)."""
    if isinstance(cell, bool):
        return schema.YES if cell else schema.NO
    return str(cell).strip().lower()


def lane_products(spec: str) -> list[str]:
    """The product ids or families a lane's ``products`` cell names (empty = any)."""
    return [token.strip() for token in spec.split(",") if token.strip()]
