"""How a plan's flows style the map's lanes: width by tonnes, colour by mode or by duty regime.

The duty regime of a flow is the one its goods enter the lane's destination
country under (docs/origin.md, "The plan": each flow's ``origin_country``
and ``agreement``):

* **preferential** — the lane crosses a border and the goods originate
  under an agreement (its preferential rate applies where they are used);
* **general** — the lane crosses a border, no agreement is claimed and the
  general (MFN) rate on entry is above zero;
* **free** — duty-free (a zero general rate) or domestic (both ends in one
  country: no border, no duty).

A lane carries several flows; coloured by regime it takes the colour of the
regime that carries most of its tonnes, and its tooltip gives the split.
"""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QCoreApplication

from twinparks.models.network import as_key, as_number, is_blank
from twinparks.models.plan import Plan
from twinparks.ui import map_layers as layers
from twinparks.ui.map_lanes import LaneGraphic
from twinparks.ui.map_layers import Site

COLOUR_BY = ("mode", "regime")
REGIME_COLOURS = {
    "preferential": "#2b8a3e",  # green: a preference applies
    "general": "#e67700",  # amber: the general (MFN) rate is paid
    "free": "#5c7cfa",  # indigo: duty-free or domestic
}


def tr(text: str) -> str:
    """Translate in the map's context."""
    return QCoreApplication.translate("NetworkMap", text)


def regime_label(regime: str) -> str:
    """The legend name of a duty regime."""
    return {"preferential": tr("Preferential (agreement)"),
            "general": tr("General (MFN) rate"),
            "free": tr("Duty-free or domestic")}[regime]


def flow_regime(crosses_border: bool, agreement: object, tariff_rate: object) -> str:
    """The duty regime of one flow (see the module's docstring)."""
    if not crosses_border:
        return "free"
    if not is_blank(agreement) and str(agreement).strip():
        return "preferential"
    return "general" if (as_number(tariff_rate) or 0.0) > 0 else "free"


_LAST: list = []  # (plan, sites, regimes) of the last call: hovering asks again and again


def lane_regimes(plan: Plan | None, sites: dict[str, Site]) -> dict[str, dict[str, float]]:
    """Tonnes per duty regime of every lane with flows, by lane id (do not change it)."""
    if plan is None or "flows" not in plan.tables:
        return {}
    if _LAST and _LAST[0] is plan and _LAST[1] is sites:
        return _LAST[2]
    result = _regimes_of(plan, sites)
    _LAST[:] = [plan, sites, result]
    return result


def _regimes_of(plan: Plan, sites: dict[str, Site]) -> dict[str, dict[str, float]]:
    flows = plan.tables["flows"]
    result: dict[str, dict[str, float]] = {}
    for row in flows.to_dict("records"):
        origin, destination = (sites.get(as_key(row.get(end)) if not is_blank(row.get(end))
                                         else "") for end in ("origin", "destination"))
        crosses = origin is not None and destination is not None \
            and origin.country.upper() != destination.country.upper()
        regime = flow_regime(crosses, row.get("agreement"), row.get("tariff_rate"))
        lane = result.setdefault(as_key(row["lane"]), {})
        lane[regime] = lane.get(regime, 0.0) + (as_number(row.get("tonnes")) or 0.0)
    return result


def dominant(regimes: dict[str, float]) -> str | None:
    """The regime carrying most tonnes (ties: the order of ``REGIME_COLOURS``)."""
    carried = [(tonnes, -list(REGIME_COLOURS).index(r)) for r, tonnes in regimes.items()
               if tonnes > 0]
    if not carried:
        return None
    return list(REGIME_COLOURS)[-max(carried)[1]]


_ROWS: list = []  # (plan, rows by lane id) of the last call: hovering asks again and again


def lane_rows(plan: Plan | None) -> dict[str, dict]:
    """The plan's Lanes rows by lane id (the first row of a duplicate id wins; keep it as is)."""
    if plan is None:
        return {}
    if _ROWS and _ROWS[0] is plan:
        return _ROWS[1]
    rows = plan.tables["lanes"].to_dict("records")
    result = {as_key(row["lane"]): row for row in reversed(rows)}
    _ROWS[:] = [plan, result]
    return result


_TONNES: list = []  # (plan, tonnes by lane id, the most) of the last call


def lane_tonnes(plan: Plan) -> tuple[dict[str, float], float]:
    """Tonnes by lane id in ``plan`` (the first row of a duplicate id wins) and the most."""
    if _TONNES and _TONNES[0] is plan:
        return _TONNES[1], _TONNES[2]
    table = plan.tables["lanes"]
    amounts = pd.to_numeric(table["tonnes"], errors="coerce").fillna(0.0).tolist() \
        if "tonnes" in table.columns else [0.0] * len(table)
    keys = [as_key(key) for key in table["lane"].tolist()]
    tonnes = dict(zip(reversed(keys), reversed(amounts), strict=True))
    most = max(tonnes.values(), default=0.0)
    _TONNES[:] = [plan, tonnes, most]
    return tonnes, most


def style_lanes(graphics: list[LaneGraphic], plan: Plan | None, sites: dict[str, Site],
                colour_by: str = "mode") -> float:
    """Give every lane its pen for ``plan`` (None: the bare network); the most tonnes."""
    tonnes, most = lane_tonnes(plan) if plan is not None else ({}, 0.0)
    regimes = lane_regimes(plan, sites) if colour_by == "regime" else {}
    pens: dict[tuple, object] = {}  # one pen per look (a few hundred for 40k lanes)
    steps = layers.MAX_WIDTH / most / layers.PEN_STEP if most > 0 else 0.0
    for graphic in graphics:
        lane = graphic.lane
        amount = tonnes.get(lane.id) if plan is not None else None
        colour = None
        if colour_by == "regime":
            regime = dominant(regimes.get(lane.id, {}))
            colour = REGIME_COLOURS[regime] if regime else layers.PLAIN_LANE
        look = (lane.mode, colour) if amount is None else \
            (lane.mode, colour, amount > 0, round(amount * steps))  # what lane_pen reads
        pen = pens.get(look)
        if pen is None:
            pen = pens[look] = layers.lane_pen(lane.mode, amount, most, colour)
        graphic.pen = pen
        graphic.amount = amount or 0.0
    return most


def regime_rank(pen) -> int:
    """Stacking bonus of a lane coloured by regime: general 2, preferential 1, others 0."""
    colour = pen.color().name() if pen is not None else ""
    return {REGIME_COLOURS["general"]: 2, REGIME_COLOURS["preferential"]: 1}.get(colour, 0)


def regime_tooltip(regimes: dict[str, float]) -> str:
    """Rich-text lines giving a lane's tonnes by duty regime ('' without flows)."""
    lines = [tr("{regime}: {tonnes} t").format(regime=regime_label(regime),
                                               tonnes=layers.number(tonnes))
             for regime, tonnes in sorted(regimes.items(),
                                          key=lambda item: list(REGIME_COLOURS).index(item[0]))
             if tonnes > 0]
    if not lines:
        return ""
    return "<br>" + "<br>".join([f"<b>{html.escape(tr('Duty regime'))}</b>",
                                 *map(html.escape, lines)])
