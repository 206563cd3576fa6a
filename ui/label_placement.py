"""Where site labels go on screen: greedy placement on an occupancy grid, in linear time.

Pure geometry in screen pixels (Qt's ``QRectF``/``QPointF`` only), apart from
the map widget: :mod:`ui.map_labels` turns sites into :class:`LabelRequest`
objects and shows the labels this module places.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

CANDIDATES = (((0.0, 0.5), (1, 0)), ((1.0, 0.5), (-1, 0)),  # right, left,
              ((0.5, 1.0), (0, -1)), ((0.5, 0.0), (0, 1)))  # above, below (screen y down)


@dataclass(frozen=True)
class LabelRequest:
    """One label to place: its site on screen, text size and marker gap (pixels)."""

    key: str
    priority: int
    at: QPointF
    width: float
    height: float
    gap: float


def candidate_rect(request: LabelRequest, index: int) -> QRectF:
    """Where the label would sit on screen in candidate position ``index``."""
    (ax, ay), (ux, uy) = CANDIDATES[index]
    left = request.at.x() + ux * request.gap - ax * request.width
    top = request.at.y() + uy * request.gap - ay * request.height
    return QRectF(left, top, request.width, request.height)


CELL_PX = 2  # resolution of the occupancy grid


class Occupancy:
    """Which pixels of the screen labels and markers cover, on a grid of ``CELL_PX`` cells.

    Checking a rectangle reads only the cells under it, so the work per label
    does not grow with the number of sites (``checks`` counts rectangle tests).
    """

    def __init__(self, bounds: QRectF):
        self.left, self.top = bounds.left(), bounds.top()
        shape = (int(bounds.height() // CELL_PX) + 2, int(bounds.width() // CELL_PX) + 2)
        self.labels = np.zeros(shape, dtype=bool)
        self.marker_rank = np.full(shape, 255, dtype=np.uint8)
        self.checks = 0

    def _cells(self, rect: QRectF, inward: bool = False) -> tuple[slice, slice]:
        x0, x1 = (rect.left() - self.left) / CELL_PX, (rect.right() - self.left) / CELL_PX
        y0, y1 = (rect.top() - self.top) / CELL_PX, (rect.bottom() - self.top) / CELL_PX
        if inward:
            x0, y0, x1, y1 = math.ceil(x0), math.ceil(y0), math.floor(x1), math.floor(y1)
        else:
            x0, y0, x1, y1 = math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)
        rows, columns = self.labels.shape
        return (slice(max(0, y0), max(0, min(rows, y1))),
                slice(max(0, x0), max(0, min(columns, x1))))

    def add_marker(self, rect: QRectF, rank: int) -> None:
        """A site's marker, blocking labels of sites of rank ``rank`` or lower."""
        cells = self._cells(rect, inward=True)
        np.minimum(self.marker_rank[cells], rank, out=self.marker_rank[cells])

    def free(self, rect: QRectF, rank: int) -> bool:
        """No label and no marker of rank <= ``rank`` under ``rect``."""
        self.checks += 1
        inside = self._cells(rect.adjusted(1, 1, -1, -1), inward=True)  # own marker touches
        return not self.labels[self._cells(rect)].any() and \
            not (self.marker_rank[inside] <= rank).any()

    def take(self, rect: QRectF) -> None:
        """A label now covers ``rect``."""
        self.labels[self._cells(rect)] = True


def place_labels(requests: list[LabelRequest], markers: dict[str, tuple[int, QRectF]],
                 bounds: QRectF | None = None, stats: dict | None = None) -> dict[str, int]:
    """Greedy placement of labels, most important sites first, in linear time.

    Each label takes the first candidate position that collides with no placed
    label and no marker of an equally or more important site. Returns the
    candidate index of every label that found room; the others stay hidden.
    Collisions are looked up in an :class:`Occupancy` grid over ``bounds``
    (the screen; by default the markers' extent), not against every other site.
    """
    if bounds is None:
        bounds = QRectF()
        for _, rect in markers.values():
            bounds = bounds.united(rect)
        bounds = bounds.adjusted(-400, -100, 400, 100)
    grid = Occupancy(bounds)
    for rank, rect in markers.values():
        grid.add_marker(rect, rank)
    placed: dict[str, int] = {}
    for request in sorted(requests, key=lambda r: (r.priority, r.key)):
        for index in range(len(CANDIDATES)):
            rect = candidate_rect(request, index)
            if grid.free(rect, request.priority):
                placed[request.key] = index
                grid.take(rect)
                break
    if stats is not None:
        stats["checks"] = grid.checks
    return placed
