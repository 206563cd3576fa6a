"""Flows on the map coloured by the duty regime they enter under (issue 13, docs/origin.md).

The bundled example's plan (its flows table, with each flow's origin
country, agreement and the rate on entry) has all three regimes:

* KTN_QZ_BREAKBULK (Kuantan → Qinzhou, MY → CN) carries only billet, rebar
  and H-sections originating under ACFTA: preferential;
* KTN_QZ_DIRECT carries mostly ingot, profiles and glass that claim no
  agreement and pay China's general rate (42,120 + 9,600 + 250 t against
  23,000 t of RCEP tyres and 1,600 t of ACFTA billet): general;
* MCKIP_KL (Kuantan park → Kuala Lumpur) stays in Malaysia: domestic;
  LYG_KTN brings soda ash from China at a zero rate with no agreement: duty-free.
"""

from __future__ import annotations

import pytest

from twinparks.example import example_path
from twinparks.models.solve import solve
from twinparks.ui.map_flows import REGIME_COLOURS, dominant, flow_regime, lane_regimes
from twinparks.ui.map_layers import MODE_COLOURS
from twinparks.ui.map_view import NetworkMap
from twinparks.workbook import read_workbook


@pytest.fixture(scope="module")
def plan():
    result = solve(read_workbook(example_path()).network)
    assert result.optimal
    return result


@pytest.fixture
def regime_map(qtbot, plan):
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_network(read_workbook(example_path()).network)
    qtbot.waitUntil(lambda: not widget.routes_pending, timeout=60_000)
    widget.set_plan(plan)
    widget.set_colour_by("regime")
    return widget


@pytest.mark.parametrize(("crosses", "agreement", "rate", "regime"), [
    (True, "ACFTA", 0.0, "preferential"),
    (True, " RCEP ", 0.05, "preferential"),
    (True, None, 0.10, "general"),
    (True, "", "0.14", "general"),
    (True, None, 0.0, "free"),
    (True, None, None, "free"),
    (False, "ACFTA", 0.10, "free"),  # no border on the lane: nothing enters
])
def test_the_regime_of_one_flow(crosses, agreement, rate, regime):
    assert flow_regime(crosses, agreement, rate) == regime


def test_a_lane_takes_the_regime_of_most_of_its_tonnes():
    assert dominant({"preferential": 1_600.0, "general": 74_970.0}) == "general"
    assert dominant({"free": 5.0, "preferential": 5.0}) == "preferential"  # ties: listed first
    assert dominant({"general": 0.0}) is None


def test_the_example_has_every_regime_on_its_lanes(regime_map, plan):
    regimes = lane_regimes(plan, regime_map.sites())
    assert set(regimes["KTN_QZ_BREAKBULK"]) == {"preferential"}
    assert regimes["KTN_QZ_DIRECT"] == pytest.approx(
        {"preferential": 1_600.0 + 23_000.0, "general": 250.0 + 42_120.0 + 9_600.0})
    assert set(regimes["MCKIP_KL"]) == {"free"}
    assert set(regimes["LYG_KTN"]) == {"free"}
    lanes = regime_map.lanes()
    for lane, regime in (("KTN_QZ_BREAKBULK", "preferential"), ("KTN_QZ_DIRECT", "general"),
                         ("MCKIP_KL", "free"), ("HEDLAND_KTN", "preferential")):
        assert lanes[lane].pen.color().name() == REGIME_COLOURS[regime], lane
    # the two Kuantan–Qinzhou lanes share a sea route: the general-rate one on top
    assert regime_map.lane_stacking("KTN_QZ_DIRECT") > \
        regime_map.lane_stacking("KTN_QZ_BREAKBULK")


def test_legend_and_tooltip_name_the_regimes_and_mode_colours_come_back(regime_map, qtbot,
                                                                       screenshots):
    texts = regime_map.legend_texts()
    for name in ("Preferential (agreement)", "General (MFN) rate", "Duty-free or domestic"):
        assert name in texts
    assert "Sea" not in texts
    lane = regime_map.lanes()["KTN_QZ_DIRECT"]
    text = regime_map.tooltip_at(*lane.points[8])
    assert "Duty regime" in text and "General (MFN) rate: 51,970 t" in text
    qtbot.wait(80)
    regime_map.fit()
    regime_map._layout_labels()
    assert regime_map.wait_labels()
    assert regime_map.wait_lanes()
    assert regime_map.grab().save(str(screenshots / "map_duty_regimes.png"))
    regime_map.set_colour_by("mode")
    assert regime_map.lanes()["HEDLAND_KTN"].pen.color().name() == MODE_COLOURS["sea"]
    assert "Sea" in regime_map.legend_texts()
    assert "General (MFN) rate" not in regime_map.legend_texts()
    with pytest.raises(ValueError):
        regime_map.set_colour_by("product")


def test_the_view_menu_switches_the_main_windows_map(make_window, qtbot):
    window = make_window()
    assert not window.act_by_regime.isChecked() and window.map.colour_by == "mode"
    window.act_by_regime.trigger()
    assert window.map.colour_by == "regime"
    window.act_by_regime.trigger()
    assert window.map.colour_by == "mode"
