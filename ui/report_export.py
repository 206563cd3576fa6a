"""File → Export report…: ask for an .xlsx or .pdf path, write the report, say where."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.overwrite import ReplaceRefused, check_replace
from twinparks.report_writers import suffixes, write_any_report
from twinparks.ui.i18n import current_language

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
                  source_name: str, solved_at: dt.datetime | None = None,
                  ask_path=None, notify=None, source_path: Path | None = None) -> Path | None:
    """Ask for a path (.xlsx or .pdf), write the report there; the path written, or None.

    ``network`` must be the inputs ``plan`` was solved from (the report holds
    both), ``solved_at`` when it was solved. ``ask_path(suggested)`` returns
    ``(path, selected filter)`` (default: the file dialog); ``notify(title, text)``
    says where the report went or what went wrong (default: a message box).
    ``source_path`` (the workbook) is never written over, and a file that is
    not a report of ours is replaced only when the planner confirms it.
    """
    notify = notify or (lambda title, text: QMessageBox.information(parent_widget, title, text))
    if plan is None or not plan.optimal:
        notify(_tr("Export report"),
               _tr("Solve the model to an optimal plan before exporting a report."))
        return None
    ask_path = ask_path or (lambda name: QFileDialog.getSaveFileName(
        parent_widget, _tr("Export report"), name, f"{EXCEL_FILTER};;{PDF_FILTER}"))
    chosen, selected = ask_path(suggested_name(source_name))
    if not chosen:
        return None
    path = target_path(chosen, selected)
    inputs = (source_path,) if source_path is not None else ()
    force = False
    try:
        check_replace(path, inputs=inputs)
    except ReplaceRefused as refused:
        if not refused.forceable:
            notify(_tr("Export report"), str(refused))
            return None
        if not _ask_replace(parent_widget, path):
            return None
        force = True
    progress = _progress(parent_widget, path)
    try:
        write_any_report(network, plan, path, Path(source_name).name or "untitled",
                         when=solved_at, force=force, inputs=inputs,
                         language=current_language())
    except Exception as error:
        log.debug("report export failed", exc_info=True)
        progress.close()
        QGuiApplication.restoreOverrideCursor()
        notify(_tr("Export report"), _tr("The report could not be written:\n%1").replace(
            "%1", str(error) or type(error).__name__))
        return None
    progress.close()
    QGuiApplication.restoreOverrideCursor()
    notify(_tr("Export report"), _tr("Report written to %1").replace("%1", str(path)))
    return path


def _progress(parent_widget: QWidget | None, path: Path) -> QProgressDialog:
    """A busy indicator while the report is written (on this thread: Qt draws the PDF)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    dialog = QProgressDialog(_tr("Writing %1…").replace("%1", path.name), "", 0, 0,
                             parent_widget)
    dialog.setWindowTitle(_tr("Export report"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    QCoreApplication.processEvents()
    return dialog


def _ask_replace(parent_widget: QWidget | None, path: Path) -> bool:
    """Whether to replace a file that is not a report of ours (default: no)."""
    answer = QMessageBox.warning(
        parent_widget, _tr("Export report"),
        _tr("%1 already exists and is not a report written by Twin Parks planner. Replace it "
            "with the report? What it holds now will be lost.").replace("%1", str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
