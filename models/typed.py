"""Typed tables: a validated network with defaults applied, as the LP reads it."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from twinparks.models import schema
from twinparks.models.network import Network, as_key, as_number, is_blank, settings_dict

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


def resolve(network: Network) -> TypedNetwork:
    """Typed copy of a network that :func:`models.validation.validate` accepted."""
    tables = {sheet: _resolve_table(sheet, network.table(sheet)) for sheet in TABLE_SHEETS}
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
        return numbers if default is None else numbers.fillna(float(default))
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
