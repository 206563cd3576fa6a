"""The Problems panel: every validation problem of the network, live.

Double-clicking a problem asks the main window to jump to its cell. While
the network is being checked (just opened, or edited since the last check)
the count line says so instead of claiming the network can be solved.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from twinparks.models.problems import ERROR, Problem
from twinparks.ui.column_fit import fit_columns
from twinparks.ui.table_model import problem_message


class ProblemsModel(QAbstractTableModel):
    """Severity, place (Sheet!C7) and message of each problem."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Show a new list."""
        self.beginResetModel()
        self.problems = sorted(problems, key=lambda p: p.severity != ERROR)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Severity"), self.tr("Cell"), self.tr("Problem"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            severity = self.tr("Error") if problem.severity == ERROR else self.tr("Warning")
            return (severity, problem.where or self.tr("workbook"),
                    problem_message(problem))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(QColor("#b00020" if problem.severity == ERROR else "#8a6d00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem_message(problem)
        return None


class ProblemsPanel(QWidget):
    """The list of problems with a count; ``jumpRequested`` on double-click."""

    jumpRequested = Signal(object)  # the Problem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ProblemsModel(self)
        self.summary = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(
            lambda index: self.jumpRequested.emit(self.model.problems[index.row()]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.checking = False
        self.set_problems([])

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` show the header, the count and the messages translated."""
        if event.type() == QEvent.Type.LanguageChange:
            self.set_problems(self.model.problems)
        super().changeEvent(event)

    def set_checking(self, checking: bool) -> None:
        """Say that the problems listed are not yet those of the network as it is now."""
        self.checking = checking
        self._summarise()

    def set_problems(self, problems: list[Problem]) -> None:
        """Show the problems and a one-line count."""
        self.model.set_problems(problems)
        self._summarise()
        fit_columns(self.view)  # from a sample: Qt's own fit reads 1,000 rows a column

    def _summarise(self) -> None:
        problems = self.model.problems
        errors = sum(p.severity == ERROR for p in problems)
        warnings = len(problems) - errors
        if self.checking:
            self.summary.setText(self.tr("Checking the network…"))
        elif not problems:
            self.summary.setText(self.tr("No problems: the network can be solved."))
        else:
            self.summary.setText(self.tr("%1 error(s), %2 warning(s) — double-click a problem "
                                         "to go to its cell").replace("%1", str(errors))
                                 .replace("%2", str(warnings)))
