"""The bundled dataset's investment questions: every figure equals an independent solve.

The dataset asks where Alliance Steel's phase 2 goes (modules of 1.3 Mt/yr in
Kuantan, or the same line in Qinzhou), whether a second Kuantan berth, more
Qinzhou-Chongqing trains or the aluminium chain's expansion pay, and how the
plan copes with the Strait of Malacca or Kuantan Port closed. These tests
check the answers against solving edited workbooks from scratch and against
the independent explicit-state PuLP model of ``tests/models/origin_reference``.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pandas as pd
import pytest

from tests.models.origin_reference import reference_optimum
from twinparks.models.network import as_key, is_blank
from twinparks.models.scenarios import apply_scenario
from twinparks.models.solve import solve
from twinparks.models.stress import stress

ALL_MFN = "All MFN duties (no agreements)"


@pytest.fixture(scope="module")
def network(solved_example):
    return solved_example[0]


@pytest.fixture(scope="module")
def plan(solved_example):
    return solved_example[1]


def modules_of(plan) -> dict[str, float]:
    table = plan.investments
    return dict(zip(table["investment"].map(str), table["modules"].astype(float), strict=True))


def rows_of(network) -> tuple[dict, dict]:
    """The workbook as plain rows (blank cells as None), the way the reference reads them."""
    sheets = {}
    for name, table in network.tables.items():
        if name in ("Settings", "Scenarios"):
            continue
        sheets[name] = [{str(k): None if is_blank(v) or (isinstance(v, float) and math.isnan(v))
                         else v for k, v in row.items()} for row in table.to_dict("records")]
    settings = {as_key(k).lower(): v for k, v in zip(network.tables["Settings"]["key"],
                                                     network.tables["Settings"]["value"],
                                                     strict=True)}
    return sheets, settings


def edited(network, sheet: str, changes: dict[tuple[str, str], object]):
    """A copy with cells changed: {(row id, column): value}, rows found by their id."""
    copy = network.copy()
    table = copy.tables[sheet]
    for (ident, column), value in changes.items():
        rows = [i for i, v in enumerate(table["id"]) if as_key(v) == ident]
        assert rows, ident
        if column not in table.columns:
            table[column] = pd.Series([None] * len(table), index=table.index, dtype=object)
        for row in rows:
            table.iat[row, table.columns.get_loc(column)] = value
    return copy


def test_the_data_chooses_some_investments_and_not_others(plan):
    """Phase 2 in Kuantan (1 of 5 modules), the refinery and one extrusion press are built.

    Why, in the dataset's own figures: a tonne of Kuantan coil costs about
    USD 516 at the mill (1.72 t Dampier ore at 98 + 10 freight + 3 haul,
    0.61 t coal at 230 + 15 + 3, USD 142 conversion, 2.08 t CO2 at USD 15)
    and a module USD 56.5 per tonne of capacity a year. One module sells
    0.8 Mt in Kuala Lumpur (USD 610, 20 by road: 73 a tonne over mill cost),
    0.15 Mt in Singapore (610, 30: 63) and 0.35 Mt in Ho Chi Minh City (600,
    29 by haul and sea: 55): USD 87.3 M a year against its 73.5 M, so not
    building it costs 13.8 M. A second module would earn at most 55 a tonne
    (Ho Chi Minh City, then Jakarta at 48) = 70 M < 73.5 M, and would also
    need the second berth (the park lands 11.1 Mt of its 12 Mt/yr with one
    module). Qinzhou's line is worth 44 a tonne of capacity (its shadow price)
    against 66 of capital and capacity rights: not built, so nothing new rides
    the corridor to Chongqing (no trains). The refinery makes alumina at
    ~USD 190/t against 396 landed from Gladstone: 200 kt more for USD 14.8 M a
    year pays; a second potline (USD 495 per t of capacity a year) is worth
    470 a tonne to the plan (the smelter's shadow price) and is not built.
    """
    assert plan.optimal and plan.gap is not None and plan.gap <= 1e-4
    assert modules_of(plan) == {"KT_FLAT_P2": 1, "QZ_FLAT_ALT": 0, "KTN_BERTH2": 0,
                                "QZ_CQ_TRAINS": 0, "KT_ALUMINA_2": 1, "KT_POTLINE_2": 0,
                                "KT_EXTRUDE_2": 1}
    assert plan.costs["investment"] == pytest.approx(73.5e6 + 14.8e6 + 3.0e6)
    assert sum(plan.costs.values()) == pytest.approx(plan.objective)
    production = plan.tables["production"].set_index("plant")
    assert production.at["KT_FLAT", "output"] == pytest.approx(1.3e6)  # the module runs full


@pytest.mark.slow
def test_the_example_milp_equals_the_independent_model(network, plan):
    """The explicit-state PuLP model (duty by origin, modules, on/off) finds the same plan."""
    sheets, settings = rows_of(network)
    expected, totals = reference_optimum(sheets, settings)
    exact = solve(_with_gap(network, 0.0))
    assert exact.optimal
    assert exact.objective == pytest.approx(expected, rel=1e-6)
    assert plan.objective == pytest.approx(expected, rel=1e-4)  # the dataset's mip_gap
    assert {k: round(v) for k, v in totals["modules"].items()} == modules_of(plan)
    assert exact.costs["tariff"] == pytest.approx(totals["duty"], rel=1e-6, abs=1.0)


def _with_gap(network, gap: float):
    copy = network.copy()
    settings = copy.tables["Settings"]
    row = [i for i, k in enumerate(settings["key"]) if as_key(k).lower() == "mip_gap"]
    if row:
        settings.iat[row[0], settings.columns.get_loc("value")] = gap
    else:
        settings.loc[max(settings.index) + 1] = {"key": "mip_gap", "value": gap}
    return copy


def test_cost_of_not_investing_equals_solving_the_workbook_without_it(network, plan):
    """Each chosen investment held at its committed modules, solved from scratch."""
    table = plan.investments.set_index("investment")
    chosen = table[table["modules"] > table["min_modules"]]
    assert len(chosen) == 3
    for ident, row in chosen.iterrows():
        assert row["min_modules"] == 0  # held at 0 modules: as if the row were not there
        without = network.copy()
        rows = without.tables["Investments"]
        without.tables["Investments"] = rows[rows["id"].map(as_key) != ident]
        without = solve(without)
        assert without.optimal
        assert without.objective - plan.objective == pytest.approx(
            row["cost_of_not_investing"], rel=1e-4, abs=1e-4 * plan.objective)
        assert row["cost_of_not_investing"] > 0


def test_min_output_keeps_the_float_line_and_the_smelter_on_or_off(network, plan):
    """Both run above their floors in the base plan; without soda ash the float line stops.

    With the Lianyungang soda-ash lane closed the float line has no batch and
    makes nothing: 0 is allowed, anything between 0 and 150 kt is not.
    """
    production = plan.tables["production"].set_index("plant")
    assert production.at["KT_GLASS", "output"] >= 150_000 - 1e-6
    assert production.at["KT_SMELTER", "output"] >= 200_000 - 1e-6
    closed = solve(edited(network, "Lanes", {("LYG_KTN", "capacity_tonnes"): 0}))
    assert closed.optimal
    glass = closed.tables["production"].set_index("plant").at["KT_GLASS", "output"]
    assert glass == pytest.approx(0, abs=1e-6)


def _closed_by_hand(network, plan, lanes: set[str], sites: set[str]):
    """The workbook a planner would type: the group's lanes and lanes into its sites at 0,
    every investment committed at the base plan's modules (a lane closed loses its own)."""
    table = network.tables["Lanes"]
    shut = {as_key(i) for i, d in zip(table["id"], table["destination"], strict=True)
            if as_key(i) in lanes or as_key(d) in sites}
    copy = edited(network, "Lanes", {(lane, "capacity_tonnes"): 0 for lane in shut})
    investments = copy.tables["Investments"]
    keep = []
    for row, (ident, lane) in enumerate(zip(investments["id"], investments["lane"],
                                            strict=True)):
        count = modules_of(plan)[as_key(ident)]
        if count > 0 and (is_blank(lane) or as_key(lane) not in shut):
            keep.append(row)
            for column in ("min_modules", "max_modules"):
                investments.iat[row, investments.columns.get_loc(column)] = count
    copy.tables["Investments"] = investments.iloc[keep]
    return copy


@pytest.mark.slow
def test_chokepoint_groups_in_the_stress_test_equal_the_workbook_with_them_closed(network, plan):
    """Strait of Malacca and Kuantan Port closed as one case each (N-k), figure by figure."""
    ranking = stress(network, workers=1).set_index(["kind", "id"])
    groups = network.tables["Chokepoints"]
    assert set(groups["id"]) == {"MALACCA", "KUANTAN_PORT"}
    for group in groups.itertuples(index=False):
        lanes = {t.strip() for t in str(group.lanes or "").split(",") if t.strip()} \
            if not is_blank(group.lanes) else set()
        sites = {t.strip() for t in str(group.sites).split(",")} if not is_blank(group.sites) \
            else set()
        scratch = solve(_closed_by_hand(network, plan, lanes, sites))
        assert scratch.optimal
        case = ranking.loc[("chokepoint", group.id)]
        assert case["objective"] == pytest.approx(scratch.objective, rel=1e-6)
        assert case["service_level"] == pytest.approx(scratch.service_level, abs=1e-9)
        assert case["unmet_tonnes"] == pytest.approx(scratch.unmet_tonnes, abs=1e-3)
    # closing Kuantan Port stops the park: the worst case of the whole test
    assert ranking.loc[("chokepoint", "KUANTAN_PORT"), "service_level"] == \
        pytest.approx(ranking["service_level"].min())


def test_all_mfn_scenario_leaves_no_preference(network, plan):
    """Every preferential rate raised to the general rate: no duty saved, no less duty paid."""
    mfn = solve(apply_scenario(network, ALL_MFN))
    assert mfn.optimal
    assert plan.duty_saved > 0 and mfn.duty_saved == pytest.approx(0, abs=1e-6)
    assert mfn.costs["tariff"] >= plan.costs["tariff"] - 1e-6
    assert mfn.objective >= plan.objective * (1 - 1e-4)


def test_origin_differs_from_the_site_and_contract_penalties_are_per_row(network, plan):
    """Indonesian rubber bought in Singapore is Indonesian; contracts price a lost sale."""
    supply = network.tables["Supply"]
    row = supply[(supply["site"] == "SG_PORT") & (supply["product"] == "natural_rubber")]
    assert list(row["origin_country"]) == ["ID"]
    flows = plan.tables["flows"]
    rubber = flows[(flows["lane"] == "SG_KTN") & (flows["product"] == "natural_rubber")]
    assert rubber["quantity"].sum() > 0
    assert all("ID" in str(origin).split("|") and "SG" not in str(origin).split("|")
               for origin in rubber["origin_country"])
    demand = network.tables["Demand"]
    assert demand["penalty_per_unit"].map(is_blank).sum() == 1  # only the firm contract


def test_solve_example_json_reports_the_chosen_investments():
    out = subprocess.run([sys.executable, "-m", "twinparks", "solve", "example", "--json"],
                         capture_output=True, text=True, check=True).stdout
    summary = json.loads(out)
    assert summary["status"] == "optimal"
    built = {row["investment"]: row["modules"] for row in summary["investments"]
             if row["modules"] > 0}
    assert built == {"KT_FLAT_P2": 1, "KT_ALUMINA_2": 1, "KT_EXTRUDE_2": 1}
    assert summary["costs"]["investment"] == pytest.approx(91.3e6)
    assert sum(summary["costs"].values()) == pytest.approx(summary["objective"])
