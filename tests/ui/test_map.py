"""The network map on the bundled dataset: what it draws, hover texts, clicks, screenshots."""

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator

from twinparks.example import example_path
from twinparks.models.network import Network, as_key, as_number
from twinparks.models.solve import solve
from twinparks.ui import map_layers
from twinparks.ui.map_view import NetworkMap
from twinparks.workbook import read_workbook

SIZE = (1200, 800)


@pytest.fixture(scope="module")
def network() -> Network:
    return read_workbook(example_path()).network


@pytest.fixture(scope="module")
def plan(network):
    result = solve(network)
    assert result.optimal
    return result


def show_map(qtbot, network: Network, plan=None) -> NetworkMap:
    """A map of ``network`` (with ``plan``'s flows) shown at SIZE, fitted and settled."""
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_network(network)
    if plan is not None:
        widget.set_plan(plan)
    widget.fit()
    settle(qtbot, widget)
    return widget


@pytest.fixture
def shown_map(qtbot, network) -> NetworkMap:
    return show_map(qtbot, network)


def settle(qtbot, widget: NetworkMap) -> None:
    """Let the sea routes arrive (and the drawing along them, read in a worker for a big
    network), the debounced label layout run and the lanes paint."""
    qtbot.waitUntil(lambda: not widget.routes_pending, timeout=60_000)
    qtbot.wait(80)  # (the routes' signal starts that drawing)
    assert widget.wait_drawn()
    widget._layout_labels()
    assert widget.wait_labels() and widget.wait_lanes()


def sites_with_coordinates(network) -> set[str]:
    sites = network.table("Sites")
    return {as_key(row["id"]) for _, row in sites.iterrows()
            if as_number(row["lat"]) is not None and as_number(row["lon"]) is not None}


def scatter_ids(widget: NetworkMap) -> set[str]:
    return {point.data() for scatter in widget._scatters.values() for point in scatter.points()}


def view_to_widget(widget: NetworkMap, lon: float, lat: float) -> QPoint:
    scene = widget.getViewBox().mapViewToScene(QPointF(lon, lat))
    return widget.mapFromScene(scene)


def test_every_site_with_coordinates_and_its_lanes_are_drawn(shown_map, network):
    expected = sites_with_coordinates(network)
    assert expected and set(shown_map.sites()) == expected
    assert scatter_ids(shown_map) == expected
    lanes = network.table("Lanes")
    assert set(shown_map.lanes()) == {as_key(lane) for lane in lanes["id"]}
    kinds = {site.kind for site in shown_map.sites().values()}
    assert {"park", "port", "market", "supplier"} <= kinds


def test_coastline_is_loaded_and_covers_every_site(shown_map, network):
    rings = map_layers.coastline_rings()
    assert len(rings) > 200
    assert shown_map.coastline.path().elementCount() > 5000
    points = np.vstack(rings)
    for site in shown_map.sites().values():
        assert points[:, 0].min() <= site.lon <= points[:, 0].max()
        assert points[:, 1].min() <= site.lat <= points[:, 1].max()
    assert Path(map_layers.COASTLINE_PATH).stat().st_size < 300_000


def test_aspect_follows_the_middle_latitude(shown_map):
    lats = [site.lat for site in shown_map.sites().values()]
    cos = math.cos(math.radians((max(lats) + min(lats)) / 2))
    pw, ph = shown_map.getViewBox().viewPixelSize()
    assert pw * cos == pytest.approx(ph, rel=1e-3)
    plot = shown_map.getPlotItem()
    assert "Longitude" in plot.getAxis("bottom").labelText
    assert "Latitude" in plot.getAxis("left").labelText


def test_fit_shows_the_corridor_and_fit_everything_every_site(shown_map):
    shown_map.getViewBox().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
    shown_map.fit()
    (x0, x1), (y0, y1) = shown_map.getViewBox().viewRange()
    sites = shown_map.sites().values()
    for site in sites:
        if site.kind != "supplier":
            assert x0 < site.lon < x1 and y0 < site.lat < y1
    assert not all(x0 < s.lon < x1 and y0 < s.lat < y1 for s in sites), \
        "the far suppliers of the example should be outside the corridor view"
    shown_map.fit(everything=True)
    (x0, x1), (y0, y1) = shown_map.getViewBox().viewRange()
    for site in sites:
        assert x0 < site.lon < x1 and y0 < site.lat < y1


KEY_KINDS = ("park", "port", "market")


def visible_labels(widget: NetworkMap) -> list:
    return [label for label in widget.labels().values() if label.isVisible()]


def named_sites(widget: NetworkMap) -> set[str]:
    """The site ids the visible labels name (co-located sites share one label)."""
    return {name for label in visible_labels(widget)
            for name in label.textItem.toPlainText().split(", ")}


def in_view(widget: NetworkMap) -> list:
    (x0, x1), (y0, y1) = widget.getViewBox().viewRange()
    return [s for s in widget.sites().values() if x0 < s.lon < x1 and y0 < s.lat < y1]


@pytest.mark.parametrize("size", [(660, 640), SIZE])  # the main window's map tab, and wide
def test_every_key_site_is_named_at_the_default_zoom_without_overlaps(qtbot, network, size,
                                                                      screenshots):
    """Parks, ports and markets in view all have a label; no two labels touch.

    Kuantan, KTN_PORT and MCKIP are within two pixels of each other at this
    zoom: they share one label; the others may sit away with a leader line.
    """
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_network(network)
    widget.fit()
    settle(qtbot, widget)
    assert widget.grab().save(str(screenshots / f"map_labels_{size[0]}.png"))
    labels = visible_labels(widget)
    rects = [label.sceneBoundingRect() for label in labels]
    assert len(labels) >= 10
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[i + 1:]), \
            labels[i].textItem.toPlainText()
    plot = widget.getViewBox().sceneBoundingRect()
    assert all(plot.contains(rect) for rect in rects)
    key = {site.id for site in in_view(widget) if site.kind in KEY_KINDS}
    assert {"MCKIP", "CMQIP", "KTN_PORT", "QZ_PORT", "SG_PORT", "SINGAPORE"} <= key
    assert key <= named_sites(widget)
    for site_id, site in widget.sites().items():
        if site.kind == "park":
            assert widget.label(site_id).isVisible()


def test_sites_on_top_of_each_other_share_one_label(shown_map, qtbot):
    """MCKIP's port and town lie under its star at the default zoom: one label names them."""
    text = shown_map.label("MCKIP").textItem.toPlainText()
    assert text.split(", ")[0] == "MCKIP" and "KTN_PORT" in text
    shown_map.getViewBox().setRange(xRange=(103.2, 103.6), yRange=(3.7, 4.1), padding=0)
    settle(qtbot, shown_map)
    assert shown_map.label("MCKIP").textItem.toPlainText() == "MCKIP"  # zoomed in: apart
    assert shown_map.label("KTN_PORT").isVisible()


@pytest.mark.parametrize("everything", [False, True])
def test_the_legend_sits_beside_the_map_covering_no_lane_or_site(shown_map, plan, everything,
                                                                 qtbot):
    shown_map.set_plan(plan)
    shown_map.fit(everything=everything)
    settle(qtbot, shown_map)
    legend = shown_map._legend.item.sceneBoundingRect()
    assert shown_map._legend.item.isVisible() and legend.width() > 50
    plot = shown_map.getViewBox().sceneBoundingRect()
    assert not legend.intersects(plot)
    widget_rect = shown_map.mapToScene(shown_map.viewport().rect()).boundingRect()
    assert widget_rect.contains(legend)  # not pushed off the widget either
    view = shown_map.getViewBox()
    for site in shown_map.sites().values():
        assert not legend.contains(view.mapViewToScene(QPointF(site.lon, site.lat)))
    for graphic in shown_map.lanes().values():
        for lon, lat in graphic.points:
            assert not legend.contains(view.mapViewToScene(QPointF(lon, lat)))


def test_opposite_lanes_are_drawn_apart(shown_map):
    lanes = shown_map.lanes()
    there, back = lanes["QZ_KTN_DIRECT"].points, lanes["KTN_QZ_DIRECT"].points
    assert np.hypot(*(there[12] - back[12])) > 1.0  # degrees apart at the middle


def test_plan_sets_width_by_tonnes_colour_by_mode_and_unused_dashed(shown_map, plan):
    shown_map.set_plan(plan)
    tonnes = plan.tables["lanes"].set_index("lane")["tonnes"]
    lanes = shown_map.lanes()
    used = tonnes[tonnes > 0].sort_values()
    light, heavy = lanes[used.index[0]], lanes[used.index[-1]]
    assert heavy.pen.widthF() > light.pen.widthF()
    unused = lanes[tonnes[tonnes == 0].index[0]]
    assert unused.pen.style() == Qt.PenStyle.DashLine
    assert light.pen.style() == Qt.PenStyle.SolidLine
    sea, rail = lanes["HEDLAND_KTN"], lanes["QZPORT_CQ"]
    assert sea.pen.color().rgb() != rail.pen.color().rgb()
    shown_map.set_plan(None)
    widths = {graphic.pen.widthF() for graphic in shown_map.lanes().values()}
    assert len(widths) == 1


def test_hover_texts_for_sites_and_lanes(shown_map, plan):
    site = shown_map.sites()["MCKIP"]
    text = shown_map.tooltip_at(site.lon, site.lat)
    assert "MCKIP" in text and site.name in text and "MY" in text and "Industrial park" in text
    assert "Production" not in text
    shown_map.set_plan(plan)
    assert "Production output" in shown_map.tooltip_at(site.lon, site.lat)
    market = shown_map.sites()["CHONGQING"]
    assert "unmet" in shown_map.tooltip_at(market.lon, market.lat)
    lane = shown_map.lanes()["KALIMANTAN_KTN"]
    text = shown_map.tooltip_at(*lane.points[8])
    assert "KALIMANTAN_KTN" in text and "KALIMANTAN_ORE → KTN_PORT" in text
    assert "1,200,000" in text and "unlimited" in text and "Transit: 4" in text
    assert shown_map.tooltip_at(-30.0, -60.0) == ""  # open sea


def test_clicking_a_site_emits_its_id(shown_map, qtbot):
    shown_map.fit(everything=True)
    for site_id in ("SEPT_ILES", "CMQIP"):
        site = shown_map.sites()[site_id]
        with qtbot.waitSignal(shown_map.siteClicked, timeout=2000) as blocker:
            qtbot.mouseClick(shown_map.viewport(), Qt.MouseButton.LeftButton,
                             pos=view_to_widget(shown_map, site.lon, site.lat))
        assert blocker.args == [site_id]
    with qtbot.assertNotEmitted(shown_map.siteClicked):
        qtbot.mouseClick(shown_map.viewport(), Qt.MouseButton.LeftButton,
                         pos=view_to_widget(shown_map, -30.0, -60.0))
    with qtbot.waitSignal(shown_map.siteClicked, timeout=1000) as blocker:
        assert shown_map.click_at(site.lon, site.lat) == "CMQIP"
    assert blocker.args == ["CMQIP"]


def test_highlight_and_clear(shown_map):
    shown_map.highlight({"MCKIP", "NOT_A_SITE"}, {"QZ_KTN_DIRECT"})
    assert len(shown_map._halo.points()) == 1
    assert len(shown_map._marks) == 1
    assert shown_map._marks[0].pen().color().name() == map_layers.HIGHLIGHT
    shown_map.highlight(set(), set())
    assert len(shown_map._halo.points()) == 0 and not shown_map._marks


def test_an_invalid_network_draws_what_it_can(shown_map, network):
    broken = network.copy()
    sites = broken.tables["Sites"]
    sites.loc[sites.index[0], "lat"] = "north"  # MCKIP
    sites.loc[sites.index[1], "lon"] = None  # CMQIP
    sites.loc[sites.index[2], "kind"] = "warehouse"  # KTN_PORT: unknown kind, drawn as a hub
    sites.loc[sites.index[3], "lat"] = 123.0  # QZ_PORT: off the globe
    lanes = broken.tables["Lanes"]
    lanes.loc[lanes.index[0], "origin"] = "NOWHERE"
    lanes.loc[lanes.index[1], "mode"] = 42
    shown_map.set_network(broken)
    drawn = shown_map.sites()
    assert not {"MCKIP", "CMQIP", "QZ_PORT"} & set(drawn)
    assert drawn["KTN_PORT"].kind == "hub"
    assert "HEDLAND_KTN" not in shown_map.lanes()
    assert shown_map.lanes()["KALIMANTAN_KTN"].lane.mode == "other"
    for graphic in shown_map.lanes().values():
        assert {graphic.lane.origin, graphic.lane.destination} <= set(drawn)
    shown_map.set_network(Network())
    assert not shown_map.sites() and not shown_map.lanes()
    shown_map.fit()


class Marking(QTranslator):
    """Wraps every NetworkMap string in «…» so untranslated ones stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "NetworkMap" else None


def test_user_visible_strings_go_through_translation(qtbot, network, plan):
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        widget = NetworkMap()
        qtbot.addWidget(widget)
        widget.set_network(network)
        widget.set_plan(plan)
        qtbot.waitUntil(lambda: not widget.routes_pending, timeout=60_000)
        plot = widget.getPlotItem()
        assert plot.getAxis("bottom").labelText.startswith("«")
        assert all(text.startswith("«") for text in widget.legend_texts())
        lane = widget.lanes()["SEPTILES_KTN"]
        text = widget.tooltip_at(*lane.points[8])
        assert text.count("«") >= 6
    finally:
        QCoreApplication.removeTranslator(translator)


def test_screenshots_before_and_after_the_solve(shown_map, plan, qtbot, screenshots):
    assert shown_map.grab().save(str(screenshots / "map_network.png"))
    assert shown_map.tooltip_at(-30.0, -60.0) == "" and len(shown_map.lanes()) > 0
    shown_map.set_plan(plan)
    settle(qtbot, shown_map)
    assert shown_map.grab().save(str(screenshots / "map_plan.png"))
    port = shown_map.sites()["QZ_PORT"]
    assert "t" in shown_map.tooltip_at(port.lon, port.lat)  # figures of the plan on hover
    shown_map.getViewBox().setRange(xRange=(96, 124), yRange=(-9, 33), padding=0)
    settle(qtbot, shown_map)
    assert shown_map.grab().save(str(screenshots / "map_plan_asean.png"))
    (left, right), (bottom, top) = shown_map.getViewBox().viewRange()
    assert left < port.lon < right and bottom < port.lat < top
    shown_map.highlight({"QZ_PORT", "KTN_PORT"}, {"KTN_QZ_DIRECT", "QZ_KTN_DIRECT"})
    settle(qtbot, shown_map)
    assert shown_map.grab().save(str(screenshots / "map_highlight.png"))


def test_built_investments_are_starred_on_their_plant_or_lane_with_a_legend_entry(
        shown_map, plan, qtbot):
    """The example builds phase 2, a refinery train and an extrusion press, all at MCKIP."""
    before = shown_map.legend_texts()
    assert "Investment built" not in before  # no plan, no stars
    shown_map.set_plan(plan)
    settle(qtbot, shown_map)
    stars = shown_map._investments
    built = set(plan.investments.loc[plan.investments["modules"] > 0, "investment"])
    assert set(stars.data["data"]) == built == {"KT_FLAT_P2", "KT_ALUMINA_2", "KT_EXTRUDE_2"}
    park = shown_map.sites()["MCKIP"]
    assert all(abs(x - park.lon) < 1 and abs(y - park.lat) < 1
               for x, y in zip(stars.data["x"], stars.data["y"], strict=True))
    assert "Investment built" in shown_map.legend_texts()
    shown_map.set_plan(None)
    assert len(stars.data) == 0


def test_ctrl_9_in_the_window_fits_every_site_and_ctrl_0_the_corridor(make_window, qtbot,
                                                                     screenshots):
    window = make_window()
    window.output_tabs.setCurrentWidget(window.map)
    qtbot.waitUntil(lambda: bool(window.map.sites()), timeout=10_000)
    settle(qtbot, window.map)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.map)
    assert window.map.grab().save(str(screenshots / "map_window_all_sites.png"))
    view = window.map.getViewBox()
    plot = view.sceneBoundingRect()
    sites = window.map.sites().values()
    assert len(in_view(window.map)) == len(sites)
    for site in sites:  # on the map itself, not under the legend
        assert plot.contains(view.mapViewToScene(QPointF(site.lon, site.lat))), site.id
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.map)
    corridor = {s.id for s in in_view(window.map)}
    assert {s.id for s in sites if s.kind != "supplier"} <= corridor
    assert "SEPT_ILES" not in corridor  # ore from Canada: only with Ctrl+9


def test_a_map_of_many_lanes_paints_them_without_antialiasing(qtbot, network, monkeypatch):
    """Above ANTIALIAS_MAX_LANES the lanes' image is painted without antialiasing, and back."""
    from twinparks.ui import map_lanes

    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.set_network(network)
    layer = widget._lane_layer
    assert layer.antialiased and layer.canvas.lanes.antialias
    monkeypatch.setattr(map_lanes, "ANTIALIAS_MAX_LANES", len(widget.lanes()) - 1)
    widget.set_network(network)
    assert not layer.antialiased and not layer.canvas.lanes.antialias
    assert not widget.grab().isNull()  # paints (without antialiasing) and shows
    monkeypatch.undo()
    widget.set_network(network)
    assert layer.canvas.lanes.antialias


def test_the_stress_views_map_shows_the_asia_pacific_before_a_run(make_window, qtbot):
    """It was made hidden and showed the Gulf of Guinea (lon -3..4) until a stress run."""
    window = make_window()
    window.output_tabs.setCurrentWidget(window.scenarios)
    window.scenarios.tabs.setCurrentIndex(1)
    stress_map = window.scenarios.stress_map
    qtbot.waitExposed(stress_map)
    qtbot.wait(50)
    (x0, x1), (y0, y1) = stress_map.getViewBox().viewRange()
    assert x0 <= 100 <= x1 and y0 <= 10 <= y1, ((x0, x1), (y0, y1))


def test_the_cached_axes_follow_a_zoom_and_a_pan(shown_map, qtbot):
    """The axes (ticks, grid) are painted from a pixmap kept until the view changes."""
    from PySide6.QtWidgets import QGraphicsItem

    axis = shown_map.getPlotItem().getAxis("bottom")
    assert axis.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    box = shown_map.getViewBox()
    shown_map.grab()  # the axes' pixmaps are made
    box.scaleBy((0.5, 0.5))
    (x0, x1), (y0, y1) = box.viewRange()
    box.setRange(xRange=(x0 + 0.3 * (x1 - x0), x1 + 0.3 * (x1 - x0)), yRange=(y0, y1), padding=0)
    settle(qtbot, shown_map)
    cached = shown_map.grab().toImage()
    shown_map.set_axes_cached(False)
    plain = shown_map.grab().toImage()
    assert cached == plain


def test_a_sites_rows_come_from_an_index_of_the_plan_as_a_scan_finds_them(plan, monkeypatch):
    """Hovering a site scanned every demand row (202k at 1e6); the plan is indexed once."""
    from twinparks.ui import map_layers

    for name in ("production", "demand"):
        table = plan.tables[name]
        for site in [*table["site"].astype(str).unique(), "NOWHERE"]:
            scanned = table[table["site"].map(map_layers._text) == site].to_dict("records")
            rows = map_layers.site_rows(table, site)
            assert len(rows) == len(scanned)
            assert pd.DataFrame(rows).equals(pd.DataFrame(scanned))  # (NaN equal to NaN)
    built = []
    real = map_layers._site_keys
    monkeypatch.setattr(map_layers, "_site_keys", lambda column: built.append(1) or real(column))
    demand = plan.tables["demand"]
    map_layers.site_rows(demand, "x")
    map_layers.site_rows(demand, "y")
    assert built == []  # indexed above
    map_layers.site_rows(demand.copy(), "x")
    assert built == [1]  # another table: indexed once more
    mixed = pd.DataFrame({"site": [" A ", None, float("nan"), "B", "A", 7], "n": range(6)})
    assert [r["n"] for r in map_layers.site_rows(mixed, "A")] == [0, 4]
    assert [r["n"] for r in map_layers.site_rows(mixed, "7")] == [5]
