"""The network map: sites by latitude/longitude, lanes, and after a solve the flows.

A simple equirectangular projection (x = longitude, y = latitude) with the
aspect ratio locked to the cosine of the sites' middle latitude, over the
bundled Natural Earth coastline. The network may be invalid while the
planner edits it: only what can be drawn is drawn.

Each layer is drawn by its own method (sites, lanes, labels, marks), so a
change redraws only its layer: lanes are batched and redrawn incrementally
(:mod:`ui.map_lanes`), labels are laid out in linear time on an occupancy
grid and only when the view's scale or extent changed, sea routes are found
in a worker thread (sea lanes show as arcs until then).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QToolTip

from twinparks.models.network import Network, as_key, as_number
from twinparks.models.plan import Plan
from twinparks.ui import map_investments
from twinparks.ui import map_layers as layers
from twinparks.ui.background import Background
from twinparks.ui.map_lanes import (
    LaneGraphic,
    LaneLayer,
    lane_boxes,
    lane_graphics,
    polylines_path,
)
from twinparks.ui.map_layers import KIND_STYLES, MODE_COLOURS, Site
from twinparks.ui.sea_routes import find_routes

DEFAULT_VIEW = QRectF(60.0, -45.0, 120.0, 105.0)  # lon 60..180, lat -45..60
LAYOUT_DELAY_MS = 30
LABEL_MARGIN_PX = 4.0  # what a pg.TextItem has by default

STALE_STYLE = ("QLabel { background: #fff3cd; color: #7a5b00; border: 1px solid #e0c36a;"
               " border-radius: 4px; padding: 4px 8px; }")

class NetworkMap(pg.PlotWidget):
    """Sites, lanes and flows of a network on a map; hover for figures, click a site."""

    siteClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent=parent, background="w")
        self.setAntialiasing(True)
        self._sites: dict[str, Site] = {}
        self._site_xy = np.zeros((0, 2))
        self._site_list: list[Site] = []
        self._lanes: list[LaneGraphic] = []
        self._lane_list: list = []  # map_layers.Lane, as drawn
        self._boxes = np.zeros((0, 4))
        self._network: Network | None = None
        self._plan: Plan | None = None
        self._built = False  # investments drawn (the legend names them)
        self._marked: tuple[set[str], set[str]] = (set(), set())
        self._marks: list[QGraphicsPathItem] = []
        self._labels: dict[str, pg.TextItem] = {}  # made when first placed
        self._label_sizes: dict[str, tuple[float, float]] = {}
        self._layout_key: tuple | None = None
        self._fitted = False
        self._x_scale = 1.0
        self._hover = ""
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_DELAY_MS)
        self._layout_timer.timeout.connect(self._layout_labels)
        self._routes = Background("sea routes", self)
        self._routes.finished.connect(self._on_routes)
        self._setup_plot()
        self._setup_layers()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.getViewBox().sigRangeChanged.connect(self._layout_timer.start)
        self.stale_banner = QLabel(self)
        self.stale_banner.setStyleSheet(STALE_STYLE)
        self.stale_banner.hide()
        self.fit()

    # -- set-up -------------------------------------------------------------------------

    def _setup_plot(self) -> None:
        plot = self.getPlotItem()
        self._retitle_axes()
        plot.showGrid(x=True, y=True, alpha=0.12)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        for name in ("bottom", "left"):
            plot.getAxis(name).setPen(pg.mkPen("#8a8f98"))
            plot.getAxis(name).setTextPen(pg.mkPen("#4a4f57"))
        view = plot.getViewBox()
        view.setBackgroundColor(layers.SEA)
        view.setAspectLocked(True)
        view.setLimits(xMin=-200, xMax=200, yMin=-95, yMax=95)
        self._legend = plot.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 215),
                                      pen=pg.mkPen("#c8ccd2"), labelTextSize="8pt",
                                      labelTextColor="#30343a", verSpacing=-4)

    def _retitle_axes(self) -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("Longitude (°E)"))
        plot.setLabel("left", self.tr("Latitude (°N)"))

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` put the axis titles and the legend through the translator."""
        # (not while pyqtgraph builds the widget, nor once it is closed)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_scatters") \
                and getattr(self, "plotItem", None) is not None:
            self._retitle_axes()
            self._rebuild_legend()
            self.set_stale(self.stale_banner.isVisible())
        super().changeEvent(event)

    def set_stale(self, stale: bool) -> None:
        """Say on the map that its flows belong to a plan of an earlier network."""
        self.stale_banner.setText(self.tr("Flows out of date: the network changed since the "
                                          "last solve (F5 solves again)"))
        self.stale_banner.adjustSize()
        self._place_banner()
        self.stale_banner.setVisible(stale and self._plan is not None)

    def _place_banner(self) -> None:
        banner = self.stale_banner
        banner.move(max(0, self.width() - banner.width() - 12), 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "stale_banner"):
            self._place_banner()

    def _setup_layers(self) -> None:
        view = self.getViewBox()
        self.coastline = layers.coastline_item()
        view.addItem(self.coastline, ignoreBounds=True)
        self._scatters: dict[str, pg.ScatterPlotItem] = {}
        for kind, style in KIND_STYLES.items():
            scatter = pg.ScatterPlotItem(symbol=style.symbol, size=style.size,
                                         brush=pg.mkBrush(style.colour),
                                         pen=pg.mkPen("w", width=1.2), hoverable=False)
            scatter.setZValue(10 - scatter_rank(kind))
            scatter.visibleChanged.connect(self._layout_timer.start)
            view.addItem(scatter)
            self._scatters[kind] = scatter
        self._halo = pg.ScatterPlotItem(symbol="o", size=30, brush=None,
                                        pen=pg.mkPen(layers.HIGHLIGHT, width=3))
        self._halo.setZValue(11)
        view.addItem(self._halo)
        self._lane_layer = LaneLayer(view)
        self._mode_samples = {mode: pg.PlotDataItem(pen=pg.mkPen(colour, width=4))
                              for mode, colour in MODE_COLOURS.items()}
        self._unused_sample = pg.PlotDataItem(pen=layers.lane_pen("other", 0.0, 1.0))
        self._investments = map_investments.investment_item()
        view.addItem(self._investments, ignoreBounds=True)

    def close(self) -> bool:
        """Stop relaying out labels: pyqtgraph drops the plot item on close."""
        self._layout_timer.stop()
        self._routes.discard()
        return super().close()

    # -- public API -----------------------------------------------------------------------

    def set_network(self, network: Network) -> None:
        """Draw ``network``: sites with numeric coordinates and lanes between them.

        Only what changed is redrawn: the sites if any site changed, and the
        chunks of lanes whose drawing changed.
        """
        self._network = network
        sites = layers.drawable_sites(network)
        if sites != self._sites:
            self._sites = sites
            self._update_aspect()
            self._draw_sites()
        self._draw_lanes()
        self._draw_marks()
        self._draw_investments()
        self._rebuild_legend()
        if self._sites and not self._fitted:
            self.fit()
        self._layout_timer.start()

    @property
    def routes_pending(self) -> bool:
        """Sea routes are still being found (their lanes show as arcs)."""
        return self._routes.running

    def wait_routes(self, timeout_s: float = 60.0) -> bool:
        """Join the thread finding sea routes (tests, closing)."""
        return self._routes.wait(timeout_s)

    def set_plan(self, plan: Plan | None) -> None:
        """Show a solve's flows (width ∝ tonnes, colour by mode); None for the bare network."""
        self._plan = plan if plan is not None and "lanes" in plan.tables else None
        self._style_lanes()
        self._lane_layer.update(self._lanes, self._z_of)
        self._layout_key = None
        self._layout_timer.start()
        self._draw_marks()
        self._draw_investments()
        self._rebuild_legend()

    def highlight(self, sites: set[str], lanes: set[str]) -> None:
        """Emphasise sites (red halo) and lanes (thick red); empty sets clear it."""
        self._marked = (set(sites), set(lanes))
        self._draw_marks()

    def fit(self, everything: bool = False) -> None:
        """Zoom to the corridor: parks, ports, hubs and markets with a margin.

        Far-away suppliers (ore from Canada, say) would shrink the corridor to
        a dot, so they count only with ``everything`` or when nothing else is
        drawn; the Asia–Pacific is shown when there are no sites at all.
        """
        view = self.getViewBox()
        if not self._sites:
            view.setRange(rect=DEFAULT_VIEW, padding=0)
            return
        core = [site for site in self._sites.values() if site.kind != "supplier"]
        shown = list(self._sites.values()) if everything or not core else core
        lon = [site.lon for site in shown]
        lat = [site.lat for site in shown]
        margin_x = max(1.5, 0.08 * (max(lon) - min(lon)))
        margin_y = max(1.5, 0.10 * (max(lat) - min(lat)))
        view.setRange(xRange=(min(lon) - margin_x, max(lon) + margin_x),
                      yRange=(min(lat) - margin_y, max(lat) + margin_y), padding=0)
        self._fitted = True

    def sites(self) -> dict[str, Site]:
        """The drawn sites, by id."""
        return dict(self._sites)

    def lanes(self) -> dict[str, LaneGraphic]:
        """The drawn lanes, by id."""
        return {graphic.lane.id: graphic for graphic in reversed(self._lanes)}

    def label(self, site_id: str) -> pg.TextItem | None:
        """The label item of a site (hidden when it would overlap another)."""
        return self._labels.get(site_id)

    def site_at(self, x: float, y: float, radius_px: float = 9.0) -> str | None:
        """The visible site at the view point (lon, lat), or None.

        The top-most marker under the point wins, else the nearest site within a few pixels.
        """
        pw, ph = self._pixel_size()
        reach = radius_px + max(style.size for style in KIND_STYLES.values())
        near = np.flatnonzero((np.abs(self._site_xy[:, 0] - x) <= reach * pw)
                              & (np.abs(self._site_xy[:, 1] - y) <= reach * ph))
        best, best_key = None, (math.inf, math.inf)
        for number in near:
            site = self._site_list[number]
            if not self._scatters[site.kind].isVisible():
                continue
            distance = math.hypot((site.lon - x) / pw, (site.lat - y) / ph)
            under = distance <= KIND_STYLES[site.kind].size / 2 + 1
            key = (scatter_rank(site.kind) if under else len(KIND_STYLES), distance)
            if distance <= max(radius_px, KIND_STYLES[site.kind].size / 2 + 2) and key < best_key:
                best, best_key = site.id, key
        return best

    def lane_at(self, x: float, y: float, radius_px: float = 5.0) -> LaneGraphic | None:
        """The lane nearest to the view point (lon, lat), within a few pixels of its curve."""
        pw, ph = self._pixel_size()
        point, scale = np.array([x / pw, y / ph]), np.array([1 / pw, 1 / ph])
        reach_x, reach_y = (radius_px + 8) * pw, (radius_px + 8) * ph
        boxes = self._boxes
        near = np.flatnonzero((boxes[:, 0] - reach_x <= x) & (x <= boxes[:, 2] + reach_x)
                              & (boxes[:, 1] - reach_y <= y) & (y <= boxes[:, 3] + reach_y))
        best, best_distance = None, math.inf
        for number in near:
            graphic = self._lanes[number]
            distance = layers.point_to_polyline_px(point, graphic.points * scale)
            if distance <= max(radius_px, graphic.width / 2 + 2) and distance < best_distance:
                best, best_distance = graphic, distance
        return best

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text at the view point (lon, lat): a site's, else a lane's, else ''."""
        site_id = self.site_at(x, y)
        if site_id is not None:
            return layers.site_tooltip(self._sites[site_id], self._plan)
        graphic = self.lane_at(x, y)
        if graphic is not None:
            return layers.lane_tooltip(graphic.lane, self._plan_rows().get(graphic.lane.id))
        return ""

    def click_at(self, x: float, y: float) -> str | None:
        """Act as a left click at the view point: emit ``siteClicked`` for a site there."""
        site_id = self.site_at(x, y)
        if site_id is not None:
            self.siteClicked.emit(site_id)
        return site_id

    # -- drawing --------------------------------------------------------------------------

    def _update_aspect(self) -> None:
        """1° of longitude is cos(middle latitude) as long as 1° of latitude on screen."""
        lats = [site.lat for site in self._sites.values()] or [DEFAULT_VIEW.center().y()]
        middle = max(-60.0, min(60.0, (max(lats) + min(lats)) / 2))
        self._x_scale = math.cos(math.radians(middle))
        self.getViewBox().setAspectLocked(True, ratio=self._x_scale)

    def _draw_sites(self) -> None:
        self._site_list = list(self._sites.values())
        self._site_xy = np.array([[site.lon, site.lat] for site in self._site_list]).reshape(-1, 2)
        for kind, scatter in self._scatters.items():
            sites = [site for site in self._site_list if site.kind == kind]
            scatter.setData(x=[site.lon for site in sites], y=[site.lat for site in sites],
                            data=[site.id for site in sites])
        view = self.getViewBox()
        for item in self._labels.values():
            view.removeItem(item)
        self._labels, self._label_sizes, self._layout_key = {}, {}, None

    def _label_size(self, site: Site) -> tuple[float, float]:
        """The label's size in pixels, measured without making its item."""
        size = self._label_sizes.get(site.id)
        if size is None:
            metrics = QFontMetricsF(label_font(site.kind))
            margin = 2 * LABEL_MARGIN_PX
            size = (metrics.horizontalAdvance(site.id) + margin, metrics.height() + margin)
            self._label_sizes[site.id] = size
        return size

    def _label_item(self, site: Site) -> pg.TextItem:
        item = self._labels.get(site.id)
        if item is None:
            item = pg.TextItem(site.id, color="#25292e", fill=pg.mkBrush(255, 255, 255, 150))
            item.setFont(label_font(site.kind))
            item.textItem.document().setDocumentMargin(LABEL_MARGIN_PX)
            item.setZValue(20)
            self.getViewBox().addItem(item, ignoreBounds=True)
            self._labels[site.id] = item
        return item

    def _draw_lanes(self) -> None:
        if self._network is None:
            return
        lanes = layers.drawable_lanes(self._network, self._sites)
        graphics, unknown = lane_graphics(lanes, self._sites)
        self._lane_list, self._lanes = lanes, graphics
        self._boxes = lane_boxes(graphics)
        self._style_lanes()
        self._lane_layer.update(graphics, self._z_of)
        self._layout_key = None
        if unknown and not self._routes.running:
            self._routes.start(find_routes, unknown)

    def _on_routes(self, _count: int) -> None:
        self._draw_lanes()
        self._draw_marks()
        self._layout_timer.start()

    def _plan_rows(self) -> dict[str, dict]:
        if self._plan is None:
            return {}
        rows = self._plan.tables["lanes"].to_dict("records")
        return {as_key(row["lane"]): row for row in reversed(rows)}  # first row wins

    def _style_lanes(self) -> None:
        rows = self._plan_rows()
        tonnes = {key: as_number(row.get("tonnes")) or 0.0 for key, row in rows.items()}
        most = max(tonnes.values(), default=0.0)
        self._most = most
        for graphic in self._lanes:
            amount = tonnes.get(graphic.lane.id) if self._plan is not None else None
            graphic.pen = layers.lane_pen(graphic.lane.mode, amount, most)
            graphic.amount = amount or 0.0

    def _z_of(self, graphic: LaneGraphic) -> float:
        """Heavier flows on top."""
        most = getattr(self, "_most", 0.0)
        return 2 + getattr(graphic, "amount", 0.0) / most if most else 2

    def _draw_marks(self) -> None:
        sites, lanes = self._marked
        marked = [self._sites[s] for s in sites if s in self._sites]
        self._halo.setData(x=[s.lon for s in marked], y=[s.lat for s in marked])
        view = self.getViewBox()
        for item in self._marks:
            view.removeItem(item)
        self._marks = []
        if not lanes:
            return
        for graphic in self._lanes:
            if graphic.lane.id in lanes:
                mark = QGraphicsPathItem(polylines_path([graphic.points]))
                mark.setPen(layers.cosmetic_pen(layers.HIGHLIGHT, graphic.width + 7, alpha=220))
                mark.setZValue(1.5)
                view.addItem(mark, ignoreBounds=True)
                self._marks.append(mark)

    def _draw_investments(self) -> None:
        self._built = map_investments.draw(self._investments, self._plan, self._sites,
                                           self.lanes())

    def _rebuild_legend(self) -> None:
        self._legend.clear()
        kinds = {site.kind for site in self._sites.values()}
        for kind in KIND_STYLES:
            if kind in kinds:
                self._legend.addItem(self._scatters[kind], layers.kind_label(kind))
        if self._plan is None:
            return
        modes = {graphic.lane.mode for graphic in self._lanes}
        for mode, sample in self._mode_samples.items():
            if mode in modes:
                self._legend.addItem(sample, layers.mode_label(mode))
        self._legend.addItem(self._unused_sample, self.tr("Unused lane"))
        if self._built:
            self._legend.addItem(self._investments, self.tr("Investment built"))

    # -- labels and arrows follow the zoom ------------------------------------------------

    def _layout_labels(self) -> None:
        """Show the labels that fit without overlapping, and arrows on lanes long enough.

        Nothing is redone while the scale, the view and the sites are as at the last layout.
        """
        if self.plotItem is None:  # closed
            return
        view = self.getViewBox()
        inside = view.sceneBoundingRect()
        pixel = self._pixel_size()
        shown = tuple(kind for kind, scatter in self._scatters.items() if scatter.isVisible())
        key = (pixel, tuple(view.viewRange()[0]), tuple(view.viewRange()[1]), shown,
               (inside.width(), inside.height()))
        if key == self._layout_key:
            return
        self._layout_key = key
        self._lane_layer.place_arrows(pixel)
        requests, markers = self._label_requests(inside, shown)
        placed = layers.place_labels(requests, markers, bounds=inside)
        for site_id, item in self._labels.items():
            if site_id not in placed:
                item.setVisible(False)
        pw, ph = pixel
        for request in requests:
            if request.key in placed:
                self._place_label(request, placed[request.key], pw, ph)

    def _label_requests(self, inside: QRectF, shown: tuple[str, ...]):
        """A label request and a marker per site on screen (its kind shown)."""
        view = self.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        xy = self._site_xy
        on_screen = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1)
                                   & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))
        requests, markers = [], {}
        for number in on_screen:
            site = self._site_list[number]
            if site.kind not in shown:
                continue
            at = view.mapViewToScene(QPointF(site.lon, site.lat))
            if not inside.contains(at):
                continue
            size = KIND_STYLES[site.kind].size
            markers[site.id] = (site.priority, QRectF(at.x() - size / 2, at.y() - size / 2,
                                                      size, size))
            width, height = self._label_size(site)
            requests.append(layers.LabelRequest(site.id, site.priority, at, width, height,
                                                size / 2 - 1))
        return requests, markers

    def _place_label(self, request: layers.LabelRequest, index: int,
                     pw: float, ph: float) -> None:
        site = self._sites[request.key]
        label = self._label_item(site)
        label.setVisible(True)
        (ax, ay), (ux, uy) = layers.CANDIDATES[index]
        label.setAnchor((ax, ay))
        label.setPos(site.lon + ux * request.gap * pw, site.lat - uy * request.gap * ph)

    def _pixel_size(self) -> tuple[float, float]:
        pw, ph = self.getViewBox().viewPixelSize()
        return (pw or 1.0, ph or 1.0)

    # -- mouse ----------------------------------------------------------------------------

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.getViewBox()
        text = ""
        if view.sceneBoundingRect().contains(scene_pos):
            point = view.mapSceneToView(scene_pos)
            text = self.tooltip_at(point.x(), point.y())
        if text == self._hover:
            return
        self._hover = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view, scene_pos = self.getViewBox(), event.scenePos()
        if self._legend.sceneBoundingRect().contains(scene_pos):
            return
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        if event.double() and self.site_at(point.x(), point.y()) is None:
            self.fit()
            return
        self.click_at(point.x(), point.y())


def label_font(kind: str) -> QFont:
    """The font of a site's label: parks bold, parks and ports a little larger."""
    font = QFont()
    font.setPointSizeF(7.5 if kind not in ("park", "port") else 8.0)
    font.setBold(kind == "park")
    return font


def scatter_rank(kind: str) -> int:
    """Stacking order: parks on top of ports, ports on top of markets, and so on."""
    return list(KIND_STYLES).index(kind)

