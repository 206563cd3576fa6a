"""Run a job on a network in a child process, supervised from a thread of the GUI process.

This is the machinery behind :class:`ui.solve_runner.SolveRunner` (see its
module docstring for why a process and not a thread) and the Scenarios
panel's "Solve all" and stress test: a crash of the solver (HiGHS, CBC, a
``MemoryError``) ends the child, never the GUI process and its unsaved work.

A job is a module-level function ``target(network, payload, report, cancel)``
run in the child: ``payload`` is any picklable object, ``report(message)``
sends a picklable progress message back, ``cancel`` is a
:class:`~models.solvers.Cancel` the parent's cancel sets; what it returns
(picklable) comes back. The network is sent one column at a time, a plan
comes back in pieces of one column (:mod:`ui.frame_pieces`), so that no
single pickle holds the GUI process's GIL for long.

On the GUI side :class:`JobProcess` emits ``progress`` (a message) and
``finished`` with an :class:`Outcome`. Cancel asks the child; if it has not
answered within :data:`GRACE_S` its whole process group is killed (a CBC
process or a stress test's worker processes are in it). If the GUI process
dies, the child notices the closed pipe and stops itself too.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Qt, Signal

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.solvers import Cancel
from twinparks.ui.frame_pieces import receive_tables, send_tables

log = logging.getLogger(__name__)

GRACE_S = 0.5  # a cancelled child that has not answered by then is killed
POLL_S = 0.05
# Imported once by the fork server, so that each child starts without importing them.
PRELOAD = ["__main__", "twinparks.ui.solve_runner", "twinparks.ui.scenario_jobs",
           "twinparks.ui.risk_jobs"]

Target = Callable[[Network, Any, Callable[[object], None], Cancel], object]


# --- in the child process (no Qt is used there) ----------------------------------------------

def _child_main(inbox, outbox, target: Target) -> None:
    """Entry point of the child: receive the network, run the job, send its result."""
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # processes the job starts join this group: one kill stops them all
    try:
        network, payload = _receive_network(inbox)
    except (EOFError, OSError):
        return
    cancel = Cancel()
    threading.Thread(target=_listen, args=(inbox, cancel), daemon=True).start()
    def report(value: object) -> None:
        outbox.send(("progress", value))

    try:
        result = target(network, payload, report, cancel)
    except Exception as error:
        log.exception("the job failed")
        outbox.send(("error", _portable(error)))
        return
    try:
        _send_result(outbox, result)
    except Exception as error:  # noqa: BLE001 - e.g. a result that does not pickle
        outbox.send(("error", _portable(error)))


def _send_result(outbox, result: object) -> None:
    """A plan goes in pieces (:mod:`ui.frame_pieces`: its tables are big), anything else whole."""
    if isinstance(result, Plan) and result.tables:
        outbox.send(("plan", dataclasses.replace(result, tables={})))
        send_tables(outbox, result.tables)
    else:
        outbox.send(("result", result))


def _portable(error: BaseException) -> BaseException:
    """The error itself if it survives a pickle round trip, else a RuntimeError saying it."""
    with suppress(Exception):
        pickle.loads(pickle.dumps(error))
        return error
    return RuntimeError(f"{type(error).__name__}: {error}")


def _listen(inbox, cancel: Cancel) -> None:
    """Wait for the parent's cancel; a closed pipe means the parent is gone: stop now."""
    try:
        inbox.recv()
    except (EOFError, OSError):
        cancel.cancel()  # kills a running CBC before this process goes
        os._exit(1)
    cancel.cancel()


def _send_network(conn, network: Network, payload: object, stop: threading.Event) -> None:
    """Send the network one column at a time (each pickle holds the GIL only briefly)."""
    shell = dataclasses.replace(network, tables={})
    layout = [(name, max(1, table.shape[1])) for name, table in network.tables.items()]
    conn.send((payload, shell, layout))
    for table in network.tables.values():
        pieces = [table.iloc[:, [i]] for i in range(table.shape[1])] or [table]
        for piece in pieces:
            if stop.is_set():
                raise _Stopped
            conn.send(piece)


def _receive_network(conn) -> tuple[Network, object]:
    payload, network, layout = conn.recv()
    for name, count in layout:
        pieces = [conn.recv() for _ in range(count)]
        network.tables[name] = pd.concat(pieces, axis=1) if count > 1 else pieces[0]
    return network, payload


class _Stopped(Exception):
    """The job was cancelled before the child had the whole network."""


# --- in the GUI process, on the supervising thread --------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """How a job ended.

    ``kind`` is "result" (``value`` is what the job returned), "error" (the
    job raised ``value``), "cancelled" (no result: cancelled before the child
    answered, or killed), "lost" (the child died; ``value`` is its exit
    code) or "failed" (supervising it broke; ``value`` is the exception).
    """

    kind: str
    value: object = None


@dataclass(eq=False)
class _Job:
    target: Target
    network: Network
    payload: object
    started_at: float = field(default_factory=time.monotonic)
    cancel: threading.Event = field(default_factory=threading.Event)
    kill: threading.Event = field(default_factory=threading.Event)
    process: multiprocessing.process.BaseProcess | None = None


def process_context():
    """The multiprocessing context of the app's child processes (its fork server preloaded)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _supervise(job: _Job, report, name: str, daemon: bool) -> Outcome:
    """Run the job in a child process and say how it ended (never raises on its own)."""
    context = process_context()
    inbox_r, inbox_w = context.Pipe(duplex=False)
    outbox_r, outbox_w = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(inbox_r, outbox_w, job.target),
                              name=name, daemon=daemon)
    try:
        if job.cancel.is_set():
            return Outcome("cancelled")
        process.start()
        job.process = process
        inbox_r.close()
        outbox_w.close()  # so that the child's death reads as end of file
        _send_network(inbox_w, job.network, job.payload, job.cancel)
        return _collect(job, process, inbox_w, outbox_r, report)
    except _Stopped:
        return Outcome("cancelled")
    except (OSError, EOFError):  # the child died while taking the network
        return Outcome("cancelled") if job.cancel.is_set() else _lost(process)
    finally:
        _end(job, process, (inbox_r, inbox_w, outbox_r, outbox_w))


def _collect(job: _Job, process, inbox_w, outbox_r, report) -> Outcome:
    """Relay progress until the result arrives, the child dies, or cancel runs out of grace."""
    deadline = None
    while True:
        if job.kill.is_set() or (deadline is not None and time.monotonic() > deadline):
            _kill(process)
            return Outcome("cancelled")
        if job.cancel.is_set() and deadline is None:
            with suppress(OSError):
                inbox_w.send("cancel")
            deadline = time.monotonic() + GRACE_S
        if not outbox_r.poll(POLL_S):
            continue
        try:
            kind, value = outbox_r.recv()
            if kind == "plan":
                value.tables, kind = receive_tables(outbox_r), "result"
        except EOFError:
            return Outcome("cancelled") if job.cancel.is_set() else _lost(process)
        if kind == "progress":
            report(value)
        else:
            return Outcome(kind, value)


def _lost(process) -> Outcome:
    process.join(1.0)
    return Outcome("lost", process.exitcode)


def _end(job: _Job, process, connections) -> None:
    for conn in connections:
        conn.close()  # the child's listener reads end of file and leaves
    if process.pid is None:
        return
    if not job.cancel.is_set():
        process.join(1.0)
    _kill(process)
    process.join()


def _kill(process) -> None:
    """Kill the child and its process group."""
    if process.pid is None or process.exitcode is not None:
        return
    if hasattr(os, "killpg"):
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    with suppress(OSError, ValueError):
        process.kill()


class _Bridge(QObject):
    """Signals emitted by the supervising thread, delivered queued on the GUI thread."""

    progress = Signal(object, object)  # job, message
    done = Signal(object, object)  # job, outcome


# --- the GUI-side object ---------------------------------------------------------------------

class JobProcess(QObject):
    """Runs one job at a time in a child process.

    :meth:`start` begins a job; ``progress`` relays what the child reports
    (not after a cancel) and ``finished`` the :class:`Outcome`. When
    ``finished`` is emitted ``running`` is already False and no thread or
    process of the job is left. ``daemon=False`` lets the job start
    processes of its own (a daemonic process may not).
    """

    progress = Signal(object)
    finished = Signal(object)

    def __init__(self, name: str = "twinparks-job", daemon: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.name, self.daemon = name, daemon
        self.started_at = time.monotonic()
        self._job: _Job | None = None
        self._thread: threading.Thread | None = None
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self._on_progress, queued)
        self._bridge.done.connect(self._on_done, queued)

    @property
    def running(self) -> bool:
        """A job was started and its ``finished`` has not been emitted yet."""
        return self._job is not None

    @property
    def alive(self) -> bool:
        """The supervising thread (hence possibly the child process) is still there."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def process_id(self) -> int | None:
        """Process id of the running job's child process, once started."""
        process = self._job.process if self._job else None
        return process.pid if process is not None else None

    def start(self, target: Target, network: Network, payload: object = None,
              first: object = None) -> None:
        """Run ``target(network, payload, report, cancel)`` in a child process.

        The caller passes a network nobody edits meanwhile (a copy). ``first``,
        if not None, is relayed as the first progress message (queued).
        """
        if self.running:
            raise RuntimeError("a job is already running")
        job = _Job(target, network, payload)
        self._job, self.started_at = job, job.started_at
        self._thread = threading.Thread(target=self._work, args=(job, first), name=self.name,
                                        daemon=True)
        self._thread.start()

    def cancel(self) -> bool:
        """Ask the job to stop (killed after :data:`GRACE_S`); True if this asked it."""
        if self._job is None or self._job.cancel.is_set():
            return False
        self._job.cancel.set()
        return True

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the supervising thread ended; True if it did (``finished`` is queued)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        return thread is None or not thread.is_alive()

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Kill a running job at once and wait; no signal is emitted afterwards."""
        job = self._job
        if job is not None:
            job.cancel.set()
            job.kill.set()
        ended = self.wait(timeout_s)
        self._job = None
        return ended

    def _work(self, job: _Job, first: object) -> None:
        def report(message: object) -> None:
            self._bridge.progress.emit(job, message)

        try:
            if first is not None:
                report(first)
            outcome = _supervise(job, report, self.name, self.daemon)
        except Exception as error:
            log.exception("supervising the job failed")
            outcome = Outcome("failed", error)
        with suppress(RuntimeError):  # the object was deleted while the job ran
            self._bridge.done.emit(job, outcome)

    def _on_progress(self, job: _Job, message: object) -> None:
        if job is self._job and not job.cancel.is_set():
            self.progress.emit(message)

    def _on_done(self, job: _Job, outcome: Outcome) -> None:
        if job is not self._job:
            return  # shut down, or a stale job
        if self._thread is not None:
            self._thread.join()  # it emitted this as its last act
        self._job, self._thread = None, None
        self.finished.emit(outcome)
