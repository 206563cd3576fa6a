"""What the Excel and the PDF report both say, without Qt: figures, highlights, formats.

The labels and units come from ``models/results.csv``; the values are those
of ``solve --json`` (:meth:`Plan.summary`), so every report and the command
line agree to the last digit.
"""

from __future__ import annotations

from collections.abc import Callable

from twinparks.models import results
from twinparks.models.plan import COST_KEYS, Plan

SiteName = Callable[[object], str]


def money(value: float) -> str:
    """A currency amount, whole units with thousands separators."""
    return f"{value:,.0f}"


def number(value: float, decimals: int = 0) -> str:
    """A quantity with thousands separators (blank for NaN)."""
    return "" if value != value else f"{value:,.{decimals}f}"


def percent(value: float) -> str:
    """A share as a percentage (blank for NaN: no capacity limit)."""
    return "" if value != value else f"{value:.1%}"


def figures(plan: Plan) -> list[tuple[results.ResultColumn, float | None]]:
    """The plan's figures in ``--json`` order: objective, each cost part, CO2, service level,
    then the unmet demand in tonnes (docs/contract.md §9)."""
    summary = plan.summary()
    rows = [(results.column("summary", "objective"), plan.objective)]
    rows += [(results.column("costs", key), plan.costs[key]) for key in COST_KEYS]
    rows += [(results.column("summary", key), value) for key, value in (
        ("co2_tonnes", summary["co2_tonnes"]), ("service_level", summary["service_level"]),
        ("unmet_tonnes", plan.unmet_tonnes))]
    return rows


def headline(plan: Plan, currency: str) -> list[tuple[str, str, str]]:
    """(label, value, unit) of the KPI cards: the landed cost apart from the penalty.

    Labels from the ``summary`` rows of ``models/results.csv``; the unmet
    demand in tonnes (docs/contract.md §9), with the penalty it costs.
    """
    penalty = plan.costs["unmet_penalty"]
    label = {column.name: column.label for column in results.columns("summary")}
    return [(label["objective"], money((plan.objective or 0.0) - penalty),
             f"{currency} per year, excl. penalty"),  # short: a card's line is narrow
            (label["service_level"], f"{plan.service_level or 0.0:.2%}",
             "of demanded tonnes met"),
            (label["co2_tonnes"], number(plan.co2_tonnes or 0.0), "tonnes per year"),
            (label["unmet_tonnes"], number(plan.unmet_tonnes or 0.0), "tonnes per year")]


def highlights(plan: Plan, name: SiteName, currency: str) -> list[str]:
    """A few sentences a manager reads first."""
    lines = []
    costs = sorted(COST_KEYS, key=lambda k: plan.costs[k], reverse=True)
    total = plan.objective or 1.0
    first, second = (results.cost_label(k).lower() for k in costs[:2])
    lines.append(f"The largest cost parts are {first} ({plan.costs[costs[0]] / total:.0%}) "
                 f"and {second} ({plan.costs[costs[1]] / total:.0%}) of the landed cost.")
    production = plan.tables["production"]
    full = int(production["binding"].astype(bool).sum())
    lines.append(f"{full} of {len(production)} plants are binding (full, or worth money "
                 f"to extend).")
    bottlenecks = plan.tables["bottlenecks"]
    if len(bottlenecks):
        top = bottlenecks.iloc[0]
        lines.append(f"The most valuable extra capacity is {top['kind']} {top['id']}: each "
                     f"extra unit would save {top['shadow_price']:,.2f} {currency}.")
    demand = plan.tables["demand"]
    short = demand[demand["unmet_tonnes"].astype(float) > 0]
    if len(short):
        worst = short.groupby("site")["unmet_tonnes"].sum().sort_values(ascending=False)
        lines.append(f"Demand is not fully met in {len(worst)} market(s), most at "
                     f"{name(worst.index[0])} ({number(worst.iloc[0])} tonnes per year).")
    else:
        lines.append("All demand is met.")
    return lines + duty_highlights(plan, currency)


def duty_highlights(plan: Plan, currency: str) -> list[str]:
    """Duty paid once where goods are used, by agreement, and what the rules of origin let in."""
    duty = plan.tables.get("duty")
    if duty is None or not len(duty):
        return []
    by = {k: v for k, v in plan.duty.items() if k != "general"}
    claimed = ", ".join(f"{k} {money(v)}" for k, v in by.items()) or "none"
    lines = [f"Duty paid where goods are used: {money(plan.costs['tariff'])} {currency} "
             f"({money(plan.duty.get('general', 0.0))} at general rates; under agreements: "
             f"{claimed}); preferences save {money(plan.duty_saved or 0.0)} {currency}."]
    origin = plan.tables.get("origin")
    if origin is not None and len(origin):
        rules = []
        for row in origin.itertuples(index=False):
            options = [label for label, amount in (("RVC", row.by_rvc),
                                                   ("tariff shift", row.by_change),
                                                   ("originating inputs", row.wholly))
                       if amount > 0]
            rules.append(f"{row.plant} under {row.agreement} by {' and '.join(options)}")
        lines.append("Qualifying output: " + "; ".join(rules) + ".")
    return lines
