"""The app's own widgets (map, charts) rendered offscreen as images for the PDF report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.ui.map_view import NetworkMap

RENDER_SCALE = 3  # image pixels per widget pixel: sharp when printed
SEA_ROUTES_TIMEOUT_S = 60.0


def render_widget(widget: QGraphicsView, width_pt: float, height_pt: float,
                  finish=None) -> QImage:
    """``widget`` laid out at the size that prints at ``width_pt`` × ``height_pt``.

    ``finish()``, if given, completes the widget's deferred drawing before the render.
    """
    per_point = widget.logicalDpiX() / 72.0
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(round(width_pt * per_point), round(height_pt * per_point))
    widget.show()
    _settle()
    if finish is not None:
        finish()
    image = QImage(widget.width() * RENDER_SCALE, widget.height() * RENDER_SCALE,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    # QGraphicsView.render redraws the scene at the target's resolution (QWidget.render
    # would scale a screen-resolution picture, or clip it).
    QGraphicsView.render(widget, painter, QRectF(image.rect()),
                         widget.viewport().rect(), Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    widget.close()
    return image


def _settle(ms: int = 120) -> None:
    """Let layouts and the map's deferred label placement run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def map_widget(network: Network, plan: Plan, width_pt: float, height_pt: float) -> NetworkMap:
    """The network map with the plan's flows, sea lanes along their routes, fitted."""
    view = NetworkMap()
    view.routes_in_child = False  # drawn once, waited for: no child process to start
    view.set_axes_cached(False)  # drawn once, at three times the scale
    view.set_network(network)
    if view.wait_routes(SEA_ROUTES_TIMEOUT_S):  # sea lanes along their routes, not arcs
        QCoreApplication.processEvents()  # delivers the routes (a queued signal)
    view.set_plan(plan)
    per_point = view.logicalDpiX() / 72
    view.resize(round(width_pt * per_point), round(height_pt * per_point))
    view.fit()
    return view


def map_image(network: Network, plan: Plan, width_pt: float, height_pt: float) -> QImage:
    """The network map with the plan's flows (of a big network, ``pdf_map.map_subset``'s)."""
    view = map_widget(network, plan, width_pt, height_pt)
    try:
        return render_widget(view, width_pt, height_pt, finish=view.wait_labels)
    finally:
        view.deleteLater()


def chart_image(chart_class, network: Network, plan: Plan, currency: str,
                width_pt: float, height_pt: float) -> QImage:
    """One chart of ``ui.charts`` drawn for ``plan``."""
    chart = chart_class()
    chart.set_plan(plan, currency)
    try:
        return render_widget(chart, width_pt, height_pt)
    finally:
        chart.deleteLater()
