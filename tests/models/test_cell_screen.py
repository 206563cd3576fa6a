"""Screening plainly valid cells a column at a time changes no problem validation reports.

The same networks are validated with the screen and with it switched off
(every cell checked one by one, as before it existed): the problems must be
identical, in the same order, for good cells and for every kind of bad one.
"""

import numpy as np
import pandas as pd
import pytest

from twinparks.models import cell_screen, validation
from twinparks.models.network import Formula
from twinparks.models.synthetic import synthetic_network
from twinparks.models.validation import validate

BAD = {  # sheet -> column -> values put into its first rows
    "Sites": {"id": [" padded ", None, 7.0], "country": ["CHN", "*", " my", 5],
              "kind": ["Park", "castle", "", True], "lon": ["103.2", float("inf"), None]},
    "Lanes": {"origin": ["NOWHERE", " " , 12], "cost_per_tonne": [-1.0, "cheap", 10**400, True],
              "capacity_tonnes": [float("nan"), 1e300, Formula("=A1*2")],
              "products": ["steel, nothing", "*", ""]},
    "Plants": {"capacity": [np.float64(5.5), -0.0, 2**70], "product": ["*", "x", None]},
    "Demand": {"quantity": [None, "", "1e3"], "site": ["KTN?", 3.5, None]},
    "Tariffs": {"origin_country": ["*", "C N", "cn"], "rate": [0.5, 11.0, "0.1"]},
}


@pytest.fixture(scope="module")
def good():
    return synthetic_network(3_000, seed=1)


def _with_bad_cells(network):
    network = network.copy()
    for sheet, columns in BAD.items():
        table = network.tables[sheet].astype(object)
        for column, values in columns.items():
            for row, value in enumerate(values):
                table.iat[row, table.columns.get_loc(column)] = value
        network.tables[sheet] = table
    return network


def _unscreened(network, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(validation, "plainly_valid",
                      lambda known, col, values: np.zeros(len(values), dtype=bool))
        return validate(network)


def _texts(problems):
    return [(p.sheet, p.row, p.column, p.severity, str(p.message)) for p in problems]


def test_a_valid_network_has_no_problems_either_way(good, monkeypatch):
    assert _texts(validate(good)) == _texts(_unscreened(good, monkeypatch))


def test_every_kind_of_bad_cell_gets_the_same_problem(good, monkeypatch):
    bad = _with_bad_cells(good)
    screened, unscreened = validate(bad), _unscreened(bad, monkeypatch)
    assert len(unscreened) >= 25  # the bad cells above really are reported
    assert _texts(screened) == _texts(unscreened)


def test_the_screen_passes_only_plain_cells(good):
    sites = validation.schema.columns()["Sites"]
    lon = next(col for col in sites if col.name == "lon")
    values = pd.Series([1.5, "1.5", None, float("inf"), 500.0, 2], dtype=object)
    known = {"Sites": set(), "Products": set(), "tokens": set()}
    assert cell_screen.plainly_valid(known, lon, values).tolist() == [
        True, False, not lon.required, False, False, True]
