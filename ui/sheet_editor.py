"""One sheet's editor: a filterable, sortable table with row and clipboard commands."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from twinparks.models import scenarios, schema
from twinparks.models.commands import InsertRows, RemoveRows, SetCells
from twinparks.models.network import as_key, is_blank
from twinparks.ui.column_fit import fit_columns
from twinparks.ui.delegates import CellDelegate
from twinparks.ui.document import Document
from twinparks.ui.table_model import RAW_ROLE, SheetTableModel, coerce


class SortProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers and text as text; filters on any column."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(RAW_ROLE), right.data(RAW_ROLE)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        if a is None or b is None:
            return a is None and b is not None
        return str(a).lower() < str(b).lower()


class SheetEditor(QWidget):
    """The data editor of one sheet."""

    def __init__(self, document: Document, sheet: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.sheet = sheet
        self.model = SheetTableModel(document, sheet, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter rows…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.fitted = 0  # times its columns were fitted (tests)
        self._unfitted = True
        self.refit()

    def refit(self) -> None:
        """Fit the columns to the sheet's contents: now if shown, else when first shown.

        Opening a workbook refits all the sheets; reading even a sample of
        cells of each sheet in the background tabs is work nobody looks at.
        """
        self._unfitted = True
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        self._unfitted = False
        self.fitted += 1
        fit_columns(self.view)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns on the first show after the sheet was replaced."""
        if self._unfitted:
            self._fit()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` translate the filter's placeholder and the column headers."""
        if event.type() == QEvent.Type.LanguageChange:
            self.filter.setPlaceholderText(self.tr("Filter rows…"))
            if self.model.columnCount():
                self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                  self.model.columnCount() - 1)
        super().changeEvent(event)

    # -- selection helpers ------------------------------------------------------
    def selected_source_rows(self) -> list[int]:
        """Source row positions of the selected cells, sorted."""
        indexes = self.view.selectionModel().selectedIndexes()
        return sorted({self.proxy.mapToSource(i).row() for i in indexes})

    def _anchor(self) -> tuple[int, int]:
        """View row and column where a paste starts (top-left of the selection)."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            current = self.view.currentIndex()
            return (max(current.row(), 0), max(current.column(), 0))
        return (min(i.row() for i in indexes), min(i.column() for i in indexes))

    def select_cell(self, row: int, section: int) -> None:
        """Select and show a cell given by source row and column (clears the filter)."""
        if self.proxy.mapFromSource(self.model.index(row, section)).isValid() is False:
            self.filter.clear()
        index = self.proxy.mapFromSource(self.model.index(row, section))
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    def select_label(self, row_label: int, column: str | None) -> bool:
        """Select the cell of a problem: its row label and column name."""
        labels = list(self.model.table.index)
        if row_label not in labels:
            return False
        columns = self.model.columns()
        section = columns.index(column) if column in columns else 0
        self.select_cell(labels.index(row_label), section)
        return True

    def select_id(self, identifier: str) -> bool:
        """Select the row whose id is ``identifier``."""
        key = schema.id_column(self.sheet)
        table = self.model.table
        if key is None or key not in table.columns:
            return False
        for position, value in enumerate(table[key]):
            if not is_blank(value) and as_key(value) == identifier:
                self.select_cell(position, self.model.columns().index(key))
                return True
        return False

    # -- row commands -----------------------------------------------------------
    def add_row(self) -> None:
        """Insert a row below the selection (at the end without one); select it.

        A Scenarios row starts as a valid override like the one above it.
        """
        rows = self.selected_source_rows()
        position = rows[-1] + 1 if rows else self.model.rowCount()
        row = scenarios.new_row(self.document.network, position) \
            if self.sheet == scenarios.SHEET else {}
        self.document.push(InsertRows(self.sheet, position, [row]),
                           self.tr("Add row to %1").replace("%1", self.sheet))
        self.select_cell(position, 0)

    def delete_rows(self) -> None:
        """Delete the selected rows (one undo step)."""
        rows = self.selected_source_rows()
        if rows:
            self.document.push(RemoveRows(self.sheet, rows),
                               self.tr("Delete %n row(s) from %1", "", len(rows))
                               .replace("%1", self.sheet))

    def duplicate_rows(self) -> None:
        """Copy the selected rows below the last one; ids get a unique suffix."""
        rows = self.selected_source_rows()
        if not rows:
            return
        table = self.model.table
        copies = [dict(zip(table.columns, table.iloc[r], strict=True)) for r in rows]
        key = schema.id_column(self.sheet)
        if key in table.columns:
            taken = {as_key(v) for v in table[key] if not is_blank(v)}
            for copy in copies:
                copy[key] = _unique(copy.get(key), taken)
        self.document.push(InsertRows(self.sheet, rows[-1] + 1, copies),
                           self.tr("Duplicate %n row(s) in %1", "", len(rows))
                           .replace("%1", self.sheet))

    def clear_cells(self) -> None:
        """Blank the selected cells (one undo step)."""
        changes = [(self.proxy.mapToSource(i).row(), self.model.columns()[
            self.proxy.mapToSource(i).column()], None)
            for i in self.view.selectionModel().selectedIndexes()]
        if changes:
            self.document.push(SetCells(self.sheet, changes),
                               self.tr("Clear cells in %1").replace("%1", self.sheet))

    # -- clipboard --------------------------------------------------------------
    def copy(self) -> str:
        """Copy the selection's bounding block as tab-separated text (Excel's format)."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        cols = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        for r in rows:
            writer.writerow([_clip(self.proxy.index(r, c).data(RAW_ROLE)) for c in cols])
        text = buffer.getvalue()
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> None:
        """Paste a tab-separated block at the selection; extra rows are added (one step)."""
        text = QGuiApplication.clipboard().text() if text is None else text
        block = parse_block(text)
        if not block:
            return
        start_row, start_col = self._anchor()
        columns = self.model.columns()
        width = min(max(len(r) for r in block), len(columns) - start_col)
        sources, missing = self._paste_rows(start_row, len(block))
        changes = []
        for values, source in zip(block, sources, strict=True):
            for offset in range(width):
                section = start_col + offset  # the proxy sorts rows, never columns
                value = values[offset] if offset < len(values) else ""
                changes.append((source, columns[section],
                                coerce(self.model.schema_column(section), value)))
        self._push_paste(missing, changes)

    def _paste_rows(self, start_row: int, count: int) -> tuple[list[int], int]:
        visible = self.proxy.rowCount()
        sources = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                   for r in range(start_row, min(visible, start_row + count))]
        missing = count - len(sources)
        end = self.model.rowCount()
        return sources + list(range(end, end + missing)), missing

    def _push_paste(self, missing: int, changes: list) -> None:
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Paste into %1").replace("%1", self.sheet))
        if missing:
            self.document.push(InsertRows(self.sheet, self.model.rowCount(), [{}] * missing))
        self.document.push(SetCells(self.sheet, changes))
        stack.endMacro()


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from Excel's clipboard text (tab-separated, quoted multi-line cells)."""
    if not text:
        return []
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _clip(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value)


def _unique(value: object, taken: set[str]) -> str | None:
    if is_blank(value):
        return None
    base, n = as_key(value), 2
    while f"{base}-{n}" in taken:
        n += 1
    taken.add(f"{base}-{n}")
    return f"{base}-{n}"
