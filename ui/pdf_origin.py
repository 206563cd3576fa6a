"""The PDF report's Origin and duty section: duty where goods are used, rules met."""

from __future__ import annotations

from twinparks.report_content import money, number, percent
from twinparks.ui.pdf_canvas import MUTED, Column
from twinparks.ui.pdf_limits import largest, more_rows

LARGEST_USES = 15


def origin_and_duty(doc, ctx) -> None:
    """Duty per use (largest first), then the output each plant claims under an agreement."""
    plan, cur = ctx.plan, ctx.currency
    duty, origin = plan.tables["duty"], plan.tables["origin"]
    doc.heading("Origin and duty", keep_with=420)
    claimed = ", ".join(f"{k} {money(v)}" for k, v in plan.duty.items() if k != "general")
    doc.paragraph(f"Duty is paid once, where goods are used (a plant's input or a market), "
                  f"by the country they originate in: {money(plan.costs['tariff'])} {cur} a "
                  f"year, {money(plan.duty.get('general', 0.0))} at general rates"
                  f"{'; under agreements ' + claimed if claimed else ''}. Preferences save "
                  f"{money(plan.duty_saved or 0.0)} {cur} against the general rates.",
                  colour=MUTED)
    if len(duty):
        top = duty.assign(both=duty["duty"] + duty["duty_saved"]).sort_values(
            "both", ascending=False, kind="stable").head(LARGEST_USES)
        rows = [[r.use, str(r.id), r.product, str(r.origin_country), r.agreement or "general",
                 number(r.quantity), percent(r.rate), money(r.duty), money(r.duty_saved)]
                for r in top.itertuples()]
        doc.table("Duty where goods are used", [
            Column("use", 1.0), Column("plant or row", 1.3), Column("product", 1.3),
            Column("origin", 0.7), Column("regime", 0.9), Column("quantity", 1.1, True),
            Column("rate", 0.7, True), Column(f"duty ({cur})", 1.1, True),
            Column(f"saved ({cur})", 1.1, True)], rows,
            [bool(r.agreement) for r in top.itertuples()])
    if len(duty) > LARGEST_USES:
        more_rows(doc, len(duty) - LARGEST_USES)
    if len(origin):
        origin, left_out = largest(origin, "output")
        doc.space(6)
        doc.heading("Output originating under an agreement", size=11,
                    keep_with=40 + 16 * len(origin))
        rows = [[r.plant, r.product, r.agreement, number(r.output), number(r.by_rvc),
                 number(r.by_change), number(r.wholly), percent(r.rvc_achieved)]
                for r in origin.itertuples()]
        doc.table("Output originating under an agreement", [
            Column("plant", 1.3), Column("product", 1.3), Column("agreement", 0.9),
            Column("claimed", 1.1, True), Column("by RVC", 1.0, True),
            Column("by shift", 1.0, True), Column("wholly", 0.9, True),
            Column("RVC", 0.8, True)], rows)
        more_rows(doc, left_out)
