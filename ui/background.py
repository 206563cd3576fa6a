"""Plain functions run off the GUI thread, their results delivered on it.

:class:`Background` runs ``function(*args, report=...)`` in a Python thread
(reading a workbook, validating a network: work that only reads its
inputs) and emits ``finished(result)`` or ``failed(error)`` queued on the GUI
thread. ``report(text)`` from the function becomes ``progress(text)``.

Only the latest job counts: starting another, or :meth:`Background.discard`,
makes the results of earlier jobs be dropped when they arrive (a thread
cannot be stopped from outside; it runs to its end and is then forgotten).
:meth:`Background.wait` joins every thread still running (tests, closing).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Signals emitted by worker threads, delivered queued to the GUI thread."""

    progress = Signal(int, str)  # job token, message
    done = Signal(int, object, object)  # job token, result, error


class Background(QObject):
    """One kind of background work (opening, validating); the latest job wins."""

    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._token = 0
        self._running: int | None = None
        self._threads: list[threading.Thread] = []
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)

    @property
    def running(self) -> bool:
        """The latest job has not delivered its result yet."""
        return self._running is not None

    def start(self, function: Callable, *args) -> int:
        """Run ``function(*args, report=callback)`` in a new thread; its token."""
        self._token += 1
        token = self._running = self._token
        relay = self._relay

        def work() -> None:
            result, error = None, None
            try:
                result = function(*args, report=lambda text: relay.progress.emit(token, text))
            except Exception as caught:  # delivered as ``failed``, never lost in a thread
                log.debug("%s job failed", self.name, exc_info=True)
                error = caught
            try:
                relay.done.emit(token, result, error)
            except RuntimeError:  # its owner was deleted meanwhile: nobody waits for it
                log.debug("%s job ended after its owner was deleted", self.name)

        thread = threading.Thread(target=work, name=f"twinparks-{self.name}", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return token

    def discard(self) -> None:
        """Forget the running job: its result will be dropped."""
        self._running = None

    def wait(self, timeout_s: float | None = None) -> bool:
        """Join every thread still running; True if all ended."""
        for thread in self._threads:
            thread.join(timeout_s)
        self._threads = [t for t in self._threads if t.is_alive()]
        return not self._threads

    def _on_progress(self, token: int, text: str) -> None:
        if token == self._running:
            self.progress.emit(text)

    def _on_done(self, token: int, result: object, error: object) -> None:
        if token != self._running:
            return
        self._running = None
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


__all__ = ["Background"]
