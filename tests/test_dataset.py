"""The bundled Qinzhou-Kuantan dataset: reproducible, valid, and a non-trivial plan."""

import subprocess
import sys

import pytest

from twinparks.example import example_path
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

BUILD = example_path().parent / "build_qinzhou_kuantan.py"


@pytest.fixture(scope="module")
def network(solved_example):
    return solved_example[0]


@pytest.fixture(scope="module")
def plan(solved_example):
    return solved_example[1]


def test_the_build_script_reproduces_the_shipped_workbook(tmp_path):
    out = tmp_path / "rebuilt.xlsx"
    subprocess.run([sys.executable, str(BUILD), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == example_path().read_bytes()


def test_dataset_is_valid_and_covers_the_corridor(network):
    assert validate(network) == []
    sites = network.table("Sites")
    assert {"park", "port", "market", "supplier"} <= set(sites["kind"])
    assert (sites["kind"] == "market").sum() >= 8
    assert {"MY", "CN"} <= set(sites["country"])
    modes = set(network.table("Lanes")["mode"])
    assert {"sea", "rail"} <= modes
    assert "Sources" in network.extra_sheets


def test_every_figure_is_a_cited_fact_or_a_labelled_assumption(network):
    rows = network.extra_sheets["Sources"]
    header = [str(h) for h in rows[0]]
    status, source, reasoning = (header.index(k) for k in ("status", "source", "reasoning"))
    for row in rows[1:]:
        assert row[status] in ("fact", "assumption"), row
        if row[status] == "fact":
            assert row[source], row
        else:
            assert row[reasoning], row


def test_plan_is_optimal_and_non_trivial(plan, network):
    assert plan.status == "optimal"
    production, lanes = plan.tables["production"], plan.tables["lanes"]
    assert (production["utilisation"] > 0.999).any(), "no binding plant capacity"
    assert (lanes["utilisation"] > 0.999).any(), "no binding lane capacity"
    assert plan.costs["tariff"] > 0
    parks = set(network.table("Sites").query("kind == 'park'")["id"])
    plants = network.table("Plants").set_index("id")["site"]
    serving = {plants[p] for p in production.loc[production["output"] > 0, "plant"]}
    assert parks <= serving, f"parks without output: {parks - serving}"


def test_highs_and_cbc_agree_on_the_dataset(plan, network):
    cbc = solve(network, SolveOptions(solver="cbc"))
    assert cbc.status == "optimal"
    assert cbc.objective == pytest.approx(plan.objective, rel=1e-6)


def test_plan_claims_preferences_and_says_which_rule_each_plant_meets(plan, network):
    """Duty follows the goods: some flow enters under an agreement, some pays MFN.

    Preferential duty is actually paid: Kuantan tyres enter China under
    RCEP at the staged 7.5 % (MFN 10 %): 2.3 M tyres × USD 45 × 0.075 =
    USD 7,762,500, saving 2.3 M × 45 × 0.025 = USD 2,587,500 against MFN.
    """
    duty = plan.tables["duty"]
    preferential = duty[duty["agreement"] != ""]
    assert len(preferential) and plan.duty_saved > 0
    assert (preferential["duty"] > 0).any(), "no preferential duty paid"
    assert plan.duty["RCEP"] == pytest.approx(7_762_500, rel=1e-6)
    tyres = duty[(duty["product"] == "pcr_tyre") & (duty["agreement"] == "RCEP")]
    assert tyres["duty_saved"].sum() == pytest.approx(2_587_500, rel=1e-6)
    assert (duty.loc[duty["agreement"] == "", "duty"] > 0).any()
    assert set(preferential["agreement"]) <= {"RCEP", "ACFTA"}
    origin = plan.tables["origin"]
    assert len(origin) and (origin["output"] > 0).all()
    by_option = origin["by_rvc"] + origin["by_change"] + origin["wholly"]
    assert list(by_option) == pytest.approx(list(origin["output"])), "each unit meets an option"
    assert {"RCEP", "ACFTA"} <= set(network.table("Agreements")["agreement"])
    products = network.table("Products")
    assert products["hs_code"].map(lambda c: isinstance(c, str) and len(c) >= 4).all()
