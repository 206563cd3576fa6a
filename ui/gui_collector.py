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

A full collection walks every object the collector tracks: the app's
modules, window and an opened workbook's tables make a quarter of a million
of them, and one walk froze the window for 0.2-0.3 s (1e6 variables, load
3-9). Objects that are there to stay need no walk: when the app has started
and when an opened workbook has been checked, :meth:`GuiThreadCollector.settled`
collects the young generations (the cycles an open leaves behind) and
moves every object left to the permanent generation (``gc.freeze()``);
full collections then walk only what came since. Objects frozen are still
freed when their last reference goes; only a cycle frozen while still
referenced and left later is never collected (three opens of a 1e5 workbook
left none). It is off by default (``freeze=True`` turns it on) and off in the
app for now: runs of a benchmark with it on crashed (see ``tune_gui_process``).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
FULL_SHARE = 0.02  # full collections (all generations) take at most this share of the time


class GuiThreadCollector(QObject):
    """Collects cycles on a timer of the GUI thread; automatic collection is off meanwhile."""

    def __init__(self, app: QCoreApplication, interval_ms: int = INTERVAL_MS,
                 freeze: bool = False):
        super().__init__(app)  # lives as long as the application
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.freezing = freeze  # :meth:`settled` freezes what the heap holds
        self.collections = 0  # (tests)
        self.freezes = 0  # (tests)
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

    def settled(self) -> None:
        """What the heap holds now is there to stay: freeze it (if :attr:`freezing`)."""
        if not self.freezing:
            return
        gc.collect(1)  # the young cycles, left behind, are not frozen
        gc.freeze()
        self.freezes += 1

    def stop(self) -> None:
        """Stop collecting here; automatic collection is back if it was on before."""
        self._timer.stop()
        if self.freezes:
            gc.unfreeze()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QCoreApplication, freeze: bool = False) -> GuiThreadCollector:
    """The application's collector (one per application: a second call returns the first).

    ``freeze``: the objects there when the heap has settled are frozen (see the module).
    """
    existing = app.findChild(GuiThreadCollector)
    if existing is not None:
        existing.freezing = existing.freezing or freeze
        return existing
    return GuiThreadCollector(app, freeze=freeze)


def heap_settled() -> None:
    """Tell the application's collector, if it has one, that the heap has settled."""
    app = QCoreApplication.instance()
    collector = app.findChild(GuiThreadCollector) if app is not None else None
    if collector is not None:
        collector.settled()


__all__ = ["GuiThreadCollector", "collect_on_gui_thread", "heap_settled"]
