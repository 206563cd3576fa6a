"""Text columns are typed and screened once per distinct text: the same as cell by cell.

``typed._resolve_column``, ``cell_screen`` and the unique-key check take a
column of text in every cell a distinct text at a time (an id column of a
million rows holds a few thousand). A column of pandas' ``str`` dtype calls
itself text even with blanks in it; those and every other column must come
out exactly as the cell-by-cell path makes them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from twinparks.example import example_path
from twinparks.models.network import network_from_rows
from twinparks.models.typed import resolve
from twinparks.models.validation import validate
from twinparks.workbook import read_workbook


def _as_str_dtype(network):
    """A copy whose text columns (text or blank in every cell) have pandas' ``str`` dtype."""
    copy = network.copy()
    for sheet, table in copy.tables.items():
        table = table.copy()
        for name in table.columns:
            cells = table[name]
            text = cells.map(lambda value: value is None or isinstance(value, str))
            if cells.dtype == object and text.all():
                table[name] = cells.astype("str")
        copy.tables[sheet] = table
    return copy


def _with_blanks(network):
    """The example with a blank optional text cell (a site's name)."""
    copy = network.copy()
    sites = copy.tables["Sites"].copy()
    sites.iloc[1, list(sites.columns).index("name")] = None
    copy.tables["Sites"] = sites
    return copy


@pytest.fixture(scope="module")
def example():
    return read_workbook(example_path()).network


def test_str_columns_with_blanks_type_as_object_columns(example):
    network = _with_blanks(example)
    converted = _as_str_dtype(network)
    assert any(str(t[c].dtype) == "str" and t[c].isna().any()
               for t in converted.tables.values() for c in t.columns), "no blank str column"
    plain, typed = resolve(network), resolve(converted)
    for sheet, table in plain.tables.items():
        pd.testing.assert_frame_equal(typed.tables[sheet], table, check_dtype=False)
    assert typed["Sites"]["name"].iloc[1] == ""  # a blank, not a neighbour's text


def test_str_columns_validate_as_object_columns(example):
    network = _with_blanks(example)
    assert [p.format() for p in validate(_as_str_dtype(network))] == \
        [p.format() for p in validate(network)]


@pytest.mark.parametrize("ids", [["P", " P "], ["P", None, "P"], ["p", "P"], [" ", " "]])
def test_repeated_ids_are_found_whatever_the_column_dtype(ids):
    rows = {"Products": [{"id": i, "family": "raw"} for i in ids]}
    plain = network_from_rows(rows)
    converted = _as_str_dtype(plain)
    expected = [p.format() for p in validate(plain) if p.sheet == "Products"]
    assert [p.format() for p in validate(converted) if p.sheet == "Products"] == expected
