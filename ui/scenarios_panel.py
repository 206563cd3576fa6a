"""The Scenarios panel: solve every what-if scenario, compare them, stress-test.

The Scenarios sheet itself is edited in its sheet editor like every other
sheet (drop-downs from the network, invalid cells tinted, undoable).
"Solve all" (:func:`models.scenario_runs.solve_all_scenarios`) and the stress
test (:func:`models.stress.stress`, which may run its cases in worker
processes of its own) run in a child process (:class:`ui.job_process.JobProcess`,
the jobs are in :mod:`ui.scenario_jobs`), so a crashing solver cannot take
the planner's unsaved work with it. Progress and results come back as
signals; Cancel asks the child to stop and kills it if it does not answer.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinparks.models.scenario_runs import comparison
from twinparks.ui.job_process import JobProcess, Outcome
from twinparks.ui.map_view import NetworkMap
from twinparks.ui.scenario_chart import ScenarioChart, changes_frame
from twinparks.ui.scenario_jobs import solve_all_job, stress_job

log = logging.getLogger(__name__)
NO_PARENT = QModelIndex()


HEADERS = {  # comparison and stress-test columns, as the planner reads them
    "scenario": QT_TRANSLATE_NOOP("FrameModel", "Scenario"),
    "status": QT_TRANSLATE_NOOP("FrameModel", "Status"),
    "objective": QT_TRANSLATE_NOOP("FrameModel", "Total cost"),
    "cost_change": QT_TRANSLATE_NOOP("FrameModel", "Change vs base"),
    "co2_tonnes": QT_TRANSLATE_NOOP("FrameModel", "CO2 (t)"),
    "service_level": QT_TRANSLATE_NOOP("FrameModel", "Service level"),
    "unmet_units": QT_TRANSLATE_NOOP("FrameModel", "Unmet (units)"),
    "supply": QT_TRANSLATE_NOOP("FrameModel", "Supply"),
    "production": QT_TRANSLATE_NOOP("FrameModel", "Production"),
    "transport": QT_TRANSLATE_NOOP("FrameModel", "Transport"),
    "tariff": QT_TRANSLATE_NOOP("FrameModel", "Tariffs"),
    "carbon": QT_TRANSLATE_NOOP("FrameModel", "Carbon"),
    "unmet_penalty": QT_TRANSLATE_NOOP("FrameModel", "Unmet penalty"),
    "unmet_tonnes": QT_TRANSLATE_NOOP("FrameModel", "Unmet (t)"),
    "unmet_value": QT_TRANSLATE_NOOP("FrameModel", "Unmet (penalty value)"),
    "kind": QT_TRANSLATE_NOOP("FrameModel", "Lost"),
    "id": QT_TRANSLATE_NOOP("FrameModel", "Id"),
    "cost_increase": QT_TRANSLATE_NOOP("FrameModel", "Cost increase"),
    "duty_saved": QT_TRANSLATE_NOOP("FrameModel", "Duty saved"),
    "element": QT_TRANSLATE_NOOP("FrameModel", "Plant or lane"),
    "base": QT_TRANSLATE_NOOP("FrameModel", "Base case"),
    "value": QT_TRANSLATE_NOOP("FrameModel", "In the scenario"),
    "change": QT_TRANSLATE_NOOP("FrameModel", "Change"),
}
ELEMENTS = {"plant": QT_TRANSLATE_NOOP("FrameModel", "plant"),
            "lane": QT_TRANSLATE_NOOP("FrameModel", "lane")}


class FrameModel(QAbstractTableModel):
    """A read-only DataFrame, with planner-facing column headers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame()

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.frame.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.frame.iat[index.row(), index.column()]
        if role == Qt.DisplayRole:
            if isinstance(value, float | np.floating):
                column = self.frame.columns[index.column()]
                return "" if np.isnan(value) else (
                    f"{value:.2%}" if column == "service_level" else f"{value:,.0f}")
            if self.frame.columns[index.column()] == "element" and value in ELEMENTS:
                return QCoreApplication.translate("FrameModel", ELEMENTS[value])
            return str(value)
        if role == Qt.TextAlignmentRole and isinstance(value, float | np.floating):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            key = str(self.frame.columns[section])
            return QCoreApplication.translate("FrameModel", HEADERS[key]) \
                if key in HEADERS else key
        return None


def _error(outcome: Outcome) -> Exception:
    """The exception standing for a job that brought no result (shown, and emitted)."""
    if outcome.kind == "error" and isinstance(outcome.value, Exception):
        return outcome.value
    if outcome.kind == "cancelled":  # killed before it answered
        return RuntimeError(QCoreApplication.translate("SolverStatus", "Cancelled"))
    if outcome.kind == "lost":
        text = QCoreApplication.translate(
            "SolveRunner", "The solver process stopped unexpectedly (exit code %1).")
        return RuntimeError(text.replace("%1", str(outcome.value)))
    return RuntimeError(f"{type(outcome.value).__name__}: {outcome.value}")


class ScenariosPanel(QWidget):
    """Scenarios table with undoable edits, Solve all, comparison and stress test."""

    solved = Signal(object)  # list of ScenarioResult
    stressed = Signal(object)  # the ranking DataFrame (or an error message)

    def __init__(self, document, map_view=None, parent=None):
        super().__init__(parent)
        self.document = document
        self.map_view = map_view
        self.results = []
        self.ranking: pd.DataFrame | None = None
        self._kind = ""
        # not daemonic: the stress test may start worker processes of its own
        self._jobs = JobProcess("twinparks-scenarios", daemon=False, parent=self)
        self._jobs.progress.connect(self._on_progress)
        self._jobs.finished.connect(self._on_finished)
        self._build()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.solve_button = QPushButton(self.tr("Solve all"), self)
        self.stress_button = QPushButton(self.tr("Run stress test"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.status = QLabel("", self)
        self.solve_button.clicked.connect(self.solve_all)
        self.stress_button.clicked.connect(self.run_stress)
        self.cancel_button.clicked.connect(self.cancel)
        self.compare_model = FrameModel(self)
        self.compare_table = QTableView(self)
        self.compare_table.setModel(self.compare_model)
        self.chart = ScenarioChart(self)
        self.changes_model = FrameModel(self)
        self.changes_table = QTableView(self)
        self.changes_table.setModel(self.changes_model)
        self.changes_label = QLabel(self.tr("Biggest changes against the base case"), self)
        changes = QWidget(self)
        column = QVBoxLayout(changes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.changes_label)
        column.addWidget(self.changes_table)
        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(self.chart)
        below.addWidget(changes)
        below.setSizes([640, 360])
        compare = QWidget(self)
        column = QVBoxLayout(compare)
        column.addWidget(self.solve_button)
        column.addWidget(self.compare_table)
        column.addWidget(below, 1)
        self.stress_model = FrameModel(self)
        self.stress_table = QTableView(self)
        self.stress_table.setModel(self.stress_model)
        self.stress_table.setSelectionBehavior(QTableView.SelectRows)
        self.stress_table.selectionModel().selectionChanged.connect(self._highlight_selection)
        stress_tab = QWidget(self)
        column = QVBoxLayout(stress_tab)
        column.addWidget(self.stress_button)
        # the ranking and the map it marks, side by side (a map of its own: the main one
        # sits in another tab)
        self.stress_map = NetworkMap(self) if self.map_view is not None else None
        side_by_side = QSplitter(Qt.Orientation.Horizontal, stress_tab)
        side_by_side.addWidget(self.stress_table)
        if self.stress_map is not None:
            side_by_side.addWidget(self.stress_map)
            side_by_side.setSizes([520, 480])
        column.addWidget(side_by_side)
        self.compare_tab, self.stress_tab = compare, stress_tab
        self.tabs.addTab(compare, self.tr("Comparison"))
        self.tabs.addTab(stress_tab, self.tr("Stress test"))
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.cancel_button)
        self.status.setWordWrap(True)  # its own line: beside the bar it was cut ("8 scenari")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(footer)
        layout.addWidget(self.status)

    def changeEvent(self, event) -> None:
        """On ``LanguageChange`` retitle buttons, tabs and headers and redraw the chart."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "changes_label"):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.solve_button.setText(self.tr("Solve all"))
        self.stress_button.setText(self.tr("Run stress test"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.changes_label.setText(self.tr("Biggest changes against the base case"))
        self.tabs.setTabText(self.tabs.indexOf(self.compare_tab), self.tr("Comparison"))
        self.tabs.setTabText(self.tabs.indexOf(self.stress_tab), self.tr("Stress test"))
        for model in (self.compare_model, self.changes_model, self.stress_model):
            if model.columnCount():
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                             model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1,
                                                   model.columnCount() - 1))
        if self.results:
            self.chart.set_frame(comparison(self.results),
                                 str(self.document.network.setting("currency")))

    # -- background work ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A job's child process (or the thread supervising it) is still there."""
        return self._jobs.alive

    @property
    def process_id(self) -> int | None:
        """Process id of the running job's child process, once started."""
        return self._jobs.process_id

    def solve_all(self) -> None:
        """Solve the base case and every scenario in a child process."""
        self._start("solve", solve_all_job, None)

    def run_stress(self) -> None:
        """Run the N-1 stress test in a child process."""
        self._start("stress", stress_job, None)

    def _start(self, kind: str, job, payload) -> None:
        if self._jobs.running:
            return
        self._kind = kind
        self._set_running(True)
        self.status.setText(self.tr("Solving…") if kind == "solve" else self.tr("Stress test…"))
        # a copy-on-write snapshot: the job never sees later edits of the document
        self._jobs.start(job, self.document.snapshot(), payload)

    def cancel(self) -> None:
        """Stop the running job (its child process is killed if it does not stop at once)."""
        self._jobs.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job's child process has ended; True if it has (tests, closing)."""
        return self._jobs.wait(timeout)

    def closeEvent(self, event) -> None:
        self.cancel()
        self.wait()
        super().closeEvent(event)

    def _set_running(self, running: bool) -> None:
        for button in (self.solve_button, self.stress_button):
            button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)

    def _on_progress(self, message: tuple[int, int]) -> None:
        done, total = message
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _on_finished(self, outcome: Outcome) -> None:
        kind, result = self._kind, outcome.value
        self._set_running(False)
        if outcome.kind != "result":
            result = _error(outcome)
            self.status.setText(str(result) if outcome.kind == "cancelled"
                                else self.tr("Failed: {0}").format(result))
        elif kind == "solve":
            self.show_results(result)
        else:
            self.show_ranking(result)
        (self.solved if kind == "solve" else self.stressed).emit(result)

    # -- results ------------------------------------------------------------------------------
    def show_results(self, results) -> None:
        self.results = results
        frame = comparison(results) if results else pd.DataFrame()
        # units of different products do not add (docs/contract.md §9): tonnes, not units
        self.compare_model.set_frame(frame.drop(columns=["unmet_units"], errors="ignore"))
        self.compare_table.resizeColumnsToContents()
        self.chart.set_frame(frame, str(self.document.network.setting("currency")))
        self.changes_model.set_frame(changes_frame(results).rename(columns={"kind": "element"}))
        self.changes_table.resizeColumnsToContents()
        self.status.setText(self.tr("{0} scenario(s) solved").format(max(0, len(results) - 1)))
        self.tabs.setCurrentIndex(1)

    def show_ranking(self, ranking: pd.DataFrame) -> None:
        self.ranking = ranking
        self.stress_model.set_frame(ranking)
        self.stress_table.resizeColumnsToContents()  # whole figures, never "13,724,9…"
        self.status.setText(self.tr("{0} cases ranked").format(len(ranking)))
        self.tabs.setCurrentIndex(2)
        if self.stress_map is not None:
            self.stress_map.set_network(self.document.network)
            self.stress_map.fit()
        self.highlight_top(5)

    def critical(self, rows: list[int]) -> tuple[set[str], set[str]]:
        """Sites and lanes to mark for ranking rows (a plant marks its site)."""
        sites, lanes = set(), set()
        if self.ranking is None:
            return sites, lanes
        plants = self.document.network.table("Plants")
        site_of = dict(zip(plants.get("id", []), plants.get("site", []), strict=True))
        for row in rows:
            kind, ident = self.ranking["kind"].iloc[row], self.ranking["id"].iloc[row]
            if kind == "lane":
                lanes.add(ident)
            elif kind == "site":
                sites.add(ident)
            elif ident in site_of:
                sites.add(str(site_of[ident]))
        return sites, lanes

    def highlight_top(self, count: int) -> None:
        if self.ranking is not None:
            self._mark(*self.critical(list(range(min(count, len(self.ranking))))))

    def _highlight_selection(self, *_) -> None:
        rows = sorted({i.row() for i in self.stress_table.selectionModel().selectedIndexes()})
        if rows:
            self._mark(*self.critical(rows))

    def _mark(self, sites: set[str], lanes: set[str]) -> None:
        """Mark the cases on the main map and on the map beside the ranking."""
        for view in (self.map_view, self.stress_map):
            if view is not None:
                view.highlight(sites, lanes)
