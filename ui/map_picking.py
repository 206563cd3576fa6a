"""What is under the mouse on the map: the site or lane nearest a view point, in pixels.

Plain functions over the map's arrays (site coordinates, lane bounding
boxes), so that the widget only passes its state and the view's pixel size;
:class:`MapMouse` turns the scene's mouse signals into the map's tooltips,
clicks and double-click fits.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from twinparks.ui.map_lanes import LaneGraphic
from twinparks.ui.map_layers import KIND_STYLES, Site, point_to_polyline_px


def scatter_rank(kind: str) -> int:
    """Stacking order: parks on top of ports, ports on top of markets, and so on."""
    return list(KIND_STYLES).index(kind)


def nearest_site(sites: Sequence[Site], xy: np.ndarray, visible: Callable[[str], bool],
                 point: tuple[float, float], pixel: tuple[float, float],
                 radius_px: float = 9.0) -> str | None:
    """The visible site at the view point (lon, lat), or None.

    The top-most marker under the point wins, else the nearest site within
    ``radius_px``; ``visible(kind)`` says whether a kind's markers show.
    """
    (x, y), (pw, ph) = point, pixel
    reach = radius_px + max(style.size for style in KIND_STYLES.values())
    near = np.flatnonzero((np.abs(xy[:, 0] - x) <= reach * pw)
                          & (np.abs(xy[:, 1] - y) <= reach * ph))
    best, best_key = None, (math.inf, math.inf)
    for number in near:
        site = sites[number]
        if not visible(site.kind):
            continue
        distance = math.hypot((site.lon - x) / pw, (site.lat - y) / ph)
        half = KIND_STYLES[site.kind].size / 2
        key = (scatter_rank(site.kind) if distance <= half + 1 else len(KIND_STYLES), distance)
        if distance <= max(radius_px, half + 2) and key < best_key:
            best, best_key = site.id, key
    return best


def nearest_lane(lanes: Sequence[LaneGraphic], boxes: np.ndarray,
                 point: tuple[float, float], pixel: tuple[float, float],
                 radius_px: float = 5.0) -> LaneGraphic | None:
    """The lane nearest to the view point (lon, lat), within a few pixels of its curve.

    ``boxes`` holds each lane's (x0, y0, x1, y1) bounding box, in ``lanes`` order.
    """
    (x, y), (pw, ph) = point, pixel
    scaled, scale = np.array([x / pw, y / ph]), np.array([1 / pw, 1 / ph])
    reach_x, reach_y = (radius_px + 8) * pw, (radius_px + 8) * ph
    near = np.flatnonzero((boxes[:, 0] - reach_x <= x) & (x <= boxes[:, 2] + reach_x)
                          & (boxes[:, 1] - reach_y <= y) & (y <= boxes[:, 3] + reach_y))
    best, best_distance = None, math.inf
    for number in near:
        graphic = lanes[number]
        distance = point_to_polyline_px(scaled, graphic.points * scale)
        if distance <= max(radius_px, graphic.width / 2 + 2) and distance < best_distance:
            best, best_distance = graphic, distance
    return best


class MapMouse:
    """Hover texts, clicks and double-clicks on a :class:`ui.map_view.NetworkMap`."""

    def __init__(self, network_map):
        self._map = network_map
        self._hover = ""
        scene = network_map.scene()
        scene.sigMouseMoved.connect(self._on_moved)
        scene.sigMouseClicked.connect(self._on_clicked)

    def _on_moved(self, scene_pos: QPointF) -> None:
        view = self._map.getViewBox()
        text = ""
        if view.sceneBoundingRect().contains(scene_pos):
            point = view.mapSceneToView(scene_pos)
            text = self._map.tooltip_at(point.x(), point.y())
        if text == self._hover:
            return
        self._hover = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self._map)
        else:
            QToolTip.hideText()

    def _on_clicked(self, event) -> None:
        """A click on a site selects it; a double click on open map fits the corridor."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view, scene_pos = self._map.getViewBox(), event.scenePos()
        if not view.sceneBoundingRect().contains(scene_pos):  # the legend is beside it
            return
        point = view.mapSceneToView(scene_pos)
        if event.double() and self._map.site_at(point.x(), point.y()) is None:
            self._map.fit()
            return
        self._map.click_at(point.x(), point.y())
