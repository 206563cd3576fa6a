"""The map's lane layer: what each lane looks like, and one image of them all.

:class:`LaneLayer` turns the lanes' graphics into plain strokes for
:class:`ui.lane_canvas.LaneCanvas`, which paints them into one image in a
worker thread (:mod:`ui.lane_render`): a paint of the map then costs a
blit whatever the number of lanes (painting 4,729 lanes as path items took
0.4-0.5 s of the GUI thread per paint at 1e5 variables, and arrow heads
were rebuilt on every zoom). The lanes' looks for a plan are computed as
arrays by that worker too (:mod:`ui.lane_style`): a new plan or colouring
styles no lane on the GUI thread. After an edit only the lanes whose
graphic changed are styled (at once, a handful), so an edit that changes
no lane's look paints nothing anew; :attr:`LaneLayer.rebuilt` counts the
lanes an update changed (every lane for a new plan or colouring).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.ui.lane_canvas import LaneCanvas
from twinparks.ui.lane_render import LaneScene, polylines_path
from twinparks.ui.lane_style import LazyStyles, Styling, lane_styles
from twinparks.ui.map_layers import HIGHLIGHT, bezier_points, cosmetic_pen
from twinparks.ui.sea_routes import follows_sea, known_route, resample

# More lanes than this paint without antialiasing: 4-5 x faster (0.4 against 1.9 s a paint
# at 1e5 variables, 4,729 lanes; benchmarks/README.md), and too many to tell apart anyway
ANTIALIAS_MAX_LANES = 1_000


@dataclass
class LaneGraphic:
    """How one lane is drawn: its sampled curve (lon, lat); its pen as last asked for."""

    lane: object  # map_layers.Lane
    points: np.ndarray
    by_sea: bool = False
    pen: QPen | None = None  # filled by NetworkMap.lanes() (the layer keeps the looks)
    shape: tuple | None = None  # the points' part of its signature, once computed
    box: tuple | None = None  # (x0, y0, x1, y1) of its points, once computed

    @property
    def id(self) -> str:
        """The lane's id."""
        return self.lane.id

    @property
    def mode(self) -> str:
        """The lane's drawn mode."""
        return self.lane.mode

    @property
    def width(self) -> float:
        """The pen's width in pixels."""
        return self.pen.widthF() if self.pen is not None else 1.0

    @property
    def colour(self) -> QColor:
        """The pen's colour (also the arrow head's)."""
        return self.pen.color() if self.pen is not None else QColor("black")


def shape_of(graphic: LaneGraphic) -> tuple:
    """What of a lane's curve decides how it looks: equal shapes draw alike."""
    if graphic.shape is None:  # a graphic's points never change: its shape is kept
        points = graphic.points
        graphic.shape = (len(points), points[0].tobytes(), points[-1].tobytes(),
                         points[len(points) // 2].tobytes())
    return graphic.shape


class LaneLayer:
    """The lanes on a view as one canvas; :meth:`update` paints anew only on a change."""

    def __init__(self, view):
        self.canvas = LaneCanvas(view)
        self.rebuilt = 0  # lanes the last update changed (tests count them)
        self.antialiased = True  # small maps only: see ANTIALIAS_MAX_LANES
        self._graphics: list[LaneGraphic] = []  # as last drawn
        self.styles = LazyStyles([], Styling(None, {}))  # their looks

    def update(self, graphics: list[LaneGraphic], styling: Styling,
               boxes: np.ndarray | None = None, restyled: bool = True) -> None:
        """Draw ``graphics`` styled by ``styling``; nothing is painted anew if no lane changed.

        ``boxes`` are their :func:`lane_boxes`, if known. With ``restyled`` (a
        new plan, colouring or sites) every lane's look is computed anew, in
        the worker that paints them; without it (an edit of the network) the
        lanes kept from the last update keep their looks and only the
        graphics not drawn by the last update are styled, here.
        """
        smooth = len(graphics) <= ANTIALIAS_MAX_LANES
        old = self._graphics
        if not restyled and len(graphics) == len(old) and smooth == self.antialiased:
            changed = np.array([n for n, (new, was) in enumerate(zip(graphics, old, strict=True))
                                if new is not was], dtype=np.int64)
            self._graphics = list(graphics)
            if self.styles.computed or not len(changed):
                styles = self._patched(changed, old, graphics, styling)
                if styles is None:
                    self.rebuilt = 0
                    return
            else:  # the looks of the last update are still being computed: all anew
                styles = LazyStyles(graphics, styling)
                self.rebuilt = len(changed)
        else:
            kept = {id(graphic) for graphic in old} if not restyled else set()
            self.rebuilt = sum(1 for graphic in graphics if id(graphic) not in kept)
            self._graphics = list(graphics)
            styles = LazyStyles(graphics, styling)
        self.styles, self.antialiased = styles, smooth
        self.canvas.set_lanes(LaneScene([graphic.points for graphic in graphics],
                                        lane_boxes(graphics) if boxes is None else boxes,
                                        smooth, styles))

    def _patched(self, changed: np.ndarray, old: list[LaneGraphic],
                 graphics: list[LaneGraphic], styling: Styling) -> LazyStyles | None:
        """The looks with the lanes at ``changed`` styled anew; None if none looks otherwise.

        (Sets :attr:`rebuilt`: how many of them look otherwise, their curve or their pen.)
        """
        self.rebuilt = 0
        if not len(changed):
            return None
        before = self.styles.get()
        fresh = lane_styles([graphics[n] for n in changed.tolist()], styling)
        moved = (before.keys()[changed] != fresh.keys()).any(axis=1) \
            | (before.z[changed] != fresh.z)
        for at, n in enumerate(changed.tolist()):
            moved[at] |= shape_of(graphics[n]) != shape_of(old[n])
        self.rebuilt = int(moved.sum())
        if not self.rebuilt:
            return None
        return LazyStyles.ready(graphics, styling, before.patched(changed, fresh))

    def clear(self) -> None:
        """Remove every lane from the view."""
        self.update([], Styling(None, {}))

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


def highlight_marks(graphics: list[LaneGraphic], widths: list[float]
                    ) -> list[QGraphicsPathItem]:
    """A thick red stroke under each of ``graphics`` (the stress view's emphasis), wider
    than the lane's own ``widths``."""
    marks = []
    for graphic, width in zip(graphics, widths, strict=True):
        mark = QGraphicsPathItem(polylines_path([graphic.points]))
        mark.setPen(cosmetic_pen(HIGHLIGHT, width + 7, alpha=220))
        mark.setZValue(1.5)
        marks.append(mark)
    return marks
