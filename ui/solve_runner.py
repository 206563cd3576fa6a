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
* CBC, ~1e5 variables (measured when PuLP objects were built; HiGHS now
  writes the MPS file): 140-185 ms of full garbage collections and ~230 ms
  in ``pulp.mps_lp.writeMPS``'s ``"".join``;
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

The process machinery is :class:`ui.job_process.JobProcess` (also used by
the Scenarios panel); this module adds the solve's stages, the elapsed time
and turns every ending into a :class:`~models.plan.Plan`.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.solvers import CANCELLED, FAILED, Cancel
from twinparks.ui.job_process import GRACE_S, JobProcess, Outcome, _receive_network, _send_network

__all__ = ["GRACE_S", "STAGES", "SolveRunner", "_receive_network", "_send_network"]

log = logging.getLogger(__name__)

TICK_MS = 100
STAGES = ("starting", "validating", "building", "solving", "reading results",
          "costing the investments")


# --- in the solve process (no Qt is used there) ----------------------------------------------

def _solve_job(network: Network, options: SolveOptions, report, cancel: Cancel) -> Plan:
    """The job run in the child: solve and return the plan (a bug becomes a failed plan)."""
    try:
        return solve(network, options, report, cancel)
    except Exception as error:
        log.exception("the solve failed")
        return Plan(status=FAILED, message=f"{type(error).__name__}: {error}")


# --- in the GUI process ----------------------------------------------------------------------

def _cancelled() -> Plan:
    return Plan(status=CANCELLED,
                message=QCoreApplication.translate("SolveRunner", "The solve was cancelled."))


def _lost(exitcode) -> Plan:
    text = QCoreApplication.translate(
        "SolveRunner", "The solver process stopped unexpectedly (exit code %1).")
    return Plan(status=FAILED, message=text.replace("%1", str(exitcode)))


def _failed(error: BaseException) -> Plan:
    text = QCoreApplication.translate("SolveRunner", "The solve could not run: %1")
    return Plan(status=FAILED, message=text.replace("%1", f"{type(error).__name__}: {error}"))


def _plan(outcome: Outcome) -> Plan:
    if outcome.kind == "result":
        return outcome.value
    if outcome.kind == "cancelled":
        return _cancelled()
    if outcome.kind == "lost":
        return _lost(outcome.value)
    return _failed(outcome.value)  # "failed", or "error" (the solve job catches its own)


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
        self._stage = ""
        self._jobs = JobProcess("twinparks-solve", daemon=True, parent=self)
        self._jobs.progress.connect(self._on_progress)
        self._jobs.finished.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        """A solve was started and its ``finished`` has not been emitted yet."""
        return self._jobs.running

    @property
    def stage(self) -> str:
        """The current stage key ("" when idle), one of :data:`STAGES`."""
        return self._stage if self.running else ""

    @property
    def process_id(self) -> int | None:
        """Process id of the running solve's child process, once started."""
        return self._jobs.process_id

    def stage_text(self, stage: str) -> str:
        """The text shown for a stage key."""
        texts = {"starting": self.tr("Starting the solver"),
                 "validating": self.tr("Checking the workbook"),
                 "building": self.tr("Building the model"),
                 "solving": self.tr("Solving"),
                 "reading results": self.tr("Reading the results"),
                 "costing the investments": self.tr("Costing the investments")}
        return texts.get(stage, stage)

    def start(self, network: Network, options: SolveOptions | None = None,
              snapshot: bool = False) -> Network:
        """Solve a copy of ``network`` (later edits cannot race with the solve); return it.

        The copy is what the plan will belong to: read it, never edit it.
        With ``snapshot`` the network is already such a copy
        (:meth:`twinparks.ui.document.Document.snapshot`) and is not copied again.
        """
        if self.running:
            raise RuntimeError("a solve is already running")
        inputs = network if snapshot else network.copy()
        self._jobs.start(_solve_job, inputs, options or SolveOptions(), first="starting")
        self._stage = "starting"
        self._timer.start()
        self.started.emit()
        return inputs

    def cancel(self) -> None:
        """Stop the solve; ``finished`` follows with a "cancelled" plan (within ~0.6 s)."""
        if self._jobs.cancel():
            self.progress.emit(self.tr("Cancelling…"))

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the supervising thread ended; True if it did (``finished`` is queued)."""
        return self._jobs.wait(timeout_s)

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Kill a running solve at once and wait; no signal is emitted afterwards."""
        ended = self._jobs.shutdown(timeout_s)
        self._timer.stop()
        return ended

    def _on_progress(self, stage: str) -> None:
        self._stage = stage
        self.progress.emit(self.stage_text(stage))

    def _on_done(self, outcome: Outcome) -> None:
        self._timer.stop()
        self.elapsed.emit(time.monotonic() - self._jobs.started_at)
        self.finished.emit(_plan(outcome))

    def _tick(self) -> None:
        if self.running:
            self.elapsed.emit(time.monotonic() - self._jobs.started_at)
