"""The map's site labels: one text item per labelled site, laid out as the view changes.

:class:`SiteLabels` measures each label once (without making its item),
asks :func:`ui.label_placement.place_labels` in a worker thread which
labels fit without overlapping (only the latest layout counts: a result
for a view since left is dropped), then shows them a slice per turn of the
event loop, makes an item only for a label when it is first placed, and
redoes nothing while the scale, the view and the shown kinds are as at the
last layout (at 1e5 variables a layout took 0.6-0.7 s of the GUI thread).
A label placed away from its marker (a crowded park) gets a thin leader
line to it. Sites whose markers lie on top of each other at the
zoom shown (a park, its port and its town) share one label that names them
all, most important first: one marker, one label.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.ui.background import Background
from twinparks.ui.label_placement import (
    CANDIDATES,
    KEY_RANK,
    LabelRequest,
    leader_line,
    place_labels,
)
from twinparks.ui.map_layers import KIND_STYLES, Site, cosmetic_pen

LABEL_MARGIN_PX = 4.0  # what a pg.TextItem has by default
CO_LOCATED_PX = 3.0  # markers closer than this share a label
# At most this many sites on screen, the most important first, take part in the layout
# (a label of a site past it could not fit anyway; the layout stays linear in it: at 1e6
# variables 15k sites on screen took seconds on every zoom or pan)
MAX_LABEL_SITES = 1_000
LEADER_COLOUR = "#25292e"  # as the label text: it must show over a lane
APPLY_SLICE = 40  # labels shown per turn of the event loop (about 0.3 ms each)


def label_font(kind: str) -> QFont:
    """The font of a site's label: parks bold, parks and ports a little larger."""
    font = QFont()
    font.setPointSizeF(7.5 if kind not in ("park", "port") else 8.0)
    font.setBold(kind == "park")
    return font


class SiteLabels:
    """The label items of a view box's sites, placed so that no two overlap."""

    def __init__(self, view: pg.ViewBox):
        self._view = view
        self.items: dict[str, pg.TextItem] = {}  # made when first placed
        self._shown: set[str] = set()
        self._sizes: dict[tuple[str, str], tuple[float, float]] = {}
        self.texts: dict[str, str] = {}  # the label text of each request, by its lead site
        self._key: tuple | None = None
        self._order: tuple[list, np.ndarray] | None = None  # a sites list, its label order
        self._queue: list[tuple] = []  # (site, request, index, text, pixel) still to show
        self.layouts = 0  # placements received (tests count them)
        self.leaders = QGraphicsPathItem()
        self.leaders.setPen(cosmetic_pen(LEADER_COLOUR, 1.0, alpha=230))
        self.leaders.setZValue(19)
        view.addItem(self.leaders, ignoreBounds=True)
        self._job = Background("label layout", view)  # goes with the view
        self._job.finished.connect(self._on_placed)
        self._slices = QTimer(view, singleShot=True, interval=0)
        self._slices.timeout.connect(self._show_slice)

    def clear(self) -> None:
        """Drop every label item (the sites changed)."""
        self._job.discard()
        self._queue = []
        for item in self.items.values():
            self._view.removeItem(item)
        self.items, self._sizes, self._key, self._shown = {}, {}, None, set()
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
        QCoreApplication.processEvents()  # delivers the placement (a queued signal)
        while self._queue:
            self._show_slice()
        return done

    def discard(self) -> None:
        """Stop the layout in progress (closing)."""
        self._job.discard()
        self._slices.stop()
        self._queue = []

    def layout(self, sites: list[Site], xy: np.ndarray, shown: tuple[str, ...],
               pixel: tuple[float, float]) -> bool:
        """Start laying out the labels of the sites on screen; False when nothing changed.

        ``sites`` and ``xy`` (their lon/lat) in the same order; ``shown`` the
        kinds whose markers are visible; ``pixel`` the view's pixel size. The
        labels follow once placed in a worker thread (see the module docstring).
        """
        view = self._view
        inside = view.sceneBoundingRect()
        key = (pixel, tuple(view.viewRange()[0]), tuple(view.viewRange()[1]), shown,
               (inside.width(), inside.height()))
        if key == self._key:
            return False
        self._key = key
        requests, markers = self._requests(sites, xy, inside, shown)
        texts = dict(self.texts)
        by_id = {site.id: site for site in sites if site.id in texts}
        self._job.start(_place_job, requests, markers, inside, (by_id, texts, pixel))
        return True

    def _on_placed(self, result: tuple) -> None:
        requests, placed, (by_id, texts, pixel) = result
        self.layouts += 1
        for site_id in self._shown - set(placed):
            self.items[site_id].setVisible(False)
        self._shown = self._shown & set(placed)
        leaders = QPainterPath()
        self._queue = []
        for request in requests:
            if request.key in placed:
                self._queue.append((by_id[request.key], request, placed[request.key],
                                    texts[request.key], pixel))
                self._lead(leaders, request, placed[request.key])
        self.leaders.setPath(leaders)
        self._show_slice()

    def _show_slice(self) -> None:
        """Show the next :data:`APPLY_SLICE` placed labels; the rest at the next turn."""
        part, self._queue = self._queue[:APPLY_SLICE], self._queue[APPLY_SLICE:]
        for site, request, index, text, pixel in part:
            self._place(site, request, index, pixel)
            self._set_text(self.items[site.id], text)
            self._shown.add(site.id)
        if self._queue:
            self._slices.start()

    def _lead(self, path: QPainterPath, request: LabelRequest, index: int) -> None:
        """Add the leader line of a label placed away from its marker (in view units)."""
        line = leader_line(request, index)
        if line is not None:
            start, end = (self._view.mapSceneToView(point) for point in line)
            path.moveTo(start)
            path.lineTo(end)

    def _requests(self, sites: list[Site], xy: np.ndarray, inside: QRectF,
                  shown: tuple[str, ...]):
        """A marker per site on screen (its kind shown), a label request per group of them.

        A group is a site and the less important sites whose markers lie
        within ``CO_LOCATED_PX`` of it; its label names them all (but a
        supplier or hub only in a group of such sites).
        """
        view = self._view
        (x0, x1), (y0, y1) = view.viewRange()
        order = self._label_order(sites)
        kinds = np.array([site.kind in shown for site in sites], dtype=bool) \
            if len(shown) < len(KIND_STYLES) else np.ones(len(sites), dtype=bool)
        candidates = order[kinds[order] & (xy[order, 0] >= x0) & (xy[order, 0] <= x1)
                           & (xy[order, 1] >= y0) & (xy[order, 1] <= y1)][:MAX_LABEL_SITES]
        scene = _view_to_scene(view, xy[candidates])
        markers: dict[str, tuple[int, QRectF]] = {}
        groups: dict[str, tuple[Site, QPointF, list[str]]] = {}
        cells: dict[tuple[int, int], list[str]] = {}
        for number, (sx, sy) in zip(candidates, scene.tolist(), strict=True):
            site = sites[number]
            at = QPointF(sx, sy)
            if not inside.contains(at):
                continue
            size = KIND_STYLES[site.kind].size
            markers[site.id] = (site.priority, QRectF(sx - size / 2, sy - size / 2,
                                                      size, size))
            cell = (int(sx // CO_LOCATED_PX), int(sy // CO_LOCATED_PX))
            lead = _nearby_lead(groups, cells, cell, at)
            if lead is not None:  # a supplier under a park's marker is named on hover only
                if site.priority <= KEY_RANK or groups[lead][0].priority > KEY_RANK:
                    groups[lead][2].append(site.id)
                continue
            groups[site.id] = (site, at, [site.id])
            cells.setdefault(cell, []).append(site.id)
        requests = []
        self.texts = {}
        for lead, (site, at, members) in groups.items():
            self.texts[lead] = ", ".join(members)
            width, height = self._size(self.texts[lead], site.kind)
            gap = KIND_STYLES[site.kind].size / 2 - 1
            requests.append(LabelRequest(lead, site.priority, at, width, height, gap))
        return requests, markers

    def _label_order(self, sites: list[Site]) -> np.ndarray:
        """The sites' positions in label order (parks first, then by id), kept per list."""
        if self._order is None or self._order[0] is not sites:
            ranked = sorted(range(len(sites)), key=lambda n: (sites[n].priority, sites[n].id))
            self._order = (sites, np.array(ranked, dtype=np.int64))
        return self._order[1]

    def _size(self, text: str, kind: str) -> tuple[float, float]:
        """A label's size in pixels, measured without making its item."""
        size = self._sizes.get((text, kind))
        if size is None:
            metrics = QFontMetricsF(label_font(kind))
            margin = 2 * LABEL_MARGIN_PX
            size = (metrics.horizontalAdvance(text) + margin, metrics.height() + margin)
            self._sizes[(text, kind)] = size
        return size

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
        label.setAnchor((ax, ay))
        label.setPos(site.lon + ux * distance * pw, site.lat - uy * distance * ph)


def _place_job(requests: list[LabelRequest], markers: dict, inside: QRectF, context: tuple,
               report=None) -> tuple:
    """The worker's part of a layout: the placement, with what the GUI needs to show it."""
    return requests, place_labels(requests, markers, bounds=inside), context


def _view_to_scene(view: pg.ViewBox, points: np.ndarray) -> np.ndarray:
    """Lon/lat points (n, 2) in scene pixels, as ``view.mapViewToScene`` maps one point."""
    origin, unit_x, unit_y = (view.mapViewToScene(QPointF(*p)) for p in ((0, 0), (1, 0), (0, 1)))
    matrix = np.array([[unit_x.x() - origin.x(), unit_x.y() - origin.y()],
                       [unit_y.x() - origin.x(), unit_y.y() - origin.y()]])
    return points.reshape(-1, 2) @ matrix + np.array([origin.x(), origin.y()])


def _nearby_lead(groups: dict, cells: dict[tuple[int, int], list[str]], cell: tuple[int, int],
                 at: QPointF) -> str | None:
    """The group whose lead marker lies within ``CO_LOCATED_PX`` of ``at``, if any."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for lead in cells.get((cell[0] + dx, cell[1] + dy), ()):
                other = groups[lead][1]
                if abs(other.x() - at.x()) <= CO_LOCATED_PX \
                        and abs(other.y() - at.y()) <= CO_LOCATED_PX:
                    return lead
    return None
