"""Scenarios: overrides applied exactly, validated at their cells, solved like edited copies."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from twinparks.example import example_path
from twinparks.models.network import network_from_rows
from twinparks.models.scenario_runs import biggest_changes, comparison, solve_all_scenarios
from twinparks.models.scenarios import ScenarioError, apply_scenario, scenario_names
from twinparks.models.solve import solve
from twinparks.models.validation import validate
from twinparks.workbook import read_workbook

HEADER = ["scenario", "sheet", "key", "column", "value", "factor"]


def scenario_problems(network):
    """The problems the one validation entry point reports on the Scenarios sheet."""
    return [p for p in validate(network) if p.sheet == "Scenarios"]


def small_network(rows=None):
    network = network_from_rows({
        "Sites": [{"id": "P", "country": "CN", "kind": "park"},
                  {"id": "H", "country": "CN", "kind": "port"},
                  {"id": "M", "country": "MY", "kind": "market"},
                  {"id": "N", "country": "MY", "kind": "market"}],
        "Products": [{"id": "steel", "value_per_unit": 100}, {"id": "ore"}],
        "Plants": [{"id": "K1", "site": "P", "product": "steel", "capacity": 100,
                    "cost_per_unit": 10},
                   {"id": "K2", "site": "M", "product": "steel", "capacity": 30,
                    "cost_per_unit": 40}],
        "Recipes": [{"plant": "K1", "input": "ore", "qty_per_unit": 1.5}],
        "Supply": [{"site": "P", "product": "ore", "cost_per_unit": 2}],
        "Lanes": [{"id": "PH", "origin": "P", "destination": "H", "cost_per_tonne": 1},
                  {"id": "HM", "origin": "H", "destination": "M", "cost_per_tonne": 5,
                   "capacity_tonnes": 60},
                  {"id": "HN", "origin": "H", "destination": "N", "cost_per_tonne": 6},
                  {"id": "PN", "origin": "P", "destination": "N", "cost_per_tonne": 20}],
        "Demand": [{"site": "M", "product": "steel", "quantity": 70},
                   {"site": "N", "product": "steel", "quantity": 40,
                    "penalty_per_unit": 500}],
        "Tariffs": [{"product": "*", "origin_country": "CN", "destination_country": "MY",
                     "rate": 0.05}],
    }, settings={"unmet_penalty": 1000})
    if rows is not None:
        set_scenarios(network, rows)
    return network


def set_scenarios(network, rows, header=HEADER):
    """The Scenarios sheet as a table, rows labelled from Excel row 2."""
    table = pd.DataFrame(rows, columns=header, dtype=object,
                         index=pd.RangeIndex(2, 2 + len(rows)))
    network.tables["Scenarios"] = table.astype(object).where(table.notna(), None)
    if "Scenarios" not in network.sheet_order:
        network.sheet_order.append("Scenarios")


def cell(network, sheet, column, row_position):
    return network.tables[sheet][column].iloc[row_position]


def test_value_and_factor_apply_exactly_and_leave_the_original_alone():
    network = small_network([["tight", "Lanes", "HM", "capacity_tonnes", 10, None],
                             ["tight", "Plants", "K1", "capacity", None, 0.5],
                             ["tight", "Demand", "N/steel", "quantity", None, 1.25],
                             ["tight", "Supply", "P/ore", "cost_per_unit", 3, None],
                             ["tight", "Recipes", "K1/ore", "qty_per_unit", None, 2],
                             ["tight", "Tariffs", "*/CN/MY", "rate", 0.1, None]])
    before = network.copy()
    tight = apply_scenario(network, "tight")
    assert network.equals(before)
    assert cell(tight, "Lanes", "capacity_tonnes", 1) == 10
    assert cell(tight, "Plants", "capacity", 0) == 50
    assert cell(tight, "Plants", "capacity", 1) == 30
    assert cell(tight, "Demand", "quantity", 1) == 50
    assert cell(tight, "Demand", "quantity", 0) == 70
    assert cell(tight, "Supply", "cost_per_unit", 0) == 3
    assert cell(tight, "Recipes", "qty_per_unit", 0) == 3
    assert cell(tight, "Tariffs", "rate", 0) == 0.1


def test_wildcard_changes_every_row_and_blanks_take_their_default():
    network = small_network([["all", "Demand", "*", "quantity", None, 2],
                             ["all", "Demand", "*", "penalty_per_unit", None, 3],
                             ["all", "Lanes", "*", "capacity_tonnes", None, 0.5],
                             ["all", "Plants", "*", "co2_kg_per_unit", None, 2],
                             ["all", "Settings", "carbon_price", "value", 80, None]])
    result = apply_scenario(network, "all")
    assert result.tables["Demand"]["quantity"].tolist() == [140, 80]
    # blank penalty means the Settings unmet_penalty (1000), so it becomes 3000
    assert result.tables["Demand"]["penalty_per_unit"].tolist() == [3000, 1500]
    # blank capacity is unlimited and stays unlimited
    assert result.tables["Lanes"]["capacity_tonnes"].tolist() == [None, 30, None, None]
    assert result.tables["Plants"]["co2_kg_per_unit"].tolist() == [0, 0]
    assert result.setting("carbon_price") == 80


def test_overrides_compose_in_row_order():
    network = small_network([["s", "Plants", "K1", "capacity", 80, None],
                             ["s", "Plants", "K1", "capacity", None, 0.5]])
    assert cell(apply_scenario(network, "s"), "Plants", "capacity", 0) == 40


def test_names_in_sheet_order_base_and_unknown():
    network = small_network([["b", "Plants", "K1", "capacity", 1, None],
                             ["a", "Plants", "K2", "capacity", 1, None],
                             ["b", "Plants", "K2", "capacity", 2, None]])
    assert scenario_names(network) == ["b", "a"]
    assert apply_scenario(network, "base").equals(network)
    with pytest.raises(ScenarioError):
        apply_scenario(network, "nope")
    assert scenario_names(small_network()) == []
    assert scenario_problems(small_network()) == []


@pytest.mark.parametrize("row, column_letter, words", [
    (["s", "Nope", "K1", "capacity", 1, None], "B", "not a sheet"),
    (["s", "Plants", "K9", "capacity", 1, None], "C", "no row of Plants"),
    (["s", "Demand", "M/ore", "quantity", 1, None], "C", "site/product"),
    (["s", "Plants", "K1", "size", 1, None], "D", "not a column"),
    (["s", "Plants", "K1", "id", "K7", None], "D", "identifies the row"),
    (["s", "Plants", "K1", "capacity", 1, 2], "E", "both value and factor"),
    (["s", "Plants", "K1", "capacity", None, None], "E", "neither value nor factor"),
    (["s", "Plants", "K1", "capacity", None, "half"], "F", "not a number"),
    (["s", "Lanes", "HM", "mode", None, 2], "F", "cannot be multiplied"),
    (["s", "Plants", "K1", "capacity", -5, None], "E", "capacity is -5"),
    (["s", "Plants", "K1", "site", "ZZ", None], "E", "not an id on the Sites sheet"),
    (["s", "Settings", "speed", "value", 1, None], "C", "not a setting"),
    ([None, "Plants", "K1", "capacity", 1, None], "A", "scenario is required"),
])
def test_every_bad_override_is_a_problem_at_its_cell(row, column_letter, words):
    network = small_network([["ok", "Plants", "K1", "capacity", 10, None], row])
    problems = scenario_problems(network)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.sheet == "Scenarios" and problem.row == 3
    assert problem.cell == f"{column_letter}3"
    assert words in problem.message
    assert problem.format().startswith(f"Scenarios!{column_letter}3: ")


def test_missing_header_columns_are_reported_on_row_1():
    network = small_network()
    set_scenarios(network, [["s", "Plants", "K1"]], header=["scenario", "sheet", "key"])
    problems = scenario_problems(network)
    assert [p.row for p in problems] == [1, 1]
    assert "'column' is missing" in problems[0].message
    assert "value or factor" in problems[1].message


def test_each_scenario_objective_equals_solving_an_edited_copy():
    network = small_network([["tight", "Lanes", "HM", "capacity_tonnes", 10, None],
                             ["half", "Plants", "K1", "capacity", None, 0.5],
                             ["half", "Demand", "*", "quantity", None, 1.1]])
    results = solve_all_scenarios(network)
    assert [r.name for r in results] == ["base", "tight", "half"]
    edited = small_network()
    edited.tables["Lanes"].iat[1, edited.tables["Lanes"].columns.get_loc("capacity_tonnes")] = 10
    assert results[1].plan.objective == pytest.approx(solve(edited).objective, rel=1e-9)
    edited = small_network()
    edited.tables["Plants"].iat[0, 3] = 50
    edited.tables["Demand"]["quantity"] = [77.0, 44.0]
    assert results[2].plan.objective == pytest.approx(solve(edited).objective, rel=1e-9)
    assert results[0].plan.objective == pytest.approx(solve(small_network()).objective)
    frame = comparison(results)
    assert frame["scenario"].tolist() == ["base", "tight", "half"]
    assert frame["cost_change"].iloc[0] == 0 and frame["cost_change"].iloc[1] > 0
    changes = biggest_changes(results[0].plan, results[1].plan)
    assert "HM" in changes["id"].tolist()
    assert results[1].summary()["scenario"] == "tight"


def test_the_example_with_scenarios_solves_like_edited_copies():
    network = read_workbook(example_path()).network
    set_scenarios(network, [
        ["no_direct", "Lanes", "KTN_QZ_DIRECT", "capacity_tonnes", 0, None],
        ["no_direct", "Lanes", "QZ_KTN_DIRECT", "capacity_tonnes", 0, None],
        ["demand_up", "Demand", "*", "quantity", None, 1.2]])
    assert scenario_problems(network) == []
    assert not [p for p in validate(network) if p.severity == "error"]
    results = solve_all_scenarios(network)
    for result in results[1:]:
        edited = network.copy()
        del edited.tables["Scenarios"]
        lanes, demand = edited.tables["Lanes"], edited.tables["Demand"]
        if result.name == "no_direct":
            mask = lanes["id"].isin(["KTN_QZ_DIRECT", "QZ_KTN_DIRECT"])
            lanes.loc[mask, "capacity_tonnes"] = 0
        else:
            demand["quantity"] = [q * 1.2 for q in demand["quantity"]]
        expected = solve(edited)
        assert result.plan.optimal and expected.optimal
        assert math.isclose(result.plan.objective, expected.objective, rel_tol=1e-9)


def test_validation_checks_the_sheets_once_and_once_per_scenario(monkeypatch):
    from twinparks.models import validation

    calls = []
    check = validation.check_sheets
    monkeypatch.setattr(validation, "check_sheets",
                        lambda net, *more: calls.append(net) or check(net, *more))
    network = small_network([[f"s{i}", "Plants", "K1", "capacity", 10 + i, None]
                             for i in range(5)])
    assert validation.validate(network) == []
    assert len(calls) == 1 + 5
