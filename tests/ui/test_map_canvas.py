"""The map's lanes as one image painted off the GUI thread: shown, stale ones dropped, sharp."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from tests.ui.test_map import SIZE, show_map
from twinparks.example import example_path
from twinparks.models.solve import solve
from twinparks.ui import lane_canvas, map_layers
from twinparks.ui.map_view import NetworkMap
from twinparks.workbook import read_workbook


@pytest.fixture(scope="module")
def network():
    return read_workbook(example_path()).network


@pytest.fixture(scope="module")
def plan(network):
    result = solve(network)
    assert result.optimal
    return result


@pytest.fixture
def solved_map(qtbot, network, plan) -> NetworkMap:
    return show_map(qtbot, network, plan)


def lane_pixels(image: QImage, widget: NetworkMap, lane_id: str, scale: float = 1.0
                ) -> list[QColor]:
    """The image's colours along the middle third of a lane's curve."""
    view = widget.getViewBox()
    points = widget.lanes()[lane_id].points
    colours = []
    for lon, lat in points[len(points) // 3: 2 * len(points) // 3]:
        at = widget.mapFromScene(view.mapViewToScene(QPointF(lon, lat)))
        colours.append(image.pixelColor(round(at.x() * scale), round(at.y() * scale)))
    return colours


def near(colour: QColor, expected: str, tolerance: int = 60) -> bool:
    target = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3],
                                                        strict=True))


def heaviest_sea_lane(widget: NetworkMap, plan) -> str:
    tonnes = plan.tables["lanes"].set_index("lane")["tonnes"]
    sea = [key for key, graphic in widget.lanes().items() if graphic.lane.mode == "sea"]
    return max(sea, key=lambda key: tonnes.get(key, 0.0))


def test_the_lanes_image_is_painted_off_the_gui_thread_and_shows(solved_map, plan, monkeypatch,
                                                                 qtbot):
    threads = []
    real = lane_canvas.render_image

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(lane_canvas, "render_image", recorded)
    canvas = solved_map._lane_layer.canvas
    solved_map.getViewBox().scaleBy((0.9, 0.9))  # a new view: a new image
    assert solved_map.wait_lanes()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert canvas.painted_for == canvas.geometry_now()
    lane = heaviest_sea_lane(solved_map, plan)
    shown = lane_pixels(solved_map.grab().toImage(), solved_map, lane)
    assert sum(near(c, map_layers.MODE_COLOURS["sea"]) for c in shown) >= len(shown) // 2
    canvas.setVisible(False)  # the same pixels without the lane layer: sea or land
    bare = lane_pixels(solved_map.grab().toImage(), solved_map, lane)
    assert sum(near(c, map_layers.MODE_COLOURS["sea"]) for c in bare) < len(bare) // 2


def test_an_image_for_a_view_since_left_is_dropped(solved_map):
    canvas = solved_map._lane_layer.canvas
    view = solved_map.getViewBox()
    delivered = []
    canvas._job.finished.connect(lambda result: delivered.append(result[1]))
    (x0, x1), (y0, y1) = view.viewRange()
    view.setRange(xRange=(x0 + 1, x1 + 1), yRange=(y0, y1), padding=0)
    canvas.wait()  # painted, but not delivered yet (a queued signal)
    view.setRange(xRange=(x0 + 2, x1 + 2), yRange=(y0, y1), padding=0)
    assert solved_map.wait_lanes()
    assert delivered  # the image of the second view arrived, never the first one's
    assert not any(g.left == pytest.approx(x0 + 1) for g in delivered)
    assert canvas.painted_for == canvas.geometry_now()
    assert canvas.painted_for.left == pytest.approx(view.viewRange()[0][0])


def test_an_edit_that_changes_no_lanes_look_paints_nothing_anew(solved_map, network):
    canvas = solved_map._lane_layer.canvas
    before = canvas.renders
    edited = network.copy()
    lanes = edited.tables["Lanes"]
    lanes.loc[lanes.index[0], "cost_per_tonne"] = 99.0
    solved_map.set_network(edited)
    assert not solved_map.lanes_pending  # no image asked for
    lanes.loc[lanes.index[0], "mode"] = "road" if lanes["mode"].iat[0] != "road" else "rail"
    solved_map.set_network(edited)
    assert solved_map._lane_layer.rebuilt == 1 and solved_map.lanes_pending
    assert solved_map.wait_lanes() and canvas.renders > before


def test_a_render_at_three_times_the_size_draws_the_lanes_themselves(solved_map, plan):
    """The PDF renders the map at 3x: the screen's image scaled up would be blurred."""
    scale = 3
    canvas = solved_map._lane_layer.canvas
    canvas.image = None  # no screen image: whatever shows was drawn for this render
    image = QImage(solved_map.width() * scale, solved_map.height() * scale,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QGraphicsView.render(solved_map, painter, QRectF(image.rect()),
                         solved_map.viewport().rect(), Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    shown = lane_pixels(image, solved_map, heaviest_sea_lane(solved_map, plan), scale)
    assert sum(near(c, map_layers.MODE_COLOURS["sea"]) for c in shown) >= len(shown) // 2
    assert np.isfinite(canvas.geometry_now().pw)


def test_a_big_network_is_read_in_a_worker_and_a_stale_reading_dropped(qtbot, network,
                                                                        monkeypatch):
    """Above SYNC_ROWS the map reads the network off the GUI thread; the latest one shows."""
    from twinparks.ui import map_drawing

    monkeypatch.setattr(map_drawing, "SYNC_ROWS", 0)
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    widget.set_network(network)
    widget.fit()
    assert widget.drawing_pending and not widget.sites()  # nothing drawn yet
    assert widget.wait_drawn()
    assert widget.drawings == 1 and widget.sites() and widget.lanes()
    (x0, x1), _ = widget.getViewBox().viewRange()
    assert all(x0 < s.lon < x1 for s in widget.sites().values() if s.kind != "supplier")
    lanes = network.tables["Lanes"]
    first, second = network.copy(), network.copy()
    column = list(lanes.columns).index("destination")
    first.tables["Lanes"].iat[0, column] = "CHENGDU"
    second.tables["Lanes"].iat[0, column] = "BANGKOK"
    widget.set_network(first)
    widget._drawing.wait(30)  # read, not delivered yet
    widget.set_network(second)
    assert widget.wait_drawn()
    assert widget.drawings == 2  # the reading of ``first`` never showed
    assert widget.lanes()[str(lanes["id"].iat[0])].lane.destination == "BANGKOK"


def test_a_plan_styles_the_lanes_in_the_worker_that_paints_them(solved_map, plan, monkeypatch):
    """set_plan styles no lane on the GUI thread: the looks are computed as arrays by the
    lane image's worker, and the image it returns shows the plan's flows."""
    from twinparks.ui import lane_style

    calls = []
    real = lane_style.lane_styles

    def recorded(lanes, styling):
        calls.append((threading.current_thread(), len(lanes), styling.plan))
        return real(lanes, styling)

    monkeypatch.setattr(lane_style, "lane_styles", recorded)
    solved_map.set_plan(None)
    solved_map.set_plan(plan)
    assert not calls and not solved_map._lane_layer.styles.computed
    assert solved_map.wait_lanes()
    assert calls and all(thread is not threading.main_thread() for thread, _, _ in calls)
    assert solved_map._lane_layer.styles.computed
    assert calls[-1][1:] == (len(solved_map.lanes()), plan)
    lane = heaviest_sea_lane(solved_map, plan)
    shown = lane_pixels(solved_map.grab().toImage(), solved_map, lane)
    assert sum(near(c, map_layers.MODE_COLOURS["sea"]) for c in shown) >= len(shown) // 2
    assert solved_map.lane_at(*solved_map.lanes()[lane].points[12]).lane.id == lane  # hover
