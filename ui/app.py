"""The GUI entry point: ``twinparks``, ``twinparks gui [WORKBOOK]`` and ``--smoke-test``."""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from twinparks.ui.gui_collector import collect_on_gui_thread, heap_settled
from twinparks.ui.i18n import install_translator
from twinparks.ui.main_window import MainWindow
from twinparks.ui.settings import AppSettings

SMOKE_TIMEOUT_MS = 120_000
# How long a thread holding the GIL runs Python before another that waits for it gets it
# (CPython's default is 5 ms). The GUI thread gives the GIL up at every call into Qt and
# takes it back for every Python method Qt calls (a table's data() per cell and role, an
# item's paint): with a worker busy (validation, the map's layers, the lane image) each
# take waits up to this interval, and one paint takes it thousands of times. Only a thread
# that waits asks for the switch: an idle GUI thread costs the workers nothing.
# benchmarks/open_stalls.py --app --no-watch --switch S, the 1e6 workbook, quiet machine,
# longest stall opening / editing a lane: 1 ms 0.44-0.99 / 0.29-1.54 s (6 runs), 100 us
# 0.29-0.38 / 0.07-0.35 s, 20 us 0.18-0.24 / 0.12-0.18 s (5 runs); the background check
# after opening took 3.0-3.7 s at 1 ms, 3.6-4.3 s at 20 us.
GIL_SWITCH_S = 0.00002
# Qt's X11 plugin loads these at start and aborts the process without them.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}


class DisplayUnavailable(RuntimeError):
    """The desktop cannot start here; the message says what to install or set."""


def check_display() -> None:
    """Refuse clearly, before Qt aborts, when the X11 plugin cannot load."""
    if getattr(sys, "frozen", False):
        return  # a bundle carries its own X11 libraries
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    uses_x11 = sys.platform.startswith("linux") and platform in ("", "xcb") \
        and not os.environ.get("WAYLAND_DISPLAY")
    if not uses_x11:
        return
    if not os.environ.get("DISPLAY"):
        raise DisplayUnavailable("no display: run it on a desktop, under xvfb-run, or with "
                                 "QT_QPA_PLATFORM=offscreen")
    missing = [package for name, package in X11_LIBRARIES.items()
               if ctypes.util.find_library(name) is None]
    if missing:
        raise DisplayUnavailable(f"the desktop app needs the X11 libraries "
                                 f"{' '.join(missing)} (Debian/Ubuntu: sudo apt-get install "
                                 f"{' '.join(missing)})")


def run(workbook: str | None = None, settings: AppSettings | None = None,
        smoke_test: bool = False, language: str | None = None) -> int:
    """Open the main window (on ``workbook`` if given) and run the event loop.

    With ``smoke_test`` the window opens, solves, and closes by itself:
    exit 0 for an optimal plan, 3 otherwise, 1 if nothing finished in time.
    """
    if QApplication.instance() is None:
        check_display()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tune_gui_process(app)
    app.setApplicationName("Twin Parks planner")
    app.setOrganizationName("TwinParks")
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("data") / "twinparks.png")))
    settings = settings or AppSettings()
    shown = apply_language(app, settings, language)
    window = MainWindow(settings)
    window.language_menu.mark(shown)
    heap_settled()  # the modules and the window stay
    if not (workbook and window.load_path(workbook)):
        window.document.new()
    window.show()
    if smoke_test:
        return _smoke_test(app, window)
    return app.exec()


def tune_gui_process(app: QApplication) -> None:
    """What keeps the GUI thread responsive beside the workers (the app and its benchmark)."""
    # never in a worker thread. Freezing the settled heap (freeze=True) stays off until the
    # segmentation faults seen with it at 1e6 are understood (benchmarks/README.md, "Opening
    # without freezing"): a crash loses a planner's work, a full collection at 1e6 costs
    # 0.2-0.3 s now and then (spaced to 2 % of the time). Round 8 there points at the
    # benchmark's faulthandler watchdog instead (no crash in 8 frozen runs without it), and
    # the freeze shortened no stall in those runs.
    collect_on_gui_thread(app)
    sys.setswitchinterval(GIL_SWITCH_S)  # the GUI thread gets the GIL back sooner


def apply_language(app, settings: AppSettings, language: str | None) -> str:
    """Install ``language`` (``--lang``) for this run only, else the remembered one.

    ``--lang`` never replaces the language the planner chose in View → Language;
    returns the setting shown (the code given, or the remembered one).
    """
    shown = settings.language if language is None else language
    install_translator(app, shown)
    return shown


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
