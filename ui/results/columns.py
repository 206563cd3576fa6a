"""Column specs of the result tables: translated headers with units.

Headers are built when a plan is shown, because the currency is part of
them, and because translations must be looked up after the translator is
installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinparks.ui.results.frame_model import MONEY, NUMBER, PERCENT, Column

CONTEXT = "ResultColumns"


def _tr(text: str, *args: str) -> str:
    """Translate ``text`` and put ``args`` in for %1, %2 … (Qt's convention)."""
    result = QCoreApplication.translate(CONTEXT, text)
    for number, value in enumerate(args, start=1):
        result = result.replace(f"%{number}", value)
    return result


def _utilisation() -> Column:
    return Column("utilisation", _tr("Utilisation"), PERCENT, missing="–",
                  tooltip=_tr("Share of the capacity used; blank where capacity is unlimited"))


def _shadow(currency: str, per: str) -> Column:
    return Column("shadow_price", _tr("Shadow price\n(%1)", f"{currency}/{per}"), MONEY,
                  tooltip=_tr("Cost saved per extra unit of capacity"))


def production(currency: str) -> list[Column]:
    """Plants: capacity, output, utilisation, shadow price, cost and CO2."""
    return [
        Column("plant", _tr("Plant")), Column("site", _tr("Site")),
        Column("product", _tr("Product")),
        Column("capacity", _tr("Capacity\n(units/yr)"), NUMBER),
        Column("output", _tr("Output\n(units/yr)"), NUMBER),
        _utilisation(), _shadow(currency, _tr("unit")),
        Column("cost", _tr("Cost\n(%1/yr)", currency), MONEY, decimals=0),
        Column("co2_tonnes", _tr("CO₂\n(t/yr)"), NUMBER),
    ]


def lanes(currency: str) -> list[Column]:
    """Lanes: capacity, tonnes carried, utilisation, shadow price, transit time."""
    return [
        Column("lane", _tr("Lane")), Column("origin", _tr("From")),
        Column("destination", _tr("To")), Column("mode", _tr("Mode")),
        Column("capacity_tonnes", _tr("Capacity\n(t/yr)"), NUMBER, missing=_tr("unlimited"),
               blank_sorts_high=True),
        Column("tonnes", _tr("Carried\n(t/yr)"), NUMBER),
        _utilisation(), _shadow(currency, _tr("t")),
        Column("transit_days", _tr("Transit\n(days)"), NUMBER, decimals=1),
    ]


def flows(currency: str) -> list[Column]:
    """Flows: what each lane carries, with freight, tariff and CO2."""
    return [
        Column("lane", _tr("Lane")), Column("origin", _tr("From")),
        Column("destination", _tr("To")), Column("mode", _tr("Mode")),
        Column("product", _tr("Product")),
        Column("quantity", _tr("Quantity\n(units/yr)"), NUMBER),
        Column("tonnes", _tr("Weight\n(t/yr)"), NUMBER),
        Column("transport_cost", _tr("Freight\n(%1/yr)", currency), MONEY, decimals=0),
        Column("tariff_rate", _tr("Tariff rate"), PERCENT),
        Column("tariff_cost", _tr("Tariff\n(%1/yr)", currency), MONEY, decimals=0),
        Column("co2_tonnes", _tr("CO₂\n(t/yr)"), NUMBER),
    ]


def demand(currency: str) -> list[Column]:
    """Demand rows: met, unmet and the marginal landed cost."""
    return [
        Column("row", _tr("Row"), NUMBER, tooltip=_tr("Row of this demand on the Demand sheet")),
        Column("site", _tr("Market")), Column("product", _tr("Product")),
        Column("quantity", _tr("Demand\n(units/yr)"), NUMBER),
        Column("met", _tr("Met\n(units/yr)"), NUMBER),
        Column("unmet", _tr("Unmet\n(units/yr)"), NUMBER),
        Column("unmet_tonnes", _tr("Unmet\n(t/yr)"), NUMBER),
        Column("met_share", _tr("Met share"), PERCENT),
        Column("marginal_cost", _tr("Marginal landed\ncost (%1/unit)", currency), MONEY,
               tooltip=_tr("What one more unit delivered here would cost the plan")),
        Column("why", _tr("Why unmet"),
               tooltip=_tr("No capacity left (the used-up plants and lanes are named), or "
                           "not worth serving at the unmet-demand penalty")),
    ]


def bottlenecks(currency: str) -> list[Column]:
    """Binding capacities ranked by what one more unit of capacity saves."""
    return [
        Column("rank", _tr("Rank"), NUMBER),
        Column("kind_label", _tr("Kind")),
        Column("id", _tr("Plant or lane")),
        Column("meaning", _tr("What one more unit of capacity is worth"), sort_by="shadow_price"),
        _shadow(currency, _tr("unit")),
        Column("capacity", _tr("Capacity\n(units or t/yr)"), NUMBER),
    ]


__all__ = ["bottlenecks", "demand", "flows", "lanes", "production"]
