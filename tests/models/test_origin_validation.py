"""Schema-2 validation: every origin problem is a value with its sheet and cell."""

from __future__ import annotations

import copy

import pytest

from tests.models.test_origin import RVC_TYRES, cth_network
from twinparks.models.network import network_from_rows
from twinparks.models.problems import WARNING, errors
from twinparks.models.validation import validate


def problems_of(sheets, settings=None):
    return validate(network_from_rows(sheets, settings or {"unmet_penalty": 10_000}))


def where(problems):
    return [p.where for p in errors(problems)]


def changed(base, sheet, row, **cells):
    sheets = copy.deepcopy(base)
    sheets[sheet][row].update(cells)
    return sheets


def test_the_hand_networks_are_valid():
    assert errors(problems_of(RVC_TYRES)) == []
    assert errors(problems_of(cth_network(0.05))) == []


@pytest.mark.parametrize(("sheet", "row", "cells", "cell", "words"), [
    ("Tariffs", 1, {"agreement": "RCEPP"}, "Tariffs!E3", "not an id on the Agreements"),
    ("OriginRules", 0, {"agreement": "AFTA"}, "OriginRules!A2", "not an id on the Agreements"),
    ("OriginRules", 0, {"rvc": 1.5}, "OriginRules!C2", "> 0 and ≤ 1"),
    ("OriginRules", 0, {"rvc": 0}, "OriginRules!C2", "> 0 and ≤ 1"),
    ("OriginRules", 0, {"change": "CTX"}, "OriginRules!D2", "CC (chapter), CTH"),
    ("OriginRules", 0, {"de_minimis": 1}, "OriginRules!E2", "≥ 0 and < 1"),
    ("OriginRules", 0, {"product": "tyres2"}, "OriginRules!B2", "neither a product id nor"),
    ("OriginRules", 0, {"rvc": None}, "OriginRules!C2", "neither rvc nor change"),
    ("Supply", 0, {"originating": "maybe"}, "Supply!F2", "write yes or no"),
    ("Supply", 0, {"origin_country": "AUS"}, "Supply!E2", "ISO 3166"),
    ("Agreements", 0, {"country": "Thailand"}, "Agreements!B2", "ISO 3166"),
    ("Products", 0, {"hs_code": "40a1"}, "Products!G2", "not an HS code"),
    ("Products", 0, {"hs_code": "401"}, "Products!G2", "at least 4 digits"),
    ("Products", 0, {"hs_code": 4011.1}, "Products!G2", "is a number"),
])
def test_each_origin_problem_names_its_cell(sheet, row, cells, cell, words):
    problems = errors(problems_of(changed(RVC_TYRES, sheet, row, **cells)))
    assert [p.where for p in problems] == [cell], [p.format() for p in problems]
    assert words in problems[0].message


def test_member_listed_twice_in_any_letter_case():
    sheets = copy.deepcopy(RVC_TYRES)
    sheets["Agreements"].append({"agreement": "RCEP", "country": "my"})
    assert where(problems_of(sheets)) == ["Agreements!A5"]


def test_two_rules_of_one_agreement_for_the_same_product():
    sheets = copy.deepcopy(RVC_TYRES)
    sheets["OriginRules"].append({"agreement": "RCEP", "product": "tyres", "change": "CTH"})
    sheets["OriginRules"].append({"agreement": "RCEP", "product": "tyre", "change": "CTH"})
    assert where(problems_of(sheets)) == ["OriginRules!A3"]


def test_general_and_preferential_rows_do_not_compete_but_two_of_one_agreement_do():
    sheets = copy.deepcopy(RVC_TYRES)
    sheets["Tariffs"].append({"agreement": "RCEP", "product": "tyre", "origin_country": "*",
                              "destination_country": "CN", "rate": 0.01})
    assert errors(problems_of(sheets)) == []
    sheets["Tariffs"].append({"agreement": "RCEP", "product": "*", "origin_country": "MY",
                              "destination_country": "CN", "rate": 0.02})
    assert where(problems_of(sheets)) == ["Tariffs!A5"]


def test_a_change_rule_needs_the_hs_codes_it_compares():
    """CTH compares 4 digits of the product and of every input of a member's plant."""
    sheets = cth_network(0.05)
    sheets["Products"][2]["hs_code"] = None  # strip, an input
    assert where(problems_of(sheets)) == ["Products!G4"]
    sheets = cth_network(0.05)
    sheets["OriginRules"][0]["change"] = "CTSH"
    sheets["Products"][0]["hs_code"] = "7210"  # 4 digits; CTSH compares 6
    problems = errors(problems_of(sheets))
    assert [p.where for p in problems] == ["Products!G2"]
    assert "at least 6 digits" in problems[0].message


def test_a_scenario_that_shortens_an_hs_code_a_rule_compares_is_blamed():
    """The typed origin checks run for a scenario that edits Products, not for one that doesn't.

    Under CTSH every code needs 6 digits: a scenario writing "7210" (4) into
    coated's hs_code is an error at its value cell; one scaling the lane's
    cost is not, and validation skips the typed checks for it.
    """
    sheets = cth_network(0.05)
    sheets["OriginRules"][0]["change"] = "CTSH"
    sheets["Scenarios"] = [
        {"scenario": "short code", "sheet": "Products", "key": "coated",
         "column": "hs_code", "value": "7210"},
        {"scenario": "dear freight", "sheet": "Lanes", "key": "K-C",
         "column": "cost_per_tonne", "factor": 2}]
    problems = errors(problems_of(sheets))
    assert [p.where for p in problems] == ["Scenarios!E2"]
    assert "short code" in problems[0].message and "at least 6 digits" in problems[0].message


def test_yes_no_in_any_letter_case():
    for text in ("YES", "No", "nO", True):
        assert errors(problems_of(changed(RVC_TYRES, "Supply", 0, originating=text))) == []


TRANSHIP = {
    "Sites": [{"id": "K", "country": "MY"}, {"id": "S", "country": "SG"},
              {"id": "C", "country": "CN"}],
    "Products": [{"id": "steel", "value_per_unit": 100}],
    "Supply": [{"site": "K", "product": "steel"}],
    "Lanes": [{"id": "K-S", "origin": "K", "destination": "S"},
              {"id": "S-C", "origin": "S", "destination": "C"},
              {"id": "S-C2", "origin": "S", "destination": "C"}],
    "Demand": [{"site": "C", "product": "steel", "quantity": 10}],
}


def test_schema1_workbook_warns_once_per_transhipment_lane():
    problems = problems_of(TRANSHIP, {"schema_version": 1})
    warnings = [p for p in problems if p.severity == WARNING]
    assert [p.where for p in warnings] == ["Lanes!B3", "Lanes!B4"]
    assert "paid once, by origin" in warnings[0].message
    assert errors(problems) == []


def test_schema2_workbook_gets_no_migration_warning():
    assert problems_of(TRANSHIP, {"schema_version": 2}) == []
