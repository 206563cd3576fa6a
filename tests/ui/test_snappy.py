"""The window never freezes on a big workbook, and the map's costs grow linearly.

Opening runs in a worker (the event loop keeps ticking; Cancel keeps the
current document), validation after an edit is applied only if nothing
changed meanwhile, a big plan fills only the page in front, a lane edit
rebuilds one chunk of lanes, and label placement does a bounded number of
checks per site. Counts, never times (times go in benchmarks/).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QTimer

from twinparks.example import example_path
from twinparks.models.commands import SetCells
from twinparks.models.solve import solve
from twinparks.models.synthetic import synthetic_network
from twinparks.ui import label_placement
from twinparks.ui.document import read_document
from twinparks.ui.map_view import NetworkMap
from twinparks.ui.results import panel as panel_module
from twinparks.ui.results.panel import ResultsPanel
from twinparks.workbook import read_workbook, write_workbook


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory):
    """A synthetic workbook large enough that reading it takes a while (~2e4 variables)."""
    path = tmp_path_factory.mktemp("big") / "synthetic.xlsx"
    write_workbook(synthetic_network(20_000, 0), path)
    return path


@pytest.fixture
def slow_read(monkeypatch):
    """``slow_read()``: from now on reading waits for the event it returns (set by the test)."""
    release = threading.Event()

    def read(path, report):
        assert release.wait(30)
        return read_document(path, report)

    def arm() -> threading.Event:
        monkeypatch.setattr("twinparks.ui.open_progress.read_document", read)
        return release

    yield arm
    release.set()


def test_the_window_keeps_ticking_while_a_big_workbook_opens(make_window, big_workbook,
                                                             slow_read, checked):
    window = make_window()
    QTimer.singleShot(300, slow_read().set)  # only a running event loop can fire this
    ticks, longest, clock = [], [0], QElapsedTimer()
    heartbeat = QTimer(interval=10)

    def beat():
        ticks.append(1)
        longest[0] = max(longest[0], clock.restart())

    heartbeat.timeout.connect(beat)
    clock.start()
    heartbeat.start()
    try:
        assert window.load_path(big_workbook)
    finally:
        heartbeat.stop()
    assert len(ticks) >= 5, "the event loop stood still while the workbook was read"
    assert window.document.path == big_workbook
    assert window.document.checking  # shown first, validated in the background after
    checked(window.document)
    assert window.document.problems_current


def test_cancel_while_opening_keeps_the_current_document(make_window, big_workbook,
                                                        slow_read, qtbot):
    window = make_window()
    release = slow_read()
    network, title = window.document.network, window.windowTitle()
    QTimer.singleShot(100, window.cancel_open)  # runs inside load_path's own event loop
    assert not window.load_path(big_workbook)
    release.set()
    assert window.document.network is network
    assert window.windowTitle() == title and window.document.path is None
    assert window.opener.wait(60)
    qtbot.wait(100)  # the abandoned read's result has arrived by now, and was dropped
    assert window.document.network is network


def test_validation_of_an_edit_is_dropped_when_another_edit_came_in(make_window, qtbot):
    window = make_window()
    document = window.document
    document.push(SetCells("Plants", [(0, "capacity", "lots")]))
    document.validate_in_background()
    document.push(SetCells("Plants", [(0, "capacity", 5.0)]))  # fixed before the result came
    assert not document.problems_current
    qtbot.waitUntil(lambda: document.problems_current, timeout=30_000)
    assert not any(p.sheet == "Plants" and p.column == "capacity" for p in document.problems)


def test_a_big_plan_fills_only_the_page_in_front(qtbot, monkeypatch):
    network = read_workbook(example_path()).network
    plan = solve(network)
    monkeypatch.setattr(panel_module, "LAZY_ROWS", 0)  # the example's plan counts as big
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.setCurrentWidget(panel.summary)
    panel.set_plan(plan, "USD")
    assert panel.summary.showing_content()
    assert all(panel.is_pending(page) for page in panel.pages if page is not panel.summary)
    assert panel.lanes.lane_model.rowCount() == 0
    panel.setCurrentWidget(panel.lanes)
    assert not panel.is_pending(panel.lanes)
    assert panel.lanes.lane_model.rowCount() == len(plan.lanes)


@pytest.fixture
def synthetic_map(qtbot):
    network = synthetic_network(20_000, 0)
    widget = NetworkMap()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_network(network)
    qtbot.waitUntil(lambda: not widget.routes_pending, timeout=120_000)
    widget._layout_labels()
    assert widget.wait_labels()
    return widget, network


def test_editing_one_lane_redraws_that_lane_only(synthetic_map):
    widget, network = synthetic_map
    lanes = network.tables["Lanes"]
    assert len(widget.lanes()) > 100
    items = widget._lane_layer.items()
    assert items <= len(widget.lanes()) / 4  # batched: a few items, not two per lane
    widget.set_network(network)
    assert widget._lane_layer.rebuilt == 0  # nothing changed, nothing redrawn
    edited = network.copy()
    edited.tables["Lanes"].loc[lanes.index[0], "cost_per_tonne"] = 99.0
    widget.set_network(edited)
    assert widget._lane_layer.rebuilt == 0  # a cost is not drawn
    road = next(i for i, mode in enumerate(lanes["mode"]) if mode == "road")
    other_site = next(s for s in edited.tables["Sites"]["id"]
                      if s not in (lanes["origin"].iat[road], lanes["destination"].iat[road]))
    edited.tables["Lanes"].iat[road, list(lanes.columns).index("destination")] = other_site
    widget.set_network(edited)
    assert widget._lane_layer.rebuilt == 1
    lane_id = str(lanes["id"].iat[road])
    assert widget.lanes()[lane_id].lane.destination == str(other_site)


def test_an_edit_reads_and_draws_only_the_edited_lane_anew(synthetic_map, monkeypatch):
    """The map's redraw after an edit reads the edited row only, and makes one lane graphic."""
    from twinparks.ui import map_lanes, map_layers

    widget, network = synthetic_map
    calls = {"rows": 0, "graphics": 0}
    read_lane, make_graphic = map_layers._lane, map_lanes.LaneGraphic

    def counted_lane(*row):
        calls["rows"] += 1
        return read_lane(*row)

    def counted_graphic(*args, **kwargs):
        calls["graphics"] += 1
        return make_graphic(*args, **kwargs)

    monkeypatch.setattr(map_layers, "_lane", counted_lane)
    monkeypatch.setattr(map_lanes, "LaneGraphic", counted_graphic)
    edited = network.copy()
    lanes = edited.tables["Lanes"]
    road = next(i for i, mode in enumerate(lanes["mode"]) if mode == "road")
    lanes.iat[road, list(lanes.columns).index("mode")] = "rail"
    widget.set_network(edited)
    assert calls == {"rows": 1, "graphics": 1}
    assert widget.lanes()[str(lanes["id"].iat[road])].lane.mode == "rail"
    assert widget._lane_layer.rebuilt == 0  # without a plan a rail lane looks like a road


def _requests(count: int) -> tuple[list, dict]:
    """``count`` sites on a jittered grid filling a 1200 x 800 screen densely."""
    side = int(count ** 0.5) + 1
    requests, markers = [], {}
    for number in range(count):
        x = 20 + (number % side) * 1160 / side + (number * 7919 % 5)
        y = 20 + (number // side) * 760 / side + (number * 104729 % 5)
        key = f"S{number}"
        requests.append(label_placement.LabelRequest(key, number % 3, QPointF(x, y), 60, 16, 5))
        markers[key] = (number % 3, QRectF(x - 6, y - 6, 12, 12))
    return requests, markers


def test_label_placement_does_a_bounded_number_of_checks_per_site():
    screen = QRectF(0, 0, 1200, 800)
    for count in (500, 4000):
        requests, markers = _requests(count)
        stats: dict = {}
        placed = label_placement.place_labels(requests, markers, bounds=screen, stats=stats)
        assert placed
        assert stats["checks"] <= len(label_placement.CANDIDATES) * count


def test_placed_labels_never_overlap_on_a_dense_screen():
    requests, markers = _requests(2000)
    placed = label_placement.place_labels(requests, markers, bounds=QRectF(0, 0, 1200, 800))
    rects = [label_placement.candidate_rect(r, placed[r.key]) for r in requests if r.key in placed]
    assert len(rects) > 50
    grid: dict[tuple[int, int], list[QRectF]] = {}
    for rect in rects:  # pairwise check through a coarse grid, to keep the test quick
        cell = (int(rect.x() // 100), int(rect.y() // 100))
        near = [other for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                for other in grid.get((cell[0] + dx, cell[1] + dy), [])]
        assert not any(rect.intersects(other) for other in near)
        grid.setdefault(cell, []).append(rect)


def test_the_app_hands_the_gil_to_the_gui_thread_within_a_tenth_of_a_millisecond(
        qapp, monkeypatch):
    """Behind a worker the GUI thread waited up to 5 ms (CPython's default) per Python call
    Qt makes; at 1 ms an opening at 1e6 still stalled 0.4-1.0 s (ui/app.py)."""
    import sys

    from twinparks.ui import app as app_module

    class Started(Exception):
        pass

    def no_window(settings):
        raise Started

    monkeypatch.setattr(app_module, "MainWindow", no_window)
    monkeypatch.setattr(app_module, "apply_language", lambda *args: "")  # this app's stays
    before = sys.getswitchinterval(), qapp.applicationName(), qapp.organizationName()
    try:
        with pytest.raises(Started):
            app_module.run(settings=object())
        assert sys.getswitchinterval() == pytest.approx(app_module.GIL_SWITCH_S)
        assert app_module.GIL_SWITCH_S <= 0.0001
    finally:
        sys.setswitchinterval(before[0])
        qapp.setApplicationName(before[1])
        qapp.setOrganizationName(before[2])
