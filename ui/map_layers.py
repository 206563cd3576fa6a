"""What the network map draws and how, apart from the widget itself.

The sites and lanes that can be drawn from a network that may be invalid,
their styles, the bundled coastline, lane curves and the hover texts;
:mod:`ui.map_view` puts these on screen (labels: :mod:`ui.label_placement`).
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from twinparks.models.network import Network, as_key, as_number, is_blank
from twinparks.models.plan import Plan

log = logging.getLogger(__name__)

COASTLINE_PATH = Path(__file__).with_name("data") / "coastline.json"
SEA = "#eef4f8"
LAND = "#f4efe3"
BORDER = "#cfc6b2"
HIGHLIGHT = "#e03131"
PLAIN_LANE = "#7a869a"


@dataclass(frozen=True)
class KindStyle:
    """How one kind of site is drawn."""

    symbol: str
    colour: str
    size: float


KIND_STYLES = {  # in label priority order: parks are labelled first
    "park": KindStyle("star", "#e8590c", 22),
    "port": KindStyle("s", "#1d4e89", 11),
    "market": KindStyle("o", "#2a9d8f", 11),
    "supplier": KindStyle("t1", "#a9742b", 12),
    "hub": KindStyle("d", "#6c757d", 11),
}
_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_STYLES)}
MODE_COLOURS = {
    "sea": "#3a86c8",
    "sea-rail": "#8e5fb8",
    "rail": "#9c5b35",
    "road": "#2f9e44",
    "other": "#868e96",
}
MIN_WIDTH, MAX_WIDTH = 1.5, 12.0
PEN_STEP = 0.05  # lane widths are rounded to this (pixels), so that lanes share pens


def tr(text: str) -> str:
    """Translate in the map's context."""
    return QCoreApplication.translate("NetworkMap", text)


def kind_label(kind: str) -> str:
    """The legend name of a kind of site."""
    return {"park": tr("Industrial park"), "port": tr("Port"), "market": tr("Market"),
            "supplier": tr("Supplier"), "hub": tr("Hub")}[kind]


def mode_label(mode: str) -> str:
    """The legend name of a transport mode."""
    return {"sea": tr("Sea"), "sea-rail": tr("Sea–rail"), "rail": tr("Rail"),
            "road": tr("Road"), "other": tr("Other mode")}[mode]


def normal_kind(value: object) -> str:
    """A Sites ``kind`` cell as one of the known kinds (blank or unknown: hub)."""
    text = "" if is_blank(value) else str(value).strip().lower()
    return text if text in KIND_STYLES else "hub"


def normal_mode(value: object) -> str:
    """A Lanes ``mode`` cell as one of the drawn modes."""
    text = "" if is_blank(value) else str(value).strip().lower().replace("_", "-")
    text = "-".join(text.split())
    if text in ("sea-rail", "rail-sea", "searail"):
        return "sea-rail"
    return text if text in MODE_COLOURS else "other"


def _text(value: object) -> str:
    return "" if is_blank(value) else str(value).strip()


@dataclass(frozen=True)
class Site:
    """A site that has numeric coordinates."""

    id: str
    name: str
    kind: str
    country: str
    lon: float
    lat: float

    @property
    def priority(self) -> int:
        """Rank for labelling: parks first."""
        return _KIND_RANK[self.kind]


@dataclass(frozen=True)
class Lane:
    """A lane whose two ends are drawn."""

    id: str
    origin: str
    destination: str
    mode: str
    capacity: float | None
    transit_days: float | None


def _column(table, name: str) -> list:
    """A column's values, a missing value as None (NaN never equals itself: memo keys)."""
    if name not in table.columns:
        return [None] * len(table)
    column = table[name]
    if column.dtype.kind in "fO":
        missing = column.isna()
        if missing.any():
            return column.astype(object).where(~missing, None).tolist()
    return column.tolist()


def bounded(memo: dict, rows: int) -> dict:
    """``memo`` emptied once it holds far more readings than the table has rows."""
    if len(memo) > 4 * rows + 1_000:
        memo.clear()
    return memo


SITE_COLUMNS = ("id", "name", "kind", "country", "lon", "lat")
LANE_COLUMNS = ("id", "origin", "destination", "mode", "capacity_tonnes", "transit_days")


def columns_of(network: Network, sheet: str, names: tuple[str, ...]) -> tuple[list, ...]:
    """A sheet's columns as plain lists (a snapshot a worker thread may read)."""
    table = network.table(sheet)
    return tuple(_column(table, name) for name in names)


def drawable_sites(network: Network, memo: dict | None = None) -> dict[str, Site]:
    """The sites with numeric, in-range coordinates, by id (first row of a duplicate wins).

    ``memo`` (a dict kept by the caller between calls) remembers each row's
    reading, so that drawing the network again after an edit reads only the
    rows that changed.
    """
    return sites_from(columns_of(network, "Sites", SITE_COLUMNS), memo)


def sites_from(columns: tuple[list, ...], memo: dict | None = None) -> dict[str, Site]:
    """:func:`drawable_sites` from the Sites columns of :data:`SITE_COLUMNS`."""
    sites: dict[str, Site] = {}
    for site in _read_rows(columns, memo, _site):
        if site is not None and site.id not in sites:
            sites[site.id] = site
    return sites


def _read_rows(columns: tuple[list, ...], memo: dict | None, read):
    """``read(*row)`` of every row of ``columns``, remembered by the row's cell values."""
    memo = {} if memo is None else bounded(memo, len(columns[0]))
    for row in zip(*columns, strict=True):
        try:
            yield memo[row]
        except KeyError:
            value = memo[row] = read(*row)
            yield value
        except TypeError:  # an unhashable cell value
            yield read(*row)


def _site(key, name, kind, country, lon, lat) -> Site | None:
    lon, lat = as_number(lon), as_number(lat)
    if is_blank(key) or lon is None or lat is None:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Site(as_key(key), _text(name), normal_kind(kind), _text(country), lon, lat)


def fit_ranges(sites: Iterable[Site], everything: bool = False
               ) -> tuple[tuple[float, float], tuple[float, float]]:
    """The (lon, lat) ranges that show the corridor, or with ``everything`` every site.

    The corridor is every site but the suppliers (all of them when there are
    only suppliers), with a margin; ``sites`` must not be empty.
    """
    sites = list(sites)
    core = [site for site in sites if site.kind != "supplier"]
    shown = sites if everything or not core else core
    lon = [site.lon for site in shown]
    lat = [site.lat for site in shown]
    margin_x = max(1.5, 0.08 * (max(lon) - min(lon)))
    margin_y = max(1.5, 0.10 * (max(lat) - min(lat)))
    return ((min(lon) - margin_x, max(lon) + margin_x),
            (min(lat) - margin_y, max(lat) + margin_y))


def drawable_lanes(network: Network, sites: dict[str, Site], memo: dict | None = None
                   ) -> list[Lane]:
    """The lanes whose origin and destination are both drawn (and differ).

    ``memo`` as for :func:`drawable_sites`: each row is read once.
    """
    return lanes_from(columns_of(network, "Lanes", LANE_COLUMNS), sites, memo)


def lanes_from(columns: tuple[list, ...], sites: dict[str, Site], memo: dict | None = None
               ) -> list[Lane]:
    """:func:`drawable_lanes` from the Lanes columns of :data:`LANE_COLUMNS`."""
    return [lane for lane in _read_rows(columns, memo, _lane)
            if lane.origin != lane.destination and lane.origin in sites
            and lane.destination in sites]


def _lane(key, origin, destination, mode, capacity, days) -> Lane:
    """A Lanes row as drawn (whether its ends are drawn is checked by the caller)."""
    ends = ["" if is_blank(end) else as_key(end) for end in (origin, destination)]
    return Lane(_text(key) and as_key(key), ends[0], ends[1], normal_mode(mode),
                as_number(capacity), as_number(days))


@lru_cache(maxsize=1)
def coastline_rings() -> tuple[np.ndarray, ...]:
    """The land outlines of the bundled coastline, each an (n, 2) lon/lat array."""
    try:
        document = json.loads(COASTLINE_PATH.read_text(encoding="utf-8"))
        return tuple(np.asarray(ring, dtype=float).reshape(-1, 2)
                     for country in document["countries"] for ring in country["rings"])
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("coastline %s could not be read; the map has no land", COASTLINE_PATH)
        return ()


@lru_cache(maxsize=1)
def coastline_path() -> QPainterPath:
    """The land as one path, built once: every map shares it (QPainterPath is implicitly
    shared, so each item's copy costs nothing until it is changed, which none is)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in coastline_rings():
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def coastline_item() -> QGraphicsPathItem:
    """The land, filled pale with light borders, as one path item."""
    item = QGraphicsPathItem(QPainterPath(coastline_path()))
    item.setPen(cosmetic_pen(BORDER, 0.8))
    item.setBrush(QBrush(QColor(LAND)))
    item.setZValue(-100)
    return item


def cosmetic_pen(colour: str | QColor, width: float, alpha: int = 255,
                 style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in screen pixels whatever the zoom."""
    colour = QColor(colour)
    colour.setAlpha(alpha)
    pen = QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


def lane_control(a: Site, b: Site, bend: float = 0.12) -> np.ndarray:
    """The control point of a lane's curve: bent to the right of its direction.

    Two opposite lanes between the same sites thus bow apart and both show.
    """
    start, end = np.array([a.lon, a.lat]), np.array([b.lon, b.lat])
    delta = end - start
    return (start + end) / 2 + bend * np.array([delta[1], -delta[0]])


def lane_points(a: Site, b: Site, samples: int = 24) -> np.ndarray:
    """Points along a lane's curve (quadratic Bézier), as drawn and for hit tests."""
    return bezier_points(np.array([[a.lon, a.lat]]), np.array([[b.lon, b.lat]]), samples)[0]


def bezier_points(starts: np.ndarray, ends: np.ndarray, samples: int = 24,
                  bend: float = 0.12) -> np.ndarray:
    """(n, samples, 2) points on the curves of n lanes at once (see :func:`lane_control`)."""
    delta = ends - starts
    control = (starts + ends) / 2 + bend * np.column_stack([delta[:, 1], -delta[:, 0]])
    t = np.linspace(0.0, 1.0, samples)[None, :, None]
    return ((1 - t) ** 2 * starts[:, None, :] + 2 * (1 - t) * t * control[:, None, :]
            + t ** 2 * ends[:, None, :])


def lane_pen(mode: str, tonnes: float | None, max_tonnes: float,
             colour: str | None = None) -> QPen:
    """Thin grey without a plan; with one, width ∝ tonnes, unused dashed.

    The colour is the mode's unless ``colour`` is given (a duty regime's).
    Pens are shared (one per look: a map of 40k lanes has a few hundred), so
    a caller must copy one before changing it.
    """
    if tonnes is None:
        return shared_pen(PLAIN_LANE, 1.2, 170, Qt.PenStyle.SolidLine)
    colour = colour or MODE_COLOURS[mode]
    if tonnes <= 0 or max_tonnes <= 0:
        return shared_pen(colour, 1.0, 120, Qt.PenStyle.DashLine)
    width = max(MIN_WIDTH, MAX_WIDTH * tonnes / max_tonnes)
    return shared_pen(colour, round(width / PEN_STEP) * PEN_STEP, 215, Qt.PenStyle.SolidLine)


@lru_cache(maxsize=4096)
def shared_pen(colour: str, width: float, alpha: int, style: Qt.PenStyle) -> QPen:
    """A cosmetic pen, one per look (do not change it: copy it)."""
    return cosmetic_pen(colour, width, alpha=alpha, style=style)


def point_to_polyline_px(point: np.ndarray, line: np.ndarray) -> float:
    """Distance in pixels from a point to a polyline, both already in pixels."""
    start, end = line[:-1], line[1:]
    seg = end - start
    length2 = np.maximum((seg ** 2).sum(axis=1), 1e-12)
    t = np.clip(((point - start) * seg).sum(axis=1) / length2, 0.0, 1.0)
    nearest = start + t[:, None] * seg
    return float(np.sqrt(((nearest - point) ** 2).sum(axis=1)).min())


def _locale() -> QLocale:
    """The default locale, with group separators even in the C locale."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number(value: object, decimals: int = 0) -> str:
    """A figure for a tooltip (whole numbers without decimals); a dash when blank."""
    value = as_number(value)
    if value is None:
        return "—"
    return _locale().toString(value, "f", 0 if value.is_integer() else decimals)


def percent(value: object) -> str:
    """A fraction as a percentage; a dash when blank."""
    value = as_number(value)
    return "—" if value is None else tr("{0} %").format(_locale().toString(100 * value, "f", 0))


def _block(title: str, lines: list[str]) -> str:
    return "<br>".join([f"<b>{html.escape(title)}</b>", *map(html.escape, lines)])


_SITE_INDEX: dict[str, tuple[object, dict[str, np.ndarray]]] = {}  # by column: last table


def site_rows(table, site_id: str) -> list[dict]:
    """The rows of a plan's table whose ``site`` is ``site_id``, in order, as dicts.

    The table is indexed by site once (the last table of each shape is kept):
    each hover over a site compared all 202k demand rows of the 1e6 plan.
    """
    key = ",".join(map(str, table.columns))
    known = _SITE_INDEX.get(key)
    if known is None or known[0] is not table:
        codes, names = pd.factorize(_site_keys(table["site"]))
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
        index = {str(name): order[bounds[n]:bounds[n + 1]] for n, name in enumerate(names)}
        known = _SITE_INDEX[key] = (table, index)
    at = known[1].get(site_id)
    return [] if at is None else table.iloc[at].to_dict("records")


def _site_keys(column: pd.Series) -> np.ndarray:
    """The column's cells as :func:`_text` reads them (a text column's, column-wise)."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.str.strip().fillna("").to_numpy(dtype=object)
    return np.array([_text(value) for value in column.tolist()], dtype=object)


def site_tooltip(site: Site, plan: Plan | None) -> str:
    """Rich text for hovering a site: identity, and with a plan its output and demand."""
    lines = [site.name or "", tr("Kind: {0}").format(kind_label(site.kind)),
             tr("Country: {0}").format(site.country or "—")]
    text = _block(site.id, [line for line in lines if line])
    if plan is None:
        return text
    rows = site_rows(plan.tables["production"], site.id)
    output = [tr("{plant} ({product}): {output} of {capacity} ({utilisation})").format(
        plant=r["plant"], product=r["product"], output=number(r["output"]),
        capacity=number(r["capacity"]), utilisation=percent(r["utilisation"])) for r in rows]
    rows = site_rows(plan.tables["demand"], site.id)
    met = [tr("{product}: {met} met, {unmet} unmet of {quantity}").format(
        product=r["product"], met=number(r["met"]), unmet=number(r["unmet"]),
        quantity=number(r["quantity"])) for r in rows]
    if output:
        text += "<br>" + _block(tr("Production output"), output)
    if met:
        text += "<br>" + _block(tr("Demand"), met)
    return text


def lane_tooltip(lane: Lane, row: dict | None) -> str:
    """Rich text for hovering a lane: its ends and figures, with a plan's tonnes."""
    capacity = lane.capacity if row is None else row.get("capacity_tonnes")
    unlimited = as_number(capacity) is None
    lines = [
        tr("{origin} → {destination}").format(origin=lane.origin, destination=lane.destination),
        tr("Mode: {0}").format(mode_label(lane.mode)),
        tr("Tonnes: {0} t").format(number(row.get("tonnes")) if row else "—"),
        tr("Capacity: {0}").format(tr("unlimited") if unlimited
                                   else tr("{0} t").format(number(capacity))),
        tr("Utilisation: {0}").format(percent(row.get("utilisation")) if row else "—"),
        tr("Transit: {0} days").format(number(lane.transit_days, 1)),
    ]
    return _block(tr("Lane {0}").format(lane.id or tr("(no id)")), lines)
