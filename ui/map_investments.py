"""The map's investment layer: a star on each plant's site or lane the plan builds modules on.

Kept apart from :mod:`twinparks.ui.map_view` (one scatter item and the
function that places it), so the map only adds the item and a legend entry.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from twinparks.models.network import as_key
from twinparks.models.plan import Plan

STAR_COLOUR = "#f58518"  # the investment colour of the cost split
STAR_SIZE = 17


def investment_item() -> pg.ScatterPlotItem:
    """The (empty) scatter the stars are drawn with, above lanes and sites."""
    item = pg.ScatterPlotItem(symbol="star", size=STAR_SIZE, brush=pg.mkBrush(STAR_COLOUR),
                              pen=pg.mkPen("#5a3000", width=1.0), hoverable=False)
    item.setZValue(12)
    return item


def built_positions(plan: Plan | None, sites: dict, lanes: dict) -> tuple[list, list, list]:
    """(lon, lat, investment id) of every investment the plan builds modules on.

    A plant investment sits on its plant's site (offset a little so the site
    stays visible), a lane investment at the middle of the drawn lane;
    investments on something not drawn are left out.
    """
    if plan is None or "investments" not in plan.tables:
        return [], [], []
    investments = plan.tables["investments"]
    built = investments[investments["modules"].astype(float) > 0]
    plant_site = {as_key(p): as_key(s) for p, s in zip(plan.tables["production"]["plant"],
                                                       plan.tables["production"]["site"],
                                                       strict=True)}
    xs, ys, ids = [], [], []
    for row in built.itertuples(index=False):
        target = as_key(row.target)
        if row.kind == "plant" and plant_site.get(target) in sites:
            site = sites[plant_site[target]]
            point = np.array([site.lon + 0.35, site.lat + 0.35])
        elif row.kind == "lane" and target in lanes:
            points = lanes[target].points
            point = points[len(points) // 2]
        else:
            continue
        xs.append(float(point[0]))
        ys.append(float(point[1]))
        ids.append(str(row.investment))
    return xs, ys, ids


def draw(item: pg.ScatterPlotItem, plan: Plan | None, sites: dict, lanes: dict) -> bool:
    """Place the stars; whether any is drawn (then the legend names them)."""
    xs, ys, ids = built_positions(plan, sites, lanes)
    item.setData(x=xs, y=ys, data=ids)
    return bool(ids)


__all__ = ["built_positions", "draw", "investment_item"]
