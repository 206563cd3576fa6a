"""Textbook LPs written as real schema-1 workbooks, read back and solved.

Both problems are plain transportation problems: one product with
``tonnes_per_unit`` 1, sources as Supply rows with a capacity, one lane per
source/market pair whose ``cost_per_tonne`` is the unit cost, and Demand
rows whose default unmet penalty (1 000 000) is far above any route cost,
so all demand is met and the duals are the textbook ones.
"""

from __future__ import annotations

import openpyxl
import pytest

from twinparks.models.solve import SolveOptions, solve
from twinparks.workbook import read_workbook

SOLVERS = ["highs", "cbc"]


def write_book(path, sheets: dict[str, list[list[object]]]) -> None:
    """One sheet per entry: the first row is the header, the rest data rows."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def transport_sheets(country: str, sources: dict[str, float], markets: dict[str, float],
                     cost: dict[tuple[str, str], float], product: str) -> dict:
    """The sheets of a transportation problem (docs/contract.md §3, schema 1)."""
    sites = [["id", "name", "country", "kind"]]
    sites += [[s, s.title(), country, "supplier"] for s in sources]
    sites += [[m, m.title(), country, "market"] for m in markets]
    lanes = [["id", "origin", "destination", "mode", "cost_per_tonne"]]
    lanes += [[f"{o}>{d}", o, d, "road", c] for (o, d), c in cost.items()]
    return {
        "Sites": sites,
        "Products": [["id", "name", "unit", "tonnes_per_unit"], [product, product, "case", 1]],
        "Supply": [["site", "product", "capacity", "cost_per_unit"]]
                  + [[s, product, cap, 0] for s, cap in sources.items()],
        "Lanes": lanes,
        "Demand": [["site", "product", "quantity"]]
                  + [[m, product, q] for m, q in markets.items()],
        "Settings": [["key", "value"], ["schema_version", 1], ["currency", "kUSD"]],
    }


def read_and_solve(path, solver: str):
    result = read_workbook(path)
    assert result.network is not None, result.problems
    assert not [p for p in result.problems if p.severity != "warning"], result.problems
    plan = solve(result.network, SolveOptions(solver=solver, time_limit=30))
    assert plan.status == "optimal", (plan.status, plan.message, plan.problems)
    return plan


def flow(plan, lane: str) -> float:
    flows = plan.tables["flows"]
    return float(flows.loc[flows["lane"] == lane, "quantity"].sum())


def marginal(plan, site: str) -> float:
    demand = plan.tables["demand"]
    return float(demand.loc[demand["site"] == site, "marginal_cost"].iloc[0])


# --- GAMS model library, trnsport (Dantzig 1963) -----------------------------------

GAMS_SUPPLY = {"seattle": 350, "san-diego": 600}
GAMS_DEMAND = {"new-york": 325, "chicago": 300, "topeka": 275}
GAMS_DISTANCE = {  # thousand miles
    ("seattle", "new-york"): 2.5, ("seattle", "chicago"): 1.7, ("seattle", "topeka"): 1.8,
    ("san-diego", "new-york"): 2.5, ("san-diego", "chicago"): 1.8,
    ("san-diego", "topeka"): 1.4,
}
FREIGHT = 90  # dollars per case per thousand miles; c(i,j) = f * d(i,j) / 1000 in k$


@pytest.fixture
def trnsport_book(tmp_path):
    cost = {key: FREIGHT * d / 1000 for key, d in GAMS_DISTANCE.items()}
    path = tmp_path / "trnsport.xlsx"
    write_book(path, transport_sheets("US", GAMS_SUPPLY, GAMS_DEMAND, cost, "cases"))
    return path


@pytest.mark.parametrize("solver", SOLVERS)
def test_gams_trnsport_optimum(trnsport_book, solver):
    """GAMS trnsport: z = 153.675 k$; the documented solution.

    Chicago is served from Seattle (0.153 < 0.162) and Topeka from San Diego
    (0.126 < 0.162); both routes to New York cost 0.225, so only the total
    into New York (325) is unique.
    """
    plan = read_and_solve(trnsport_book, solver)
    assert plan.objective == pytest.approx(153.675, rel=1e-9)
    assert plan.costs["transport"] == pytest.approx(153.675, rel=1e-9)
    assert plan.costs["unmet_penalty"] == pytest.approx(0, abs=1e-9)
    assert plan.service_level == pytest.approx(1.0)
    assert flow(plan, "seattle>chicago") == pytest.approx(300)
    assert flow(plan, "san-diego>topeka") == pytest.approx(275)
    assert flow(plan, "seattle>topeka") == pytest.approx(0, abs=1e-9)
    assert flow(plan, "san-diego>chicago") == pytest.approx(0, abs=1e-9)
    into_new_york = flow(plan, "seattle>new-york") + flow(plan, "san-diego>new-york")
    assert into_new_york == pytest.approx(325)
    supply = plan.tables["supply"].set_index("site")["used"]
    assert supply["seattle"] <= 350 + 1e-6 and supply["san-diego"] <= 600 + 1e-6
    assert supply.sum() == pytest.approx(900)


@pytest.mark.parametrize("solver", SOLVERS)
def test_gams_trnsport_demand_duals(trnsport_book, solver):
    """GAMS reports demand.m = 0.225, 0.153, 0.126 (k$ per extra case)."""
    plan = read_and_solve(trnsport_book, solver)
    assert marginal(plan, "new-york") == pytest.approx(0.225, abs=1e-9)
    assert marginal(plan, "chicago") == pytest.approx(0.153, abs=1e-9)
    assert marginal(plan, "topeka") == pytest.approx(0.126, abs=1e-9)


# --- PuLP's beer distribution problem ---------------------------------------------

BEER_SUPPLY = {"A": 1000, "B": 4000}
BEER_DEMAND = {"1": 500, "2": 900, "3": 1800, "4": 200, "5": 700}
BEER_COST = {"A": [2, 4, 5, 2, 1], "B": [3, 1, 3, 2, 3]}


@pytest.fixture
def beer_book(tmp_path):
    cost = {(w, bar): BEER_COST[w][int(bar) - 1] for w in BEER_SUPPLY for bar in BEER_DEMAND}
    sheets = transport_sheets("GB", BEER_SUPPLY, BEER_DEMAND, cost, "crates")
    # Bars are numbered: site ids typed as numbers must still match the lanes.
    for rows in (sheets["Sites"], sheets["Demand"]):
        for row in rows[1:]:
            if row[0].isdigit():
                row[0] = int(row[0])
    for row in sheets["Lanes"][1:]:
        row[2] = int(row[2])
    path = tmp_path / "beer.xlsx"
    write_book(path, sheets)
    return path


@pytest.mark.parametrize("solver", SOLVERS)
def test_pulp_beer_distribution(beer_book, solver):
    """PuLP's beer distribution problem: 8600.

    A's 1000 crates go where A saves most over B: bar 5 (1 vs 3) takes 700,
    bar 1 (2 vs 3) the other 300. B serves bar 1's remaining 200 at 3,
    bar 2 at 1, bar 3 at 3 and bar 4 at 2:
    700·1 + 300·2 + 200·3 + 900·1 + 1800·3 + 200·2 = 8600.
    """
    plan = read_and_solve(beer_book, solver)
    assert plan.objective == pytest.approx(8600, rel=1e-9)
    expected = {"A>5": 700, "A>1": 300, "B>1": 200, "B>2": 900, "B>3": 1800, "B>4": 200,
                "A>2": 0, "A>3": 0, "A>4": 0, "B>5": 0}
    for lane, quantity in expected.items():
        assert flow(plan, lane) == pytest.approx(quantity, abs=1e-6), lane
    used = plan.tables["supply"].set_index("site")["used"]
    assert used["A"] == pytest.approx(1000) and used["B"] == pytest.approx(3100)


@pytest.mark.parametrize("solver", SOLVERS)
def test_pulp_beer_distribution_duals(beer_book, solver):
    """Marginal cost of one more crate at each bar.

    A is full, B has 900 spare. Bars 1–4 get the extra crate from B (3, 1,
    3, 2). Bar 5: from B directly costs 3, or A→5 instead of A→1 with B→1
    making up: 1 − 2 + 3 = 2, so 2.
    """
    plan = read_and_solve(beer_book, solver)
    demand = plan.tables["demand"]
    got = {str(site): float(cost) for site, cost in zip(demand["site"],
                                                        demand["marginal_cost"], strict=True)}
    assert got == pytest.approx({"1": 3, "2": 1, "3": 3, "4": 2, "5": 2}, abs=1e-9)
