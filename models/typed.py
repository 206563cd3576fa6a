"""Typed tables: a validated network with defaults applied, as the LP reads it."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models import schema
from models.network import Network, as_key, as_number, is_blank, settings_dict

TABLE_SHEETS = ("Sites", "Products", "Plants", "Recipes", "Supply", "Lanes", "Demand",
                "Tariffs")


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
        cells = list(table[col.name]) if col.name in table else [None] * len(table)
        data[col.name] = [_resolve_cell(col, cell) for cell in cells]
    frame = pd.DataFrame(data)
    for col in schema.columns()[sheet]:
        if col.is_number:
            frame[col.name] = frame[col.name].astype(float)
    return frame


def _resolve_cell(col: schema.Column, cell: object) -> object:
    if is_blank(cell):
        default = col.default_value()
        if col.is_number:
            return float("nan") if default is None else default
        return "" if default is None else default
    if col.is_number:
        return as_number(cell)
    if col.type.startswith("country"):
        return as_key(cell).upper()
    if col.type in ("kind",):
        return as_key(cell).lower()
    if col.type == "text":
        return str(cell)
    return as_key(cell)


def lane_products(spec: str) -> list[str]:
    """The product ids or families a lane's ``products`` cell names (empty = any)."""
    return [token.strip() for token in spec.split(",") if token.strip()]
