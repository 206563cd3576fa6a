"""How the Excel report prints: landscape A4, one page wide, headers and IDs on every page.

Every sheet is fitted to the page width (as many pages tall as it needs),
its header row repeated at the top of each printed page and its first
column (the plant, lane or site id) kept on the left; the footer numbers
the pages. On the Summary the charts are placed in two bands, and a page
break between the bands keeps each chart whole on one page.
"""

from __future__ import annotations

A4 = 9  # Excel's paper size code
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6}
HEADER_MARGIN = FOOTER_MARGIN = 0.3


def set_print_layout(sheets, summary_title: str, chart_band_rows: tuple[int, ...] = ()) -> None:
    """Page setup of every sheet; ``chart_band_rows`` (1-based) start new pages on the Summary."""
    for sheet in sheets:
        _fit_to_width(sheet)
        if sheet.name == summary_title:
            if chart_band_rows:
                sheet.set_h_pagebreaks([row - 1 for row in chart_band_rows])
        elif (sheet.dim_rowmax or 0) >= 1:  # a header and at least one row
            sheet.repeat_rows(0)  # the header on every printed page
            sheet.repeat_columns(0)  # ... and the ids
        sheet.set_header("&L&A", {"margin": HEADER_MARGIN})
        sheet.set_footer("&C&P / &N", {"margin": FOOTER_MARGIN})


def _fit_to_width(sheet) -> None:
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
    sheet.set_margins(**MARGINS)
