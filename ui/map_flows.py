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

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication

from twinparks.models.network import as_key, as_number, is_blank
from twinparks.models.plan import Plan
from twinparks.ui import map_layers as layers
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


def per_value(column: pd.Series, read, missing) -> np.ndarray:
    """``read(value)`` of each cell of ``column``, called once per distinct value (an
    object array; ``missing`` for a blank cell): ~200k flows have a few thousand lanes."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    values = np.empty(len(uniques) + 1, dtype=object)
    values[:-1] = [read(value) for value in uniques]
    values[-1] = missing
    return values[codes]


def numbers(table: pd.DataFrame, name: str) -> np.ndarray:
    """A column as floats, as ``as_number(cell) or 0.0`` reads each cell (0 if missing)."""
    if name not in table.columns:
        return np.zeros(len(table))
    column = table[name]
    if column.dtype.kind in "fiu":
        values = column.to_numpy(dtype=float, na_value=np.nan)
        return np.where(np.isfinite(values), values, 0.0)
    return per_value(column, lambda v: as_number(v) or 0.0, 0.0).astype(float)


def _key_or_blank(value: object) -> str:
    return "" if is_blank(value) else as_key(value)


def _claims(agreement: object) -> bool:
    return not is_blank(agreement) and bool(str(agreement).strip())


class _LastCall:
    """The result of the last call for the same arguments (compared by identity).

    Hovering asks again and again; the lane image's worker and the GUI thread
    may both ask, so the memo is one tuple, replaced whole.
    """

    def __init__(self, compute):
        self._compute = compute
        self._last: tuple | None = None

    def __call__(self, *arguments):
        known = self.known(*arguments)
        if known is not None:
            return known
        result = self._compute(*arguments)
        self._last = (arguments, result)
        return result

    def known(self, *arguments):
        """The last result if it was for these arguments, else None."""
        last = self._last
        if last is not None and len(last[0]) == len(arguments) \
                and all(a is b for a, b in zip(last[0], arguments, strict=True)):
            return last[1]
        return None


def lane_regimes(plan: Plan | None, sites: dict[str, Site]) -> dict[str, dict[str, float]]:
    """Tonnes per duty regime of every lane with flows, by lane id (do not change it)."""
    if plan is None or "flows" not in plan.tables:
        return {}
    return _regimes(plan, sites)


SYNC_FLOWS = 20_000  # flows whose regimes the GUI thread may sum itself (a few ms)


def lane_regimes_known(plan: Plan | None, sites: dict[str, Site]
                       ) -> dict[str, dict[str, float]] | None:
    """:func:`lane_regimes` if known already or quick to find, else None (the lanes'
    worker finds them: :mod:`ui.lane_style`)."""
    if plan is None or "flows" not in plan.tables:
        return {}
    if len(plan.tables["flows"]) <= SYNC_FLOWS:
        return _regimes(plan, sites)
    return _regimes.known(plan, sites)


def _regimes_of(plan: Plan, sites: dict[str, Site]) -> dict[str, dict[str, float]]:
    """Every flow's regime (:func:`flow_regime`) at once, summed by lane and regime."""
    flows = plan.tables["flows"]
    if not len(flows):
        return {}
    countries = {key: site.country.upper() for key, site in sites.items()}

    def country(end: str) -> np.ndarray:
        if end not in flows.columns:
            return np.full(len(flows), None, dtype=object)
        return per_value(flows[end], lambda v: countries.get(_key_or_blank(v)), None)

    origin, destination = country("origin"), country("destination")
    crosses = (pd.notna(origin) & pd.notna(destination) & (origin != destination)).astype(bool)
    claims = per_value(flows["agreement"], _claims, False).astype(bool) \
        if "agreement" in flows.columns else np.zeros(len(flows), dtype=bool)
    rate = numbers(flows, "tariff_rate")
    regime = np.where(~crosses, "free", np.where(claims, "preferential",
                                                 np.where(rate > 0, "general", "free")))
    tonnes = numbers(flows, "tonnes")
    lanes = per_value(flows["lane"], as_key, as_key(float("nan")))
    summed = pd.DataFrame({"lane": lanes, "regime": regime, "tonnes": tonnes}) \
        .groupby(["lane", "regime"], sort=False)["tonnes"].sum()
    result: dict[str, dict[str, float]] = {}
    for (lane, kind), amount in zip(summed.index.tolist(), summed.tolist(), strict=True):
        result.setdefault(lane, {})[kind] = amount
    return result


_regimes = _LastCall(_regimes_of)


def dominant(regimes: dict[str, float]) -> str | None:
    """The regime carrying most tonnes (ties: the order of ``REGIME_COLOURS``)."""
    carried = [(tonnes, -list(REGIME_COLOURS).index(r)) for r, tonnes in regimes.items()
               if tonnes > 0]
    if not carried:
        return None
    return list(REGIME_COLOURS)[-max(carried)[1]]


def _lane_keys(plan: Plan) -> pd.Series:
    """The plan's Lanes rows' positions by lane id (the first row of a duplicate id)."""
    keys = per_value(plan.tables["lanes"]["lane"], as_key, as_key(float("nan")))
    first = pd.Series(np.arange(len(keys)), index=keys)
    return first[~first.index.duplicated(keep="first")]


_keys = _LastCall(_lane_keys)


def lane_row(plan: Plan | None, lane_id: str) -> dict | None:
    """The plan's Lanes row of a lane (the first of a duplicate id), or None."""
    if plan is None or "lanes" not in plan.tables:
        return None
    at = _keys(plan).get(lane_id)
    return None if at is None else plan.tables["lanes"].iloc[int(at)].to_dict()


def _lane_tonnes(plan: Plan) -> tuple[dict[str, float], float]:
    table = plan.tables["lanes"]
    first = _keys(plan)
    amounts = pd.to_numeric(table["tonnes"], errors="coerce").fillna(0.0).to_numpy() \
        if "tonnes" in table.columns else np.zeros(len(table))
    tonnes = dict(zip(first.index.tolist(), amounts[first.to_numpy()].tolist(), strict=True))
    return tonnes, max(tonnes.values(), default=0.0)


_tonnes = _LastCall(_lane_tonnes)


def lane_tonnes(plan: Plan) -> tuple[dict[str, float], float]:
    """Tonnes by lane id in ``plan`` (the first row of a duplicate id wins) and the most."""
    return _tonnes(plan)


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
