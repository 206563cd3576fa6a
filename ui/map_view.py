"""The network map: sites by latitude/longitude, lanes, and after a solve the flows.

A simple equirectangular projection (x = longitude, y = latitude) with the
aspect ratio locked to the cosine of the sites' middle latitude, over the
bundled Natural Earth coastline. The network may be invalid while the
planner edits it: only what can be drawn is drawn.

Each layer is drawn by its own method (sites, lanes, labels, marks), so a
change redraws only its layer: the lanes are one image painted in a worker
thread, anew only when a lane's look or the view changed (:mod:`ui.map_lanes`);
labels are laid out in linear time on an occupancy grid and only when the
view's scale or extent changed (:mod:`ui.map_labels`);
sea routes are found in a worker thread (sea lanes show as arcs until then).
Hit tests for hover and clicks are in :mod:`ui.map_picking`.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QLabel

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.ui import map_drawing, map_investments
from twinparks.ui import map_layers as layers
from twinparks.ui.background import Background
from twinparks.ui.lane_style import Styling
from twinparks.ui.map_drawing import Drawing, read_drawing, read_network_drawing, snapshot
from twinparks.ui.map_flows import (
    COLOUR_BY,
    lane_regimes,
    lane_regimes_known,
    lane_row,
    regime_tooltip,
)
from twinparks.ui.map_labels import SiteLabels
from twinparks.ui.map_lanes import (
    LaneGraphic,
    LaneLayer,
    highlight_marks,
)
from twinparks.ui.map_layers import KIND_STYLES, Site
from twinparks.ui.map_legend import MapLegend
from twinparks.ui.map_picking import MapMouse, nearest_lane, nearest_site, scatter_rank
from twinparks.ui.sea_routes import find_routes

DEFAULT_VIEW = QRectF(60.0, -45.0, 120.0, 105.0)  # lon 60..180, lat -45..60
LAYOUT_DELAY_MS = 30

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
        self._memos: tuple[dict, dict, dict] = ({}, {}, {})  # rows read: sites, lanes, graphics
        self._network: Network | None = None
        self._frozen = False  # nobody edits _network (a document's snapshot)
        self._plan: Plan | None = None
        self._built = False  # investments drawn (the legend names them)
        self._colour_by = "mode"  # or "regime": flows coloured by duty regime
        self._marked: tuple[set[str], set[str]] = (set(), set())
        self._marks: list[QGraphicsPathItem] = []
        self._fitted = False
        self._x_scale = 1.0
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_DELAY_MS)
        self._layout_timer.timeout.connect(self._layout_labels)
        self._routes = Background("sea routes", self)
        self.routes_in_child = True  # the window's map: see ui.sea_routes (False: the PDF's)
        self._routes.finished.connect(self._on_routes)
        self._drawing = Background("map drawing", self)
        self._drawing.finished.connect(self._show_drawing)
        self._fit_wanted: bool | None = None  # a fit asked for while a drawing was read
        self.drawings = 0  # drawings shown (tests count them)
        self._setup_plot()
        self._setup_layers()
        self._site_labels = SiteLabels(self.getViewBox())
        self._mouse = MapMouse(self)
        self._lane_layer.canvas.painted.connect(self._rebuild_legend)  # regimes known then
        self.getViewBox().sigRangeChanged.connect(self._layout_timer.start)
        self.stale_banner = QLabel(self)
        self.stale_banner.setStyleSheet(STALE_STYLE)
        self.stale_banner.hide()
        self.getViewBox().sigResized.connect(self._place_banner)
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
        self.set_axes_cached(True)
        view = plot.getViewBox()
        view.setBackgroundColor(layers.SEA)
        view.setAspectLocked(True)
        # wide enough that a narrow, tall map can still show the whole world (Ctrl+9):
        # with the aspect locked, a cap on latitude would cut longitude instead
        view.setLimits(xMin=-360, xMax=360, yMin=-300, yMax=300)
        self._legend = MapLegend(plot)

    def set_axes_cached(self, cached: bool) -> None:
        """Keep each axis (its ticks and the grid across the map) as a pixmap until the view
        or the axis changes: every paint replayed them, a third of a paint (1400 × 800: 27.6
        -> 15.0 ms at 1e5, 79 -> 54 ms at 1e6, load 5), and the map is painted again for each
        slice of labels shown. Off for a map drawn once at another scale (the PDF's)."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if cached \
            else QGraphicsItem.CacheMode.NoCache
        for name in ("bottom", "left"):
            self.getPlotItem().getAxis(name).setCacheMode(mode)

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
        """At the top right of the map itself (the legend has the column right of it)."""
        if getattr(self, "plotItem", None) is None:  # closed
            return
        banner = self.stale_banner
        corner = self.mapFromScene(self.getViewBox().sceneBoundingRect().topRight())
        banner.move(max(0, corner.x() - banner.width() - 8), corner.y() + 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "stale_banner"):
            self._place_banner()
            if not self._fitted:  # a range set before the widget had a size is off
                self.fit()

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
        self._investments = map_investments.investment_item()
        view.addItem(self._investments, ignoreBounds=True)

    def close(self) -> bool:
        """Stop relaying out labels: pyqtgraph drops the plot item on close."""
        self._layout_timer.stop()
        self._routes.discard()
        self._drawing.discard()
        self._lane_layer.canvas.discard()
        self._site_labels.discard()
        return super().close()

    # -- public API -----------------------------------------------------------------------

    def set_network(self, network: Network, frozen: bool = False) -> None:
        """Draw ``network``: sites with numeric coordinates and lanes between them.

        Only what changed is redrawn: the sites if any site changed, and the
        lanes whose look changed. A big network is read in a worker thread
        (:mod:`ui.map_drawing`) and shows once read (:attr:`drawing_pending`);
        a reading for a network since replaced is dropped. ``frozen``: nobody
        edits ``network`` any more (``Document.snapshot``), so the worker reads
        its cells too; otherwise they are copied here first.
        """
        self._network, self._frozen = network, frozen
        self._redraw()

    @property
    def drawing_pending(self) -> bool:
        """The network last set is still being read for drawing."""
        return self._drawing.running

    def wait_drawn(self, timeout_s: float = 60.0) -> bool:
        """Wait until the network last set is drawn (tests, screenshots)."""
        done = self._drawing.wait(timeout_s)
        QCoreApplication.processEvents()  # delivers the drawing (a queued signal)
        return done

    def _redraw(self) -> None:
        if self._network is None:
            return
        if self._frozen and map_drawing.rows_of(self._network) > map_drawing.SYNC_ROWS:
            # (copying 270k cells of the 1e6 workbook here took 0.05-0.17 s an edit)
            self._drawing.start(read_network_drawing, self._network, self._memos, self._sites)
            return
        cells = snapshot(self._network)
        if cells.rows <= map_drawing.SYNC_ROWS:
            self._drawing.discard()
            self._show_drawing(read_drawing(cells, self._memos, self._sites))
        else:
            self._drawing.start(read_drawing, cells, self._memos, self._sites)

    def _show_drawing(self, drawing: Drawing) -> None:
        self.drawings += 1
        if drawing.sites_changed:
            self._sites = drawing.sites
            self._update_aspect()
            self._draw_sites()
        self._lane_list, self._lanes, self._boxes = drawing.lanes, drawing.graphics, \
            drawing.boxes
        # duty regimes follow the sites' countries: new sites restyle every lane
        self._lane_layer.update(self._lanes, self._styling(), self._boxes,
                                restyled=drawing.sites_changed)
        self._site_labels.invalidate()
        if drawing.unknown and not self._routes.running:
            self._routes.start(find_routes, drawing.unknown, self.routes_in_child)
        self._draw_marks()
        self._draw_investments()
        self._rebuild_legend()
        if self._fit_wanted is not None:
            self.fit(self._fit_wanted)
        elif self._sites and not self._fitted:
            self.fit()
        self._layout_timer.start()

    @property
    def routes_pending(self) -> bool:
        """Sea routes are still being found (their lanes show as arcs)."""
        return self._routes.running

    def wait_routes(self, timeout_s: float = 60.0) -> bool:
        """Join the thread finding sea routes (tests, closing)."""
        return self._routes.wait(timeout_s)

    @property
    def lanes_pending(self) -> bool:
        """The image of the lanes for the current view is still being painted."""
        return self._lane_layer.pending

    def wait_lanes(self, timeout_s: float = 30.0) -> bool:
        """Paint the lanes' image now and wait for it (tests, screenshots)."""
        done = self._lane_layer.wait(timeout_s)
        QCoreApplication.processEvents()  # delivers the image (a queued signal)
        return done

    def wait_labels(self, timeout_s: float = 30.0) -> bool:
        """Lay out the labels now if a layout is due, and show them (tests, the PDF)."""
        if self._layout_timer.isActive():
            self._layout_timer.stop()
            self._layout_labels()
        return self._site_labels.wait(timeout_s)

    def set_plan(self, plan: Plan | None) -> None:
        """Show a solve's flows (width ∝ tonnes, colour by mode); None for the bare network."""
        self._plan = plan if plan is not None and "lanes" in plan.tables else None
        self._restyle()
        self._site_labels.invalidate()
        self._layout_timer.start()
        self._draw_marks()
        self._draw_investments()
        self._rebuild_legend()

    @property
    def colour_by(self) -> str:
        """What colours the flows: "mode" (transport mode) or "regime" (duty regime)."""
        return self._colour_by

    def set_colour_by(self, key: str) -> None:
        """Colour the flows by transport ``"mode"`` or by duty ``"regime"`` (docs/origin.md)."""
        if key not in COLOUR_BY:
            raise ValueError(f"colour_by must be one of {COLOUR_BY}, not {key!r}")
        self._colour_by = key
        self._restyle()
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
        self._fit_wanted = everything if self._drawing.running else None  # again once drawn
        if not self._sites:
            view.setRange(rect=DEFAULT_VIEW, padding=0)
            return
        x_range, y_range = layers.fit_ranges(self._sites.values(), everything)
        view.setRange(xRange=x_range, yRange=y_range, padding=0)
        self._fitted = True

    def sites(self) -> dict[str, Site]:
        """The drawn sites, by id."""
        return dict(self._sites)

    def lanes(self) -> dict[str, LaneGraphic]:
        """The drawn lanes, by id, each with its pen (tests; computes the looks if need be)."""
        styles = self._lane_layer.styles.get()
        for at, graphic in enumerate(self._lanes):
            graphic.pen = styles.pen(at)
        return self._graphics_by_id()

    def _graphics_by_id(self) -> dict[str, LaneGraphic]:
        return {graphic.lane.id: graphic for graphic in reversed(self._lanes)}

    def lane_stacking(self, lane_id: str) -> float:
        """The stacking value of a lane (heavier flows on top; by regime, the general rate
        above preferences above the rest); computes the looks if need be."""
        at = next(n for n in range(len(self._lanes) - 1, -1, -1)
                  if self._lanes[n].lane.id == lane_id)
        return float(self._lane_layer.styles.get().z[at])

    def label(self, site_id: str) -> pg.TextItem | None:
        """The label item of a site (hidden when it would overlap another)."""
        return self._site_labels.items.get(site_id)

    def labels(self) -> dict[str, pg.TextItem]:
        """Every label item made so far, by site id (visible or hidden)."""
        return dict(self._site_labels.items)

    def site_at(self, x: float, y: float, radius_px: float = 9.0) -> str | None:
        """The visible site at the view point (lon, lat), or None.

        The top-most marker under the point wins, else the nearest site within a few pixels.
        """
        return nearest_site(self._site_list, self._site_xy,
                            lambda kind: self._scatters[kind].isVisible(), (x, y),
                            self._pixel_size(), radius_px)

    def lane_at(self, x: float, y: float, radius_px: float = 5.0) -> LaneGraphic | None:
        """The lane nearest to the view point (lon, lat), within a few pixels of its curve."""
        return nearest_lane(self._lanes, self._boxes, (x, y), self._pixel_size(), radius_px)

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text at the view point (lon, lat): a site's, else a lane's, else ''."""
        site_id = self.site_at(x, y)
        if site_id is not None:
            return layers.site_tooltip(self._sites[site_id], self._plan)
        graphic = self.lane_at(x, y)
        if graphic is not None:
            text = layers.lane_tooltip(graphic.lane, lane_row(self._plan, graphic.lane.id))
            regimes = lane_regimes(self._plan, self._sites).get(graphic.lane.id, {})
            return text + regime_tooltip(regimes)
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
        self._site_labels.clear()

    def _on_routes(self, _count: int) -> None:
        self._redraw()  # sea lanes along their routes now
        self._layout_timer.start()

    def _styling(self) -> Styling:
        return Styling(self._plan, self._sites, self._colour_by)

    def _restyle(self) -> None:
        """The plan or the colouring changed: every lane's look is computed anew (in the
        worker that paints the lanes)."""
        self._lane_layer.update(self._lanes, self._styling(), self._boxes)

    def _draw_marks(self) -> None:
        sites, lanes = self._marked
        marked = [self._sites[s] for s in sites if s in self._sites]
        self._halo.setData(x=[s.lon for s in marked], y=[s.lat for s in marked])
        view = self.getViewBox()
        for item in self._marks:
            view.removeItem(item)
        at = [n for n, graphic in enumerate(self._lanes) if graphic.lane.id in lanes]
        widths = self._lane_layer.styles.get().width[at].tolist() if at else []
        self._marks = highlight_marks([self._lanes[n] for n in at], widths)
        for mark in self._marks:
            view.addItem(mark, ignoreBounds=True)

    def _draw_investments(self) -> None:
        plan = self._plan
        lanes = self._graphics_by_id() if plan is not None \
            and len(plan.tables.get("investments", ())) else {}
        self._built = map_investments.draw(self._investments, plan, self._sites, lanes)

    def _rebuild_legend(self) -> None:
        lanes: set[str] | None = None  # the legend's lane entries: modes or regimes
        if self._plan is not None and self._colour_by == "regime":
            regimes = lane_regimes_known(self._plan, self._sites)
            lanes = set() if regimes is None else {
                regime for tonnes in regimes.values() for regime, amount in tonnes.items()
                if amount > 0}  # (until the lanes' worker has found them: none)
        elif self._plan is not None:
            lanes = {graphic.lane.mode for graphic in self._lanes}
        self._legend.rebuild(self._scatters, {site.kind for site in self._sites.values()},
                             lanes, self._investments if self._built else None,
                             by_regime=self._colour_by == "regime")

    def legend_texts(self) -> list[str]:
        """The legend's entries, top to bottom."""
        return self._legend.texts()

    # -- labels follow the zoom -----------------------------------------------------------

    def _layout_labels(self) -> None:
        """Start a layout of the labels that fit without overlapping (see ``ui.map_labels``).

        Nothing is redone while the scale, the view and the sites are as at the last layout.
        """
        if self.plotItem is None:  # closed
            return
        pixel = self._pixel_size()
        shown = tuple(kind for kind, scatter in self._scatters.items() if scatter.isVisible())
        self._site_labels.layout(self._site_list, self._site_xy, shown, pixel)

    def _pixel_size(self) -> tuple[float, float]:
        pw, ph = self.getViewBox().viewPixelSize()
        return (pw or 1.0, ph or 1.0)
