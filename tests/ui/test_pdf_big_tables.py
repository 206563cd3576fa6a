"""A PDF of a plan with more rows than a table shows: the largest rows, then "N more"."""

from __future__ import annotations

import unicodedata

import pytest

from tests.ui.test_pdf_report import pdf_text
from twinparks.models.solve import solve
from twinparks.models.synthetic import synthetic_network
from twinparks.ui import pdf_report
from twinparks.ui.pdf_limits import MAX_TABLE_ROWS, more_rows_text
from twinparks.ui.pdf_map import MAP_LANES, map_subset


@pytest.fixture(scope="module")
def big(tmp_path_factory, qapp):
    network = synthetic_network(10_000, seed=0)
    plan = solve(network)
    assert plan.optimal
    path = tmp_path_factory.mktemp("big-pdf") / "big.pdf"
    pdf_report.write_pdf_report(network, plan, path, "synthetic.xlsx")
    return network, plan, pdf_text(path)


def _line(count: int) -> str:
    return " ".join(unicodedata.normalize("NFKC", more_rows_text(count)).split())


def test_big_tables_show_the_limit_and_say_how_many_more(big):
    network, plan, text = big
    plants, sites = len(plan.production), len(network.tables["Sites"])
    assert plants > MAX_TABLE_ROWS and sites > MAX_TABLE_ROWS
    assert _line(plants - MAX_TABLE_ROWS) in text
    assert _line(sites - MAX_TABLE_ROWS) in text
    assert "the Excel report has them all" in text


def test_the_production_table_keeps_the_costliest_plants(big):
    _, plan, text = big
    by_cost = plan.production.sort_values("cost", ascending=False, kind="stable")["plant"]
    section = text[text.index("Production plan"):text.index("Lanes and flows")]
    assert all(plant in section for plant in by_cost.head(MAX_TABLE_ROWS))
    assert not any(f" {plant} " in section for plant in by_cost.iloc[MAX_TABLE_ROWS:])


def test_a_small_plan_says_nothing_of_more_rows(qapp, tmp_path):
    network = synthetic_network(1_000, seed=0)
    plan = solve(network)
    assert len(plan.production) <= MAX_TABLE_ROWS
    path = tmp_path / "small.pdf"
    pdf_report.write_pdf_report(network, plan, path, "synthetic.xlsx")
    section = pdf_text(path)
    section = section[section.index("Production plan"):section.index("Lanes and flows")]
    assert "more rows" not in section


def test_the_map_of_a_big_network_says_it_shows_the_busiest_lanes(big):
    network, _, text = big
    lanes = len(network.tables["Lanes"])
    assert lanes > MAP_LANES
    assert " ".join(f"The map shows the {MAP_LANES} busiest of the {lanes:,} lanes".split()) \
        in " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_map_subset_keeps_the_busiest_lanes_and_their_sites(big):
    """Cut to 3 lanes: the three carrying the most tonnes, their end sites, their plan rows."""
    network, plan, _ = big
    shown = map_subset(network, plan, max_lanes=3)
    use = plan.tables["lanes"].groupby("lane")["tonnes"].sum().sort_values(ascending=False)
    busiest = set(use.index[:3].astype(str))
    assert shown.cut and shown.shown_lanes == 3 and shown.all_lanes == len(network.tables["Lanes"])
    lanes = shown.network.tables["Lanes"]
    assert set(lanes["id"].astype(str)) == busiest
    ends = set(lanes["origin"].astype(str)) | set(lanes["destination"].astype(str))
    assert set(shown.network.tables["Sites"]["id"].astype(str)) == ends
    assert set(shown.plan.tables["lanes"]["lane"].astype(str)) <= busiest
    assert len(network.tables["Lanes"]) > 3  # the original is untouched


def test_a_small_network_is_mapped_whole(qapp):
    network = synthetic_network(1_000, seed=0)
    plan = solve(network)
    shown = map_subset(network, plan, max_lanes=len(network.tables["Lanes"]),
                       max_sites=len(network.tables["Sites"]))
    assert not shown.cut and shown.network is network and shown.plan is plan
