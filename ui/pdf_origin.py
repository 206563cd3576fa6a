"""The PDF report's Origin and duty section: duty where goods are used, rules met."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinparks.report_content import money, number, percent
from twinparks.ui.pdf_canvas import MUTED, Column
from twinparks.ui.pdf_limits import largest, more_rows

LARGEST_USES = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfReport", text)


def origin_and_duty(doc, ctx) -> None:
    """Duty per use (largest first), then the output each plant claims under an agreement."""
    plan, cur = ctx.plan, ctx.currency
    duty, origin = plan.tables["duty"], plan.tables["origin"]
    doc.heading(_tr("Origin and duty"), keep_with=420)
    claimed = ", ".join(f"{k} {money(v)}" for k, v in plan.duty.items() if k != "general")
    text = _tr("Duty is paid once, where goods are used (a plant's input or a market), by "
               "the country they originate in: %1 %2 a year, %3 at general rates%4. "
               "Preferences save %5 %2 against the general rates.")
    agreements = _tr("; under agreements %1").replace("%1", claimed) if claimed else ""
    doc.paragraph(text.replace("%1", money(plan.costs["tariff"])).replace("%2", cur)
                  .replace("%3", money(plan.duty.get("general", 0.0)))
                  .replace("%4", agreements).replace("%5", money(plan.duty_saved or 0.0)),
                  colour=MUTED)
    if len(duty):
        top = duty.assign(both=duty["duty"] + duty["duty_saved"]).sort_values(
            "both", ascending=False, kind="stable").head(LARGEST_USES)
        rows = [[r.use, str(r.id), r.product, str(r.origin_country), r.agreement or _tr("general"),
                 number(r.quantity), percent(r.rate), money(r.duty), money(r.duty_saved)]
                for r in top.itertuples()]
        doc.table(_tr("Duty where goods are used"), [
            Column(_tr("use"), 1.0), Column(_tr("plant or row"), 1.3), Column(_tr("product"), 1.3),
            Column(_tr("origin"), 0.7), Column(_tr("regime"), 0.9),
            Column(_tr("quantity"), 1.1, True),
            Column(_tr("rate"), 0.7, True), Column(_tr("duty (%1)").replace("%1", cur), 1.1, True),
            Column(_tr("saved (%1)").replace("%1", cur), 1.1, True)], rows,
            [bool(r.agreement) for r in top.itertuples()])
    if len(duty) > LARGEST_USES:
        more_rows(doc, len(duty) - LARGEST_USES)
    if len(origin):
        origin, left_out = largest(origin, "output")
        doc.space(6)
        doc.heading(_tr("Output originating under an agreement"), size=11,
                    keep_with=40 + 16 * len(origin))
        rows = [[r.plant, r.product, r.agreement, number(r.output), number(r.by_rvc),
                 number(r.by_change), number(r.wholly), percent(r.rvc_achieved)]
                for r in origin.itertuples()]
        doc.table(_tr("Output originating under an agreement"), [
            Column(_tr("plant"), 1.3), Column(_tr("product"), 1.3), Column(_tr("agreement"), 0.9),
            Column(_tr("claimed"), 1.1, True), Column(_tr("by RVC"), 1.0, True),
            Column(_tr("by shift"), 1.0, True), Column(_tr("wholly"), 0.9, True),
            Column(_tr("RVC"), 0.8, True)], rows)
        more_rows(doc, left_out)
