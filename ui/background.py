"""Plain functions run off the GUI thread, their results delivered on it.

:class:`Background` runs ``function(*args, report=...)`` in a Python thread
(reading a workbook, validating a network: work that only reads its
inputs) and emits ``finished(result)`` or ``failed(error)`` queued on the GUI
thread. ``report(text)`` from the function becomes ``progress(text)``.

Only the latest job counts: starting another, or :meth:`Background.discard`,
stops the earlier job and drops its result. A Python thread cannot be
killed, so the job is stopped from inside: :class:`JobCancelled` is raised
in its thread (CPython's ``PyThreadState_SetAsyncExc``) at the next Python
instruction it runs, so reading or validating a big workbook stops within a
moment of Cancel (a long call into C, such as calamine parsing one sheet,
finishes first), its ``finally`` blocks run and nothing is delivered.
:meth:`Background.wait` joins every thread still running (tests, closing).
When the application is about to quit, every Background stops its job and
joins its threads (for at most :data:`QUIT_WAIT_S`): a thread still running
Python as the interpreter shuts down could crash it (a sea-route search, a
label layout). The connection goes with the Background, a QObject, so a
Background deleted with its window is not called at quit.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)
QUIT_WAIT_S = 5.0  # a job is stopped at its next Python instruction; a call into C finishes


class JobCancelled(BaseException):  # not an Exception: `except Exception` lets it pass
    """Raised inside a background job's thread to stop it."""


class _Job:
    """One job's thread, stoppable until it has finished."""

    def __init__(self, thread: threading.Thread):
        self.thread = thread
        self.lock = threading.Lock()
        self.live = True  # still running its function (a stop may still be sent)

    def stop(self) -> None:
        """Raise :class:`JobCancelled` in the job's thread, unless it has finished."""
        with self.lock:
            if not self.live or self.thread.ident is None:
                return
            self.live = False
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread.ident),
                                                       ctypes.py_object(JobCancelled))

    def finish(self) -> bool:
        """Mark the function done; False if a stop was already sent."""
        with self.lock:
            was_live, self.live = self.live, False
            return was_live


class _Relay(QObject):
    """Signals emitted by worker threads, delivered queued to the GUI thread.

    It has no parent: the Background and each of its jobs' threads hold it, so
    it lives until the last of them lets go. As a child of the Background it
    was deleted with it (a window closed while a validation ran), possibly
    while a thread was emitting on it; now a late result is emitted on a live
    object and reaches no one (the Background it was connected to is gone).
    """

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
        self._jobs: dict[int, _Job] = {}
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_for_quit)

    @property
    def running(self) -> bool:
        """The latest job has not delivered its result yet."""
        return self._running is not None

    def start(self, function: Callable, *args) -> int:
        """Run ``function(*args, report=callback)`` in a new thread; its token.

        A job still running is stopped first (only the latest job counts).
        """
        self.discard()
        self._token += 1
        token = self._running = self._token
        relay, jobs = self._relay, self._jobs

        def work() -> None:
            job = jobs[token]
            try:
                result, error = None, None
                try:
                    result = function(*args,
                                      report=lambda text: relay.progress.emit(token, text))
                except Exception as caught:  # delivered as ``failed``, never lost in a thread
                    log.debug("%s job failed", self.name, exc_info=True)
                    error = caught
                if job.finish():
                    relay.done.emit(token, result, error)
            except JobCancelled:
                log.debug("%s job stopped", self.name)
            except RuntimeError:  # its owner was deleted meanwhile: nobody waits for it
                log.debug("%s job ended after its owner was deleted", self.name)
            finally:
                jobs.pop(token, None)

        thread = threading.Thread(target=work, name=f"twinparks-{self.name}", daemon=True)
        self._jobs[token] = _Job(thread)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return token

    def discard(self) -> None:
        """Stop the running job (see the module docstring); its result, if any, is dropped."""
        if self._running is not None and self._running in self._jobs:
            self._jobs[self._running].stop()
        self._running = None

    def wait(self, timeout_s: float | None = None) -> bool:
        """Join every thread still running; True if all ended."""
        for thread in self._threads:
            thread.join(timeout_s)
        self._threads = [t for t in self._threads if t.is_alive()]
        return not self._threads

    def stop_for_quit(self, timeout_s: float = QUIT_WAIT_S) -> bool:
        """Stop the running job and join every thread, within ``timeout_s`` in all."""
        self.discard()
        deadline = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
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
