"""Column widths fitted to a table's contents at a cost that does not grow with the table.

Qt's ``resizeColumnsToContents`` asks the model for every cell of up to
1,000 rows of every column (through the delegate: several roles per cell):
a sheet with a stray value in column XFD has 16,384 columns and froze the
window for a minute, and a 1e5-variable workbook's sheets took seconds.
Here the header and the display text of :data:`SAMPLE_ROWS` rows (the first
half, the rest spread evenly to the last) of the first
:data:`FITTED_COLUMNS` columns decide, measured with the view's font;
further columns keep the default width (the planner can widen any).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 50
FITTED_COLUMNS = 64
PADDING_PX = 18  # cell margins and the header's sort indicator


def sample_rows(count: int, sample: int = SAMPLE_ROWS) -> list[int]:
    """At most ``sample`` row numbers of ``count``: the first half, then evenly spread."""
    if count <= sample:
        return list(range(count))
    first = sample // 2
    step = (count - first) / (sample - first)
    spread = sorted({first + int(step * k) for k in range(sample - first)} | {count - 1})
    return list(range(first)) + spread[-(sample - first):]


def fit_columns(view: QTableView, widest: int | None = None) -> int:
    """Fit ``view``'s leading columns to a sample of their cells; the cells that may be read.

    ``widest`` caps a fitted column's width in pixels.
    """
    model = view.model()
    if model is None:
        return 0
    columns = min(model.columnCount(QModelIndex()), FITTED_COLUMNS)
    rows = sample_rows(model.rowCount(QModelIndex()))
    cells, headers = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    for column in range(columns):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        lines = str(title if title is not None else "").split("\n")
        width = max(headers.horizontalAdvance(line) for line in lines) + PADDING_PX
        for row in rows:
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text is not None:
                width = max(width, cells.horizontalAdvance(str(text)) + PADDING_PX)
        view.setColumnWidth(column, width if widest is None else min(width, widest))
    return columns * (SAMPLE_ROWS + 1)


__all__ = ["FITTED_COLUMNS", "SAMPLE_ROWS", "fit_columns", "sample_rows"]
