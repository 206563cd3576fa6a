"""Where site labels go on screen: greedy placement on an occupancy grid, in linear time.

Pure geometry in screen pixels (Qt's ``QRectF``/``QPointF`` only), apart from
the map widget: :mod:`ui.label_layout` turns sites into :class:`LabelRequest`
objects and shows the labels this module places.

Each label tries the four sides of its marker, then the four corners; a key
site (a park, port or market) whose neighbours leave no room beside it then
tries positions farther out, where the map draws a leader line to it, so
the clustered sites of a park (its port, town, quarry) are all named at the
default zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

DIAGONAL = math.sqrt(0.5)
NEAR = (((0.0, 0.5), (1, 0)), ((1.0, 0.5), (-1, 0)),  # right, left,
        ((0.5, 1.0), (0, -1)), ((0.5, 0.0), (0, 1)),  # above, below (screen y down),
        ((0.0, 1.0), (DIAGONAL, -DIAGONAL)), ((0.0, 0.0), (DIAGONAL, DIAGONAL)),  # corners
        ((1.0, 1.0), (-DIAGONAL, -DIAGONAL)), ((1.0, 0.0), (-DIAGONAL, DIAGONAL)))
LEADER_STEPS_PX = (14.0, 30.0, 48.0, 68.0)  # farther out, with a leader line
# (anchor of the label, direction from the marker, distance beyond the marker's gap)
CANDIDATES = tuple((anchor, unit, 0.0) for anchor, unit in NEAR) + tuple(
    (anchor, unit, step) for step in LEADER_STEPS_PX for anchor, unit in NEAR)
KEY_RANK = 2  # parks, ports and markets (see ui.map_layers.KIND_STYLES) may go farther out
LEADERS_UP_TO = 400  # labels on screen; beyond, only positions beside the marker are tried


@dataclass(frozen=True)
class LabelRequest:
    """One label to place: its site on screen, text size and marker gap (pixels)."""

    key: str
    priority: int
    at: QPointF
    width: float
    height: float
    gap: float


def anchor_point(request: LabelRequest, index: int) -> QPointF:
    """The screen point candidate ``index`` pins the label's anchor to."""
    _, (ux, uy), extra = CANDIDATES[index]
    distance = request.gap + extra
    return QPointF(request.at.x() + ux * distance, request.at.y() + uy * distance)


def candidate_rect(request: LabelRequest, index: int) -> QRectF:
    """Where the label would sit on screen in candidate position ``index``."""
    (ax, ay), _, _ = CANDIDATES[index]
    point = anchor_point(request, index)
    return QRectF(point.x() - ax * request.width, point.y() - ay * request.height,
                  request.width, request.height)


def leader_line(request: LabelRequest, index: int) -> tuple[QPointF, QPointF] | None:
    """The leader line (screen points) from the marker's edge to a label placed away from it.

    None for the positions beside the marker, which need none.
    """
    _, (ux, uy), extra = CANDIDATES[index]
    if extra <= 0:
        return None
    start = QPointF(request.at.x() + ux * request.gap, request.at.y() + uy * request.gap)
    return start, anchor_point(request, index)


CELL_PX = 2  # resolution of the occupancy grid
TEXT_INSET_PX = 3.0  # a label's margin (ui.map_labels gives it 4 px) that a leader may cross


class Occupancy:
    """Which pixels of the screen labels and markers cover, on a grid of ``CELL_PX`` cells.

    Checking a rectangle reads only the cells under it, so the work per label
    does not grow with the number of sites (``checks`` counts rectangle tests).
    """

    def __init__(self, bounds: QRectF):
        self.left, self.top = bounds.left(), bounds.top()
        shape = (int(bounds.height() // CELL_PX) + 2, int(bounds.width() // CELL_PX) + 2)
        self.labels = np.zeros(shape, dtype=bool)
        self.ink = np.zeros(shape, dtype=bool)  # labels without their margin, and leaders
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
        """A label now covers ``rect`` (its text: ``rect`` less ``TEXT_INSET_PX``)."""
        self.labels[self._cells(rect)] = True
        inset = TEXT_INSET_PX
        self.ink[self._cells(rect.adjusted(inset, inset, -inset, -inset))] = True

    def _segment_cells(self, start: QPointF, end: QPointF) -> tuple[np.ndarray, np.ndarray]:
        steps = max(2, int(math.hypot(end.x() - start.x(), end.y() - start.y()) / CELL_PX) + 1)
        xs = np.linspace(start.x(), end.x(), steps)
        ys = np.linspace(start.y(), end.y(), steps)
        rows, columns = self.labels.shape
        column = np.clip(((xs - self.left) // CELL_PX).astype(int), 0, columns - 1)
        row = np.clip(((ys - self.top) // CELL_PX).astype(int), 0, rows - 1)
        return row, column

    def segment_free(self, start: QPointF, end: QPointF) -> bool:
        """No label's text and no leader on the line from ``start`` to ``end`` (a leader)."""
        self.checks += 1
        return not self.ink[self._segment_cells(start, end)].any()

    def take_segment(self, start: QPointF, end: QPointF) -> None:
        """A leader line now runs from ``start`` to ``end``: no label may cover it."""
        cells = self._segment_cells(start, end)
        self.labels[cells] = True
        self.ink[cells] = True


def place_labels(requests: list[LabelRequest], markers: dict[str, tuple[int, QRectF]],
                 bounds: QRectF | None = None, stats: dict | None = None,
                 limit: int | None = None) -> dict[str, int]:
    """Greedy placement of labels, most important sites first, in linear time.

    Each label takes the first candidate position inside ``bounds`` that
    collides with no placed label and no marker of an equally or more
    important site; only key sites (rank up to ``KEY_RANK``) try the positions
    away from their marker, and only while at most ``LEADERS_UP_TO`` labels
    are asked for. Returns the candidate index of every label that found
    room (at most ``limit`` of them: the most important); the others stay
    hidden. Collisions are looked up in an
    :class:`Occupancy` grid over ``bounds`` (the screen; by default the
    markers' extent), not against every other site.
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
    leaders = len(requests) <= LEADERS_UP_TO
    for request in sorted(requests, key=lambda r: (r.priority, r.key)):
        if limit is not None and len(placed) >= limit:
            break
        tries = len(CANDIDATES) if leaders and request.priority <= KEY_RANK else len(NEAR)
        for index in range(tries):
            rect = candidate_rect(request, index)
            if not (bounds.contains(rect) and grid.free(rect, request.priority)):
                continue
            leader = leader_line(request, index)
            if leader is not None and not grid.segment_free(*leader):
                continue
            placed[request.key] = index
            grid.take(rect)
            if leader is not None:
                grid.take_segment(*leader)
            break
    if stats is not None:
        stats["checks"] = grid.checks
    return placed
