"""Fitting column widths reads a bounded sample of cells, however wide or long the sheet."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from twinparks.ui.column_fit import FITTED_COLUMNS, SAMPLE_ROWS, fit_columns

ROOT = QModelIndex()


class CountingModel(QAbstractTableModel):
    """A big table that counts the cells a view asks it to display."""

    def __init__(self, rows: int, columns: int):
        super().__init__()
        self.rows, self.columns, self.reads = rows, columns, 0

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            self.reads += 1
            return f"a long text in column {index.column()}" if index.column() == 2 else "x"
        return None


def test_a_sheet_with_a_cell_in_column_xfd_is_fitted_from_a_sample(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = CountingModel(rows=1_048_576, columns=16_384)
    view.setModel(model)
    bound = fit_columns(view)
    assert model.reads <= bound <= FITTED_COLUMNS * (SAMPLE_ROWS + 1)
    assert model.reads > 0  # it did look at the cells
    assert view.columnWidth(2) > view.columnWidth(1)  # the long texts got room
    assert view.columnWidth(FITTED_COLUMNS + 5) == view.horizontalHeader().defaultSectionSize()


def test_a_cap_keeps_a_fitted_column_narrow(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(CountingModel(rows=10, columns=3))
    fit_columns(view, widest=40)
    assert view.columnWidth(2) == 40
