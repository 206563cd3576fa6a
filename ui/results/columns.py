"""Column specs of the result tables, built from their description in ``models/results.csv``.

The label, unit and help of each column come from the description
(translated in the ``results`` context); this module only says which columns
each page shows and how a blank reads. Headers are built when a plan is
shown, because the currency is part of them, and because translations must
be looked up after the translator is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinparks.models import results
from twinparks.ui.results.frame_model import MONEY, NUMBER, PERCENT, TEXT, Column

CONTEXT = "ResultColumns"
KINDS = {"count": (NUMBER, 0), "quantity": (NUMBER, None), "tonnes": (NUMBER, None),
         "money": (MONEY, 0), "price": (MONEY, None), "share": (PERCENT, None),
         "days": (NUMBER, 1), "ratio": (NUMBER, None)}


def _tr(text: str, *args: str) -> str:
    """Translate ``text`` and put ``args`` in for %1, %2 … (Qt's convention)."""
    result = QCoreApplication.translate(CONTEXT, text)
    for number, value in enumerate(args, start=1):
        result = result.replace(f"%{number}", value)
    return result


def _result(text: str) -> str:
    return QCoreApplication.translate("results", text)


def described(table: str, name: str, currency: str, **options) -> Column:
    """The column ``name`` of result table ``table`` as its description says."""
    spec = results.column(table, name)
    kind, decimals = KINDS.get(spec.kind, (TEXT, None))
    unit = _result(spec.unit).replace("{currency}", currency) if spec.unit else ""
    header = f"{_result(spec.label)}\n({unit})" if unit else _result(spec.label)
    settings = {"decimals": decimals, "tooltip": _result(spec.help), **options}
    return Column(name, header, kind, **settings)


def _unlimited() -> dict:
    return {"missing": _tr("unlimited"), "blank_sorts_high": True}


def production(currency: str) -> list[Column]:
    """Plants: capacity, output, utilisation, shadow price, cost and CO2."""
    return [described("production", name, currency, **({"missing": "–"} if name == "utilisation"
                                                       else {}))
            for name in ("plant", "site", "product", "capacity", "output", "utilisation",
                         "shadow_price", "cost", "co2_tonnes")]


def lanes(currency: str) -> list[Column]:
    """Lanes: capacity, tonnes carried, utilisation, shadow price, transit time."""
    options = {"capacity_tonnes": _unlimited(), "utilisation": {"missing": "–"}}
    return [described("lanes", name, currency, **options.get(name, {}))
            for name in ("lane", "origin", "destination", "mode", "capacity_tonnes", "tonnes",
                         "utilisation", "shadow_price", "transit_days")]


def flows(currency: str) -> list[Column]:
    """Flows: what each lane carries, with freight, tariff and CO2."""
    return [described("flows", name, currency) for name in results.names("flows")]


def demand(currency: str) -> list[Column]:
    """Demand rows: met, unmet and the marginal landed cost."""
    return [*(described("demand", name, currency)
              for name in ("row", "site", "product", "quantity", "met", "unmet",
                           "unmet_tonnes", "met_share", "marginal_cost")),
            Column("why", _tr("Why unmet"),
                   tooltip=_tr("No capacity left (the used-up plants and lanes are named), "
                               "not worth expanding (they could take another investment "
                               "module, which would cost more than it saves), or not worth "
                               "serving at the unmet-demand penalty"))]


def bottlenecks(currency: str) -> list[Column]:
    """Binding capacities ranked by what one more unit of capacity saves."""
    return [
        described("bottlenecks", "rank", currency),
        Column("kind_label", _tr("Kind")),
        described("bottlenecks", "id", currency),
        Column("meaning", _tr("What one more unit of capacity is worth"), sort_by="shadow_price"),
        described("bottlenecks", "shadow_price", currency),
        described("bottlenecks", "capacity", currency),
    ]


def investments(currency: str) -> list[Column]:
    """Investments: modules built, capacity added, annual cost, cost of not investing."""
    return [described("investments", name, currency,
                      **({"missing": "–"} if name == "cost_of_not_investing" else {}))
            for name in results.names("investments")]


def chokepoints(currency: str) -> list[Column]:
    """Chokepoint groups: tonnes on them, their share, limit and shadow price."""
    return [described("chokepoints", name, currency,
                      **({"missing": _tr("no limit")} if name == "max_share" else {}))
            for name in results.names("chokepoints")]


__all__ = ["bottlenecks", "chokepoints", "demand", "described", "flows", "investments", "lanes",
           "production"]
