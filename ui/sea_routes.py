"""Sea lanes drawn along sea routes, not as arcs over land.

``searoute`` finds the shortest path on a marine network that ships with the
package (no download, no network access), so a Port Hedland → Kuantan lane
goes through the Lombok Strait rather than across Borneo. Routes are cached
per pair of end points: a lane's route is computed once per session.

The window's map finds them in a child process (:class:`RouteProcess`, kept
for the session so that its marine network is loaded once): ``searoute`` is
pure Python (networkx) and, run in a thread of the GUI process, it took the
GIL from the GUI thread for seconds. At 1e5 variables (load average 8 on 2
cores) the window stalled 4.6-5.2 s while the routes were found after an
open, 0.2-0.3 s with the search in a child. The PDF report's map, drawn
once and waited for, finds them in the thread that asks (no process to
start in a command-line run).
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

import numpy as np

log = logging.getLogger(__name__)
SEA_MODES = ("sea",)
MAX_SNAP_DEG = 3.0  # a port farther than this from the marine network keeps its arc
BATCH = 100  # pairs per request to the child: what a cancelled search keeps
POLL_S = 0.05  # a stop reaches the waiting thread within this
PROCESS_NAME = "twinparks-sea-routes"


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


Ends = tuple[float, float, float, float]


def find_routes(pairs: list[Ends], in_child: bool = False, report=None) -> int:
    """Compute and remember the sea routes of ``pairs`` (slow: run it off the GUI thread).

    With ``in_child`` the search runs in the session's :class:`RouteProcess`
    (this thread only waits); if that process cannot be used, here.
    """
    missing = [ends for ends in dict.fromkeys(pairs) if ends not in _KNOWN]
    for start in range(0, len(missing), BATCH):
        batch = missing[start:start + BATCH]
        routes = ROUTES.routes(batch) if in_child else None
        if routes is None:
            routes = [sea_route(*ends) for ends in batch]
        _KNOWN.update(zip(batch, routes, strict=True))
    return len(pairs)


def _serve(conn) -> None:
    """The child's loop: a list of pairs in, their routes out, until the pipe closes."""
    while True:
        try:
            pairs = conn.recv()
        except (EOFError, OSError):
            return
        conn.send([sea_route(*ends) for ends in pairs])


class RouteProcess:
    """A child process that finds sea routes, started when first asked, kept for the session.

    One request at a time (a lock). A request broken off (its thread was
    stopped, :class:`~ui.background.JobCancelled`) or failed ends the child:
    its pipe may hold half an answer; the next request starts a new one.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._process = None
        self._conn = None

    def routes(self, pairs: list[Ends]) -> list[np.ndarray | None] | None:
        """The routes of ``pairs`` found in the child; None if the child could not answer."""
        with self._lock:
            try:
                return self._ask(pairs)
            except Exception:  # logged; the caller finds the routes itself
                log.debug("the sea-route process failed", exc_info=True)
                self.stop()
                return None
            except BaseException:  # stopped while waiting: drop what the pipe may hold
                self.stop()
                raise

    def _ask(self, pairs: list[Ends]) -> list[np.ndarray | None]:
        if self._process is None or not self._process.is_alive():
            self._start()
        self._conn.send(pairs)
        while not self._conn.poll(POLL_S):
            if not self._process.is_alive():
                raise EOFError("the sea-route process ended")
        return self._conn.recv()

    def _start(self) -> None:
        from twinparks.ui.job_process import process_context  # the solves' fork server

        self.stop()
        context = process_context()
        mine, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs,), name=PROCESS_NAME,
                                  daemon=True)
        process.start()
        theirs.close()
        self._process, self._conn = process, mine

    def stop(self) -> None:
        """End the child (at once: a search is only lost time)."""
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(1.0)


ROUTES = RouteProcess()
