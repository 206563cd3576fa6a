"""File → Export report…: ask for an .xlsx or .pdf path, write the report, show errors."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.report_writers import suffixes, write_any_report

log = logging.getLogger(__name__)
EXCEL_FILTER = "Excel report (*.xlsx)"
PDF_FILTER = "PDF report (*.pdf)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportExport", text)


def suggested_name(source_name: str, suffix: str = ".xlsx") -> str:
    """The file name the dialog proposes: ``<workbook stem>-report.xlsx``."""
    stem = Path(source_name or "plan").stem or "plan"
    return f"{stem}-report{suffix}"


def target_path(chosen: str, selected_filter: str) -> Path:
    """The chosen path with the suffix of the selected filter when it has none we know."""
    path = Path(chosen)
    if path.suffix.lower() in suffixes():
        return path
    return path.with_name(path.name + (".pdf" if selected_filter == PDF_FILTER else ".xlsx"))


def export_report(parent_widget: QWidget | None, network: Network, plan: Plan | None,
                  source_name: str) -> None:
    """Ask for a path (.xlsx or .pdf), write the report there, and show what went wrong."""
    if plan is None or not plan.optimal:
        QMessageBox.information(parent_widget, _tr("Export report"),
                                _tr("Solve the model to an optimal plan before exporting a "
                                    "report."))
        return
    chosen, selected = QFileDialog.getSaveFileName(
        parent_widget, _tr("Export report"), suggested_name(source_name),
        f"{EXCEL_FILTER};;{PDF_FILTER}")
    if not chosen:
        return
    path = target_path(chosen, selected)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_any_report(network, plan, path, Path(source_name).name or "untitled")
    except Exception as error:  # noqa: BLE001 - every failure becomes a message, not a crash
        log.debug("report export failed", exc_info=True)
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(parent_widget, _tr("Export report"),
                             _tr("The report could not be written:\n%1").replace(
                                 "%1", str(error) or type(error).__name__))
        return
    QGuiApplication.restoreOverrideCursor()
