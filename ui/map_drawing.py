"""What the map draws of a network, read from a snapshot of its cells: in a worker when big.

:func:`snapshot` copies the Sites and Lanes columns the map reads into
plain lists on the GUI thread (the planner's edits change the tables in
place, so a worker must not read them); :func:`read_drawing` turns them into
the drawable sites, lanes and lane graphics with their boxes, reading each
row and computing each lane's curve once (the ``memos`` are kept by the
map between calls). The map runs it in a worker thread for a network of
more than :data:`SYNC_ROWS` rows (at 1e6 variables the first reading took
seconds of the GUI thread) and at once for a smaller one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twinparks.models.network import Network
from twinparks.ui.map_lanes import LaneGraphic, lane_boxes, lane_graphics
from twinparks.ui.map_layers import (
    LANE_COLUMNS,
    SITE_COLUMNS,
    Lane,
    Site,
    columns_of,
    lanes_from,
    sites_from,
)

SYNC_ROWS = 2_000  # sites and lanes read on the GUI thread at most; more go to a worker


@dataclass(frozen=True)
class Snapshot:
    """The Sites and Lanes columns the map reads, as plain lists."""

    sites: tuple[list, ...]
    lanes: tuple[list, ...]

    @property
    def rows(self) -> int:
        """Sites and lanes rows."""
        return len(self.sites[0]) + len(self.lanes[0])


@dataclass(frozen=True)
class Drawing:
    """What the map draws of one snapshot."""

    sites: dict[str, Site]
    sites_changed: bool  # not equal to the sites drawn before
    lanes: list[Lane]
    graphics: list[LaneGraphic]
    boxes: np.ndarray
    unknown: list[tuple]  # sea-route ends still to find


def snapshot(network: Network) -> Snapshot:
    """The columns of ``network`` the map reads (on the GUI thread: it is fast)."""
    return Snapshot(columns_of(network, "Sites", SITE_COLUMNS),
                    columns_of(network, "Lanes", LANE_COLUMNS))


def rows_of(network: Network) -> int:
    """Sites and lanes rows of ``network``."""
    return len(network.table("Sites")) + len(network.table("Lanes"))


def read_network_drawing(network: Network, memos: tuple[dict, dict, dict],
                         drawn: dict[str, Site], report=None) -> Drawing:
    """:func:`read_drawing` of a network nobody edits any more (its cells read here too)."""
    return read_drawing(snapshot(network), memos, drawn)


def read_drawing(cells: Snapshot, memos: tuple[dict, dict, dict], drawn: dict[str, Site],
                 report=None) -> Drawing:
    """The sites, lanes and lane graphics of ``cells``; ``drawn`` the sites drawn now.

    ``memos`` keep (sites, lanes, graphics) between calls; ``report`` is
    :class:`ui.background.Background`'s callback (unused).
    """
    sites = sites_from(cells.sites, memos[0])
    lanes = lanes_from(cells.lanes, sites, memos[1])
    graphics, unknown = lane_graphics(lanes, sites, memos[2])
    return Drawing(sites, sites != drawn, lanes, graphics, lane_boxes(graphics), unknown)


__all__ = ["SYNC_ROWS", "Drawing", "Snapshot", "read_drawing", "read_network_drawing",
           "rows_of", "snapshot"]
