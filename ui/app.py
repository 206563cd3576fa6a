"""The GUI entry point: ``twinparks`` and ``twinparks gui [WORKBOOK]``."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import AppSettings


def run(workbook: str | None = None, settings: AppSettings | None = None) -> int:
    """Open the main window (on ``workbook`` if given) and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Twin Parks planner")
    app.setOrganizationName("TwinParks")
    window = MainWindow(settings)
    if not (workbook and window.load_path(workbook)):
        window.document.new()
    window.show()
    return app.exec()
