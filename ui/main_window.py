"""The main window: data editors, map and results, problems, menus, solve."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTabWidget,
)

from twinparks import __version__
from twinparks.models import schema
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions
from twinparks.overwrite import ReplaceRefused
from twinparks.ui import report_export
from twinparks.ui.background import Background
from twinparks.ui.document import Document
from twinparks.ui.edit_target import focused_target
from twinparks.ui.gui_collector import heap_settled
from twinparks.ui.lazy_tabs import LazyTabs
from twinparks.ui.main_actions import build_actions, build_menus
from twinparks.ui.map_view import NetworkMap
from twinparks.ui.open_progress import read_with_progress
from twinparks.ui.preferences import PreferencesDialog
from twinparks.ui.problems_panel import ProblemsPanel
from twinparks.ui.results.page_base import solver_message
from twinparks.ui.results.panel import ResultsPanel
from twinparks.ui.retranslate import retranslate_main_window, undo_label
from twinparks.ui.risk_panel import RiskPanel
from twinparks.ui.scenarios_panel import ScenariosPanel
from twinparks.ui.settings import AUTO_SOLVER, AppSettings
from twinparks.ui.sheet_editor import SheetEditor
from twinparks.ui.solve_runner import SolveRunner
from twinparks.ui.solve_status import SolveStatus
from twinparks.ui.window_dialogs import WindowDialogs

log = logging.getLogger(__name__)
EDITOR_SHEETS = schema.SHEETS
MAP_REFRESH_MS = 300


def _reason(error: BaseException) -> str:
    """What went wrong, in one line a planner can act on (never a traceback)."""
    text = str(error).strip()
    return text if text else type(error).__name__


class MainWindow(WindowDialogs, QMainWindow):
    """Twin Parks planner's one window."""

    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.settings = settings or AppSettings()
        self.document = Document(self)
        self.runner = SolveRunner(self)
        self.opener = Background("open", self)
        self.open_progress: QProgressDialog | None = None  # while a workbook opens
        self._open_loop: QEventLoop | None = None
        self._solved_inputs = None  # the network copy being solved
        self._export_after_solve = False  # Export asked for a fresh plan first
        self._map_plan_pending = False  # a plan the map is to take when next shown
        self._checking_message = ""  # the status bar's while an opened workbook is checked
        self._settle_when_checked = False  # an opened workbook's objects, frozen once checked
        self._build_views()
        build_actions(self)
        build_menus(self)
        self._connect()
        self._restore_geometry()
        self._update_title()

    # -- construction -------------------------------------------------------------
    def _build_views(self) -> None:
        self.editors = {sheet: SheetEditor(self.document, sheet) for sheet in EDITOR_SHEETS}
        self.sheet_tabs = QTabWidget()
        for sheet, editor in self.editors.items():
            self.sheet_tabs.addTab(editor, sheet)
        self.map = NetworkMap()
        self.results = ResultsPanel()
        self.output_tabs = QTabWidget()
        self.output_tabs.addTab(self.map, self.tr("Map"))
        self.output_tabs.addTab(self.results, self.tr("Results"))
        # Scenarios and Risk are built when first shown or used (a third of the window's cost)
        self.lazy_tabs = LazyTabs(self.output_tabs)
        self.lazy_tabs.add("scenarios", lambda: ScenariosPanel(self.document, map_view=self.map),
                           self.tr("Scenarios"))
        self.lazy_tabs.add("risk", lambda: RiskPanel(self.document, map_view=self.map),
                           self.tr("Risk"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sheet_tabs)
        splitter.addWidget(self.output_tabs)
        splitter.setSizes([640, 640])
        self.setCentralWidget(splitter)
        self.problems = ProblemsPanel()
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)
        self.solve_status = SolveStatus()
        self.solve_status.attach(self.runner)
        self.statusBar().addPermanentWidget(self.solve_status)
        self._map_timer = QTimer(self, singleShot=True, interval=MAP_REFRESH_MS)
        self._map_timer.timeout.connect(self._network_to_map)

    def _connect(self) -> None:
        doc = self.document
        doc.undo_stack.cleanChanged.connect(self._update_title)
        # after QUndoStack's own handlers, which keep the prefix of the first language
        doc.undo_stack.undoTextChanged.connect(self._label_undo)
        doc.undo_stack.redoTextChanged.connect(self._label_redo)
        doc.pathChanged.connect(self._update_title)
        doc.problemsChanged.connect(self.problems.set_problems)
        doc.checkingChanged.connect(self.problems.set_checking)
        doc.checkingChanged.connect(self._on_checking)
        doc.networkReset.connect(self._on_network_reset)
        doc.sheetChanged.connect(self._on_sheet_changed)
        doc.planChanged.connect(self._on_plan)
        doc.staleChanged.connect(self.results.set_stale)
        doc.staleChanged.connect(self.map.set_stale)
        self.problems.jumpRequested.connect(self.jump_to_problem)
        self.map.siteClicked.connect(self.select_site)
        self.output_tabs.currentChanged.connect(self._plan_to_map)
        self.runner.started.connect(lambda: self._set_solving(True))
        self.runner.finished.connect(self._on_solved)

    @property
    def scenarios(self) -> ScenariosPanel:
        """The Scenarios tab's panel (built now if it was not yet)."""
        return self.lazy_tabs.page("scenarios")

    @property
    def risk(self) -> RiskPanel:
        """The Risk tab's panel (built now if it was not yet)."""
        return self.lazy_tabs.page("risk")

    # -- helpers -------------------------------------------------------------
    def editor(self) -> SheetEditor:
        """The sheet editor in front."""
        return self.sheet_tabs.currentWidget()

    def edit_target(self):
        """The table the Edit menu acts on: the one with focus (the sheet in front if none)."""
        focus = QApplication.focusWidget()
        outputs = self.output_tabs
        if focus is None or not (outputs is focus or outputs.isAncestorOf(focus)):
            return focused_target(list(self.editors.values())) or self.editor()
        return focused_target([])  # outside the sheets only read-only tables: copy

    def _update_title(self, *_) -> None:
        document = self.document
        if document.path is not None:
            name = document.path.name
        elif document.untitled_name:
            name = self.tr("%1 (copy, not saved yet)").replace("%1", document.untitled_name)
        else:
            name = self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {self.tr('Twin Parks planner')}")
        self.setWindowModified(self.document.modified)

    def _restore_geometry(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1400, 900)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)

    # -- document events ----------------------------------------------------------
    def _network_to_map(self) -> None:
        """The map draws the document's snapshot: its worker reads the cells (never edited)."""
        self.map.set_network(self.document.snapshot(), frozen=True)

    def _on_network_reset(self) -> None:
        self._network_to_map()
        self.map.set_plan(None)
        self._map_plan_pending = False
        self.map.fit()
        for editor in self.editors.values():
            editor.refit()  # the sheet in front now, the others when first shown

    def _on_checking(self, checking: bool) -> None:
        """The status bar's "Checking …" after an open goes when its problems come.

        Then what the open made is there to stay: the collector freezes it.
        """
        if not checking and self._settle_when_checked:
            self._settle_when_checked = False
            heap_settled()
        if not checking and self._checking_message:
            if self.statusBar().currentMessage() == self._checking_message:
                self.statusBar().clearMessage()
            self._checking_message = ""

    def _on_sheet_changed(self, sheet: str, structural: bool) -> None:
        if sheet in ("Sites", "Lanes"):
            self._map_timer.start()

    def _on_plan(self, plan) -> None:
        solved = self.document.solved_network or self.document.network
        self.results.set_plan(plan, str(solved.setting("currency")))
        # The window shows the Results after a solve: the map takes the plan when it is
        # next shown (its flows are the biggest redraw on a big network), not now.
        self._map_plan_pending = True
        self._plan_to_map()

    def _plan_to_map(self, *_) -> None:
        """Give the map the document's plan if it has not had it yet and is in front."""
        if self._map_plan_pending and self.output_tabs.currentWidget() is self.map:
            self._map_plan_pending = False
            self.map.set_plan(self.document.plan)
            self.map.set_stale(self.document.stale)  # edited since: its banner says so

    # -- files --------------------------------------------------------------------
    def load_path(self, path: str | Path) -> bool:
        """Open a workbook; on failure or Cancel keep the current one as it was.

        Reading runs in a worker thread while this waits in an event loop of
        its own, so the window keeps painting; a modal progress dialog with
        Cancel shows if it takes longer than a moment. The document is
        swapped in only once the workbook is read in full, and shown before
        it is validated: validation follows in the background (the Problems
        panel and the status bar say "Checking…"; a solve waits for it).
        """
        name = Path(path).name or str(path)
        outcome = read_with_progress(self, path, name)
        if outcome is None:
            self.statusBar().showMessage(self.tr("Opening %1 cancelled").replace("%1", name), 5000)
            return False
        if isinstance(outcome, BaseException):  # a failed open is a message, never a crash
            self.show_error(self.tr("Cannot open %1").replace("%1", name),
                            self.tr("The file was not opened; the current network is "
                                    "unchanged.") + "\n\n" + _reason(outcome))
            return False
        result = outcome.result
        if result.network is None:
            lines = [p.format(name) for p in result.problems[:20]]
            self.show_error(self.tr("Cannot open %1").replace("%1", name),
                            self.tr("The file was not opened; the current network is "
                                    "unchanged.") + "\n\n" + "\n".join(lines))
            return False
        self.document.adopt(outcome)
        self.statusBar().clearMessage()
        self._settle_when_checked = True
        if self.document.checking:
            self._checking_message = self.tr("Checking %1…").replace("%1", name)
            self.statusBar().showMessage(self._checking_message)
        else:
            self._on_checking(False)
        self.settings.add_recent(path)
        return True

    def cancel_open(self) -> None:
        """Stop waiting for the workbook being opened (the current one stays)."""
        if self._open_loop is not None:
            self._open_loop.quit()

    def new_file(self) -> None:
        """Start from the empty template."""
        if self.maybe_save():
            self.document.new()

    def open_file(self, path: str | None = None) -> None:
        """Ask for a workbook and open it."""
        if not self.maybe_save():
            return
        path = path or self.ask_open_path()
        if path:
            self.load_path(path)

    def save_file(self) -> bool:
        """Save to the current file (or ask for one)."""
        if self.document.path is None:
            return self.save_file_as()
        return self._save_to(self.document.path)

    def save_file_as(self) -> bool:
        """Ask for a file name and save there."""
        path = self.ask_save_path()
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path, force: bool = False) -> bool:
        """Save; a refusal that forcing would overcome is asked, any failure is shown."""
        try:
            self.document.save(path, force=force)
        except ReplaceRefused as error:
            if error.forceable and not force and self.ask_yes_no(
                    self.tr("Save anyway?"), str(error) + "\n\n" +
                    self.tr("Save the file anyway?")):
                return self._save_to(path, force=True)
            if not error.forceable:
                self.show_error(self.tr("Not saved"), str(error))
            return False
        except Exception as error:  # a failed save is a message, never a crash
            log.debug("saving %s failed", path, exc_info=True)
            self.show_error(self.tr("Not saved"),
                            self.tr("%1 was not saved; your edits are still open here.")
                            .replace("%1", str(path)) + "\n\n" + _reason(error))
            return False
        self.settings.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def export_report(self) -> None:
        """Write the plan shown as an Excel or PDF report (solving first if it is stale)."""
        document = self.document
        if document.plan is not None and document.stale:
            if self.ask_yes_no(self.tr("Results out of date"),
                               self.tr("The network changed after the last solve, so the "
                                       "results no longer match it. Solve now and export "
                                       "the new plan?")):
                self._export_after_solve = True
                self.solve()
            return
        name = document.path.name if document.path else (document.untitled_name
                                                           or self.tr("Untitled"))
        written = report_export.export_report(
            self, document.solved_network or document.network, document.plan, name,
            document.solved_at, ask_path=self.ask_report_path, notify=self.show_info,
            source_path=document.path)
        if written is not None:
            self.statusBar().showMessage(self.tr("Report written to %1")
                                         .replace("%1", str(written)), 8000)

    def maybe_save(self) -> bool:
        """Offer to save unsaved changes; False means the user cancelled."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_file()
        return answer == QMessageBox.StandardButton.Discard

    # -- editing and navigation -------------------------------------------------------
    def jump_to_problem(self, problem) -> None:
        """Show the cell a problem points at."""
        editor = self.editors.get(problem.sheet)
        if editor is None:
            return
        self.sheet_tabs.setCurrentWidget(editor)
        if problem.row is not None:
            editor.select_label(problem.row, problem.column)

    def select_site(self, site_id: str) -> None:
        """Select a site (clicked on the map) in the Sites editor."""
        self.sheet_tabs.setCurrentWidget(self.editors["Sites"])
        self.editors["Sites"].select_id(site_id)

    def edit_preferences(self) -> None:
        """The preferences dialog."""
        dialog = PreferencesDialog(self)
        dialog.from_settings(self.settings)
        if dialog.exec():
            dialog.apply_to(self.settings)

    def close_file(self) -> None:
        """Close the workbook (offering to save it) and start an empty one."""
        if self.maybe_save():
            self.document.new()

    def solve_all(self) -> None:
        """Solve the base case and every scenario (the Scenarios tab shows them)."""
        self.output_tabs.setCurrentWidget(self.scenarios)
        self.scenarios.solve_all()

    def stress_test(self) -> None:
        """Run the N-1 stress test (the Scenarios tab shows the ranking)."""
        self.output_tabs.setCurrentWidget(self.scenarios)
        self.scenarios.run_stress()

    def risk_analysis(self) -> None:
        """Show the Risk tab, ready to set the samples and run them."""
        self.output_tabs.setCurrentWidget(self.risk)
        self.risk.samples.setFocus()

    def user_guide(self) -> None:
        """The desktop part of the README, shipped with the app."""
        from twinparks.ui.help_dialog import UserGuide

        UserGuide(self).show()

    def about(self) -> None:
        """Version and purpose."""
        QMessageBox.about(self, self.tr("About Twin Parks planner"),
                          self.tr("Twin Parks planner %1\nCapacity allocation for the "
                                  "China–Malaysia Qinzhou and Kuantan industrial parks.")
                          .replace("%1", __version__))

    # -- solving ----------------------------------------------------------------
    def solve(self) -> None:
        """Validate, then solve in the background (refused while errors remain)."""
        if self.runner.running:
            return
        self.statusBar().showMessage(self.tr("Checking the workbook…"))
        self.document.when_validated(self._solve_checked)

    def _solve_checked(self) -> None:
        """The problems are current: solve, unless errors remain."""
        self.statusBar().clearMessage()
        if self.runner.running:
            return
        found = errors(self.document.problems)
        if found:
            self.problems_dock.show()
            self.show_error(self.tr("Cannot solve yet"),
                            self.tr("%1 error(s) must be fixed first; they are listed in "
                                    "the Problems panel.").replace("%1", str(len(found))))
            return
        solver = None if self.settings.solver == AUTO_SOLVER else self.settings.solver
        options = SolveOptions(solver=solver, time_limit=self.settings.time_limit)
        # the runner's own copy: what the plan will belong to
        self._solved_inputs = self.runner.start(self.document.snapshot(), options,
                                                snapshot=True)

    def _set_solving(self, solving: bool) -> None:
        self.act_solve.setEnabled(not solving)
        self.act_cancel.setEnabled(solving)

    def _on_solved(self, plan) -> None:
        self._set_solving(False)
        export, self._export_after_solve = self._export_after_solve, False
        if plan.optimal:
            self.output_tabs.setCurrentWidget(self.results)  # first: the map then waits
            self.document.set_plan(plan, self._solved_inputs)
            if export:
                QTimer.singleShot(0, self.export_report)
            self.statusBar().showMessage(self.tr("Solved: optimal plan"), 5000)
        elif plan.status == "cancelled":
            self.statusBar().showMessage(self.tr("Solve cancelled"), 5000)
        else:
            self.show_error(self.tr("No optimal plan"),
                            self.tr("The solver returned '%1': %2").replace("%1", plan.status)
                            .replace("%2", solver_message(plan.message)))

    def _label_undo(self, text: str) -> None:
        self.act_undo.setText(undo_label(text))

    def _label_redo(self, text: str) -> None:
        self.act_redo.setText(undo_label(text, redo=True))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_menu"):
            retranslate_main_window(self)
        super().changeEvent(event)

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.cancel_open()
        self.runner.cancel()
        self.runner.shutdown()
        self.document.wait_validated(5)
        for name in ("scenarios", "risk"):
            panel = self.lazy_tabs.built(name)  # one never built has nothing running
            if panel is not None:
                panel.cancel()
                panel.wait(5)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        event.accept()
