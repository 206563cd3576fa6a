"""The map's site labels: one text item per labelled site, laid out as the view changes.

:class:`SiteLabels` measures each label once (without making its item),
asks :func:`ui.label_placement.place_labels` which labels fit without
overlapping, makes an item only for a label when it is first placed, and
redoes nothing while the scale, the view and the shown kinds are as at the
last layout. A label placed away from its marker (a crowded park) gets a
thin leader line to it. Sites whose markers lie on top of each other at the
zoom shown (a park, its port and its town) share one label that names them
all, most important first: one marker, one label.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

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
        self._sizes: dict[tuple[str, str], tuple[float, float]] = {}
        self.texts: dict[str, str] = {}  # the label text of each request, by its lead site
        self._key: tuple | None = None
        self.leaders = QGraphicsPathItem()
        self.leaders.setPen(cosmetic_pen(LEADER_COLOUR, 1.0, alpha=230))
        self.leaders.setZValue(19)
        view.addItem(self.leaders, ignoreBounds=True)

    def clear(self) -> None:
        """Drop every label item (the sites changed)."""
        for item in self.items.values():
            self._view.removeItem(item)
        self.items, self._sizes, self._key = {}, {}, None
        self.leaders.setPath(QPainterPath())

    def invalidate(self) -> None:
        """Lay out again at the next :meth:`layout` even if the view is unchanged."""
        self._key = None

    def layout(self, sites: list[Site], xy: np.ndarray, shown: tuple[str, ...],
               pixel: tuple[float, float]) -> bool:
        """Show the labels of the sites on screen that fit; False when nothing changed.

        ``sites`` and ``xy`` (their lon/lat) in the same order; ``shown`` the
        kinds whose markers are visible; ``pixel`` the view's pixel size.
        """
        view = self._view
        inside = view.sceneBoundingRect()
        key = (pixel, tuple(view.viewRange()[0]), tuple(view.viewRange()[1]), shown,
               (inside.width(), inside.height()))
        if key == self._key:
            return False
        self._key = key
        requests, markers = self._requests(sites, xy, inside, shown)
        placed = place_labels(requests, markers, bounds=inside)
        for site_id, item in self.items.items():
            if site_id not in placed:
                item.setVisible(False)
        by_id = {site.id: site for site in sites}
        leaders = QPainterPath()
        for request in requests:
            if request.key in placed:
                self._place(by_id[request.key], request, placed[request.key], pixel)
                self._set_text(self.items[request.key], self.texts[request.key])
                self._lead(leaders, request, placed[request.key])
        self.leaders.setPath(leaders)
        return True

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
        on_screen = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1)
                                   & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))
        ordered = sorted((sites[n] for n in on_screen if sites[n].kind in shown),
                         key=lambda site: (site.priority, site.id))[:MAX_LABEL_SITES]
        markers: dict[str, tuple[int, QRectF]] = {}
        groups: dict[str, tuple[Site, QPointF, list[str]]] = {}
        cells: dict[tuple[int, int], list[str]] = {}
        for site in ordered:
            at = view.mapViewToScene(QPointF(site.lon, site.lat))
            if not inside.contains(at):
                continue
            size = KIND_STYLES[site.kind].size
            markers[site.id] = (site.priority, QRectF(at.x() - size / 2, at.y() - size / 2,
                                                      size, size))
            cell = (int(at.x() // CO_LOCATED_PX), int(at.y() // CO_LOCATED_PX))
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
