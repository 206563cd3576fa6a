"""Big text columns are typed and screened once per distinct text: the same as cell by cell.

``typed._resolve_column``, ``cell_screen`` and the unique-key check take a
column of :data:`~twinparks.models.typed.DISTINCT_TEXT_MIN_ROWS` rows or more,
text in every cell, a distinct text at a time (an id column of a million rows
holds a few thousand). Here the threshold is lowered to 0, so that the
bundled dataset and small tables take that path, and every result is
compared with the cell-by-cell one. A column of pandas' ``str`` dtype calls
itself text even with blanks in it: those must come out right too.
"""

from __future__ import annotations

import pandas as pd
import pytest

from twinparks.example import example_path
from twinparks.models import typed
from twinparks.models.network import network_from_rows
from twinparks.models.typed import resolve
from twinparks.models.validation import validate
from twinparks.workbook import read_workbook

CELL_BY_CELL = 10 ** 12


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


@pytest.fixture(scope="module")
def example():
    """The example with a blank optional text cell (a site's name)."""
    network = read_workbook(example_path()).network.copy()
    sites = network.tables["Sites"].copy()
    sites.iloc[1, list(sites.columns).index("name")] = None
    network.tables["Sites"] = sites
    return network


def _both_ways(monkeypatch, run):
    """``run()`` cell by cell, then with every column taken a distinct text at a time."""
    monkeypatch.setattr(typed, "DISTINCT_TEXT_MIN_ROWS", CELL_BY_CELL)
    slow = run()
    monkeypatch.setattr(typed, "DISTINCT_TEXT_MIN_ROWS", 0)
    return slow, run()


@pytest.mark.parametrize("dtype", ["object", "str"])
def test_text_columns_type_the_same_either_way(example, monkeypatch, dtype):
    network = example if dtype == "object" else _as_str_dtype(example)
    if dtype == "str":
        assert network.tables["Sites"]["name"].isna().any()  # a blank in a str column
    slow, fast = _both_ways(monkeypatch, lambda: resolve(network))
    for sheet, table in slow.tables.items():
        pd.testing.assert_frame_equal(fast.tables[sheet], table)
    assert fast["Sites"]["name"].iloc[1] == ""  # a blank, not a neighbour's text


@pytest.mark.parametrize("dtype", ["object", "str"])
def test_text_columns_validate_the_same_either_way(example, monkeypatch, dtype):
    sheets = {"Sites": [{"id": "A", "name": "x", "country": "cn", "kind": "port"},
                        {"id": " A ", "country": "XYZ", "kind": "market"},
                        {"id": "B", "country": "MY", "kind": "nowhere"}]}
    for network in (example, network_from_rows(sheets)):
        network = network if dtype == "object" else _as_str_dtype(network)
        slow, fast = _both_ways(monkeypatch, lambda n=network: [p.format() for p in validate(n)])
        assert fast == slow


@pytest.mark.parametrize("ids", [["P", " P "], ["P", None, "P"], ["p", "P"], [" ", " "],
                                 ["P", "Q"]])
@pytest.mark.parametrize("dtype", ["object", "str"])
def test_repeated_ids_are_found_either_way(monkeypatch, ids, dtype):
    network = network_from_rows({"Products": [{"id": i, "family": "raw"} for i in ids]})
    network = network if dtype == "object" else _as_str_dtype(network)
    slow, fast = _both_ways(monkeypatch, lambda: [p.format() for p in validate(network)
                                                  if p.sheet == "Products"])
    assert fast == slow
    assert any("appears again" in p for p in slow) == (ids in (["P", " P "], ["P", None, "P"]))
