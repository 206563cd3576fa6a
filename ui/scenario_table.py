"""The Scenarios grid's view: Copy, Paste and Clear act on it when it has focus.

Each paste or clear is one undo step (a macro of ``SetScenarioCell`` edits
pushed through the grid model's ``setData``).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from twinparks.ui.edit_target import selection_block, to_clipboard


class ScenarioTable(QTableView):
    """The Scenarios grid; ``panel`` adds and deletes its rows."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self._panel = panel

    def copy(self) -> str:
        """Copy the selected block as tab-separated text."""
        return to_clipboard(selection_block(self, _raw_text))

    def clear_cells(self) -> None:
        """Blank the selected cells (one undo step)."""
        indexes = self.selectionModel().selectedIndexes()
        self._set_cells([(index, "") for index in indexes], self.tr("Clear scenario cells"))

    def paste(self, text: str | None = None) -> None:
        """Paste a tab-separated block at the selection's top-left cell (one undo step)."""
        from twinparks.ui.sheet_editor import parse_block

        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        if not block or not indexes[0].isValid():
            return
        top, left = min(i.row() for i in indexes), min(i.column() for i in indexes)
        model = self.model()
        stack = self._panel.document.undo_stack
        stack.beginMacro(self.tr("Paste into scenarios"))
        missing = top + len(block) - model.rowCount()
        if missing > 0:
            self._panel.append_rows(missing)
        for r, values in enumerate(block):
            for c, value in enumerate(values[:model.columnCount() - left]):
                model.setData(model.index(top + r, left + c), value)
        stack.endMacro()

    def add_row(self) -> None:
        """Add an override row below the selection."""
        self._panel.add_row()

    def delete_rows(self) -> None:
        """Delete the selected override rows."""
        self._panel.delete_selected()

    def _set_cells(self, cells: list, text: str) -> None:
        if not cells:
            return
        stack = self._panel.document.undo_stack
        stack.beginMacro(text)
        for index, value in cells:
            self.model().setData(index, value)
        stack.endMacro()


def _raw_text(index) -> str:
    value = index.data()
    return "" if value is None else str(value)
