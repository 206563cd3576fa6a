"""Python's cycle collector runs on the GUI thread only.

CPython runs a collection in whichever thread happens to allocate when a
generation's count passes its threshold. This app runs Python in many
threads (validation, opening, label layout, lane images, sea routes, job
supervisors), and pyqtgraph leaves menus, view boxes, plot items and pixmaps
in reference cycles (thousands of them in the GUI tests). A Qt object freed
by a collection in a worker thread is destroyed off its thread: Qt cannot
stop its timers there ("Timers cannot be stopped from another thread") and
widgets and pixmaps must not be touched there, so the GUI thread crashes
later, at random. :class:`GuiThreadCollector` turns automatic collection off
and collects from a timer on the GUI thread instead, generation by
generation as Python would (the oldest generation whose count passed its
threshold; full collections spaced so that they take at most
:data:`FULL_SHARE` of the time, as Python spaces them on a big heap).
It is the remedy pyqtgraph describes in ``pyqtgraph.util.garbage_collector``;
this one is owned by the application, can be stopped, and holds its ground
against code that turns collection back on (a bulk reader's ``gc.enable()``).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
FULL_SHARE = 0.02  # full collections (all generations) take at most this share of the time


class GuiThreadCollector(QObject):
    """Collects cycles on a timer of the GUI thread; automatic collection is off meanwhile."""

    def __init__(self, app: QCoreApplication, interval_ms: int = INTERVAL_MS):
        super().__init__(app)  # lives as long as the application
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.collections = 0  # (tests)
        self._next_full = 0.0  # monotonic time before which a full collection waits
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, if any."""
        gc.disable()  # whoever turned it on meanwhile: collections stay on this thread
        counts = gc.get_count()
        due = [g for g in (2, 1, 0) if counts[g] > self._thresholds[g]]
        if not due:
            return
        generation = due[0]
        if generation == 2 and time.monotonic() < self._next_full:
            generation = 1  # Python spaces them too (when a quarter of the old ones is new)
        began = time.monotonic()
        gc.collect(generation)
        self.collections += 1
        if generation == 2:
            self._next_full = time.monotonic() + (time.monotonic() - began) / FULL_SHARE

    def stop(self) -> None:
        """Stop collecting here; automatic collection is back if it was on before."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (one per application: a second call returns the first)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)


__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]
