"""The GUI entry point: ``twinparks``, ``twinparks gui [WORKBOOK]`` and ``--smoke-test``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import AppSettings

SMOKE_TIMEOUT_MS = 120_000


def run(workbook: str | None = None, settings: AppSettings | None = None,
        smoke_test: bool = False) -> int:
    """Open the main window (on ``workbook`` if given) and run the event loop.

    With ``smoke_test`` the window opens, solves, and closes by itself:
    exit 0 for an optimal plan, 3 otherwise, 1 if nothing finished in time.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Twin Parks planner")
    app.setOrganizationName("TwinParks")
    window = MainWindow(settings)
    if not (workbook and window.load_path(workbook)):
        window.document.new()
    window.show()
    if smoke_test:
        return _smoke_test(app, window)
    return app.exec()


def _smoke_test(app: QApplication, window: MainWindow) -> int:
    outcome = {"code": 1}

    def finished(plan) -> None:
        outcome["code"] = 0 if plan.optimal else 3
        print(f"smoke test: {plan.status}, objective {plan.objective}", flush=True)
        window.document.undo_stack.setClean()
        window.close()
        app.quit()

    window.runner.finished.connect(finished)
    QTimer.singleShot(0, window.solve)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    app.exec()
    window.runner.shutdown()
    return outcome["code"]
