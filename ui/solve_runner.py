"""Run :func:`models.solve.solve` off the GUI thread, with progress and a real cancel.

Why a process and not a thread
------------------------------
The solve runs in a child process; a Python thread of the GUI process only
supervises it (starts it, feeds it the network, relays its messages as
queued signals). Measured on a 2-core machine with the solve in a worker
*thread* instead, the GUI's 10 ms timer stalled while the worker held the GIL:

* HiGHS, synthetic ~1e5 variables: at most 50 ms; ~3e5: 160 ms inside
  ``highspy.Highs.passModel`` (``models/solvers.py`` ``pass_to_highs``),
  a binding that keeps the GIL;
* CBC, ~1e5 variables: 140-185 ms, full garbage collections while
  ``models.solvers.to_pulp`` creates PuLP objects, and ~230 ms in
  ``pulp.mps_lp.writeMPS``'s ``"".join``;
* CBC's cancel is blind while the MPS file is written (3 s at 1e5, 25-30 s
  at 1e6): the CBC process it would kill does not exist yet.

In a process none of that touches the GUI, and cancel is immediate at every
stage: the child is asked to cancel (``Cancel.cancel()`` stops HiGHS and
kills CBC, which also works on Windows), and if it has not answered within
:data:`GRACE_S` its whole process group is killed (CBC is in it). If the GUI
process dies, the child notices the closed pipe and stops itself too.
A crash of the solver (or a ``MemoryError``) becomes a failed plan.

The price is the start: ``forkserver`` (Linux, macOS) forks each solve from a
server that imported the solve code once (about 1 s, on the first solve,
in the supervising thread); ``spawn`` (Windows) pays that second every solve.
The frozen app must call ``multiprocessing.freeze_support()`` first thing.
The network goes to the child one column at a time, so no single pickle
holds the GIL long (a 160k-row sheet pickled whole takes ~220 ms).
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import signal
import threading
import time
from contextlib import suppress
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from models.network import Network
from models.plan import Plan
from models.solve import SolveOptions, solve
from models.solvers import CANCELLED, FAILED, Cancel

log = logging.getLogger(__name__)

GRACE_S = 0.5  # a cancelled child that has not answered by then is killed
POLL_S = 0.05
TICK_MS = 100
STAGES = ("starting", "validating", "building", "solving", "reading results")


# --- in the solve process (no Qt is used there) ----------------------------------------------

def _child_main(inbox, outbox) -> None:
    """Entry point of the solve process: receive the network, solve, send the plan."""
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # CBC, started by the solve, joins this group: one kill stops both
    try:
        network, options = _receive_network(inbox)
    except (EOFError, OSError):
        return
    cancel = Cancel()
    threading.Thread(target=_listen, args=(inbox, cancel), daemon=True).start()
    try:
        plan = solve(network, options, lambda stage: outbox.send(("progress", stage)), cancel)
    except Exception as error:  # noqa: BLE001 - a bug in the solve becomes a failed plan
        log.exception("the solve failed")
        plan = Plan(status=FAILED, message=f"{type(error).__name__}: {error}")
    outbox.send(("plan", plan))


def _listen(inbox, cancel: Cancel) -> None:
    """Wait for the parent's cancel; a closed pipe means the parent is gone: stop now."""
    try:
        inbox.recv()
    except (EOFError, OSError):
        cancel.cancel()  # kills a running CBC before this process goes
        os._exit(1)
    cancel.cancel()


def _send_network(conn, network: Network, options: SolveOptions,
                  stop: threading.Event) -> None:
    """Send the network one column at a time (each pickle holds the GIL only briefly)."""
    shell = dataclasses.replace(network, tables={})
    layout = [(name, max(1, table.shape[1])) for name, table in network.tables.items()]
    conn.send((options, shell, layout))
    for table in network.tables.values():
        pieces = [table.iloc[:, [i]] for i in range(table.shape[1])] or [table]
        for piece in pieces:
            if stop.is_set():
                raise _Stopped
            conn.send(piece)


def _receive_network(conn) -> tuple[Network, SolveOptions]:
    options, network, layout = conn.recv()
    for name, count in layout:
        pieces = [conn.recv() for _ in range(count)]
        network.tables[name] = pd.concat(pieces, axis=1) if count > 1 else pieces[0]
    return network, options


class _Stopped(Exception):
    """The job was cancelled before the child had the whole network."""


# --- in the GUI process, on the supervising thread --------------------------------------------

@dataclass(eq=False)
class _Job:
    network: Network
    options: SolveOptions
    started_at: float = field(default_factory=time.monotonic)
    cancel: threading.Event = field(default_factory=threading.Event)
    kill: threading.Event = field(default_factory=threading.Event)
    process: multiprocessing.process.BaseProcess | None = None


def _context():
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", __name__])
        return context
    return multiprocessing.get_context("spawn")


def _supervise(job: _Job, report) -> Plan:
    """Run the job in a child process and return its plan (never raises)."""
    report("starting")
    context = _context()
    inbox_r, inbox_w = context.Pipe(duplex=False)
    outbox_r, outbox_w = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(inbox_r, outbox_w),
                              name="twinparks-solve", daemon=True)
    try:
        if job.cancel.is_set():
            return _cancelled()
        process.start()
        job.process = process
        inbox_r.close()
        outbox_w.close()  # so that the child's death reads as end of file
        _send_network(inbox_w, job.network, job.options, job.cancel)
        return _collect(job, process, inbox_w, outbox_r, report)
    except _Stopped:
        return _cancelled()
    except (OSError, EOFError):  # the child died while taking the network
        return _cancelled() if job.cancel.is_set() else _lost(process)
    finally:
        _end(job, process, (inbox_r, inbox_w, outbox_r, outbox_w))


def _collect(job: _Job, process, inbox_w, outbox_r, report) -> Plan:
    """Relay progress until the plan arrives, the child dies, or cancel runs out of grace."""
    deadline = None
    while True:
        if job.kill.is_set() or (deadline is not None and time.monotonic() > deadline):
            _kill(process)
            return _cancelled()
        if job.cancel.is_set() and deadline is None:
            with suppress(OSError):
                inbox_w.send("cancel")
            deadline = time.monotonic() + GRACE_S
        if not outbox_r.poll(POLL_S):
            continue
        try:
            kind, value = outbox_r.recv()
        except EOFError:
            return _cancelled() if job.cancel.is_set() else _lost(process)
        if kind == "plan":
            return value
        report(value)


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
    """Kill the child and its process group (a running CBC is in it)."""
    if process.pid is None or process.exitcode is not None:
        return
    if hasattr(os, "killpg"):
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    with suppress(OSError, ValueError):
        process.kill()


def _cancelled() -> Plan:
    return Plan(status=CANCELLED,
                message=QCoreApplication.translate("SolveRunner", "The solve was cancelled."))


def _lost(process) -> Plan:
    process.join(1.0)
    text = QCoreApplication.translate(
        "SolveRunner", "The solver process stopped unexpectedly (exit code %1).")
    return Plan(status=FAILED, message=text.replace("%1", str(process.exitcode)))


def _failed(error: BaseException) -> Plan:
    text = QCoreApplication.translate("SolveRunner", "The solve could not run: %1")
    return Plan(status=FAILED, message=text.replace("%1", f"{type(error).__name__}: {error}"))


class _Bridge(QObject):
    """Signals emitted by the supervising thread, delivered queued on the GUI thread."""

    progress = Signal(object, str)  # job, stage
    done = Signal(object, object)  # job, plan


# --- the GUI-side object ---------------------------------------------------------------------

class SolveRunner(QObject):
    """Solves a copy of a network in a child process; one solve at a time.

    ``started`` is emitted by :meth:`start`; then ``progress`` (the stage,
    translated), ``elapsed`` (seconds, every 100 ms) and, at the end,
    ``finished`` with the :class:`~models.plan.Plan`, also when the solve
    was cancelled ("cancelled") or broke ("failed"). When ``finished`` is
    emitted ``running`` is already False and no thread or process is left.
    """

    started = Signal()
    progress = Signal(str)
    elapsed = Signal(float)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job: _Job | None = None
        self._thread: threading.Thread | None = None
        self._stage = ""
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self._on_progress, queued)
        self._bridge.done.connect(self._on_done, queued)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        """A solve was started and its ``finished`` has not been emitted yet."""
        return self._job is not None

    @property
    def stage(self) -> str:
        """The current stage key ("" when idle), one of :data:`STAGES`."""
        return self._stage if self.running else ""

    @property
    def process_id(self) -> int | None:
        """Process id of the running solve's child process, once started."""
        process = self._job.process if self._job else None
        return process.pid if process is not None else None

    def stage_text(self, stage: str) -> str:
        """The text shown for a stage key."""
        texts = {"starting": self.tr("Starting the solver"),
                 "validating": self.tr("Checking the workbook"),
                 "building": self.tr("Building the model"),
                 "solving": self.tr("Solving"),
                 "reading results": self.tr("Reading the results")}
        return texts.get(stage, stage)

    def start(self, network: Network, options: SolveOptions | None = None) -> None:
        """Solve a copy of ``network`` (later edits cannot race with the solve)."""
        if self.running:
            raise RuntimeError("a solve is already running")
        job = _Job(network.copy(), options or SolveOptions())
        self._job, self._stage = job, "starting"
        self._thread = threading.Thread(target=self._work, args=(job,),
                                        name="twinparks-solve", daemon=True)
        self._thread.start()
        self._timer.start()
        self.started.emit()

    def cancel(self) -> None:
        """Stop the solve; ``finished`` follows with a "cancelled" plan (within ~0.6 s)."""
        if self._job is None or self._job.cancel.is_set():
            return
        self._job.cancel.set()
        self.progress.emit(self.tr("Cancelling…"))

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the supervising thread ended; True if it did (``finished`` is queued)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        return thread is None or not thread.is_alive()

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Kill a running solve at once and wait; no signal is emitted afterwards."""
        job = self._job
        if job is not None:
            job.cancel.set()
            job.kill.set()
        ended = self.wait(timeout_s)
        self._timer.stop()
        self._job = None
        return ended

    def _work(self, job: _Job) -> None:
        try:
            plan = _supervise(job, lambda stage: self._bridge.progress.emit(job, stage))
        except Exception as error:  # noqa: BLE001 - never let the thread die silently
            log.exception("supervising the solve failed")
            plan = _failed(error)
        with suppress(RuntimeError):  # the runner was deleted while solving
            self._bridge.done.emit(job, plan)

    def _on_progress(self, job: _Job, stage: str) -> None:
        if job is self._job and not job.cancel.is_set():
            self._stage = stage
            self.progress.emit(self.stage_text(stage))

    def _on_done(self, job: _Job, plan: Plan) -> None:
        if job is not self._job:
            return  # shut down, or a stale job
        if self._thread is not None:
            self._thread.join()  # it emitted this as its last act
        self._timer.stop()
        self._job, self._thread = None, None
        self.elapsed.emit(time.monotonic() - job.started_at)
        self.finished.emit(plan)

    def _tick(self) -> None:
        if self._job is not None:
            self.elapsed.emit(time.monotonic() - self._job.started_at)
