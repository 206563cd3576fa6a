"""Native Excel charts of the report's Summary sheet (XlsxWriter charts, not pictures).

The charts read cells of the workbook itself: the cost split and the
tonnes per mode and per market come from small tables on the Summary sheet
(written here, under the KPIs), plant utilisation from the Production sheet,
or, for a plan with more plants than a chart can show, from a Summary table
of the largest plants (by production cost) and one "Other (N)" row
(:mod:`twinparks.top_categories`).
"""

from __future__ import annotations

import pandas as pd

from twinparks.models.network import Network
from twinparks.models.plan import COST_KEYS, Plan
from twinparks.models.results import COLUMNS, cost_label
from twinparks.report_sheets import HEADER, INTEGER, NAVY, PERCENT, RESULT_SHEETS, cm_to_pixels
from twinparks.top_categories import TOP_CATEGORIES, rest_count, top_and_other
from twinparks.xlsx_stream import CellWriter, frame_rows

BLUE, ORANGE, RED = "4C78A8", "F58518", "E45756"
SECTION = {"bold": True, "font_size": 12, "font_color": f"#{NAVY}"}
CHART_COLUMNS = (4, 14)  # E and O: two charts side by side
CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.5, 9.0
SECOND_BAND_ROW = 22  # the second row of charts starts here or lower (a printed page too)
INSIDE_LABELS = {"value": True, "position": "inside_end", "font": {"color": "white", "bold": True}}
PRODUCTION = next(title for title, name in RESULT_SHEETS.items() if name == "production")


def chart_tables(network: Network, plan: Plan) -> dict[str, pd.DataFrame]:
    """The data of the summary charts: cost split, tonnes by mode, demand by market
    (and plant utilisation when there are more plants than a chart shows)."""
    costs = pd.DataFrame({"part": [cost_label(k) for k in COST_KEYS],
                          "cost": [float(plan.costs[k]) for k in COST_KEYS]})
    flows = plan.tables["flows"]
    modes = (flows.groupby(flows["mode"].astype(str), sort=False)["tonnes"].sum()
             .sort_values(ascending=False, kind="stable").reset_index())
    tables = {"costs": costs, "modes": top_and_other(modes, "mode", {"tonnes": "sum"}),
              "markets": top_and_other(demand_by_market(network, plan), "site",
                                       {"met": "sum", "unmet": "sum"})}
    production = plan.tables["production"]
    if rest_count(production):
        tables["plants"] = largest_plants(production)
    return tables


def demand_by_market(network: Network, plan: Plan) -> pd.DataFrame:
    """Met and unmet tonnes per market site, most unmet first."""
    demand = plan.tables["demand"]
    sized = pd.DataFrame({"site": demand["site"].astype(str),
                          "met": demand["met_tonnes"].astype(float),
                          "unmet": demand["unmet_tonnes"].astype(float)})
    totals = sized.groupby("site", sort=False)[["met", "unmet"]].sum()
    totals = totals.sort_values(["unmet", "met"], ascending=False, kind="stable")
    return totals.reset_index()


def largest_plants(production: pd.DataFrame) -> pd.DataFrame:
    """Utilisation of the plants with the largest production cost, then the mean of the rest."""
    frame = pd.DataFrame({"plant": production["plant"].astype(str),
                          "utilisation": production["utilisation"].astype(float),
                          "binding": production["binding"].astype(bool),
                          "cost": production["cost"].astype(float)})
    frame = frame.sort_values("cost", ascending=False, kind="stable")
    table = top_and_other(frame[["plant", "utilisation", "binding"]], "plant",
                          {"utilisation": "mean"})
    table["binding"] = table["binding"].fillna(False).astype(bool)
    return table


BLOCKS = {
    "costs": ("Cost split", ["cost part", "cost ({currency}/yr)"], INTEGER),
    "modes": ("Freight by transport mode", ["mode", "tonnes, all legs (t/yr)"], INTEGER),
    "markets": ("Demand by market", ["market", "met (t/yr)", "unmet (t/yr)"], INTEGER),
    "plants": (f"Plant utilisation: the {TOP_CATEGORIES} largest plants by cost",
               ["plant", "utilisation (%, mean for Other)"], PERCENT),
}


def write_chart_data(sheet, cells: CellWriter, tables: dict[str, pd.DataFrame],
                     first_row: int, currency: str) -> dict[str, tuple[int, int]]:
    """The chart tables under each other in A:C from ``first_row`` (1-based, as in Excel);
    returns each table's (header row, last row), 1-based."""
    where, row = {}, first_row
    header, section = cells.formats(**HEADER), cells.formats(**SECTION)
    for key, (title, headers, number_format) in BLOCKS.items():
        if key not in tables:
            continue
        table = tables[key].iloc[:, :len(headers)]
        cells.value(sheet, row - 1, 0, title, section)
        header_row = row + 1
        cells.rows(sheet, [[h.replace("{currency}", currency) for h in headers]],
                   header_row - 1, [header] * len(headers))
        values = cells.formats(num_format=number_format)
        cells.rows(sheet, frame_rows(table), header_row, [None] + [values] * (len(headers) - 1))
        where[key] = (header_row, header_row + len(table))
        row = header_row + len(table) + 2
    return where


def second_band_row(where: dict[str, tuple[int, int]]) -> int:
    """The 1-based row of the second band of charts, where a printed page starts.

    The first chart table's title at or below ``SECOND_BAND_ROW``: the page
    break then falls between two tables on the left, never inside one (a
    table cut there lost its header on the next page).
    """
    starts = sorted(header - 1 for header, _ in where.values())
    return next((row for row in starts if row >= SECOND_BAND_ROW), SECOND_BAND_ROW)


def add_charts(book, summary, where: dict[str, tuple[int, int]], production: pd.DataFrame,
               currency: str) -> int:
    """The four charts on the Summary sheet, two per row to the right of the KPIs;
    returns the row of the second band (see :func:`second_band_row`)."""
    title = summary.name
    band = second_band_row(where)
    header, last = where["costs"]
    cost = _bar(book, "Cost split", f"{currency}/yr", horizontal=True)
    _series(cost, title, 1, header, last, BLUE)
    summary.insert_chart(1, CHART_COLUMNS[0], cost)
    header, last = where["modes"]
    modes = _bar(book, "Freight by transport mode", "t/yr", horizontal=False)
    _series(modes, title, 1, header, last, BLUE)
    summary.insert_chart(1, CHART_COLUMNS[1], modes)
    summary.insert_chart(band - 1, CHART_COLUMNS[0], _utilisation(book, title, where, production))
    header, last = where["markets"]
    markets = _bar(book, "Demand by market (met and unmet)", "t/yr", horizontal=True,
                   subtype="stacked")
    _series(markets, title, 1, header, last, BLUE, labels=False, overlap=100)
    _series(markets, title, 2, header, last, RED, labels=False, overlap=100)
    markets.set_legend({"position": "bottom"})
    _height(markets, last - header)
    summary.insert_chart(band - 1, CHART_COLUMNS[1], markets)
    return band


def _utilisation(book, summary_title: str, where, production: pd.DataFrame):
    """Utilisation per plant, orange where the plant binds (the plan's ``binding``)."""
    chart = _bar(book, "Plant utilisation (orange: at capacity, blue: spare)",
                 "% of capacity", horizontal=True, percent=True)
    if "plants" in where:  # more plants than a chart shows: the Summary's table of them
        (first, last), sheet, column = where["plants"], summary_title, 1
        binding = largest_plants(production)["binding"].tolist()
    else:
        first, last = 1, len(production) + 1
        sheet, column = PRODUCTION, COLUMNS["production"].index("utilisation")
        binding = production["binding"].astype(bool).tolist()
    # the axis ends at 100 %: a label past a full bar's end was cut, so they sit inside it
    _series(chart, sheet, column, first, last, BLUE, points=_points(binding),
            labels=INSIDE_LABELS)
    _height(chart, last - first)
    return chart


def _points(binding: list[bool]) -> list[dict] | None:
    """Bars of binding plants orange, the others as the series (blue)."""
    if not any(binding):
        return None
    fill = {"fill": {"color": f"#{ORANGE}"}, "border": {"none": True}}
    return [fill if value else None for value in binding]


def _height(chart, categories: int) -> None:
    height = max(CHART_HEIGHT_CM, 1.5 + 0.7 * categories)
    chart.set_size({"width": cm_to_pixels(CHART_WIDTH_CM), "height": cm_to_pixels(height)})


def _bar(book, title: str, unit: str, horizontal: bool, percent: bool = False,
         subtype: str | None = None):
    options = {"type": "bar" if horizontal else "column"}
    if subtype:
        options["subtype"] = subtype
    chart = book.add_chart(options)
    chart.set_title({"name": title})
    chart.set_style(10)
    chart.set_size({"width": cm_to_pixels(CHART_WIDTH_CM),
                    "height": cm_to_pixels(CHART_HEIGHT_CM)})
    value_axis = {"name": unit, "num_format": "0%" if percent else "#,##0"}
    if percent:
        value_axis.update(min=0, max=1)
    category_axis = {}
    if horizontal:  # first category on top, as in the table, and the values at the bottom
        category_axis = {"reverse": True, "crossing": "max"}
    # a bar chart's x axis is its value axis (horizontal), a column chart's its categories
    chart.set_x_axis(value_axis if horizontal else category_axis)
    chart.set_y_axis(category_axis if horizontal else value_axis)
    chart.set_legend({"none": True})
    return chart


def _series(chart, sheet: str, column: int, header: int, last: int, colour: str,
            labels: bool | dict = True, points: list | None = None,
            overlap: int | None = None) -> None:
    """Values of ``column`` (0-based) in 1-based rows ``header+1..last``, named by the header,
    categories from column A."""
    last = max(last, header + 1)
    series = {"name": [sheet, header - 1, column],
              "categories": [sheet, header, 0, last - 1, 0],
              "values": [sheet, header, column, last - 1, column],
              "fill": {"color": f"#{colour}"}, "border": {"none": True}, "gap": 60}
    if labels:
        series["data_labels"] = labels if isinstance(labels, dict) else {"value": True}
    if points:
        series["points"] = points
    if overlap is not None:
        series["overlap"] = overlap
    chart.add_series(series)
    if len(chart.series) > 1:
        chart.set_legend({"position": "right"})
