"""The open document: the network being edited, its file, undo stack and plan.

All edits go through :meth:`Document.push` as ``models.commands`` objects
wrapped in ``QUndoCommand``; views listen to the signals and never change
the network themselves. Validation runs live (debounced) after each edit.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from twinparks.example import example_path
from twinparks.models.commands import Command
from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.problems import Problem
from twinparks.models.validation import validate
from twinparks.template import template_book
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


class ModelCommand(QUndoCommand):
    """A ``models.commands.Command`` as one undo step (whatever its class)."""

    def __init__(self, document: Document, command: Command, text: str):
        super().__init__(text)
        self._document = document
        self._command = command

    def redo(self) -> None:
        self._command.do(self._document.network)
        self._document.notify_changed(self._command.sheet, self._command.changes_structure)

    def undo(self) -> None:
        self._command.undo(self._document.network)
        self._document.notify_changed(self._command.sheet, self._command.changes_structure)


class Document(QObject):
    """The network, where it came from, and what was solved from it."""

    networkReset = Signal()
    sheetChanged = Signal(str, bool)  # sheet, structural (rows or columns changed)
    problemsChanged = Signal(list)
    planChanged = Signal(object)  # Plan or None
    staleChanged = Signal(bool)
    pathChanged = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.network = Network()
        self.path: Path | None = None
        self.untitled_name = ""  # the bundled dataset's name while its copy has no file
        self.origin: Origin | None = None
        self.file_problems: list[Problem] = []
        self.problems: list[Problem] = []
        self.plan: Plan | None = None
        self.solved_network: Network | None = None  # the inputs of ``plan``, as solved
        self.solved_at: dt.datetime | None = None
        self.stale = False
        self.undo_stack = QUndoStack(self)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.revalidate)

    # -- loading and saving -------------------------------------------------
    def load(self, network: Network, path: Path | None, origin: Origin | None = None,
             file_problems: list[Problem] | None = None) -> None:
        """Replace the document's network (open or new): clears undo and the plan.

        ``origin`` is what a save writes the edits into (see
        :mod:`twinparks.workbook_save`); by default the network as it is now.
        ``file_problems`` (what reading the file found: hidden sheets, merged
        cells, numbers too large …) stay listed with the validation problems.
        """
        self.network = network
        self.file_problems = list(file_problems or [])
        self.path = path
        self.origin = origin or Origin(None, network.copy())
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.set_plan(None)
        self.networkReset.emit()
        self.pathChanged.emit(str(path) if path else "")
        self.revalidate()

    def open(self, path: str | Path) -> ReadResult:
        """Read ``path``; on success it becomes the document, else nothing changes.

        The bundled dataset opens as an untitled copy (:attr:`untitled_name` says
        which), so that Save asks for a file name and never writes into the
        installed package. A save writes the edits into the file read
        (:class:`twinparks.workbook_save.Origin`), so the rest of it is kept.
        """
        result, origin = open_workbook(path)
        if result.network is not None:
            bundled = is_bundled(Path(path))
            self.untitled_name = Path(path).name if bundled else ""
            self.load(result.network, None if bundled else Path(path), origin, result.problems)
        return result

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
        self.sheetChanged.emit(sheet, structural)
        if self.plan is not None and not self.stale:
            self.stale = True
            self.staleChanged.emit(True)
        self._validate_timer.start()

    def revalidate(self) -> None:
        """Validate the whole network now."""
        self._validate_timer.stop()
        self.problems = self.file_problems + validate(self.network)
        self.problemsChanged.emit(self.problems)

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
