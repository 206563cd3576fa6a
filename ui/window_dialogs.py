"""The main window's questions and messages, in one place so that tests can answer them.

A test replaces a method on the window (``window.ask_yes_no = lambda *a: True``);
the texts keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from twinparks.ui import report_export


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowDialogs:
    """Mixed into :class:`twinparks.ui.main_window.MainWindow` (a QWidget)."""

    def ask_save_changes(self):
        """Save, Discard or Cancel."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self, _tr("Unsaved changes"),
                                    _tr("The network has unsaved changes. Save them?"),
                                    buttons, QMessageBox.StandardButton.Save)

    def ask_open_path(self) -> str:
        """A workbook to open ('' if cancelled)."""
        return QFileDialog.getOpenFileName(self, _tr("Open workbook"), "",
                                           _tr("Excel workbooks (*.xlsx *.xlsm)"))[0]

    def ask_save_path(self) -> str:
        """A file name to save to ('' if cancelled)."""
        path = QFileDialog.getSaveFileName(self, _tr("Save workbook"), "",
                                           _tr("Excel workbooks (*.xlsx)"))[0]
        if path and not path.lower().endswith((".xlsx", ".xlsm")):
            path += ".xlsx"
        return path

    def ask_report_path(self, suggested: str) -> tuple[str, str]:
        """A report file name and the filter chosen ('' if cancelled)."""
        filters = f"{report_export.EXCEL_FILTER};;{report_export.PDF_FILTER}"
        return QFileDialog.getSaveFileName(self, _tr("Export report"), suggested, filters)

    def show_info(self, title: str, text: str) -> None:
        """An information box."""
        QMessageBox.information(self, title, text)

    def ask_yes_no(self, title: str, text: str) -> bool:
        """A yes/no question."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        """A warning box."""
        QMessageBox.warning(self, title, text)
