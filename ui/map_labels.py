"""The map's site labels: one text item per labelled site, laid out as the view changes.

:class:`SiteLabels` hands each layout to :func:`ui.label_layout.layout_labels`
in a worker thread (grouping the sites under one marker, measuring their
texts, placing them on an occupancy grid: at 1e5 variables 0.6-0.7 s of
the GUI thread per zoom or pan before); only the latest layout counts, so
a result for a view since left is dropped. The labels it placed are then
shown a slice per turn of the event loop; an item is made for a label
only when it is first placed, and nothing is redone while the scale, the
view and the shown kinds are as at the last layout. A label placed away
from its marker (a crowded park) gets a thin leader line to it. Sites
whose markers lie on top of each other at the zoom shown (a park, its port
and its town) share one label that names them all, most important first.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QTimer
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.ui.background import Background
from twinparks.ui.label_layout import (
    LABEL_MARGIN_PX,
    Layout,
    LayoutInput,
    TextSizes,
    label_font,
    label_order,
    layout_labels,
)
from twinparks.ui.label_placement import CANDIDATES, LabelRequest
from twinparks.ui.map_layers import Site, cosmetic_pen

LEADER_COLOUR = "#25292e"  # as the label text: it must show over a lane
APPLY_SLICE = 15  # labels shown per turn of the event loop at most (1-3 ms each: text layout)
SLICE_BUDGET_S = 0.010  # and no more once a turn took this long (a busy machine: 10-30 ms each)
QUIT_WAIT_S = 5.0


class SiteLabels:
    """The label items of a view box's sites, placed so that no two overlap."""

    def __init__(self, view: pg.ViewBox):
        self._view = view
        self.items: dict[str, pg.TextItem] = {}  # made when first placed
        self._shown: set[str] = set()
        self._sizes = TextSizes()
        self._key: tuple | None = None
        self._order: tuple[list, np.ndarray] | None = None  # a sites list, its label order
        self._queue: list[tuple] = []  # (site, request, index, text) still to show
        self._as_shown: dict[str, tuple] = {}  # site id → (candidate, pixel, text) shown
        self._pixel = (1.0, 1.0)  # of the layout being shown
        self.layouts = 0  # layouts received (tests count them)
        self.leaders = QGraphicsPathItem()
        self.leaders.setPen(cosmetic_pen(LEADER_COLOUR, 1.0, alpha=230))
        self.leaders.setZValue(19)
        view.addItem(self.leaders, ignoreBounds=True)
        # the font database is loaded on first use, in one call holding the GIL: here, not
        # in the first layout's worker, where it froze the window for a few tenths of a second
        self._sizes.size("", "park")
        # goes with the view, and stops and joins its thread when the app quits (a thread
        # still laying out as Python exits would crash it); this object, not a QObject,
        # was called at quit even after its view was deleted ("QTimer already deleted")
        self._job = Background("label layout", view)
        self._job.finished.connect(self._on_layout)
        self._slices = QTimer(view, singleShot=True, interval=0)
        self._slices.timeout.connect(self._show_slice)

    def clear(self) -> None:
        """Drop every label item (the sites changed)."""
        self.discard()
        for item in self.items.values():
            self._view.removeItem(item)
        self.items, self._key, self._shown, self._as_shown = {}, None, set(), {}
        self.leaders.setPath(QPainterPath())

    def invalidate(self) -> None:
        """Lay out again at the next :meth:`layout` even if the view is unchanged."""
        self._key = None

    @property
    def pending(self) -> bool:
        """A layout is being placed or shown."""
        return self._job.running or bool(self._queue)

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Finish the layout in progress now: its placement and every label shown."""
        done = self._job.wait(timeout_s)
        QCoreApplication.processEvents()  # delivers the layout (a queued signal)
        while self._queue:
            self._show_slice()
        return done

    def discard(self) -> None:
        """Stop the layout in progress and join it (closing, quitting, the sites changed)."""
        self._job.discard()
        self._job.wait(QUIT_WAIT_S)
        self._slices.stop()
        self._queue = []

    def layout(self, sites: list[Site], xy: np.ndarray, shown: tuple[str, ...],
               pixel: tuple[float, float]) -> bool:
        """Start laying out the labels of the sites on screen; False when nothing changed.

        ``sites`` and ``xy`` (their lon/lat) in the same order; ``shown`` the
        kinds whose markers are visible; ``pixel`` the view's pixel size. The
        labels follow once laid out in a worker thread (see the module docstring).
        """
        view = self._view
        inside = view.sceneBoundingRect()
        ranges = (tuple(view.viewRange()[0]), tuple(view.viewRange()[1]))
        key = (pixel, ranges, shown, (inside.width(), inside.height()))
        if key == self._key:
            return False
        self._key = key
        if self._order is None or self._order[0] is not sites:
            self._order = (sites, label_order(sites))
        request = LayoutInput(sites, xy, self._order[1], shown, ranges, _to_scene(view),
                              inside, pixel)
        self._job.start(layout_labels, request, self._sizes)
        return True

    def _on_layout(self, layout: Layout) -> None:
        self.layouts += 1
        placed = {site.id for site, *_ in layout.placed}
        for site_id in self._shown - placed:
            self.items[site_id].setVisible(False)
            self._as_shown.pop(site_id, None)
        self._shown &= placed
        leaders = QPainterPath()
        for start, end in layout.leaders:
            leaders.moveTo(QPointF(*start))
            leaders.lineTo(QPointF(*end))
        self.leaders.setPath(leaders)
        self._pixel = layout.pixel
        self._queue = [entry for entry in layout.placed  # a pan moves no label on the map
                       if not _same(self._as_shown.get(entry[0].id), entry, self._pixel)]
        self._show_slice()

    def _show_slice(self) -> None:
        """Show the next placed labels, at most :data:`APPLY_SLICE` of them or
        :data:`SLICE_BUDGET_S` of work; the rest at the next turns."""
        deadline = time.perf_counter() + SLICE_BUDGET_S
        done = 0
        for site, request, index, text in self._queue[:APPLY_SLICE]:
            self._place(site, request, index, self._pixel)
            self._set_text(self.items[site.id], text)
            self._shown.add(site.id)
            self._as_shown[site.id] = (index, self._pixel, text)
            done += 1
            if time.perf_counter() > deadline:
                break
        del self._queue[:done]
        if self._queue:
            self._slices.start()

    @staticmethod
    def _set_text(item: pg.TextItem, text: str) -> None:
        if item.textItem.toPlainText() != text:
            item.setText(text)

    def _item(self, site: Site) -> pg.TextItem:
        item = self.items.get(site.id)
        if item is None:
            item = pg.TextItem(site.id, color="#25292e", fill=pg.mkBrush(255, 255, 255, 150))
            item.setFont(label_font(site.kind))
            item.textItem.document().setDocumentMargin(LABEL_MARGIN_PX)
            item.setZValue(20)
            self._view.addItem(item, ignoreBounds=True)
            self.items[site.id] = item
        return item

    def _place(self, site: Site, request: LabelRequest, index: int,
               pixel: tuple[float, float]) -> None:
        pw, ph = pixel
        label = self._item(site)
        label.setVisible(True)
        (ax, ay), (ux, uy), extra = CANDIDATES[index]
        distance = request.gap + extra
        if tuple(label.anchor) != (ax, ay):  # (each call lays the text out again)
            label.setAnchor((ax, ay))
        label.setPos(site.lon + ux * distance * pw, site.lat - uy * distance * ph)


def _same(shown: tuple | None, entry: tuple, pixel: tuple[float, float]) -> bool:
    """Whether a label shown as ``shown`` already is where ``entry`` places it."""
    if shown is None:
        return False
    index, was, text = shown
    return index == entry[2] and text == entry[3] and all(
        abs(a - b) <= 1e-9 * abs(b) for a, b in zip(was, pixel, strict=True))


def _to_scene(view: pg.ViewBox) -> tuple[np.ndarray, np.ndarray]:
    """The view's lon/lat → scene pixels mapping: ``points @ matrix + offset``."""
    origin, unit_x, unit_y = (view.mapViewToScene(QPointF(*p)) for p in ((0, 0), (1, 0), (0, 1)))
    matrix = np.array([[unit_x.x() - origin.x(), unit_x.y() - origin.y()],
                       [unit_y.x() - origin.x(), unit_y.y() - origin.y()]])
    return matrix, np.array([origin.x(), origin.y()])
