"""Drawing the map's lanes in screen pixels: the whole layer as one job on plain data.

A :class:`Stroke` is one lane as drawn (its curve in lon/lat, its pen as a
plain key, its stacking value); a :class:`ViewGeometry` is where the view
looks and how big it is. :func:`render_image` paints every stroke into a
transparent ``QImage`` and runs in a worker thread (a QPainter on a QImage
may paint off the GUI thread); :func:`draw_strokes` paints them onto any
painter (the PDF's render at three times the screen's resolution).

The lanes' looks come as :class:`ui.lane_style.LazyStyles`: the first render
of a scene computes them, in its worker, for every lane at once.
Lanes are painted heaviest last (on top), a few at a time: PySide6 holds the
GIL inside one QPainter call, so many short calls leave the GUI thread
room to run between them. Lanes wholly outside the view are skipped; arrow
heads have a size in pixels and are computed here, for the view painted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from twinparks.ui.lane_style import WIDTH_STEP, LazyStyles

BATCH_LANES = 16  # lanes per QPainter call: short calls, so the GUI thread keeps running
ARROW_AT = 0.58  # of the curve
ARROW_MIN_PX = 48  # lanes shorter than this on screen get no arrow head
CULL_MARGIN_PX = 16  # lanes this close outside the view are still painted (their width)


@dataclass(frozen=True)
class ViewGeometry:
    """The view a layer is painted for: its top-left in lon/lat, units per pixel, size."""

    left: float
    top: float  # the latitude at the top edge
    pw: float  # view units per pixel, across
    ph: float  # and down
    width: int  # pixels
    height: int
    ratio: float = 1.0  # device pixels per pixel

    def rect(self) -> QRectF:
        """The view's rectangle in lon/lat (y up: ``top()`` is the lowest latitude)."""
        return QRectF(self.left, self.top - self.height * self.ph,
                      self.width * self.pw, self.height * self.ph)

    def to_pixels(self, points: np.ndarray) -> np.ndarray:
        """Lon/lat points as pixel coordinates (y down) in this view."""
        return np.column_stack([(points[:, 0] - self.left) / self.pw,
                                (self.top - points[:, 1]) / self.ph])


def pen_of(key: tuple) -> QPen:
    """The pen a key stands for, in pixels (the painter's own units)."""
    rgba, steps, style = key
    pen = QPen(QColor.fromRgba(rgba), max(1, steps) * WIDTH_STEP, Qt.PenStyle(style),
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    return pen


@dataclass(frozen=True)
class LaneScene:
    """What a lane layer paints: one entry per lane in parallel sequences.

    ``points`` (n, 2) in lon/lat, ``boxes`` (n, 4: x0, y0, x1, y1), whether
    to smooth, and the lanes' looks (computed by the first render).
    """

    points: list[np.ndarray]
    boxes: np.ndarray
    antialias: bool
    styles: LazyStyles

    def __len__(self) -> int:
        return len(self.points)


Stroke = tuple  # (points, pen key): one lane as painted


def visible(scene: LaneScene, geometry: ViewGeometry) -> list[Stroke]:
    """The lanes whose box comes near the view, heaviest last (stable in their order)."""
    if not len(scene):
        return []
    styles = scene.styles.get()
    margin_x, margin_y = CULL_MARGIN_PX * geometry.pw, CULL_MARGIN_PX * geometry.ph
    rect = geometry.rect()
    boxes = scene.boxes
    near = np.flatnonzero((boxes[:, 2] >= rect.left() - margin_x)
                          & (boxes[:, 0] <= rect.right() + margin_x)
                          & (boxes[:, 3] >= rect.top() - margin_y)
                          & (boxes[:, 1] <= rect.bottom() + margin_y))
    order = near[np.argsort(styles.z[near], kind="stable")]
    keys = [tuple(key) for key in styles.keys()[order].tolist()]
    return [(scene.points[n], key) for n, key in zip(order.tolist(), keys, strict=True)]


def batches(strokes: list[Stroke]) -> list[list[Stroke]]:
    """Runs of up to :data:`BATCH_LANES` consecutive strokes with one pen."""
    runs: list[list[Stroke]] = []
    for stroke in strokes:
        if runs and runs[-1][0][1] == stroke[1] and len(runs[-1]) < BATCH_LANES:
            runs[-1].append(stroke)
        else:
            runs.append([stroke])
    return runs


def polylines_path(lines: list[np.ndarray]):
    """One ``QPainterPath`` through every polyline, each its own subpath."""
    xs = np.concatenate([line[:, 0] for line in lines])
    ys = np.concatenate([line[:, 1] for line in lines])
    connect = np.ones(len(xs), dtype=bool)
    connect[np.cumsum([len(line) for line in lines]) - 1] = False
    return pg.arrayToQPath(xs, ys, connect=connect)


def arrow_heads(lines: list[np.ndarray], width: float) -> list[np.ndarray]:
    """Triangles (4, 2) in pixels: a head at 58 % of each line long enough on screen."""
    length = 7 + 1.2 * width
    half = length * math.tan(math.radians((32 if width < 4 else 40) / 2))
    heads = []
    for line in lines:
        if math.hypot(*(line[-1] - line[0])) < ARROW_MIN_PX:
            continue
        index = int(ARROW_AT * (len(line) - 1))
        direction = line[index + 1] - line[index - 1]
        norm = math.hypot(*direction)
        if norm == 0:
            continue
        unit = direction / norm
        normal = np.array([-unit[1], unit[0]])
        tip = line[index]
        base = tip - unit * length
        heads.append(np.array([tip, base + normal * half, base - normal * half, tip]))
    return heads


def draw_strokes(painter: QPainter, scene: LaneScene, geometry: ViewGeometry) -> int:
    """Paint the scene's lanes onto ``painter`` (in the view's pixels); how many were painted."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, scene.antialias)
    shown = visible(scene, geometry)
    for run in batches(shown):
        pen = pen_of(run[0][1])
        lines = [geometry.to_pixels(points) for points, _ in run]
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(polylines_path(lines))
        heads = arrow_heads(lines, pen.widthF())
        if heads:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(pen.color()))
            painter.drawPath(polylines_path(heads))
    return len(shown)


def render_image(scene: LaneScene, geometry: ViewGeometry,
                 report=None) -> tuple[QImage, ViewGeometry]:
    """The scene's lanes painted into a transparent image of the view; with the geometry.

    ``report`` is :class:`ui.background.Background`'s progress callback (unused).
    """
    ratio = geometry.ratio
    image = QImage(max(1, round(geometry.width * ratio)), max(1, round(geometry.height * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        draw_strokes(painter, scene, geometry)
    finally:
        painter.end()
    return image, geometry


__all__ = ["ARROW_MIN_PX", "BATCH_LANES", "LaneScene", "ViewGeometry", "arrow_heads",
           "draw_strokes", "pen_of", "polylines_path", "render_image"]
