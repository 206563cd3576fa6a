"""The map's site labels: one text item per labelled site, laid out as the view changes.

:class:`SiteLabels` measures each label once (without making its item),
asks :func:`ui.label_placement.place_labels` which labels fit without
overlapping, makes an item only for a label when it is first placed, and
redoes nothing while the scale, the view and the shown kinds are as at the
last layout.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from twinparks.ui.label_placement import CANDIDATES, LabelRequest, place_labels
from twinparks.ui.map_layers import KIND_STYLES, Site

LABEL_MARGIN_PX = 4.0  # what a pg.TextItem has by default


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
        self._sizes: dict[str, tuple[float, float]] = {}
        self._key: tuple | None = None

    def clear(self) -> None:
        """Drop every label item (the sites changed)."""
        for item in self.items.values():
            self._view.removeItem(item)
        self.items, self._sizes, self._key = {}, {}, None

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
        for request in requests:
            if request.key in placed:
                self._place(by_id[request.key], request, placed[request.key], pixel)
        return True

    def _requests(self, sites: list[Site], xy: np.ndarray, inside: QRectF,
                  shown: tuple[str, ...]):
        """A label request and a marker per site on screen (its kind shown)."""
        view = self._view
        (x0, x1), (y0, y1) = view.viewRange()
        on_screen = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1)
                                   & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))
        requests, markers = [], {}
        for number in on_screen:
            site = sites[number]
            if site.kind not in shown:
                continue
            at = view.mapViewToScene(QPointF(site.lon, site.lat))
            if not inside.contains(at):
                continue
            size = KIND_STYLES[site.kind].size
            markers[site.id] = (site.priority, QRectF(at.x() - size / 2, at.y() - size / 2,
                                                      size, size))
            width, height = self._size(site)
            requests.append(LabelRequest(site.id, site.priority, at, width, height,
                                         size / 2 - 1))
        return requests, markers

    def _size(self, site: Site) -> tuple[float, float]:
        """The label's size in pixels, measured without making its item."""
        size = self._sizes.get(site.id)
        if size is None:
            metrics = QFontMetricsF(label_font(site.kind))
            margin = 2 * LABEL_MARGIN_PX
            size = (metrics.horizontalAdvance(site.id) + margin, metrics.height() + margin)
            self._sizes[site.id] = size
        return size

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
        (ax, ay), (ux, uy) = CANDIDATES[index]
        label.setAnchor((ax, ay))
        label.setPos(site.lon + ux * request.gap * pw, site.lat - uy * request.gap * ph)
