"""The map's lane layer: what each lane looks like, and one image of them all.

:class:`LaneLayer` turns the lanes' graphics into plain strokes for
:class:`ui.lane_canvas.LaneCanvas`, which paints them into one image in a
worker thread (:mod:`ui.lane_render`): a paint of the map then costs a
blit whatever the number of lanes (painting 4,729 lanes as path items took
0.4-0.5 s of the GUI thread per paint at 1e5 variables, and arrow heads
were rebuilt on every zoom). An update compares each lane's signature with
the last one's, so an edit that changes no lane's look paints nothing
anew, and :attr:`LaneLayer.rebuilt` counts the lanes an update changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.ui.lane_canvas import LaneCanvas
from twinparks.ui.lane_render import WIDTH_STEP, LaneScene, polylines_path
from twinparks.ui.map_layers import HIGHLIGHT, bezier_points, cosmetic_pen
from twinparks.ui.sea_routes import follows_sea, known_route, resample

# More lanes than this paint without antialiasing: 4-5 x faster (0.4 against 1.9 s a paint
# at 1e5 variables, 4,729 lanes; benchmarks/README.md), and too many to tell apart anyway
ANTIALIAS_MAX_LANES = 1_000


@dataclass
class LaneGraphic:
    """How one lane is drawn: its sampled curve (lon, lat) and its pen."""

    lane: object  # map_layers.Lane
    points: np.ndarray
    by_sea: bool = False
    pen: QPen | None = None
    shape: tuple | None = None  # the points' part of its signature, once computed
    box: tuple | None = None  # (x0, y0, x1, y1) of its points, once computed
    styled: object = None  # what its pen was chosen for (the map's styling token)

    @property
    def width(self) -> float:
        """The pen's width in pixels."""
        return self.pen.widthF() if self.pen is not None else 1.0

    @property
    def colour(self) -> QColor:
        """The pen's colour (also the arrow head's)."""
        return self.pen.color() if self.pen is not None else QColor("black")


_PEN_KEYS: dict[int, tuple[QPen, tuple]] = {}  # id → (pen, key): lane pens are shared


def pen_key(pen: QPen) -> tuple:
    """What makes two pens draw alike (remembered per pen: reading a QPen back is slow)."""
    known = _PEN_KEYS.get(id(pen))
    if known is not None and known[0] is pen:
        return known[1]
    key = (pen.color().rgba(), round(pen.widthF() / WIDTH_STEP), int(pen.style().value))
    if len(_PEN_KEYS) > 10_000:
        _PEN_KEYS.clear()
    _PEN_KEYS[id(pen)] = (pen, key)
    return key


def signature(graphic: LaneGraphic) -> tuple:
    """Everything that decides how a lane looks: equal signatures draw identically."""
    if graphic.shape is None:  # a graphic's points never change: its shape is kept
        points = graphic.points
        graphic.shape = (len(points), points[0].tobytes(), points[-1].tobytes(),
                         points[len(points) // 2].tobytes())
    return (pen_key(graphic.pen), *graphic.shape)


class LaneLayer:
    """The lanes on a view as one canvas; :meth:`update` paints anew only on a change."""

    def __init__(self, view):
        self.canvas = LaneCanvas(view)
        self.rebuilt = 0  # lanes the last update changed (tests count them)
        self.antialiased = True  # small maps only: see ANTIALIAS_MAX_LANES
        self._keys: list[tuple] = []  # the signature of each lane as last drawn
        self._z: list[float] = []  # and its stacking value
        self._graphics: list[LaneGraphic] = []  # as last drawn

    def update(self, graphics: list[LaneGraphic], z_of, boxes: np.ndarray | None = None,
               restyled: bool = True) -> None:
        """Draw ``graphics``; nothing is painted anew if every lane looks as before.

        ``z_of(graphic)`` is a lane's stacking value (heavier flows on top);
        ``boxes`` their :func:`lane_boxes`, if known. Without ``restyled`` (the
        lanes kept from the last update kept their pens: an edit of the
        network) only the graphics not drawn by the last update are looked at.
        """
        smooth = len(graphics) <= ANTIALIAS_MAX_LANES
        if not restyled and len(graphics) == len(self._graphics):
            keys, z = list(self._keys), list(self._z)
            for at in [n for n, (new, old) in enumerate(zip(graphics, self._graphics,
                                                              strict=True)) if new is not old]:
                keys[at], z[at] = signature(graphics[at]), z_of(graphics[at])
        else:
            keys = [signature(graphic) for graphic in graphics]
            z = [z_of(graphic) for graphic in graphics]
        self._graphics = list(graphics)
        if keys == self._keys and z == self._z and smooth == self.antialiased:
            self.rebuilt = 0
            return
        if restyled and len(keys) == len(self._keys):  # pens changed: count lane by lane
            self.rebuilt = sum(1 for key, old in zip(keys, self._keys, strict=True)
                               if key != old)
        else:
            self.rebuilt = _changed(self._keys, keys)
        self._keys, self._z, self.antialiased = keys, z, smooth
        self.canvas.set_lanes(LaneScene([graphic.points for graphic in graphics],
                                        [key[0] for key in keys], z,
                                        lane_boxes(graphics) if boxes is None else boxes,
                                        smooth))

    def clear(self) -> None:
        """Remove every lane from the view."""
        self.update([], lambda graphic: 0.0)

    def items(self) -> int:
        """How many graphics items the lanes take."""
        return 1

    @property
    def pending(self) -> bool:
        """The image of the current lanes and view is still being painted."""
        return self.canvas.pending

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Paint the image now and join its thread (tests, screenshots)."""
        return self.canvas.wait(timeout_s)


def _changed(before: list[tuple], after: list[tuple]) -> int:
    """How many lanes of ``after`` are not drawn as in ``before`` (in any order)."""
    if len(before) == len(after):  # an edit of cells: compare lane by lane first
        moved = [key for key, old in zip(after, before, strict=True) if key != old]
        if len(moved) < 64:
            unmatched = Counter(moved)
            unmatched.subtract(old for key, old in zip(after, before, strict=True)
                               if key != old)
            return sum(count for count in unmatched.values() if count > 0)
    unmatched = Counter(after)
    unmatched.subtract(before)
    return sum(count for count in unmatched.values() if count > 0)


def lane_graphics(lanes: list, sites: dict, memo: dict | None = None
                  ) -> tuple[list[LaneGraphic], list[tuple]]:
    """How each lane is drawn now, and the sea-route ends not known yet.

    A sea lane whose route is known follows it; one whose route is still
    being found is drawn as an arc until then (see :mod:`ui.sea_routes`).
    ``memo`` (kept by the caller between calls) keeps each lane's graphic
    while the lane and its ends are unchanged, so a redraw after an edit
    computes only the lanes that changed (the arc of a sea lane still
    waiting for its route is not kept).
    """
    memo = {} if memo is None else memo
    if len(memo) > 4 * len(lanes) + 1_000:
        memo.clear()
    graphics: list[LaneGraphic | None] = []
    fresh: list[tuple[int, object, tuple]] = []
    for lane in lanes:
        a, b = sites[lane.origin], sites[lane.destination]
        key = (id(lane), a.lon, a.lat, b.lon, b.lat)  # (a kept graphic keeps its lane alive)
        graphic = memo.get(key)
        if graphic is None:
            fresh.append((len(graphics), lane, key))
        graphics.append(graphic)
    unknown = []
    if fresh:
        starts = np.array([key[1:3] for _, _, key in fresh])
        ends = np.array([key[3:5] for _, _, key in fresh])
        arcs = bezier_points(starts, ends)
        for number, (at, lane, key) in enumerate(fresh):
            route, final = None, True
            if follows_sea(lane.mode):
                pair = tuple(float(v) for v in key[1:5])
                final, route = known_route(pair)
                if not final:
                    unknown.append(pair)
            graphic = LaneGraphic(lane, resample(route, 64), by_sea=True) \
                if route is not None else LaneGraphic(lane, arcs[number])
            if final:
                memo[key] = graphic
            graphics[at] = graphic
    return graphics, list(dict.fromkeys(unknown))


def lane_boxes(graphics: list[LaneGraphic]) -> np.ndarray:
    """(n, 4) bounding boxes (x0, y0, x1, y1) of the lanes' curves, for quick hit tests.

    Each graphic keeps its box (its points never change): a redraw after an
    edit computes only the new lanes' boxes.
    """
    if not graphics:
        return np.zeros((0, 4))
    by_length: dict[int, list[LaneGraphic]] = {}
    for graphic in graphics:
        if graphic.box is None:
            by_length.setdefault(len(graphic.points), []).append(graphic)
    for group in by_length.values():  # curves of one length as one array (arcs, routes)
        points = np.stack([graphic.points for graphic in group])
        for graphic, low, high in zip(group, points.min(axis=1).tolist(),
                                      points.max(axis=1).tolist(), strict=True):
            graphic.box = (*low, *high)
    return np.array([graphic.box for graphic in graphics], dtype=float).reshape(-1, 4)


__all__ = ["ANTIALIAS_MAX_LANES", "LaneGraphic", "LaneLayer", "highlight_marks",
           "lane_boxes", "lane_graphics"]


def highlight_marks(graphics: list[LaneGraphic]) -> list[QGraphicsPathItem]:
    """A thick red stroke under each of ``graphics`` (the stress view's emphasis)."""
    marks = []
    for graphic in graphics:
        mark = QGraphicsPathItem(polylines_path([graphic.points]))
        mark.setPen(cosmetic_pen(HIGHLIGHT, graphic.width + 7, alpha=220))
        mark.setZValue(1.5)
        marks.append(mark)
    return marks
