"""The map's lanes as one image, painted in a worker thread for the view shown.

:class:`LaneCanvas` is a single graphics item in the view box. When its
lanes or the view change it asks :func:`ui.lane_render.render_image` for
a new image in a :class:`ui.background.Background` job (only the latest
job counts: an image for a view or lanes since replaced is dropped) and
paints the image it has, placed at the lon/lat it was painted for, so
while a pan or zoom waits for its image the last one moves with the map.
A paint at another scale than the screen's (the PDF report renders the
map at three times its size) draws the lanes themselves instead, sharp.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsObject

from twinparks.ui.background import Background
from twinparks.ui.lane_render import LaneScene, ViewGeometry, draw_strokes, render_image
from twinparks.ui.lane_style import LazyStyles, Styling

SCREEN_SCALE_TOLERANCE = 0.02  # a paint within 2 % of the screen's scale shows the image
QUIT_WAIT_S = 5.0  # a render is stopped within a batch of lanes
EMPTY = LaneScene([], np.zeros((0, 4)), True, LazyStyles([], Styling(None, {})))


class LaneCanvas(QGraphicsObject):
    """The lanes of a view box, painted off the GUI thread; see the module docstring.

    ``painted`` is emitted when an image arrives (the lanes' looks are computed then).
    """

    painted = Signal()

    def __init__(self, view: pg.ViewBox):
        super().__init__()
        self._view = view
        self.lanes: LaneScene = EMPTY
        self.image: QImage | None = None
        self.painted_for: ViewGeometry | None = None  # the image's view
        self._painted_scene: LaneScene | None = None  # and its lanes
        self._job_scene: LaneScene | None = None  # the lanes of the job running
        self.renders = 0  # images received (tests count them)
        self._job = Background("lane image", self)
        self._job.finished.connect(self._on_image)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one job per event turn
        self._timer.timeout.connect(self._render)
        self._bounds = QRectF()
        self.setZValue(2)
        view.addItem(self, ignoreBounds=True)
        view.sigRangeChanged.connect(self.request)
        view.sigResized.connect(self.request)
        app = QCoreApplication.instance()
        if app is not None:  # a thread still painting as Python exits would crash it
            app.aboutToQuit.connect(self.discard)

    def set_lanes(self, lanes: LaneScene) -> None:
        """Paint ``lanes`` from now on (the image follows once painted)."""
        self.lanes = lanes
        self.request()

    def request(self, *_) -> None:
        """Paint anew for the current view and lanes, at the next turn of the event loop."""
        self._update_bounds()
        self._timer.start()

    @property
    def pending(self) -> bool:
        """An image for the current view and lanes is still to come."""
        return self._timer.isActive() or self._job.running

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Paint now and join the worker (tests, screenshots); the image is delivered queued."""
        if self._timer.isActive():
            self._timer.stop()
            self._render()
        return self._job.wait(timeout_s)

    def discard(self) -> None:
        """Stop a render in progress and join it (closing, quitting)."""
        self._timer.stop()
        self._job.discard()
        self._job.wait(QUIT_WAIT_S)

    def geometry_now(self) -> ViewGeometry | None:
        """The view as it is now, in pixels; None before the view has a size."""
        view = self._view
        width, height = round(view.width()), round(view.height())
        if width < 1 or height < 1:
            return None
        (x0, x1), (y0, y1) = view.viewRange()
        scene = view.scene()
        views = scene.views() if scene is not None else []
        ratio = views[0].devicePixelRatioF() if views else 1.0
        return ViewGeometry(x0, y1, (x1 - x0) / width, (y1 - y0) / height, width, height, ratio)

    def _render(self) -> None:
        geometry = self.geometry_now()
        if geometry is None:
            return
        if geometry == self.painted_for and self.lanes is self._painted_scene:
            self._job.discard()  # a job for a view or lanes since left behind
            return
        self._job.start(render_image, self.lanes, geometry)
        self._job_scene = self.lanes

    def _on_image(self, result: tuple[QImage, ViewGeometry]) -> None:
        self.image, self.painted_for = result
        self._painted_scene = self._job_scene
        self.renders += 1
        self._update_bounds()
        self.update()
        self.painted.emit()

    def _update_bounds(self) -> None:
        rect = self._view.viewRect()
        if self.painted_for is not None:
            rect = rect.united(self.painted_for.rect())
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def boundingRect(self) -> QRectF:
        """The view and the image's place (in lon/lat)."""
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """The image at its place; the lanes themselves at another scale than the screen's."""
        now = self.geometry_now()
        if now is None:
            return
        scale = painter.worldTransform().m11() * now.pw  # device pixels per screen pixel
        if abs(scale - 1) > SCREEN_SCALE_TOLERANCE:
            painter.save()
            painter.setTransform(_pixels_to_view(now), True)
            draw_strokes(painter, self.lanes, now)
            painter.restore()
            return
        if self.image is None:
            return
        painted = self.painted_for
        painter.save()
        painter.setTransform(_pixels_to_view(painted), True)
        painter.drawImage(QRectF(0, 0, painted.width, painted.height), self.image)
        painter.restore()


def _pixels_to_view(geometry: ViewGeometry) -> QTransform:
    """Maps a view's pixels (y down) to lon/lat."""
    return QTransform(geometry.pw, 0, 0, -geometry.ph, geometry.left, geometry.top)


__all__ = ["LaneCanvas"]
