"""The map's lane layer: every lane in a few batched path items, redrawn incrementally.

One ``QGraphicsPathItem`` per *chunk*: up to :data:`CHUNK_LANES` lanes drawn
with the same pen (mode colour, width step, dash), their curves one path
built from NumPy arrays (``pg.arrayToQPath`` with a ``connect`` array), their
arrow heads another, filled. A redraw after an edit keeps every chunk whose
lanes are all drawn as before and rebuilds only the chunks that changed, so
editing one lane rebuilds one chunk, not the map; a thousand lanes cost a
handful of items instead of two thousand (pyqtgraph removes items from a
list one at a time: 96k removals took 16 s).

Arrow heads have a size in pixels, so they are rebuilt when the zoom
changes (:meth:`LaneLayer.place_arrows`), never when the view pans.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.ui.map_layers import HIGHLIGHT, bezier_points, cosmetic_pen
from twinparks.ui.sea_routes import follows_sea, known_route, resample

CHUNK_LANES = 16  # small paths: antialiased stroking grows faster than their length
ARROW_AT = 0.58  # of the curve
ARROW_MIN_PX = 48  # lanes shorter than this on screen get no arrow head
WIDTH_STEP = 0.25  # pen widths are rounded to this (pixels), so that lanes batch
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


def batched_pen(pen: QPen) -> QPen:
    """``pen`` with its width rounded to :data:`WIDTH_STEP`."""
    pen = QPen(pen)
    pen.setWidthF(max(WIDTH_STEP, round(pen.widthF() / WIDTH_STEP) * WIDTH_STEP))
    return pen


def signature(graphic: LaneGraphic) -> tuple:
    """Everything that decides how a lane looks: equal signatures draw identically."""
    if graphic.shape is None:  # a graphic's points never change: its shape is kept
        points = graphic.points
        graphic.shape = (len(points), points[0].tobytes(), points[-1].tobytes(),
                         points[len(points) // 2].tobytes())
    return (pen_key(graphic.pen), *graphic.shape)


def polylines_path(lines: list[np.ndarray]):
    """One ``QPainterPath`` through every polyline, each its own subpath."""
    xs = np.concatenate([line[:, 0] for line in lines])
    ys = np.concatenate([line[:, 1] for line in lines])
    connect = np.ones(len(xs), dtype=bool)
    connect[np.cumsum([len(line) for line in lines]) - 1] = False
    return pg.arrayToQPath(xs, ys, connect=connect)


def arrow_heads(graphics: list[LaneGraphic], pixel: tuple[float, float]) -> np.ndarray:
    """Triangles (n, 4, 2) in lon/lat: a head at 58 % of each lane long enough on screen."""
    pw, ph = pixel
    triangles = []
    for graphic in graphics:
        points = graphic.points
        if math.hypot(*((points[-1] - points[0]) / (pw, ph))) < ARROW_MIN_PX:
            continue
        index = int(ARROW_AT * (len(points) - 1))
        before, tip, after = points[index - 1], points[index], points[index + 1]
        direction = (after - before) / (pw, ph)  # in pixels, y up
        norm = math.hypot(*direction)
        if norm == 0:
            continue
        unit = direction / norm
        normal = np.array([-unit[1], unit[0]])
        width = graphic.width
        length = 7 + 1.2 * width
        half = length * math.tan(math.radians((32 if width < 4 else 40) / 2))
        tip_px = tip / (pw, ph)
        base = tip_px - unit * length
        corners = [tip_px, base + normal * half, base - normal * half, tip_px]
        triangles.append(np.array(corners) * (pw, ph))
    return np.array(triangles).reshape(-1, 4, 2)


class LanePath(QGraphicsPathItem):
    """A path item that can paint without antialiasing (a big map's lanes)."""

    antialiased = True

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Paint as QGraphicsPathItem does, antialiased only if :attr:`antialiased`."""
        if self.antialiased:
            super().paint(painter, option, widget)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().paint(painter, option, widget)
        painter.restore()


class Chunk:
    """Up to :data:`CHUNK_LANES` lanes with one pen: a curve item and an arrow item."""

    def __init__(self, graphics: list[LaneGraphic], z: float):
        self.graphics = graphics
        self.keys = [signature(g) for g in graphics]  # as drawn (records may change later)
        pen = batched_pen(graphics[0].pen)
        self.curves = LanePath(polylines_path([g.points for g in graphics]))
        self.curves.setPen(pen)
        self.curves.setZValue(z)
        self.arrows = LanePath()
        self.arrows.setPen(QPen(Qt.PenStyle.NoPen))
        self.arrows.setBrush(QBrush(pen.color()))
        self.arrows.setZValue(z + 0.5)
        self.pixel: tuple[float, float] | None = None

    def items(self) -> list[QGraphicsPathItem]:
        """The graphics items to add to or remove from the view."""
        return [self.curves, self.arrows]

    def antialias(self, on: bool) -> None:
        """Paint this chunk's items antialiased or not (repainted if it changes)."""
        for item in (self.curves, self.arrows):
            if item.antialiased != on:
                item.antialiased = on
                item.update()

    def place_arrows(self, pixel: tuple[float, float]) -> None:
        """Arrow heads sized for ``pixel`` (view units per pixel); nothing if unchanged."""
        if pixel == self.pixel:
            return
        self.pixel = pixel
        heads = arrow_heads(self.graphics, pixel)
        self.arrows.setPath(polylines_path(list(heads)) if len(heads) else
                            pg.arrayToQPath(np.zeros(0), np.zeros(0)))


class LaneLayer:
    """The lanes on a view, batched in chunks; :meth:`update` redraws only what changed."""

    def __init__(self, view):
        self.view = view
        self.chunks: list[Chunk] = []
        self.rebuilt = 0  # lanes drawn anew by the last update (tests count them)

    def update(self, graphics: list[LaneGraphic], z_of) -> None:
        """Draw ``graphics``; chunks whose lanes are all unchanged stay as they are.

        ``z_of(graphic)`` is a lane's stacking value (heavier flows on top).
        """
        wanted: dict[tuple, list[LaneGraphic]] = {}
        for graphic in graphics:
            wanted.setdefault(signature(graphic), []).append(graphic)
        kept: list[Chunk] = []
        for chunk in self.chunks:
            if _take(wanted, chunk.keys, chunk):
                kept.append(chunk)
            else:
                for item in chunk.items():
                    self.view.removeItem(item)
        fresh = [g for group in wanted.values() for g in group]
        self.rebuilt = len(fresh)
        self.chunks = kept + self._chunks(fresh, z_of)
        smooth = len(graphics) <= ANTIALIAS_MAX_LANES
        for chunk in self.chunks:
            chunk.antialias(smooth)

    def _chunks(self, graphics: list[LaneGraphic], z_of) -> list[Chunk]:
        by_pen: dict[tuple, list[LaneGraphic]] = {}
        for graphic in graphics:
            by_pen.setdefault(pen_key(graphic.pen), []).append(graphic)
        chunks = []
        for group in by_pen.values():
            for start in range(0, len(group), CHUNK_LANES):
                part = group[start:start + CHUNK_LANES]
                chunk = Chunk(part, z_of(part[0]))
                for item in chunk.items():
                    self.view.addItem(item, ignoreBounds=True)
                chunks.append(chunk)
        return chunks

    def place_arrows(self, pixel: tuple[float, float]) -> None:
        """Size the arrow heads of every chunk for the zoom."""
        for chunk in self.chunks:
            chunk.place_arrows(pixel)

    def clear(self) -> None:
        """Remove every lane from the view."""
        self.update([], lambda graphic: 0.0)

    def items(self) -> int:
        """How many graphics items the lanes take."""
        return 2 * len(self.chunks)


def _take(wanted: dict[tuple, list[LaneGraphic]], keys: list[tuple], chunk: Chunk) -> bool:
    """Claim the wanted lanes that ``chunk`` draws already; their records replace its own."""
    taken = []
    for key in keys:
        group = wanted.get(key)
        if not group:
            for back_key, graphic in taken:  # put back what this chunk claimed
                wanted.setdefault(back_key, []).append(graphic)
            return False
        taken.append((key, group.pop()))
    chunk.graphics = [graphic for _, graphic in taken]
    return True




def lane_graphics(lanes: list, sites: dict) -> tuple[list[LaneGraphic], list[tuple]]:
    """How each lane is drawn now, and the sea-route ends not known yet.

    A sea lane whose route is known follows it; one whose route is still
    being found is drawn as an arc until then (see :mod:`ui.sea_routes`).
    """
    if not lanes:
        return [], []
    starts = np.array([[sites[lane.origin].lon, sites[lane.origin].lat] for lane in lanes])
    ends = np.array([[sites[lane.destination].lon, sites[lane.destination].lat]
                     for lane in lanes])
    arcs = bezier_points(starts, ends)
    graphics, unknown = [], []
    for number, lane in enumerate(lanes):
        route = None
        if follows_sea(lane.mode):
            pair = (*starts[number], *ends[number])
            known, route = known_route(pair)
            if not known:
                unknown.append(pair)
        if route is not None:
            graphics.append(LaneGraphic(lane, resample(route, 64), by_sea=True))
        else:
            graphics.append(LaneGraphic(lane, arcs[number]))
    return graphics, list(dict.fromkeys(unknown))


def lane_boxes(graphics: list[LaneGraphic]) -> np.ndarray:
    """(n, 4) bounding boxes (x0, y0, x1, y1) of the lanes' curves, for quick hit tests."""
    if not graphics:
        return np.zeros((0, 4))
    boxes = np.empty((len(graphics), 4))
    by_length: dict[int, list[int]] = {}
    for number, graphic in enumerate(graphics):
        by_length.setdefault(len(graphic.points), []).append(number)
    for numbers in by_length.values():  # curves of one length as one array (arcs, routes)
        points = np.stack([graphics[n].points for n in numbers])
        boxes[numbers, :2], boxes[numbers, 2:] = points.min(axis=1), points.max(axis=1)
    return boxes


__all__ = ["ANTIALIAS_MAX_LANES", "ARROW_MIN_PX", "CHUNK_LANES", "Chunk", "LaneGraphic",
           "LaneLayer", "LanePath", "arrow_heads",
           "lane_boxes", "lane_graphics", "polylines_path"]


def highlight_marks(graphics: list[LaneGraphic]) -> list[QGraphicsPathItem]:
    """A thick red stroke under each of ``graphics`` (the stress view's emphasis)."""
    marks = []
    for graphic in graphics:
        mark = QGraphicsPathItem(polylines_path([graphic.points]))
        mark.setPen(cosmetic_pen(HIGHLIGHT, graphic.width + 7, alpha=220))
        mark.setZValue(1.5)
        marks.append(mark)
    return marks
