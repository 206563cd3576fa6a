"""Sea lanes drawn along sea routes, not as arcs over land.

``searoute`` finds the shortest path on a marine network that ships with the
package (no download, no network access), so a Port Hedland → Kuantan lane
goes through the Lombok Strait rather than across Borneo. Routes are cached
per pair of end points: a lane's route is computed once per session.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np

log = logging.getLogger(__name__)
SEA_MODES = ("sea",)
MAX_SNAP_DEG = 3.0  # a port farther than this from the marine network keeps its arc


def follows_sea(mode: str) -> bool:
    """Whether lanes of ``mode`` are drawn along a sea route."""
    return mode in SEA_MODES


@lru_cache(maxsize=4096)
def sea_route(lon_a: float, lat_a: float, lon_b: float, lat_b: float) -> np.ndarray | None:
    """(lon, lat) points from a to b along the sea, ends included; None if none is found."""
    try:
        import searoute  # here: it loads its marine network on first use only

        route = searoute.searoute([lon_a, lat_a], [lon_b, lat_b])
    except Exception:  # a map without the route still draws the lane
        log.debug("no sea route for %s", (lon_a, lat_a, lon_b, lat_b), exc_info=True)
        return None
    inner = np.asarray(route["geometry"]["coordinates"], dtype=float)
    if inner.ndim != 2 or len(inner) < 2:
        return None
    points = np.vstack([[lon_a, lat_a], inner, [lon_b, lat_b]])
    points[:, 0] = np.degrees(np.unwrap(np.radians(points[:, 0])))  # no jump at ±180°
    if abs(points[-1, 0] - lon_b) > 1e-6:  # went round the antimeridian: keep the arc
        return None
    if max(_distance(points[0], points[1]), _distance(points[-1], points[-2])) > MAX_SNAP_DEG:
        return None
    return points


def _distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.hypot(*(a - b)))


def resample(points: np.ndarray, samples: int) -> np.ndarray:
    """``samples`` points evenly spaced along a polyline (for arrows and hit tests)."""
    steps = np.hypot(*np.diff(points, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(steps)])
    if along[-1] <= 0:
        return np.repeat(points[:1], samples, axis=0)
    wanted = np.linspace(0.0, along[-1], samples)
    return np.column_stack([np.interp(wanted, along, points[:, 0]),
                            np.interp(wanted, along, points[:, 1])])


_KNOWN: dict[tuple[float, float, float, float], np.ndarray | None] = {}


def known_route(ends: tuple[float, float, float, float]) -> tuple[bool, np.ndarray | None]:
    """(found before, route) for a pair of ends, without computing anything."""
    if ends in _KNOWN:
        return True, _KNOWN[ends]
    return False, None


def find_routes(pairs: list[tuple[float, float, float, float]], report=None) -> int:
    """Compute and remember the sea routes of ``pairs`` (slow: run it off the GUI thread)."""
    for ends in pairs:
        if ends not in _KNOWN:
            _KNOWN[ends] = sea_route(*ends)
    return len(pairs)
