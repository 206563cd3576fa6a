"""One layout of the map's site labels, from plain data: the part that runs in a worker.

:func:`layout_labels` takes a :class:`LayoutInput` (the sites, their
label order, the view's range and its mapping to screen pixels) and
returns a :class:`Layout`: which sites on screen get a label, its text,
where it goes and the leader lines. Sites whose markers lie within
``CO_LOCATED_PX`` share one label; at most ``MAX_LABEL_SITES`` sites on
screen, the most important first, take part. Text is measured here with
``QFontMetricsF`` (Qt measures and paints text off the GUI thread), each
text once (:class:`TextSizes`). :mod:`ui.map_labels` shows the result.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from twinparks.ui.label_placement import KEY_RANK, LabelRequest, leader_line, place_labels
from twinparks.ui.map_layers import KIND_STYLES, Site

LABEL_MARGIN_PX = 4.0  # what a pg.TextItem has by default
CO_LOCATED_PX = 3.0  # markers closer than this share a label
# At most this many sites on screen, the most important first, take part in the layout
# (a label of a site past it could not fit anyway; the layout stays linear in it: at 1e6
# variables 15k sites on screen took seconds on every zoom or pan)
MAX_LABEL_SITES = 1_000
# At most this many labels show, the most important sites first (the others are named
# on hover): each label shown costs the GUI thread on every zoom or pan (pyqtgraph sets
# its transform anew), about 0.3 s for the 378 labels of a 1e5-variable map
MAX_LABELS = 150


def label_font(kind: str) -> QFont:
    """The font of a site's label: parks bold, parks and ports a little larger."""
    font = QFont()
    font.setPointSizeF(7.5 if kind not in ("park", "port") else 8.0)
    font.setBold(kind == "park")
    return font


class TextSizes:
    """Label sizes in pixels by (text, kind), each measured once, from any thread."""

    def __init__(self):
        self._sizes: dict[tuple[str, str], tuple[float, float]] = {}
        self._metrics = threading.local()  # a thread's own QFontMetricsF per kind

    def size(self, text: str, kind: str) -> tuple[float, float]:
        """The size of a label reading ``text`` for a site of ``kind``, margins included."""
        size = self._sizes.get((text, kind))
        if size is None:
            metrics = getattr(self._metrics, kind, None)
            if metrics is None:
                metrics = QFontMetricsF(label_font(kind))
                setattr(self._metrics, kind, metrics)
            margin = 2 * LABEL_MARGIN_PX
            size = (metrics.horizontalAdvance(text) + margin, metrics.height() + margin)
            self._sizes[(text, kind)] = size
        return size


@dataclass(frozen=True)
class LayoutInput:
    """The view and the sites a layout is for (plain data, read in the worker)."""

    sites: list[Site]
    xy: np.ndarray  # (n, 2) lon/lat of ``sites``
    order: np.ndarray  # positions in ``sites``, most important first
    shown: tuple[str, ...]  # kinds whose markers are visible
    ranges: tuple[tuple[float, float], tuple[float, float]]  # the view's lon and lat range
    to_scene: tuple[np.ndarray, np.ndarray]  # lon/lat @ matrix + offset = scene pixels
    inside: QRectF  # the view box in scene pixels
    pixel: tuple[float, float]  # view units per pixel


@dataclass
class Layout:
    """What a layout shows: labels placed (request and candidate index) and leader lines."""

    placed: list[tuple[Site, LabelRequest, int, str]]  # site, request, candidate, text
    leaders: list[tuple[tuple[float, float], tuple[float, float]]]  # in lon/lat
    pixel: tuple[float, float]
    stats: dict = field(default_factory=dict)


def label_order(sites: list[Site]) -> np.ndarray:
    """The sites' positions, parks first, then ports, markets...; by id within a kind.

    A stable NumPy sort on (priority, id) (ids compare by code point, as
    Python's do): sorting 13k sites with a key function took 0.17-0.25 s of
    the GUI thread on a busy machine each time the sites changed.
    """
    priorities = np.fromiter((site.priority for site in sites), dtype=np.int64,
                             count=len(sites))
    ids = np.array([site.id for site in sites], dtype=str)
    return np.lexsort((ids, priorities)).astype(np.int64)


def requests_of(layout: LayoutInput, sizes: TextSizes
                ) -> tuple[list[LabelRequest], dict[str, tuple[int, QRectF]], dict[str, str]]:
    """A marker per site on screen (its kind shown), a label request per group of them.

    A group is a site and the less important sites whose markers lie
    within ``CO_LOCATED_PX`` of it; its label names them all (but a
    supplier or hub only in a group of such sites). Also each label's text.
    """
    sites, xy, order = layout.sites, layout.xy, layout.order
    (x0, x1), (y0, y1) = layout.ranges
    kinds = np.array([site.kind in layout.shown for site in sites], dtype=bool)
    if len(order):
        order = order[kinds[order] & (xy[order, 0] >= x0) & (xy[order, 0] <= x1)
                      & (xy[order, 1] >= y0) & (xy[order, 1] <= y1)][:MAX_LABEL_SITES]
    matrix, offset = layout.to_scene
    scene = xy[order].reshape(-1, 2) @ matrix + offset
    inside = layout.inside
    markers: dict[str, tuple[int, QRectF]] = {}
    groups: dict[str, tuple[Site, QPointF, list[str]]] = {}
    cells: dict[tuple[int, int], list[str]] = {}
    for number, (sx, sy) in zip(order.tolist(), scene.tolist(), strict=True):
        site = sites[number]
        at = QPointF(sx, sy)
        if not inside.contains(at):
            continue
        size = KIND_STYLES[site.kind].size
        markers[site.id] = (site.priority, QRectF(sx - size / 2, sy - size / 2, size, size))
        cell = (int(sx // CO_LOCATED_PX), int(sy // CO_LOCATED_PX))
        lead = _nearby_lead(groups, cells, cell, at)
        if lead is not None:  # a supplier under a park's marker is named on hover only
            if site.priority <= KEY_RANK or groups[lead][0].priority > KEY_RANK:
                groups[lead][2].append(site.id)
            continue
        groups[site.id] = (site, at, [site.id])
        cells.setdefault(cell, []).append(site.id)
    requests, texts = [], {}
    for lead, (site, at, members) in groups.items():
        texts[lead] = ", ".join(members)
        width, height = sizes.size(texts[lead], site.kind)
        gap = KIND_STYLES[site.kind].size / 2 - 1
        requests.append(LabelRequest(lead, site.priority, at, width, height, gap))
    return requests, markers, texts


def layout_labels(layout: LayoutInput, sizes: TextSizes, report=None) -> Layout:
    """The labels that fit without overlapping (``report``: Background's, unused)."""
    requests, markers, texts = requests_of(layout, sizes)
    stats: dict = {}
    placed = place_labels(requests, markers, bounds=layout.inside, stats=stats,
                          limit=MAX_LABELS)
    by_id = {site.id: site for site in layout.sites if site.id in placed}
    matrix, offset = layout.to_scene
    inverse = np.linalg.inv(matrix)
    shown, leaders = [], []
    for request in requests:
        index = placed.get(request.key)
        if index is None:
            continue
        shown.append((by_id[request.key], request, index, texts[request.key]))
        line = leader_line(request, index)
        if line is not None:
            ends = (np.array([[p.x(), p.y()] for p in line]) - offset) @ inverse
            leaders.append((tuple(ends[0]), tuple(ends[1])))
    return Layout(shown, leaders, layout.pixel, stats)


def _nearby_lead(groups: dict, cells: dict[tuple[int, int], list[str]], cell: tuple[int, int],
                 at: QPointF) -> str | None:
    """The group whose lead marker lies within ``CO_LOCATED_PX`` of ``at``, if any."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for lead in cells.get((cell[0] + dx, cell[1] + dy), ()):
                other = groups[lead][1]
                if abs(other.x() - at.x()) <= CO_LOCATED_PX \
                        and abs(other.y() - at.y()) <= CO_LOCATED_PX:
                    return lead
    return None


__all__ = ["CO_LOCATED_PX", "LABEL_MARGIN_PX", "MAX_LABELS", "MAX_LABEL_SITES", "Layout",
           "LayoutInput", "TextSizes", "label_font", "label_order", "layout_labels", "requests_of"]
