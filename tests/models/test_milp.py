"""Investments, minimum outputs and chokepoint shares: hand-derived MILP optima, both solvers.

Every network is one product (``steel``, 1 t per unit) made by plant P at
site S (CN) and shipped to market M (CN) on lane S>M, unless said otherwise.
"""

from __future__ import annotations

import numpy as np
import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

SOLVERS = ["highs", "cbc"]


def network(plant: dict, demand: float, penalty: float, investments=(), lanes=None,
            supply=(), chokepoints=(), settings=None):
    sheets = {
        "Sites": [{"id": "S", "country": "CN", "kind": "park"},
                  {"id": "M", "country": "CN", "kind": "market"}],
        "Products": [{"id": "steel", "tonnes_per_unit": 1}],
        "Plants": [{"id": "P", "site": "S", "product": "steel", **plant}],
        "Lanes": lanes or [{"id": "S>M", "origin": "S", "destination": "M",
                            "cost_per_tonne": 5, "capacity_tonnes": 10_000}],
        "Demand": [{"site": "M", "product": "steel", "quantity": demand,
                    "penalty_per_unit": penalty}],
    }
    for name, rows in (("Investments", investments), ("Supply", supply),
                       ("Chokepoints", chokepoints)):
        if rows:
            sheets[name] = list(rows)
    return network_from_rows(sheets, settings or {})


def solved(net, solver):
    assert not errors(validate(net)), errors(validate(net))
    plan = solve(net, SolveOptions(solver=solver, time_limit=60))
    assert plan.status == "optimal", (plan.status, plan.message)
    return plan


@pytest.mark.parametrize("solver", SOLVERS)
def test_two_of_three_modules_are_built(solver):
    """Plant capacity 0; a module adds 100 units for 20 000/yr; demand 220 at penalty 1 000.

    Each unit made and shipped costs 10 + 5 = 15 and saves 1 000 of penalty,
    so a full module saves 100·985 = 98 500 > 20 000, but the third would
    serve only 20 units: 20·985 = 19 700 < 20 000. Optimum: 2 modules,
    200 made, 20 unmet: 200·15 + 20·1 000 + 2·20 000 = 63 000 (3 modules:
    220·15 + 60 000 = 63 300; 1 module: 1 500 + 120 000 + 20 000 = 141 500).
    """
    plan = solved(network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3}]), solver)
    assert plan.objective == pytest.approx(63_000, rel=1e-6)
    assert plan.costs["investment"] == pytest.approx(40_000)
    assert sum(plan.costs.values()) == pytest.approx(plan.objective)
    row = plan.investments.iloc[0]
    assert (row["modules"], row["capacity_added"]) == (2, 200)
    assert plan.production.iloc[0]["capacity"] == pytest.approx(200)
    assert plan.gap is not None and plan.gap <= 1e-4 and plan.fixed_lp_duals
    # Without the modules nothing is made: 220 · 1 000 = 220 000, 157 000 more.
    assert row["cost_of_not_investing"] == pytest.approx(157_000, rel=1e-6)


def test_a_plan_asked_not_to_cost_its_investments_is_the_same_plan_without_that_column():
    """The network above with ``cost_investments=False``: 2 modules, 63 000, no re-solve."""
    net = network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3}])
    plan = solve(net, SolveOptions(cost_investments=False))
    assert plan.optimal and plan.objective == pytest.approx(63_000, rel=1e-6)
    assert plan.investments.iloc[0]["modules"] == 2
    assert np.isnan(plan.investments.iloc[0]["cost_of_not_investing"])
    assert "investments" not in plan.timings  # the re-solves did not run


@pytest.mark.parametrize("solver", SOLVERS)
def test_committed_modules_are_built_whatever_they_save(solver):
    """The same with min_modules 3: all three are built, 220·15 + 3·20 000 = 63 300."""
    plan = solved(network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3, "min_modules": 3}]), solver)
    assert plan.objective == pytest.approx(63_300, rel=1e-6)
    assert plan.investments.iloc[0]["modules"] == 3
    assert np.isnan(plan.investments.iloc[0]["cost_of_not_investing"])  # nothing optional


@pytest.mark.parametrize("solver", SOLVERS)
def test_min_output_switches_a_plant_off(solver):
    """Capacity 100, min_output 80, cost 10 (lane cost 0); demand 50 at penalty 12.

    Only 50 can be delivered, below the minimum of 80, so the plant is off
    and all 50 go unmet: 600 (without the minimum it would make 50 for 500).
    """
    lane = [{"id": "S>M", "origin": "S", "destination": "M", "cost_per_tonne": 0}]
    plan = solved(network({"capacity": 100, "cost_per_unit": 10, "min_output": 80}, 50, 12,
                          lanes=lane), solver)
    assert plan.objective == pytest.approx(600, rel=1e-6)
    assert not plan.production.iloc[0]["running"]
    assert plan.summary()["plants_off"] == ["P"]


@pytest.mark.parametrize("solver", SOLVERS)
def test_min_output_keeps_a_plant_on_when_it_pays(solver):
    """Demand 90 instead: making 90 (≥ 80) costs 900 < 90·12 = 1 080 unmet."""
    lane = [{"id": "S>M", "origin": "S", "destination": "M", "cost_per_tonne": 0}]
    plan = solved(network({"capacity": 100, "cost_per_unit": 10, "min_output": 80}, 90, 12,
                          lanes=lane), solver)
    assert plan.objective == pytest.approx(900, rel=1e-6)
    assert plan.production.iloc[0]["running"]


@pytest.mark.parametrize("solver", SOLVERS)
def test_a_chokepoint_share_forces_a_second_route(solver):
    """Supply at S (free), lanes MALACCA (1/t) and SUNDA (3/t) to M; demand 100 at 1 000.

    MALACCA may carry at most 60 % of the tonnes delivered: 60 on MALACCA,
    40 on SUNDA, 60 + 120 = 180 (without the limit: 100). Each tonne the
    limit allows more saves 3 − 1 = 2: the row's shadow price.
    """
    lanes = [{"id": "MALACCA", "origin": "S", "destination": "M", "cost_per_tonne": 1},
             {"id": "SUNDA", "origin": "S", "destination": "M", "cost_per_tonne": 3}]
    net = network({"capacity": 0}, 100, 1000, lanes=lanes,
                  supply=[{"site": "S", "product": "steel"}],
                  chokepoints=[{"id": "MALACCA_ROUTE", "lanes": "MALACCA", "max_share": 0.6}])
    plan = solved(net, solver)
    assert plan.objective == pytest.approx(180, rel=1e-6)
    row = plan.chokepoints.iloc[0]
    assert row["tonnes"] == pytest.approx(60) and row["share"] == pytest.approx(0.6)
    assert row["shadow_price"] == pytest.approx(2, rel=1e-6)


def test_a_network_without_investments_is_still_an_lp():
    plan = solved(network({"capacity": 100}, 50, 1000), "highs")
    assert not plan.fixed_lp_duals and plan.gap == 0.0
    assert plan.objective == pytest.approx(250)


@pytest.mark.parametrize(("sheet", "rows", "cell", "words"), [
    ("Investments", [{"id": "X", "plant": "P", "lane": "S>M", "capacity": 1, "annual_cost": 1}],
     "Investments!B2", "exactly one plant or one lane"),
    ("Investments", [{"id": "X", "capacity": 1, "annual_cost": 1}], "Investments!B2",
     "exactly one plant or one lane"),
    ("Investments", [{"id": "X", "plant": "P", "capacity": 1, "annual_cost": 1,
                      "max_modules": 2, "min_modules": 3}], "Investments!F2", "at least"),
    ("Investments", [{"id": "X", "plant": "P", "capacity": 1, "annual_cost": 1,
                      "max_modules": 2.5}], "Investments!F2", "whole number"),
    ("Investments", [{"id": "X", "lane": "NOPE", "capacity": 1, "annual_cost": 1}],
     "Investments!C2", "not an id on the Lanes sheet"),
    ("Chokepoints", [{"id": "G", "lanes": "S>M, NOPE"}], "Chokepoints!B2", "NOPE"),
    ("Chokepoints", [{"id": "G", "sites": "ATLANTIS"}], "Chokepoints!C2", "ATLANTIS"),
    ("Chokepoints", [{"id": "G", "max_share": 0.5}], "Chokepoints!B2", "no lanes and no sites"),
    ("Chokepoints", [{"id": "G", "lanes": " , ", "sites": ","}], "Chokepoints!B2",
     "no lanes and no sites"),
    ("Chokepoints", [{"id": "G", "lanes": "S>M", "max_share": 1.5}], "Chokepoints!E2",
     "between 0"),
])
def test_bad_investments_and_chokepoints_name_their_cell(sheet, rows, cell, words):
    net = network({"capacity": 10}, 5, 100)
    net.tables[sheet] = network_from_rows({sheet: rows}).tables[sheet]
    found = [p for p in errors(validate(net)) if p.where == cell]
    assert found and words in found[0].message, [p.format() for p in errors(validate(net))]


def test_lane_modules_need_a_lane_capacity():
    lanes = [{"id": "S>M", "origin": "S", "destination": "M"}]
    net = network({"capacity": 10}, 5, 100, lanes=lanes, investments=[
        {"id": "X", "lane": "S>M", "capacity": 1, "annual_cost": 1}])
    assert [p.where for p in errors(validate(net))] == ["Investments!C2"]


def test_min_output_above_every_possible_capacity_is_an_error():
    net = network({"capacity": 10, "min_output": 31}, 5, 100, investments=[
        {"id": "X", "plant": "P", "capacity": 10, "annual_cost": 1, "max_modules": 2}])
    found = errors(validate(net))
    assert [p.where for p in found] == ["Plants!G2"] and "30" in found[0].message


def test_a_negative_mip_gap_is_an_error():
    net = network({"capacity": 10}, 5, 100, settings={"mip_gap": -0.1})
    assert [p.where for p in errors(validate(net))] == ["Settings!B3"]


def big_milp():
    """A 2e4-variable synthetic network with modules and a min_output on every plant."""
    from twinparks.models.network import make_table
    from twinparks.models.synthetic import synthetic_network

    net = synthetic_network(20_000, 1)
    plants = net.tables["Plants"]
    net.tables["Investments"] = make_table("Investments", [
        {"id": f"INV_{p}", "plant": p, "capacity": 1000, "annual_cost": 50_000,
         "max_modules": 5} for p in plants["id"]])
    plants["min_output"] = [1000.0] * len(plants)
    return net


@pytest.mark.parametrize("solver", SOLVERS)
def test_a_milp_that_runs_out_of_time_says_so(solver, tmp_path, capsys):
    """Stopped after 1 ms, long before HiGHS or CBC can prove anything: never "optimal"."""
    from twinparks.cli import main
    from twinparks.workbook import write_workbook

    net = big_milp()
    path = tmp_path / "milp.xlsx"
    write_workbook(net, path)
    code = main(["solve", str(path), "--json", "--solver", solver, "--time-limit", "0.001"])
    out = capsys.readouterr().out
    assert code == 3 and '"status": "time_limit"' in out


def test_an_incumbent_at_the_time_limit_is_kept_with_its_status():
    """The two-of-three network's optimum handed back as a time-limit incumbent."""
    from twinparks.models import lp as lp_module
    from twinparks.models import milp
    from twinparks.models.plan import extract
    from twinparks.models.solvers import TIME_LIMIT, SolverOutcome, solve_highs
    from twinparks.models.typed import resolve

    net = network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3}])
    typed = resolve(net)
    lp = milp.extend(typed, lp_module.build(typed))
    best = solve_highs(lp, 60)
    incumbent = SolverOutcome(TIME_LIMIT, "the best plan found is kept", best.objective,
                              best.x, None, gap=0.05, bound=best.objective * 0.95)
    plan = extract(typed, lp, incumbent, "highs")
    assert plan.status == "time_limit" and not plan.optimal
    assert plan.objective == pytest.approx(63_000) and plan.gap == 0.05
    assert plan.investments.iloc[0]["modules"] == 2


def test_reports_carry_the_investment_plan(tmp_path):
    """The Excel report gets an Investment plan sheet with its chart; the PDF a section."""
    import openpyxl

    from twinparks.report import write_report

    net = network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3}])
    plan = solve(net)
    path = tmp_path / "report.xlsx"
    write_report(net, plan, path, "milp.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Investment plan"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(row=2, column=header.index("Modules") + 1).value == 2
    assert len(sheet._charts) == 1
    assert "Chokepoint use" not in book.sheetnames  # no Chokepoints rows
