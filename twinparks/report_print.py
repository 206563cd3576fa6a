"""How the Excel report prints: landscape A4, one page wide, headers and IDs on every page.

Every sheet is fitted to the page width (as many pages tall as it needs),
its header row repeated at the top of each printed page and its first
column (the plant, lane or site id) kept on the left; the footer numbers
the pages. On the Summary the charts are placed in two bands, and a page
break between the bands keeps each chart whole on one page.
"""

from __future__ import annotations

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.properties import PageSetupProperties

MARGINS = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)


def set_print_layout(book, summary_title: str, chart_band_rows: tuple[int, ...] = ()) -> None:
    """Page setup of every sheet; ``chart_band_rows`` start new pages on the Summary."""
    for sheet in book.worksheets:
        _fit_to_width(sheet)
        if sheet.title == summary_title:
            breaks = RowBreak()
            for row in chart_band_rows:
                breaks.append(Break(id=row - 1))
            sheet.row_breaks = breaks
        elif sheet.max_row > 1:
            sheet.print_title_rows = "1:1"  # the header on every printed page
            sheet.print_title_cols = "A:A"  # ... and the ids
        sheet.oddHeader.left.text = "&A"
        sheet.oddFooter.center.text = "&P / &N"


def _fit_to_width(sheet) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as needed
    if sheet.sheet_properties.pageSetUpPr is None:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties()
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = MARGINS
