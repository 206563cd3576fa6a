"""Native Excel charts of the report's Summary sheet (openpyxl charts, not pictures).

The charts read cells of the workbook itself: the cost split and the
tonnes per mode and per market come from small tables on the Summary sheet
(written here, under the KPIs), plant utilisation from the Production sheet.
"""

from __future__ import annotations

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.legend import Legend
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.styles import Font

from twinparks.models.network import Network
from twinparks.models.plan import COST_KEYS, Plan
from twinparks.models.results import COLUMNS, cost_label
from twinparks.report_sheets import HEADER_FILL, HEADER_FONT, INTEGER, RESULT_SHEETS
from twinparks.workbook import set_cell

BLUE, ORANGE, RED = "4C78A8", "F58518", "E45756"
SECTION_FONT = Font(bold=True, size=12, color="1F3B5C")
CHART_COLUMNS = ("E", "O")  # two charts side by side
CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.5, 9.0
SECOND_BAND_ROW = 22  # the second row of charts (a printed page starts there)


def chart_tables(network: Network, plan: Plan) -> dict[str, pd.DataFrame]:
    """The data of the summary charts: cost split, tonnes by mode, demand by market."""
    costs = pd.DataFrame({"part": [cost_label(k) for k in COST_KEYS],
                          "cost": [float(plan.costs[k]) for k in COST_KEYS]})
    flows = plan.tables["flows"]
    modes = (flows.groupby(flows["mode"].astype(str), sort=False)["tonnes"].sum()
             .sort_values(ascending=False, kind="stable").reset_index())
    return {"costs": costs, "modes": modes, "markets": demand_by_market(network, plan)}


def demand_by_market(network: Network, plan: Plan) -> pd.DataFrame:
    """Met and unmet tonnes per market site, most unmet first."""
    demand = plan.tables["demand"]
    sized = pd.DataFrame({"site": demand["site"].astype(str),
                          "met": demand["met_tonnes"].astype(float),
                          "unmet": demand["unmet_tonnes"].astype(float)})
    totals = sized.groupby("site", sort=False)[["met", "unmet"]].sum()
    totals = totals.sort_values(["unmet", "met"], ascending=False, kind="stable")
    return totals.reset_index()


def write_chart_data(sheet, tables: dict[str, pd.DataFrame], first_row: int,
                     currency: str) -> dict[str, tuple[int, int]]:
    """The chart tables under each other in A:C; returns each table's (header row, last row)."""
    blocks = {
        "costs": ("Cost split", ["cost part", f"cost ({currency}/yr)"]),
        "modes": ("Freight by transport mode", ["mode", "tonnes, all legs (t/yr)"]),
        "markets": ("Demand by market", ["market", "met (t/yr)", "unmet (t/yr)"]),
    }
    where, row = {}, first_row
    for key, (title, headers) in blocks.items():
        set_cell(sheet.cell(row=row, column=1), title)
        sheet.cell(row=row, column=1).font = SECTION_FONT
        header_row = row + 1
        for c, text in enumerate(headers, start=1):
            cell = sheet.cell(row=header_row, column=c)
            set_cell(cell, text)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for r, values in enumerate(tables[key].itertuples(index=False, name=None),
                                   start=header_row + 1):
            for c, value in enumerate(values, start=1):
                cell = sheet.cell(row=r, column=c)
                set_cell(cell, value.item() if hasattr(value, "item") else value)
                if c > 1:
                    cell.number_format = INTEGER
        where[key] = (header_row, header_row + len(tables[key]))
        row = header_row + len(tables[key]) + 2
    return where


def add_charts(book, summary, where: dict[str, tuple[int, int]], plants: int,
               currency: str) -> None:
    """The four charts on the Summary sheet, two per row to the right of the KPIs."""
    production = book[next(t for t, n in RESULT_SHEETS.items() if n == "production")]
    header, last = where["costs"]
    cost = _bar("Cost split", f"{currency}/yr", horizontal=True)
    _series(cost, summary, 2, header, last, BLUE)
    summary.add_chart(cost, f"{CHART_COLUMNS[0]}2")
    header, last = where["modes"]
    modes = _bar("Freight by transport mode", "t/yr", horizontal=False)
    _series(modes, summary, 2, header, last, BLUE)
    summary.add_chart(modes, f"{CHART_COLUMNS[1]}2")
    utilisation = _bar("Plant utilisation", "% of capacity", horizontal=True, percent=True)
    _series(utilisation, production, 6, 1, plants + 1, BLUE)
    _mark_binding(utilisation.series[-1], production, plants)
    utilisation.title = "Plant utilisation (orange: at capacity, blue: spare)"
    utilisation.height = max(CHART_HEIGHT_CM, 1.5 + 0.7 * plants)
    summary.add_chart(utilisation, f"{CHART_COLUMNS[0]}{SECOND_BAND_ROW}")
    header, last = where["markets"]
    markets = _bar("Demand by market (met and unmet)", "t/yr", horizontal=True)
    markets.grouping, markets.overlap = "stacked", 100
    _series(markets, summary, 2, header, last, BLUE)
    _series(markets, summary, 3, header, last, RED)
    markets.legend.position = "b"
    markets.height = max(CHART_HEIGHT_CM, 1.5 + 0.7 * (last - header))
    summary.add_chart(markets, f"{CHART_COLUMNS[1]}{SECOND_BAND_ROW}")


def _mark_binding(series, sheet, count: int) -> None:
    """Bars of binding plants (the plan's ``binding`` column) orange, spare ones blue."""
    column = COLUMNS["production"].index("binding") + 1
    for index in range(count):
        if sheet.cell(row=index + 2, column=column).value is True:
            point = DataPoint(idx=index, invertIfNegative=False)
            point.graphicalProperties = GraphicalProperties(solidFill=ORANGE)
            point.graphicalProperties.line.noFill = True
            series.dPt.append(point)


def _bar(title: str, unit: str, horizontal: bool, percent: bool = False) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.style = 10
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    chart.gapWidth = 60
    chart.y_axis.title = unit
    chart.y_axis.numFmt = "0%" if percent else "#,##0"
    if percent:
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
        chart.y_axis.crosses = "max"  # ... and the value axis still at the bottom
    # openpyxl ≥ 3.1 marks axes deleted unless told otherwise: Excel would hide them.
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend = None
    return chart


def _series(chart: BarChart, sheet, column: int, header: int, last: int, colour: str) -> None:
    """Add values of ``column`` (header row included, as the series name) by column A."""
    data = Reference(sheet, min_col=column, min_row=header, max_row=max(last, header + 1))
    categories = Reference(sheet, min_col=1, min_row=header + 1, max_row=max(last, header + 1))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    series = chart.series[-1]
    series.graphicalProperties = GraphicalProperties(solidFill=colour)
    series.graphicalProperties.line.noFill = True
    if len(chart.series) > 1 and chart.legend is None:
        chart.legend = Legend()
    if len(chart.series) == 1 and chart.grouping != "stacked":
        series.dLbls = DataLabelList(showVal=True)
        for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
            setattr(series.dLbls, flag, False)
