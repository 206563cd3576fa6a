"""The open document: the network being edited, its file, undo stack and plan.

All edits go through :meth:`Document.push` as ``models.commands`` objects
wrapped in ``QUndoCommand``; views listen to the signals and never change
the network themselves. Validation runs live after each edit (debounced, on
a snapshot, off the GUI thread: its problems are shown only if no edit came
in between). A snapshot (:meth:`Document.snapshot`) is copy-on-write: it
copies only the sheets edited since the last one and shares the others, so
an edit to one lane of a big workbook copies the Lanes sheet, not the
network, and its validation checks that sheet again, not every sheet.
Opening reads off the GUI thread too (:func:`read_document`, then
:meth:`Document.adopt` swaps the finished document in at once) and shows the
document before it is validated: validation then runs in the background as
after an edit, :attr:`Document.checking` is True (``checkingChanged``) until
its problems arrive, and a solve waits for them (:meth:`Document.when_validated`).
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from twinparks.example import example_path
from twinparks.models.commands import Command
from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.problems import Problem
from twinparks.models.typed import TableMemo
from twinparks.models.validation import validate
from twinparks.template import template_book
from twinparks.ui.background import Background
from twinparks.workbook import ReadResult, read_book
from twinparks.workbook_save import Origin, new_origin, open_workbook, save_network

log = logging.getLogger(__name__)
VALIDATE_DELAY_MS = 150


def is_bundled(path: Path) -> bool:
    """``path`` is the dataset shipped inside the package."""
    try:
        return path.resolve() == example_path().resolve()
    except OSError:
        return False


def _quiet(text: str) -> None:
    """A progress callback that reports nowhere."""


@dataclass
class Opened:
    """A workbook read (and validated, if asked), ready to become the document."""

    path: Path
    result: ReadResult
    origin: Origin | None = None
    problems: list[Problem] | None = None  # validation, file problems apart; None: not yet
    memo: TableMemo = field(default_factory=TableMemo)  # what validating it found per table

    @property
    def bundled(self) -> bool:
        """It is the dataset shipped inside the package."""
        return is_bundled(self.path)


def read_document(path: str | Path, report: Callable[[str], None] = _quiet,
                  check: bool = False) -> Opened:
    """Read ``path``, and validate it if ``check`` (no Qt: safe in a worker thread).

    ``report`` hears the stage: "reading", then "validating" (if ``check``).
    """
    report("reading")
    result, origin = open_workbook(path)
    opened = Opened(Path(path), result, origin)
    if check and result.network is not None:
        report("validating")
        # the origin's copy: the document's first snapshot, so later checks reuse the memo
        checked = origin.network if origin is not None else result.network
        opened.problems = validate(checked, opened.memo)
    return opened


def _validate_job(network: Network, memo: TableMemo,
                  report: Callable[[str], None] = _quiet) -> list[Problem]:
    return validate(network, memo)


class ModelCommand(QUndoCommand):
    """A ``models.commands.Command`` as one undo step (whatever its class).

    It holds its document weakly: the document's undo stack holds the
    command, so a strong reference would make a cycle, and a document in a
    cycle is freed by Python's cycle collector, which runs in whichever
    thread happens to allocate. Freed in a worker thread (validation, label
    layout), Qt cannot stop its debounce timer there and the GUI thread
    later fires it on the deleted object: a segmentation fault. Without the
    cycle a document goes when its last owner lets go of it, on that owner's
    (the GUI) thread.
    """

    def __init__(self, document: Document, command: Command, text: str):
        super().__init__(text)
        self._document = weakref.ref(document)
        self._command = command

    def redo(self) -> None:
        self._apply(self._command.do)

    def undo(self) -> None:
        self._apply(self._command.undo)

    def _apply(self, change: Callable[[Network], object]) -> None:
        document = self._document()
        if document is None:  # only its stack's Python wrapper outlived it
            return
        change(document.network)
        document.notify_changed(self._command.sheet, self._command.changes_structure)


class Document(QObject):
    """The network, where it came from, and what was solved from it."""

    networkReset = Signal()
    sheetChanged = Signal(str, bool)  # sheet, structural (rows or columns changed)
    problemsChanged = Signal(object)  # list[Problem], shared: read it, never change it
    planChanged = Signal(object)  # Plan or None
    staleChanged = Signal(bool)
    pathChanged = Signal(str)
    checkingChanged = Signal(bool)  # True: the problems listed are not those of now yet

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.network = Network()
        self.path: Path | None = None
        self.untitled_name = ""  # the bundled dataset's name while its copy has no file
        self.origin: Origin | None = None
        self.file_problems: list[Problem] = []
        self.problems: list[Problem] = []
        self._grouped: tuple[list[Problem] | None, dict[str, list[Problem]]] = (None, {})
        self.plan: Plan | None = None
        self.solved_network: Network | None = None  # the inputs of ``plan``, as solved
        self.solved_at: dt.datetime | None = None
        self.stale = False
        self.undo_stack = QUndoStack(self)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_in_background)
        self._validator = Background("validate", self)
        self._validator.finished.connect(self._on_validated)
        self._validator.failed.connect(self._on_validation_failed)
        self._edits = 0  # counts changes; problems belong to ``_validated_edits``
        self._validated_edits = 0
        self._checking_edits = -1
        self._checking = False  # what ``checkingChanged`` said last
        self._after_validation: list[Callable[[], None]] = []
        self._snapshot = self.network.copy()  # read-only: ``network`` but for ``_edited``
        self._edited: set[str] = set()  # sheets changed since ``_snapshot`` was taken
        self._memo = TableMemo()  # per-table results of the latest validation

    # -- loading and saving -------------------------------------------------
    def load(self, network: Network, path: Path | None, origin: Origin | None = None,
             file_problems: list[Problem] | None = None,
             problems: list[Problem] | None = None, later: bool = False,
             memo: TableMemo | None = None) -> None:
        """Replace the document's network (open or new): clears undo and the plan.

        ``origin`` is what a save writes the edits into (see
        :mod:`twinparks.workbook_save`); by default the network as it is now.
        ``file_problems`` (what reading the file found: hidden sheets, merged
        cells, numbers too large …) stay listed with the validation problems;
        ``problems`` are those of validating ``network`` (None: validate now,
        or in the background if ``later``: :attr:`checking` until they come).
        ``memo`` is what validating the origin's tables found, if done.
        """
        self._edits += 1
        self._validate_timer.stop()
        self._validator.discard()
        self.network = network
        self.file_problems = list(file_problems or [])
        self.path = path
        self.origin = origin or Origin(None, network.copy())
        self._snapshot, self._edited = self.origin.network, set()  # the network as read
        self._memo = memo or TableMemo()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.set_plan(None)
        if later and problems is None:  # the tints and the list of the file read, for now
            self.problems = list(self.file_problems)
            self._set_checking(True)
        self.networkReset.emit()
        self.pathChanged.emit(str(path) if path else "")
        if problems is not None:
            self._set_problems(list(problems))
        elif later:
            self.problemsChanged.emit(self.problems)
            self.validate_in_background()
        else:
            self.revalidate()

    def adopt(self, opened: Opened) -> None:
        """Make a workbook read by :func:`read_document` the document (it gave a network).

        If it was not validated, it is validated in the background (see
        :meth:`load`): the document is shown first. The bundled dataset
        opens as an untitled copy (:attr:`untitled_name` says which), so
        that Save asks for a file name and never writes into the installed
        package. A save writes the edits into the file read
        (:class:`twinparks.workbook_save.Origin`), so the rest of it is kept.
        """
        result = opened.result
        if result.network is None:
            raise ValueError("the workbook gave no network")
        bundled = opened.bundled
        self.untitled_name = opened.path.name if bundled else ""
        # the memo is of the origin's tables: the first snapshot's
        self.load(result.network, None if bundled else opened.path, opened.origin,
                  result.problems, problems=opened.problems, later=True, memo=opened.memo)

    def open(self, path: str | Path) -> ReadResult:
        """Read and validate ``path`` here and now; on success it becomes the document."""
        opened = read_document(path, check=True)
        if opened.result.network is not None:
            self.adopt(opened)
        return opened.result

    def new(self) -> None:
        """An empty network from the template (saving keeps the template's formatting)."""
        self.untitled_name = ""
        network = read_book(template_book()).network
        self.load(network, None, new_origin(template_book, network))

    def save(self, path: str | Path | None = None, force: bool = False) -> None:
        """Write the edits into the workbook they came from, atomically.

        Raises ``WorkbookWriteError`` (``SaveRefused`` when forcing would
        help) on refusal or failure; the document is then unchanged.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name")
        self.origin = save_network(self.network, self.origin, target, force=force)
        self.path = target
        self.untitled_name = ""
        self.undo_stack.setClean()
        self.pathChanged.emit(str(target))

    @property
    def modified(self) -> bool:
        """Unsaved changes exist."""
        return not self.undo_stack.isClean()

    # -- editing --------------------------------------------------------------
    def push(self, command: Command, text: str | None = None) -> None:
        """Apply an edit as one undo step."""
        self.undo_stack.push(ModelCommand(self, command, text or command.text))

    def notify_changed(self, sheet: str, structural: bool) -> None:
        """Called by commands after they changed ``sheet``."""
        self._edits += 1
        self._edited.add(sheet)
        self._set_checking(True)
        self.sheetChanged.emit(sheet, structural)
        if self.plan is not None and not self.stale:
            self.stale = True
            self.staleChanged.emit(True)
        self._validate_timer.start()

    def revalidate(self) -> None:
        """Validate the whole network now, on this thread."""
        self._validate_timer.stop()
        self._validator.discard()
        self._set_problems(validate(self.network))

    @property
    def problems_current(self) -> bool:
        """The problems listed are those of the network as it is now."""
        return self._validated_edits == self._edits

    @property
    def checking(self) -> bool:
        """Validation of the network as it is now is still to come (not ``problems_current``)."""
        return not self.problems_current

    def _set_checking(self, checking: bool) -> None:
        if checking != self._checking:
            self._checking = checking
            self.checkingChanged.emit(checking)

    def validate_in_background(self) -> None:
        """Validate a snapshot of the network in a worker thread (no-op if current)."""
        self._validate_timer.stop()
        if self.problems_current or (self._validator.running
                                     and self._checking_edits == self._edits):
            return
        self._checking_edits = self._edits
        snapshot = self.snapshot()
        # the sheets it shares with the snapshot checked before are not checked again
        self._memo = self._memo.carry_over(snapshot)
        self._validator.start(_validate_job, snapshot, self._memo)

    def snapshot(self) -> Network:
        """The network as it is now, as a copy that later edits never change.

        Copy-on-write: the sheets edited since the last snapshot are copied,
        every other table is shared with it (and with the file's
        :class:`~twinparks.workbook_save.Origin`, the first snapshot). Read
        it, never edit it: it is what validation, solves and reports see.
        """
        previous, live = self._snapshot, self.network
        if self._edited or previous.sheet_order != live.sheet_order:
            shared = previous.tables
            tables = {name: shared[name] if name in shared and name not in self._edited
                      else table.copy(deep=True) for name, table in live.tables.items()}
            self._snapshot = Network(tables=tables, extra_sheets=previous.extra_sheets,
                                     sheet_order=list(live.sheet_order))
            self._edited = set()
        return self._snapshot

    def when_validated(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the problems are current (now, if they are)."""
        if self.problems_current:
            then()
            return
        self._after_validation.append(then)
        self.validate_in_background()

    def wait_validated(self, timeout_s: float = 60.0) -> bool:
        """Join the validation thread (tests); its result still arrives queued."""
        return self._validator.wait(timeout_s)

    def _on_validated(self, problems: list[Problem]) -> None:
        if self._checking_edits != self._edits:
            self.validate_in_background()  # an edit came in meanwhile: check again
            return
        self._set_problems(problems)

    def _on_validation_failed(self, error: BaseException) -> None:
        """Validation broke (a bug, never bad data): an error, so nothing solves unchecked."""
        log.warning("validation failed", exc_info=error)
        if self._checking_edits != self._edits:
            self.validate_in_background()
            return
        reason = str(error).strip() or type(error).__name__
        self._set_problems([Problem(self.tr("The network could not be checked: %1")
                                    .replace("%1", reason))])

    def problems_on(self, sheet: str) -> list[Problem]:
        """The current problems with a row on ``sheet`` (do not change the list).

        Every sheet's editor asks when the problems change: they are grouped
        once per list of problems.
        """
        if self._grouped[0] is not self.problems:
            groups: dict[str, list[Problem]] = {}
            for problem in self.problems:
                if problem.row is not None:
                    groups.setdefault(problem.sheet, []).append(problem)
            self._grouped = (self.problems, groups)
        return self._grouped[1].get(sheet, [])

    def _set_problems(self, problems: list[Problem]) -> None:
        self._validated_edits = self._edits
        self.problems = self.file_problems + problems
        self._set_checking(False)
        self.problemsChanged.emit(self.problems)
        waiting, self._after_validation = self._after_validation, []
        for then in waiting:
            then()

    # -- results --------------------------------------------------------------
    def set_plan(self, plan: Plan | None, solved: Network | None = None) -> None:
        """Show a new plan (fresh) or none; ``solved`` is the network it was solved from.

        Reports are written from ``solved_network``, never from later edits, so
        that a report's inputs and results always belong together.
        """
        self.plan = plan
        self.solved_network = solved if plan is not None else None
        self.solved_at = dt.datetime.now() if plan is not None else None
        self.stale = False
        self.planChanged.emit(plan)
        self.staleChanged.emit(False)
