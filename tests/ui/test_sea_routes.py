"""Sea lanes follow sea routes (searoute, offline), not arcs over land; Ctrl+9 shows every site."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPolygonF

from tests.ui.test_map import SIZE, settle
from twinparks.example import example_path
from twinparks.ui import map_layers
from twinparks.ui.map_view import NetworkMap
from twinparks.ui.sea_routes import sea_route
from twinparks.workbook import read_workbook

PORT_HEDLAND, KUANTAN = (118.58, -20.31), (103.43, 3.97)


def _land() -> list[QPolygonF]:
    return [QPolygonF([QPointF(x, y) for x, y in ring]) for ring in map_layers.coastline_rings()]


def _on_land(points: np.ndarray, land: list[QPolygonF], ends_deg: float = 1.0) -> int:
    """How many points lie on land, ignoring those within ``ends_deg`` of either end."""
    inner = [p for p in points if min(np.hypot(*(p - points[0])),
                                      np.hypot(*(p - points[-1]))) > ends_deg]
    return sum(any(ring.containsPoint(QPointF(*p), Qt.FillRule.OddEvenFill) for ring in land)
               for p in inner)


@pytest.fixture
def shown_map(qtbot):
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_network(read_workbook(example_path()).network)
    widget.fit()
    settle(qtbot, widget)
    return widget


def test_a_sea_lane_goes_round_the_islands_not_over_them(shown_map):
    land = _land()
    sea_lanes = [g for g in shown_map.lanes().values() if g.lane.mode == "sea"]
    assert sea_lanes and all(g.by_sea for g in sea_lanes)
    hedland = shown_map.lanes()["HEDLAND_KTN"]
    arc = map_layers.lane_points(*(shown_map.sites()[end] for end in ("PORT_HEDLAND",
                                                                      "KTN_PORT")))
    assert _on_land(arc, land) > 0  # the old arc crossed Java or Borneo
    assert _on_land(hedland.points, land) == 0
    for graphic in sea_lanes:
        assert _on_land(graphic.points, land) <= 5, graphic.lane.id  # a coarse coastline


def test_routes_are_cached_per_pair_of_ends():
    sea_route.cache_clear()
    first = sea_route(*PORT_HEDLAND, *KUANTAN)
    again = sea_route(*PORT_HEDLAND, *KUANTAN)
    assert first is again and sea_route.cache_info().hits == 1


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare")
def test_routes_need_no_network():
    code = ("from twinparks.ui.sea_routes import sea_route\n"
            f"route = sea_route(*{PORT_HEDLAND}, *{KUANTAN})\n"
            "print(len(route))\n")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip("no permission to start without a network")
    result = subprocess.run(["unshare", "-n", sys.executable, "-c", code], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 5


def test_show_all_sites_fits_every_site(shown_map):
    shown_map.fit(everything=True)
    (x0, x1), (y0, y1) = shown_map.getViewBox().viewRange()
    for site in shown_map.sites().values():
        assert x0 <= site.lon <= x1 and y0 <= site.lat <= y1, site.id


def test_the_pdf_map_waits_for_the_sea_routes(qtbot):
    """The report's map is drawn once: it must not show the arcs drawn before routes arrive."""
    from twinparks.models.solve import solve
    from twinparks.ui import sea_routes
    from twinparks.ui.pdf_widgets import map_widget

    sea_routes._KNOWN.clear()  # as in a fresh `twinparks solve --report x.pdf`
    network = read_workbook(example_path()).network
    view = map_widget(network, solve(network), 500, 360)
    qtbot.addWidget(view)
    assert not view.routes_pending
    sea_lanes = [g for g in view.lanes().values() if g.lane.mode == "sea"]
    assert sea_lanes and all(g.by_sea for g in sea_lanes)


def test_the_pdf_maps_legend_is_drawn_at_the_images_scale(qtbot):
    """The legend ignored the 3x render of the PDF's map and came out a third of its size."""
    from PySide6.QtGui import QColor

    from twinparks.models.solve import solve
    from twinparks.ui.pdf_widgets import RENDER_SCALE, map_image, map_widget

    network = read_workbook(example_path()).network
    plan = solve(network)
    view = map_widget(network, plan, 500, 360)
    qtbot.addWidget(view)
    legend = view._legend.item.sceneBoundingRect()
    image = map_image(network, plan, 500, 360)
    # the legend's frame (#c8ccd2) is drawn where the widget has it, times the render scale
    right = int(legend.right() * RENDER_SCALE) - 2
    column = [QColor(image.pixel(right, y)).name() for y in range(image.height())]
    frame_rows = [y for y, colour in enumerate(column) if colour != "#ffffff"]
    assert frame_rows and max(frame_rows) >= legend.bottom() * RENDER_SCALE * 0.9


def _found_in_this_process(monkeypatch) -> list:
    """Routes computed in this process from now on (the child's are not)."""
    from twinparks.ui import sea_routes

    calls = []
    monkeypatch.setattr(sea_routes, "sea_route", lambda *ends: calls.append(ends))
    monkeypatch.setattr(sea_routes, "_KNOWN", {})
    return calls


def test_the_windows_map_finds_sea_routes_in_a_child_process(qtbot, monkeypatch):
    """searoute is pure Python: in a thread it took the GIL from the window for seconds."""
    calls = _found_in_this_process(monkeypatch)
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.set_network(read_workbook(example_path()).network)
    settle(qtbot, widget)
    sea_lanes = [g for g in widget.lanes().values() if g.lane.mode == "sea"]
    assert sea_lanes and all(g.by_sea for g in sea_lanes)
    assert calls == []


def test_without_the_child_the_routes_are_found_here(qtbot, monkeypatch):
    from twinparks.ui import sea_routes

    calls = _found_in_this_process(monkeypatch)
    def broken(pairs):
        raise EOFError("the sea-route process ended")

    monkeypatch.setattr(sea_routes.ROUTES, "_ask", broken)
    assert sea_routes.find_routes([(*PORT_HEDLAND, *KUANTAN)], in_child=True) == 1
    assert calls == [(*PORT_HEDLAND, *KUANTAN)]


def test_a_stopped_search_ends_the_child_and_the_next_one_starts_anew(monkeypatch):
    from twinparks.ui import sea_routes
    from twinparks.ui.background import JobCancelled

    routes = sea_routes.RouteProcess()
    first = routes.routes([(*PORT_HEDLAND, *KUANTAN)])
    assert first is not None and len(first[0]) > 5
    child = routes._process
    monkeypatch.setattr(routes._conn, "poll", lambda timeout: (_ for _ in ()).throw(JobCancelled))
    with pytest.raises(JobCancelled):
        routes.routes([(*KUANTAN, *PORT_HEDLAND)])
    assert routes._process is None and not child.is_alive()
    again = routes.routes([(*KUANTAN, *PORT_HEDLAND)])
    assert again is not None and len(again[0]) > 5
    routes.stop()
