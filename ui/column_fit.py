"""Column widths fitted to a table's contents at a cost that does not grow with the table.

Qt's ``resizeColumnsToContents`` asks the model for every cell of up to
1,000 rows of every column: a sheet with a stray value in column XFD has
16,384 columns and froze the window for a minute. Here the header and the
first :data:`SAMPLE_ROWS` rows of the first :data:`FITTED_COLUMNS` columns
decide; further columns keep the default width (the planner can widen any).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 200
FITTED_COLUMNS = 64


def fit_columns(view: QTableView, widest: int | None = None) -> int:
    """Fit ``view``'s leading columns to a sample of their cells; the cells that may be read.

    ``widest`` caps a fitted column's width in pixels.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    model = view.model()
    columns = min(model.columnCount(), FITTED_COLUMNS) if model is not None else 0
    for column in range(columns):
        view.resizeColumnToContents(column)
        if widest is not None and view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)
    return columns * (SAMPLE_ROWS + 1)


__all__ = ["FITTED_COLUMNS", "SAMPLE_ROWS", "fit_columns"]
