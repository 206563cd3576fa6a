"""What the Excel and the PDF report both say, without Qt: figures, highlights, formats.

The labels and units come from ``models/results.csv``; the values are those
of ``solve --json`` (:meth:`Plan.summary`), so every report and the command
line agree to the last digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from twinparks.models import results
from twinparks.models.plan import COST_KEYS, Plan
from twinparks.models.problems import QT_TRANSLATE_NOOP, Text

SiteName = Callable[[object], str]
QUALIFYING_SHOWN = 5  # plants named in the highlights as qualifying under an agreement


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


@dataclass(frozen=True)
class ReportText(Text):
    """A sentence of the report as a template of ``context`` (``report``, or ``results`` for
    a label of ``models/results.csv``); ``str()`` is the English text, the PDF translates."""

    context: str = "report"


def _say(template: str, **args: object) -> ReportText:
    return ReportText(template, tuple(args.items()))


def _label(table: str, name: str) -> ReportText:
    return ReportText(results.column(table, name).label, context="results")


def headline(plan: Plan, currency: str) -> list[tuple[ReportText, str, ReportText]]:
    """(label, value, unit) of the KPI cards: the landed cost apart from the penalty.

    Labels from the ``summary`` rows of ``models/results.csv``; the unmet
    demand in tonnes (docs/contract.md §9), with the penalty it costs.
    """
    penalty = plan.costs["unmet_penalty"]
    tonnes = _say(QT_TRANSLATE_NOOP("report", "tonnes per year"))
    return [(_label("summary", "objective"), money((plan.objective or 0.0) - penalty),
             _say(QT_TRANSLATE_NOOP("report", "{currency} per year, excl. penalty"),
                  currency=currency)),  # short: a card's line is narrow
            (_label("summary", "service_level"), f"{plan.service_level or 0.0:.2%}",
             _say(QT_TRANSLATE_NOOP("report", "of demanded tonnes met"))),
            (_label("summary", "co2_tonnes"), number(plan.co2_tonnes or 0.0), tonnes),
            (_label("summary", "unmet_tonnes"), number(plan.unmet_tonnes or 0.0), tonnes)]


def highlights(plan: Plan, name: SiteName, currency: str) -> list[ReportText]:
    """A few sentences a manager reads first."""
    lines = []
    costs = sorted(COST_KEYS, key=lambda k: plan.costs[k], reverse=True)
    total = plan.objective or 1.0
    lines.append(_say(QT_TRANSLATE_NOOP(
        "report", "The largest cost parts are {first} ({first_share}) and {second} "
        "({second_share}) of the landed cost."),
        first=_label("costs", costs[0]), first_share=f"{plan.costs[costs[0]] / total:.0%}",
        second=_label("costs", costs[1]), second_share=f"{plan.costs[costs[1]] / total:.0%}"))
    production = plan.tables["production"]
    lines.append(_say(QT_TRANSLATE_NOOP(
        "report", "{binding} of {plants} plants are binding (full, or worth money to "
        "extend)."), binding=int(production["binding"].astype(bool).sum()),
        plants=len(production)))
    bottlenecks = plan.tables["bottlenecks"]
    if len(bottlenecks):
        top = bottlenecks.iloc[0]
        template = QT_TRANSLATE_NOOP(
            "report", "The most valuable extra capacity is plant {id}: each extra unit "
            "would save {saving} {currency}.") if top["kind"] == "plant" else \
            QT_TRANSLATE_NOOP("report", "The most valuable extra capacity is lane {id}: "
                              "each extra tonne would save {saving} {currency}.")
        lines.append(_say(template, id=str(top["id"]), saving=f"{top['shadow_price']:,.2f}",
                          currency=currency))
    demand = plan.tables["demand"]
    short = demand[demand["unmet_tonnes"].astype(float) > 0]
    if len(short):
        worst = short.groupby("site")["unmet_tonnes"].sum().sort_values(ascending=False)
        lines.append(_say(QT_TRANSLATE_NOOP(
            "report", "Demand is not fully met in {markets} market(s), most at {market} "
            "({tonnes} tonnes per year)."), markets=len(worst), market=name(worst.index[0]),
            tonnes=number(worst.iloc[0])))
    else:
        lines.append(_say(QT_TRANSLATE_NOOP("report", "All demand is met.")))
    return lines + duty_highlights(plan, currency)


def duty_highlights(plan: Plan, currency: str) -> list[ReportText]:
    """Duty paid once where goods are used, by agreement, and what the rules of origin let in."""
    duty = plan.tables.get("duty")
    if duty is None or not len(duty):
        return []
    by = {k: v for k, v in plan.duty.items() if k != "general"}
    claimed = ", ".join(f"{k} {money(v)}" for k, v in by.items())
    lines = [_say(QT_TRANSLATE_NOOP(
        "report", "Duty paid where goods are used: {duty} {currency} ({general} at general "
        "rates; under agreements: {claimed}); preferences save {saved} {currency}."),
        duty=money(plan.costs["tariff"]), currency=currency,
        general=money(plan.duty.get("general", 0.0)),
        claimed=claimed or _say(QT_TRANSLATE_NOOP("report", "none")),
        saved=money(plan.duty_saved or 0.0))]
    origin = plan.tables.get("origin")
    if origin is not None and len(origin):
        options = {"by_rvc": _say(QT_TRANSLATE_NOOP("report", "RVC")),
                   "by_change": _say(QT_TRANSLATE_NOOP("report", "tariff shift")),
                   "wholly": _say(QT_TRANSLATE_NOOP("report", "originating inputs"))}
        for row in origin.head(QUALIFYING_SHOWN).itertuples(index=False):
            used = [options[k] for k in options if getattr(row, k) > 0]
            joined = ReportText(" + ".join(f"{{o{i}}}" for i in range(len(used))),
                                tuple((f"o{i}", option) for i, option in enumerate(used)),
                                context="")
            lines.append(_say(QT_TRANSLATE_NOOP(
                "report", "{plant} qualifies under {agreement} by {options}."),
                plant=str(row.plant), agreement=str(row.agreement), options=joined))
        if len(origin) > QUALIFYING_SHOWN:
            lines.append(_say(QT_TRANSLATE_NOOP(
                "report", "{count} more rows qualify (the Excel report lists them all)."),
                count=f"{len(origin) - QUALIFYING_SHOWN:,}"))
    return lines
