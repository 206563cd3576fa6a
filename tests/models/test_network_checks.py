"""Each cross-sheet check reports only on the sheets it declares (scenario checks rely on it).

A scenario's values are checked with ``check_sheets(..., report_on=edited
sheets)``, which skips the checks of ``NETWORK_CHECKS`` whose sheets the
scenario does not edit. A check that reported elsewhere would let a
scenario's error through unseen, so every check is run here on many broken
copies of the bundled dataset and must keep to its sheets.
"""

from __future__ import annotations

import random

import pytest

from twinparks.example import example_path
from twinparks.models.network import Network
from twinparks.models.validation import NETWORK_CHECKS, check_sheets, validate
from twinparks.workbook import read_workbook

BROKEN_VALUES = [None, "", "zz_unknown", -1, 0, 1e15, "1e3", "CN", "KUANTAN", "yes", 2.5]


@pytest.fixture(scope="module")
def example():
    return read_workbook(example_path()).network


def broken_copies(network, count: int, seed: int):
    """Copies of ``network``, each with one to three cells anywhere changed for the worse."""
    rng = random.Random(seed)
    # First what chance seldom makes: a lane from a site to itself, a plant's minimum output
    # above any capacity it can have.
    lanes, plants = network.tables["Lanes"].copy(), network.tables["Plants"].copy()
    lanes.at[lanes.index[0], "destination"] = lanes.at[lanes.index[0], "origin"]
    plants["min_output"] = plants["min_output"].astype(object)
    plants.at[plants.index[0], "min_output"] = 1e15
    for sheet, table in (("Lanes", lanes), ("Plants", plants)):
        yield Network(tables=dict(network.tables, **{sheet: table}),
                      sheet_order=list(network.sheet_order))
    sheets = [s for s in network.tables if len(network.tables[s]) and s != "Scenarios"]
    for _ in range(count):
        broken = Network(tables=dict(network.tables), sheet_order=list(network.sheet_order))
        for _ in range(rng.randint(1, 3)):
            sheet = rng.choice(sheets)
            table = broken.tables[sheet] = broken.tables[sheet].copy()
            row = rng.choice(list(table.index))
            column = rng.choice(list(table.columns))
            if rng.random() < 0.2:  # a row copied over another: duplicate keys
                table.loc[row] = table.loc[rng.choice(list(table.index))].to_numpy()
                continue
            table[column] = table[column].astype(object)
            if rng.random() < 0.5:  # a bad value
                value = rng.choice(BROKEN_VALUES)
            elif rng.random() < 0.5:  # another row's value: duplicates
                value = table.at[rng.choice(list(table.index)), column]
            else:  # another column's value: a lane from a site to itself
                value = table.at[row, rng.choice(list(table.columns))]
            table.at[row, column] = value
        yield broken


def test_every_check_reports_only_on_its_sheets(example):
    seen = {check.__name__: set() for check, _ in NETWORK_CHECKS}
    for broken in broken_copies(example, 500, seed=7):
        for check, sheets in NETWORK_CHECKS:
            for problem in check(broken):
                assert problem.sheet in sheets, (check.__name__, problem)
                seen[check.__name__].add(problem.sheet)
    # the corruptions reach every check (else this test proves nothing about it)
    assert all(seen.values()), seen


def test_a_check_left_out_for_other_sheets_changes_nothing_there(example):
    for broken in broken_copies(example, 15, seed=11):
        full = check_sheets(broken)
        for sheets in ({"Lanes"}, {"Demand"}, {"Plants"}, {"Risks"}, {"Products"}):
            kept = {(p.sheet, p.row, p.column, p.message)
                    for p in check_sheets(broken, report_on=sheets) if p.sheet in sheets}
            assert kept == {(p.sheet, p.row, p.column, p.message)
                            for p in full if p.sheet in sheets}, sheets


def test_the_example_still_validates_without_problems(example):
    assert [p for p in validate(example) if p.severity != "warning"] == []
