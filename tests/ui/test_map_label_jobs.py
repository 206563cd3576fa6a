"""The map's labels laid out in a worker thread: shown once placed, stale layouts dropped."""

import threading

import pytest

from tests.ui.test_map import show_map
from twinparks.models.synthetic import synthetic_network
from twinparks.ui import map_labels
from twinparks.ui.map_view import NetworkMap


@pytest.fixture(scope="module")
def network():
    return synthetic_network(20_000, 0)  # a few hundred sites: more labels than one slice


@pytest.fixture
def big_map(qtbot, network) -> NetworkMap:
    return show_map(qtbot, network)


def shown(widget: NetworkMap) -> set[str]:
    return {key for key, label in widget.labels().items() if label.isVisible()}


def test_a_layout_runs_off_the_gui_thread_and_shows_in_slices(big_map, monkeypatch, qtbot):
    threads = []
    real = map_labels.layout_labels

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(map_labels, "layout_labels", recorded)
    labels = big_map._site_labels
    left = []  # labels still to show right after the layout arrived
    labels._job.finished.connect(lambda _: left.append(len(labels._queue)))
    before = labels.layouts
    big_map.getViewBox().scaleBy((0.8, 0.8))
    big_map._layout_labels()
    assert labels.pending
    labels._job.wait(30)
    assert threads and all(t is not threading.main_thread() for t in threads)
    qtbot.waitUntil(lambda: labels.layouts > before, timeout=10_000)
    assert left and left[0] > 0, "more labels than one slice: the rest wait for the next turns"
    qtbot.waitUntil(lambda: not labels.pending, timeout=10_000)
    assert len(shown(big_map)) > map_labels.APPLY_SLICE


def test_a_layout_for_a_view_since_left_is_dropped(big_map):
    labels = big_map._site_labels
    view = big_map.getViewBox()
    delivered = []
    labels._job.finished.connect(lambda layout: delivered.append(layout.pixel))
    view.scaleBy((0.5, 0.5))
    big_map._layout_labels()
    zoomed = big_map._pixel_size()
    labels._job.wait(30)  # placed, not delivered yet (a queued signal)
    view.scaleBy((2.0, 2.0))  # back out: the first layout is for a view left behind
    big_map._layout_labels()
    assert big_map.wait_labels()
    assert delivered and zoomed not in delivered
    (x0, x1), (y0, y1) = view.viewRange()
    for key in shown(big_map):  # every label shown belongs to a site in the final view
        site = big_map.sites()[key]
        assert x0 <= site.lon <= x1 and y0 <= site.lat <= y1


def test_labels_zoomed_in_and_out_again_are_those_of_the_first_layout(big_map):
    first = shown(big_map)
    view = big_map.getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    view.scaleBy((0.3, 0.3))
    big_map._layout_labels()
    assert big_map.wait_labels()
    assert shown(big_map) != first
    view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    big_map._layout_labels()
    assert big_map.wait_labels()
    assert shown(big_map) == first


def test_a_small_pan_moves_only_the_labels_whose_place_changed(big_map, monkeypatch):
    """A label keeps its lon/lat place on a pan: only labels placed otherwise are touched."""
    labels = big_map._site_labels
    moved = []
    place = labels._place
    monkeypatch.setattr(labels, "_place", lambda site, *args: (moved.append(site.id),
                                                               place(site, *args)))
    view = big_map.getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    step = 3 * big_map._pixel_size()[0]
    view.setRange(xRange=(x0 + step, x1 + step), yRange=(y0, y1), padding=0)
    big_map._layout_labels()
    assert big_map.wait_labels()
    assert len(shown(big_map)) > 50
    assert len(moved) < len(shown(big_map)) / 2


def test_at_most_max_labels_show_the_most_important_first(big_map, monkeypatch):
    from twinparks.ui import label_layout

    monkeypatch.setattr(label_layout, "MAX_LABELS", 12)
    big_map._site_labels.invalidate()
    big_map._layout_labels()
    assert big_map.wait_labels()
    named = shown(big_map)
    assert len(named) == 12
    assert "park" in {big_map.sites()[key].kind for key in named}  # parks are placed first


def test_the_label_order_is_parks_first_then_by_id_as_python_sorts_them():
    from twinparks.ui.label_layout import label_order
    from twinparks.ui.map_layers import KIND_STYLES, Site

    kinds = list(KIND_STYLES)
    ids = ["b", "a", "B", "é", "e", "a", "Z", "ä", "10", "9", "", "b"]
    sites = [Site(i, "", kinds[n % len(kinds)], "", 0.0, 0.0) for n, i in enumerate(ids)]
    expected = sorted(range(len(sites)), key=lambda n: (sites[n].priority, sites[n].id))
    assert label_order(sites).tolist() == expected
    assert label_order([]).tolist() == []


def test_a_frozen_network_is_read_for_drawing_in_the_worker_only(big_map, network, monkeypatch):
    """A document's snapshot is never edited: its cells need no copy on the GUI thread."""
    from twinparks.ui import map_drawing, map_view

    readers = []

    def recording(real):
        def read(net):
            readers.append(threading.current_thread() is threading.main_thread())
            return real(net)
        return read

    monkeypatch.setattr(map_drawing, "snapshot", recording(map_drawing.snapshot))
    monkeypatch.setattr(map_view, "snapshot", recording(map_view.snapshot))
    monkeypatch.setattr(map_drawing, "SYNC_ROWS", map_drawing.rows_of(network) // 2)
    edited = network.copy()
    edited.tables["Lanes"].iat[0, list(edited.tables["Lanes"].columns).index("mode")] = "rail"
    big_map.set_network(edited, frozen=True)
    assert big_map.wait_drawn()
    assert readers == [False]
    assert big_map.lanes()[str(edited.tables["Lanes"]["id"].iat[0])].lane.mode == "rail"
    readers.clear()
    big_map.set_network(network)  # live: copied here first
    assert big_map.wait_drawn()
    assert readers == [True]


def test_the_window_gives_the_map_the_documents_snapshot(make_window, qtbot):
    from twinparks.models.commands import SetCells

    window = make_window()
    window.document.push(SetCells("Lanes", [(0, "cost_per_tonne", 1.0)]))
    qtbot.waitUntil(lambda: not window._map_timer.isActive(), timeout=5_000)
    assert window.map._network is window.document.snapshot() and window.map._frozen
