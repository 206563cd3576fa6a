"""Duty follows the goods: small schema-2 networks whose optimum is derived by hand.

Every expected number comes from the arithmetic in the docstrings. Unless
said otherwise: tonnes_per_unit 1, plant and lane costs as given (else 0),
no carbon price, unmet penalty 10 000 per unit (never worth paying here).
"""

from __future__ import annotations

import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.validation import validate

SOLVERS = ["highs", "cbc"]
SETTINGS = {"unmet_penalty": 10_000}


def solved(sheets, solver="highs"):
    network = network_from_rows(sheets, SETTINGS)
    assert not errors(validate(network)), errors(validate(network))
    plan = solve(network, SolveOptions(solver=solver, time_limit=30))
    assert plan.status == "optimal", (plan.status, plan.message)
    assert sum(plan.costs.values()) == pytest.approx(plan.objective, rel=1e-9)
    return plan


def sites(**countries):
    return [{"id": name, "country": country} for name, country in countries.items()]


def lane(origin, destination, cost=0):
    return {"id": f"{origin}-{destination}", "origin": origin, "destination": destination,
            "cost_per_tonne": cost}


def members(agreement, *countries):
    return [{"agreement": agreement, "country": c} for c in countries]


# --- 1. transhipment through a third country ---------------------------------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_transhipment_pays_duty_once_by_origin(solver):
    """Malaysian steel (value 100) goes Kuantan → Singapore → Chongqing.

    Schema 1 charged both borders: MY→SG 0.5·100 + SG→CN 0.3·100 = 80 a unit.
    Duty now is paid once, in China, by origin MY: 0.05·100 = 5.
    Per unit: buy 10 + freight 1 + 1 + duty 5 = 17; 10 units → 170
    (duty 50, all at the general rate, nothing saved).
    """
    plan = solved({
        "Sites": sites(K="MY", S="SG", C="CN"),
        "Products": [{"id": "steel", "value_per_unit": 100}],
        "Supply": [{"site": "K", "product": "steel", "cost_per_unit": 10}],
        "Lanes": [lane("K", "S", 1), lane("S", "C", 1)],
        "Demand": [{"site": "C", "product": "steel", "quantity": 10}],
        "Tariffs": [
            {"product": "steel", "origin_country": "MY", "destination_country": "CN",
             "rate": 0.05},
            {"product": "*", "origin_country": "MY", "destination_country": "SG", "rate": 0.5},
            {"product": "*", "origin_country": "SG", "destination_country": "CN", "rate": 0.3}],
    }, solver)
    assert plan.objective == pytest.approx(170, rel=1e-9)
    assert plan.costs["tariff"] == pytest.approx(50, rel=1e-9)
    assert plan.duty == pytest.approx({"general": 50})
    assert plan.duty_saved == pytest.approx(0, abs=1e-9)
    duty = plan.tables["duty"]
    assert list(duty["origin_country"]) == ["MY"] and list(duty["country"]) == ["CN"]
    assert set(plan.tables["flows"]["origin_country"]) == {"MY"}


# --- 2. an RVC rule forces some dearer originating input ---------------------------

RVC_TYRES = {
    "Sites": sites(K="MY", C="CN"),
    "Products": [{"id": "tyre", "value_per_unit": 100, "family": "tyres"},
                 {"id": "rubber", "value_per_unit": 50, "family": "raw"}],
    "Supply": [  # both bought at Kuantan; neither grown in Malaysia
        {"site": "K", "product": "rubber", "cost_per_unit": 20, "origin_country": "AU"},
        {"site": "K", "product": "rubber", "cost_per_unit": 30, "origin_country": "TH"}],
    "Plants": [{"id": "KT", "site": "K", "product": "tyre", "capacity": 100}],
    "Recipes": [{"plant": "KT", "input": "rubber", "qty_per_unit": 1}],
    "Lanes": [lane("K", "C")],
    "Demand": [{"site": "C", "product": "tyre", "quantity": 10}],
    "Tariffs": [
        {"product": "tyre", "origin_country": "*", "destination_country": "CN", "rate": 0.2},
        {"agreement": "RCEP", "product": "*", "origin_country": "*",
         "destination_country": "*", "rate": 0}],
    "Agreements": members("RCEP", "MY", "CN", "TH"),
    "OriginRules": [{"agreement": "RCEP", "product": "tyres", "rvc": 0.6}],
}


@pytest.mark.parametrize("solver", SOLVERS)
def test_rvc_rule_forces_the_dearer_originating_input(solver):
    """Kuantan tyres (value 100) enter China at 20 % MFN or 0 under RCEP with RVC 60 %.

    Rubber (value 50 a unit, one per tyre): Australian at 20, non-originating;
    Thai at 30, originating (cumulation: TH is a member). RVC 60 % allows
    non-originating value ≤ 40 per tyre, so a qualifying tyre needs at least
    (50 − 40)/50 = 0.2 Thai rubber: 0.2·30 + 0.8·20 = 22, duty 0.
    A non-qualifying tyre: 20 + duty 20 = 40. All Australian is never better.
    10 tyres → 220 (2 Thai, 8 Australian). Duty 0, saved 10·20 = 200.
    RVC achieved 1 − 40/100 = 60 %, headroom 0. The RVC row's dual: one more
    unit of non-originating value allowed swaps 1/50 of a unit of Thai for
    Australian rubber, saving (30 − 20)/50 = 0.2.
    """
    plan = solved(RVC_TYRES, solver)
    assert plan.objective == pytest.approx(220, rel=1e-9)
    supply = plan.tables["supply"]
    assert list(supply["used"]) == pytest.approx([8, 2])
    assert plan.costs["tariff"] == pytest.approx(0, abs=1e-9)
    assert plan.duty_saved == pytest.approx(200, rel=1e-9)
    origin = plan.tables["origin"].iloc[0]
    assert (origin["plant"], origin["agreement"]) == ("KT", "RCEP")
    assert origin["by_rvc"] == pytest.approx(10)
    assert origin["rvc_achieved"] == pytest.approx(0.6)
    assert origin["rvc_headroom"] == pytest.approx(0, abs=1e-9)
    assert origin["rvc_dual"] == pytest.approx(0.2, rel=1e-6)
    delivered = plan.tables["duty"]
    assert list(delivered["agreement"]) == ["RCEP"]


def test_rvc_plant_output_not_claimed_without_the_import_preference():
    """Same network without the RCEP tariff row: claiming RCEP saves nothing, so the
    plant buys only Australian rubber and the tyre pays 20: (20 + 20)·10 = 400."""
    sheets = {**RVC_TYRES, "Tariffs": RVC_TYRES["Tariffs"][:1]}
    plan = solved(sheets)
    assert plan.objective == pytest.approx(400, rel=1e-9)


# --- 3. no rule: originating only from originating inputs ---------------------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_no_rule_means_wholly_from_originating_inputs(solver):
    """RCEP has no rule for wheels: a wheel originates only if every input does.

    Wheel (value 100) = 1 steel (Malaysian, 10) + 1 paint (US 5, or Malaysian 8).
    MFN into China 10 % = 10; RCEP 0.
    US paint: 10 + 5 + 10 = 25 a wheel. Malaysian paint: 10 + 8 + 0 = 18.
    Mixing helps nothing (any US paint makes that wheel non-originating):
    10 wheels → 180.
    """
    plan = solved({
        "Sites": sites(K="MY", C="CN"),
        "Products": [{"id": "wheel", "value_per_unit": 100}, {"id": "steel", "value_per_unit": 8},
                     {"id": "paint", "value_per_unit": 6}],
        "Supply": [{"site": "K", "product": "steel", "cost_per_unit": 10},
                   {"site": "K", "product": "paint", "cost_per_unit": 5, "origin_country": "US"},
                   {"site": "K", "product": "paint", "cost_per_unit": 8}],
        "Plants": [{"id": "KW", "site": "K", "product": "wheel", "capacity": 100}],
        "Recipes": [{"plant": "KW", "input": "steel", "qty_per_unit": 1},
                    {"plant": "KW", "input": "paint", "qty_per_unit": 1}],
        "Lanes": [lane("K", "C")],
        "Demand": [{"site": "C", "product": "wheel", "quantity": 10}],
        "Tariffs": [
            {"product": "wheel", "origin_country": "*", "destination_country": "CN",
             "rate": 0.1},
            {"agreement": "RCEP", "product": "*", "origin_country": "*",
             "destination_country": "*", "rate": 0}],
        "Agreements": members("RCEP", "MY", "CN"),
    }, solver)
    assert plan.objective == pytest.approx(180, rel=1e-9)
    assert plan.tables["origin"].iloc[0]["wholly"] == pytest.approx(10)


# --- 4. tariff shift (CTH) with a same-heading input and de minimis -----------------

def cth_network(de_minimis):
    return {
        "Sites": sites(K="MY", C="CN"),
        "Products": [
            {"id": "coated", "value_per_unit": 100, "hs_code": "7210.11"},
            {"id": "coil", "value_per_unit": 60, "hs_code": "7208.10"},
            {"id": "strip", "value_per_unit": 20, "hs_code": "7210.90"}],
        "Supply": [
            {"site": "K", "product": "coil", "cost_per_unit": 60, "origin_country": "AU"},
            {"site": "K", "product": "strip", "cost_per_unit": 5, "origin_country": "AU"},
            {"site": "K", "product": "strip", "cost_per_unit": 9, "origin_country": "TH"}],
        "Plants": [{"id": "KC", "site": "K", "product": "coated", "capacity": 100}],
        "Recipes": [{"plant": "KC", "input": "coil", "qty_per_unit": 1},
                    {"plant": "KC", "input": "strip", "qty_per_unit": 0.5}],
        "Lanes": [lane("K", "C")],
        "Demand": [{"site": "C", "product": "coated", "quantity": 10}],
        "Tariffs": [
            {"product": "coated", "origin_country": "*", "destination_country": "CN",
             "rate": 0.1},
            {"agreement": "RCEP", "product": "*", "origin_country": "*",
             "destination_country": "*", "rate": 0}],
        "Agreements": members("RCEP", "MY", "CN", "TH"),
        "OriginRules": [{"agreement": "RCEP", "product": "coated", "change": "cth",
                         "de_minimis": de_minimis}],
    }


@pytest.mark.parametrize("solver", SOLVERS)
def test_change_of_heading_with_a_same_heading_input_and_de_minimis(solver):
    """Coated sheet 7210.11 (value 100) from coil 7208.10 and strip 7210.90.

    CTH compares headings: Australian coil (7208) changes heading, so it does
    not count; strip (7210, value 20, 0.5 a unit = 10 of value) does not.
    De minimis 5 % allows 5 of non-originating strip value: at least half the
    strip must be Thai (originating under RCEP).
    Qualifying: coil 60 + strip 0.25·9 + 0.25·5 = 63.5, duty 0.
    Not qualifying: 60 + 0.5·5 + MFN 10 % · 100 = 72.5. 10 units → 635.
    """
    plan = solved(cth_network(0.05), solver)
    assert plan.objective == pytest.approx(635, rel=1e-9)
    assert plan.tables["origin"].iloc[0]["by_change"] == pytest.approx(10)


def test_default_de_minimis_lets_all_the_cheap_strip_in():
    """With the default de minimis (10 % = 10 of value) all-Australian strip
    qualifies: 60 + 0.5·5 = 62.5 a unit → 625."""
    assert solved(cth_network(None)).objective == pytest.approx(625, rel=1e-9)


# --- 5. cumulation across three members ----------------------------------------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_cumulation_across_three_members(solver):
    """Thai rubber, compounded in Malaysia, delivered in China.

    Compound (value 100) = 1 rubber (value 80). Rubber: Thai at T 30, or
    Australian at A 25; freight 1 to Kuantan either way; into MY the MFN is
    10 % (8), RCEP 0 for Thai rubber. Compounding 5, freight to China 2;
    compound into China MFN 20 % (20), RCEP 0 with RVC 50 % (non-originating
    ≤ 50 of value).
    Thai route: 30 + 1 + 0 + 5 + 2 + 0 = 38 a unit (Thai rubber counts as
    originating in Malaysia: cumulation). Australian: 25 + 1 + 8 + 5 + 2 + 20
    = 61; a qualifying mix (≤ 5/8 Australian) costs 0.625·34 + 0.375·31 + 7
    = 39.875. 10 units → 380 (without cumulation it would be 580).
    Duty saved: rubber 10·8 + compound 10·20 = 280.
    """
    plan = solved({
        "Sites": sites(T="TH", A="AU", K="MY", Q="CN"),
        "Products": [{"id": "compound", "value_per_unit": 100},
                     {"id": "rubber", "value_per_unit": 80}],
        "Supply": [{"site": "T", "product": "rubber", "cost_per_unit": 30},
                   {"site": "A", "product": "rubber", "cost_per_unit": 25}],
        "Plants": [{"id": "KC", "site": "K", "product": "compound", "capacity": 100,
                    "cost_per_unit": 5}],
        "Recipes": [{"plant": "KC", "input": "rubber", "qty_per_unit": 1}],
        "Lanes": [lane("T", "K", 1), lane("A", "K", 1), lane("K", "Q", 2)],
        "Demand": [{"site": "Q", "product": "compound", "quantity": 10}],
        "Tariffs": [
            {"product": "rubber", "origin_country": "*", "destination_country": "MY",
             "rate": 0.1},
            {"product": "compound", "origin_country": "*", "destination_country": "CN",
             "rate": 0.2},
            {"agreement": "RCEP", "product": "*", "origin_country": "*",
             "destination_country": "*", "rate": 0}],
        "Agreements": members("RCEP", "TH", "MY", "CN"),
        "OriginRules": [{"agreement": "RCEP", "product": "*", "rvc": 0.5}],
    }, solver)
    assert plan.objective == pytest.approx(380, rel=1e-9)
    assert plan.duty_saved == pytest.approx(280, rel=1e-9)
    assert plan.duty == pytest.approx({"general": 0, "RCEP": 0})


# --- 6. a preferential rate above the general one ------------------------------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_preferential_rate_above_mfn_uses_mfn(solver):
    """MFN 5 %, RCEP 8 % on Malaysian glass (value 100) into China: the lower, MFN,
    applies. (10 + 5)·10 = 150; duty 50 at the general rate, nothing saved."""
    plan = solved({
        "Sites": sites(K="MY", C="CN"),
        "Products": [{"id": "glass", "value_per_unit": 100}],
        "Supply": [{"site": "K", "product": "glass", "cost_per_unit": 10}],
        "Lanes": [lane("K", "C")],
        "Demand": [{"site": "C", "product": "glass", "quantity": 10}],
        "Tariffs": [
            {"product": "glass", "origin_country": "MY", "destination_country": "CN",
             "rate": 0.05},
            {"agreement": "RCEP", "product": "glass", "origin_country": "*",
             "destination_country": "CN", "rate": 0.08}],
        "Agreements": members("RCEP", "MY", "CN"),
    }, solver)
    assert plan.objective == pytest.approx(150, rel=1e-9)
    assert plan.duty == pytest.approx({"general": 50})
    assert plan.duty_saved == pytest.approx(0, abs=1e-9)


# --- 7. origin_country differing from the site -----------------------------------------

@pytest.mark.parametrize("solver", SOLVERS)
def test_origin_country_differs_from_the_site(solver):
    """A Singapore trader sells Australian ore (value 100) delivered to China.

    Duty by origin AU: 2 %, not SG's 30 %: (10 + 1 + 2)·10 = 130.
    """
    plan = solved({
        "Sites": sites(S="SG", C="CN"),
        "Products": [{"id": "ore", "value_per_unit": 100}],
        "Supply": [{"site": "S", "product": "ore", "cost_per_unit": 10, "origin_country": "AU"}],
        "Lanes": [lane("S", "C", 1)],
        "Demand": [{"site": "C", "product": "ore", "quantity": 10}],
        "Tariffs": [
            {"product": "ore", "origin_country": "SG", "destination_country": "CN", "rate": 0.3},
            {"product": "ore", "origin_country": "AU", "destination_country": "CN",
             "rate": 0.02}],
    }, solver)
    assert plan.objective == pytest.approx(130, rel=1e-9)
    assert list(plan.tables["flows"]["origin_country"]) == ["AU"]


# --- 8. not originating ----------------------------------------------------------------

def test_supply_marked_not_originating_pays_the_general_rate():
    """Malaysian steel (value 100) marked originating = "No": MFN 10 % applies even
    though MY and CN are RCEP members with 0: (10 + 10)·10 = 200."""
    plan = solved({
        "Sites": sites(K="MY", C="CN"),
        "Products": [{"id": "steel", "value_per_unit": 100}],
        "Supply": [{"site": "K", "product": "steel", "cost_per_unit": 10,
                    "originating": "No"}],
        "Lanes": [lane("K", "C")],
        "Demand": [{"site": "C", "product": "steel", "quantity": 10}],
        "Tariffs": [
            {"product": "*", "origin_country": "*", "destination_country": "CN", "rate": 0.1},
            {"agreement": "RCEP", "product": "*", "origin_country": "*",
             "destination_country": "*", "rate": 0}],
        "Agreements": members("RCEP", "MY", "CN"),
    })
    assert plan.objective == pytest.approx(200, rel=1e-9)
