"""The sections of the PDF planning report: cover and KPIs, figures, tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from twinparks.models.network import Network
from twinparks.models.plan import COST_KEYS, Plan
from twinparks.report_content import headline, highlights, money, number, percent
from twinparks.top_categories import TOP_CATEGORIES
from twinparks.ui import charts
from twinparks.ui.charts import cost_part_label
from twinparks.ui.pdf_canvas import (
    CONTENT_BOTTOM,
    MARGIN,
    MUTED,
    NAVY,
    PAGE_W,
    RULE,
    WIDTH,
    Column,
    PdfDocument,
)
from twinparks.ui.pdf_limits import largest, more_rows
from twinparks.ui.pdf_map import map_subset
from twinparks.ui.pdf_origin import origin_and_duty
from twinparks.ui.pdf_widgets import chart_image, map_image
from twinparks.ui.report_text import render
from twinparks.ui.results.page_base import status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfReport", text)


@dataclass
class Context:
    """What every section needs."""

    network: Network
    plan: Plan
    source: str
    when: dt.datetime
    currency: str
    names: dict[str, str]

    def name(self, site: object) -> str:
        """The site's display name."""
        return self.names.get(str(site), str(site))


def kpis(ctx: Context) -> list[tuple[str, str, str]]:
    """(label, value, unit) of the headline figures; the values are those of ``--json``."""
    return [(render(label), value, render(unit))
            for label, value, unit in headline(ctx.plan, ctx.currency)]


# -- cover ------------------------------------------------------------------------------

def cover(doc: PdfDocument, ctx: Context) -> None:
    """Title band, the run's facts, KPI cards, the cost split and the highlights."""
    fonts = doc.fonts
    band = QRectF(0, 0, PAGE_W, 200)
    doc.draw(lambda p: p.fillRect(band, QColor(NAVY)))
    doc.text(QRectF(MARGIN, 70, WIDTH, 40), _tr("Twin Parks planning report"), fonts(28, True),
             "#ffffff")
    sub = QRectF(MARGIN, 115, WIDTH, 40)
    sub_font = fonts(11)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    doc.draw(lambda p: (p.setFont(sub_font), p.setPen(QColor("#d5dfeb")),
                        p.drawText(sub, flags, _subtitle())))
    doc.y = 225
    facts = [(_tr("Workbook"), ctx.source),
             (_tr("Solved at"), ctx.when.strftime("%Y-%m-%d %H:%M")),
             (_tr("Solver"), ctx.plan.solver or "—"),
             (_tr("Status"), status_label(ctx.plan.status)), (_tr("Currency"), ctx.currency)]
    for label, value in facts:
        doc.text(QRectF(MARGIN, doc.y, 110, 16), label, fonts(10), MUTED)
        doc.text(QRectF(MARGIN + 110, doc.y, WIDTH - 110, 16), value, fonts(10, True))
        doc.y += 17
    doc.y += 16
    _kpi_cards(doc, ctx)
    doc.heading(_tr("Cost split"), size=13, keep_with=120)
    total = ctx.plan.objective or 0.0
    rows = [[cost_part_label(k), money(ctx.plan.costs[k]),
             percent(ctx.plan.costs[k] / total) if total else ""] for k in COST_KEYS]
    rows.append([_tr("Total, penalty included"), money(total), "100.0%" if total else ""])
    doc.table(_tr("Cost split"), [Column(_tr("cost part"), 3),
                                  Column(_tr("%1 per year").replace("%1", ctx.currency), 2, True),
                                  Column(_tr("share"), 1, True)], rows,
              highlight=[False] * len(COST_KEYS) + [True], size=9)
    doc.space(6)
    doc.heading(_tr("Highlights"), size=13, keep_with=60)
    for line in highlights(ctx.plan, ctx.name, ctx.currency):
        doc.paragraph("•  " + render(line))
    doc.new_page()


def _subtitle() -> str:
    return _tr("Capacity allocation and landed cost — China–Malaysia Qinzhou Industrial Park "
               "(Guangxi) and Malaysia–China Kuantan Industrial Park (Pahang)")


def _kpi_cards(doc: PdfDocument, ctx: Context) -> None:
    fonts, gap = doc.fonts, 10.0
    width, height, top = (WIDTH - 3 * gap) / 4, 74.0, doc.y
    for i, (label, value, unit) in enumerate(kpis(ctx)):
        rect = QRectF(MARGIN + i * (width + gap), top, width, height)
        doc.draw(lambda p, r=rect: (p.setPen(QPen(QColor(RULE), 0.8)),
                                    p.setBrush(QColor("#f3f6fa")), p.drawRect(r),
                                    p.fillRect(QRectF(r.x(), r.y(), 3, r.height()),
                                               QColor(NAVY))))
        doc.text(QRectF(rect.x() + 10, top + 8, width - 14, 14), label, fonts(8.5, True), MUTED)
        doc.text(QRectF(rect.x() + 10, top + 26, width - 14, 24), value, fonts(13.5, True), NAVY)
        doc.text(QRectF(rect.x() + 10, top + 52, width - 14, 14), unit, fonts(8), MUTED)
    doc.y = top + height + 20


# -- figures ----------------------------------------------------------------------------

def figures(doc: PdfDocument, ctx: Context) -> None:
    """The map with the flows, then the charts two by two."""
    doc.heading(_tr("Network and flows"), keep_with=400)
    doc.paragraph(_tr("Sites by kind and lanes by mode; the line width of a lane is "
                      "proportional to the tonnes it carries in the plan."), colour=MUTED)
    shown = map_subset(ctx.network, ctx.plan)
    if shown.cut:
        doc.paragraph(_tr("The map shows the %1 busiest of the %2 lanes and the sites they "
                          "join; the Excel report has every lane.").replace(
            "%1", f"{shown.shown_lanes:,}").replace("%2", f"{shown.all_lanes:,}"),
            colour=MUTED)
    height = min(CONTENT_BOTTOM - doc.y - 240, WIDTH * 0.78)
    doc.image(map_image(shown.network, shown.plan, WIDTH, height), WIDTH, height,
              _tr("Network map: Qinzhou–Kuantan corridor and the Western Land–Sea New "
                  "Corridor"))
    doc.space(8)
    doc.image(chart_image(charts.ModeTonnesChart, ctx.network, ctx.plan, ctx.currency,
                          WIDTH, 190), WIDTH, 190)
    doc.new_page()
    doc.heading(_tr("Costs and capacity"), keep_with=300)
    doc.image(chart_image(charts.CostSplitChart, ctx.network, ctx.plan, ctx.currency,
                          WIDTH, 210), WIDTH, 210)
    plants = min(len(ctx.plan.tables["production"]), TOP_CATEGORIES + 1)
    height = min(120 + 16 * plants, CONTENT_BOTTOM - doc.y - 10)
    doc.image(chart_image(charts.UtilisationChart, ctx.network, ctx.plan, ctx.currency,
                          WIDTH, height), WIDTH, height)
    doc.new_page()
    doc.heading(_tr("Demand and bottlenecks"), keep_with=300)
    markets = min(ctx.plan.tables["demand"]["site"].nunique(), TOP_CATEGORIES + 1)
    height = min(110 + 20 * markets, 330)
    doc.image(chart_image(charts.DemandChart, ctx.network, ctx.plan, ctx.currency,
                          WIDTH, height), WIDTH, height)
    bottlenecks = min(len(ctx.plan.tables["bottlenecks"]), TOP_CATEGORIES + 1)
    height = min(110 + 18 * max(bottlenecks, 1), CONTENT_BOTTOM - doc.y - 10)
    doc.image(chart_image(charts.BottleneckChart, ctx.network, ctx.plan, ctx.currency,
                          WIDTH, height), WIDTH, height)
    doc.new_page()


# -- tables -----------------------------------------------------------------------------

def tables(doc: PdfDocument, ctx: Context) -> None:
    """Production plan, bottlenecks and unmet demand."""
    cur = ctx.currency
    production = ctx.plan.tables["production"]
    doc.heading(_tr("Production plan"))
    doc.paragraph(_tr("Output per plant, in units of its product per year; costs in %1 per "
                      "year. Rows at full capacity or with a positive shadow price (the cost "
                      "saved per extra unit of capacity, %1/unit) are highlighted. Sites by "
                      "id: their names are in the Sites table at the end.").replace("%1", cur),
                  colour=MUTED)
    production, left_out = largest(production, "cost")
    rows = [[r.plant, str(r.site), r.product, number(r.capacity), number(r.output),
             percent(r.utilisation), f"{r.shadow_price:,.2f}", money(r.cost)]
            for r in production.itertuples()]
    marked = production["binding"].astype(bool).tolist()
    doc.table(_tr("Production plan"), [
        Column(_tr("plant"), 1.25), Column(_tr("site"), 1.2), Column(_tr("product"), 1.5),
        Column(_tr("capacity"), 1.05, True), Column(_tr("output"), 1.05, True),
        Column(_tr("use"), 0.75, True), Column(_tr("shadow price"), 1.1, True),
        Column(_tr("cost"), 1.25, True)], rows, marked)
    more_rows(doc, left_out)
    doc.space(10)
    _flows(doc, ctx)
    doc.space(10)
    _bottlenecks(doc, ctx)
    doc.space(10)
    _unmet(doc, ctx)
    if len(ctx.plan.tables["investments"]):
        doc.space(10)
        _investments(doc, ctx)
    doc.space(10)
    _sites(doc, ctx)
    doc.space(10)
    origin_and_duty(doc, ctx)


LARGEST_FLOWS = 15


def _flows(doc: PdfDocument, ctx: Context) -> None:
    """The largest flows: which lane carries what, and what it costs."""
    flows = ctx.plan.tables["flows"]
    doc.heading(_tr("Lanes and flows"))
    if flows.empty:
        doc.paragraph(_tr("Nothing is shipped."))
        return
    top = flows.sort_values("tonnes", ascending=False, kind="stable").head(LARGEST_FLOWS)
    doc.paragraph(_tr("The %1 largest of %2 flows, in tonnes per year, with their freight "
                      "and tariff cost (%3 per year).").replace("%1", f"{len(top):,}")
                  .replace("%2", f"{len(flows):,}").replace("%3", ctx.currency), colour=MUTED)
    rows = [[r.lane, str(r.origin), str(r.destination), str(r.mode), r.product,
             number(r.tonnes), money(r.transport_cost), money(r.tariff_cost)]
            for r in top.itertuples()]
    doc.table(_tr("Lanes and flows"), [
        Column(_tr("lane"), 1.9), Column(_tr("from"), 1.3), Column(_tr("to"), 1.3),
        Column(_tr("mode"), 0.7),
        Column(_tr("product"), 1.3), Column(_tr("tonnes"), 1.0, True),
        Column(_tr("freight"), 1.1, True),
        Column(_tr("tariff"), 0.9, True)], rows)
    more_rows(doc, len(flows) - len(top))


def _bottlenecks(doc: PdfDocument, ctx: Context) -> None:
    frame = ctx.plan.tables["bottlenecks"]
    doc.heading(_tr("Bottlenecks"))
    if frame.empty:
        doc.paragraph(_tr("No capacity limits the plan: no extra capacity would save money."))
        return
    doc.paragraph(_tr("Capacities whose next unit saves money, most valuable first (plants "
                      "per unit of output, lanes per tonne)."), colour=MUTED)
    frame, left_out = largest(frame, "shadow_price")
    rows = [[r.kind, r.id, f"{r.shadow_price:,.2f}", percent(r.utilisation),
             number(r.capacity)] for r in frame.itertuples()]
    doc.table(_tr("Bottlenecks"), [
        Column(_tr("kind"), 0.8), Column(_tr("plant or lane"), 2.2),
        Column(_tr("saving per extra unit (%1)").replace("%1", ctx.currency), 2.0, True),
        Column(_tr("utilisation"), 1.1, True), Column(_tr("capacity"), 1.4, True)], rows)
    more_rows(doc, left_out)


def _unmet(doc: PdfDocument, ctx: Context) -> None:
    demand = ctx.plan.tables["demand"]
    short = demand[demand["unmet"].astype(float) > 0]
    doc.heading(_tr("Unmet demand"))
    if short.empty:
        doc.paragraph(_tr("Every demand row is met in full."))
        return
    doc.paragraph(_tr("Demand rows the plan leaves short, in units per year. Marginal cost: "
                      "what one more unit delivered to the market would cost (%1/unit).")
                  .replace("%1", ctx.currency), colour=MUTED)
    short, left_out = largest(short, "unmet_tonnes")
    rows = [[ctx.name(r.site), r.product, number(r.quantity), number(r.met), number(r.unmet),
             percent(r.met / r.quantity if r.quantity else float("nan")),
             f"{r.marginal_cost:,.2f}"] for r in short.itertuples()]
    doc.table(_tr("Unmet demand"), [
        Column(_tr("market"), 2.2), Column(_tr("product"), 1.5), Column(_tr("demand"), 1.1, True),
        Column(_tr("met"), 1.1, True), Column(_tr("unmet"), 1.1, True),
        Column(_tr("met %"), 0.8, True),
        Column(_tr("marginal cost"), 1.4, True)], rows)
    more_rows(doc, left_out)


def _investments(doc: PdfDocument, ctx: Context) -> None:
    """The investment plan: modules built, their cost, and what not investing would cost."""
    frame = ctx.plan.tables["investments"]
    built = frame[frame["modules"] > 0]
    doc.heading(_tr("Investment plan"))
    doc.paragraph(_tr("%1 of %2 investments are built, for %3 %4 a year. Cost of not "
                      "investing: how much more the plan would cost a year with the "
                      "investment held at its committed modules (one re-solve each). Shadow "
                      "prices are those of the plan with its investments fixed.")
                  .replace("%1", f"{len(built):,}").replace("%2", f"{len(frame):,}")
                  .replace("%3", money(float(frame["annual_cost"].sum())))
                  .replace("%4", ctx.currency), colour=MUTED)
    frame, left_out = largest(frame, "annual_cost")
    rows = [[r.investment, r.kind, str(r.target), number(r.modules), number(r.capacity_added),
             money(r.annual_cost),
             "–" if r.cost_of_not_investing != r.cost_of_not_investing
             else money(r.cost_of_not_investing)] for r in frame.itertuples()]
    doc.table(_tr("Investment plan"), [
        Column(_tr("investment"), 1.6), Column(_tr("kind"), 0.6),
        Column(_tr("plant or lane"), 1.5),
        Column(_tr("modules"), 0.8, True), Column(_tr("capacity added"), 1.3, True),
        Column(_tr("cost/yr (%1)").replace("%1", ctx.currency), 1.4, True),
        Column(_tr("if not built (%1)").replace("%1", ctx.currency), 1.7, True)], rows)
    more_rows(doc, left_out)


def _sites(doc: PdfDocument, ctx: Context) -> None:
    """The key from the site ids of the map and tables to their names."""
    sites, left_out = largest(ctx.network.table("Sites"), None)  # in the workbook's order
    doc.heading(_tr("Sites"))
    rows = [[_cell(r.get("id")), _cell(r.get("name")), _cell(r.get("country")),
             _cell(r.get("kind"))] for r in sites.to_dict("records")]
    doc.table(_tr("Sites"), [Column(_tr("id"), 1.6), Column(_tr("name"), 4.2),
                             Column(_tr("country"), 0.9),
                        Column(_tr("kind"), 1.0)], rows)
    more_rows(doc, left_out)


def _cell(value: object) -> str:
    return "" if value is None or value != value else str(value)
