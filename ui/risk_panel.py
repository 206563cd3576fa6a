"""The Risk page: the base plan under N sampled futures of the Risks sheet.

The planner sets the number of samples and the seed and presses Run; the
samples are solved in a child process (:class:`ui.job_process.JobProcess`
running :func:`ui.risk_jobs.risk_job`, which may start worker processes of
its own) with a progress bar and a Cancel that stops it (the child is killed
if it does not stop at once), so the window never waits. Then the page shows
the distribution of total cost (a histogram and a table of mean, 5/50/95th
percentiles and CVaR 95 %), how often service falls below a level (a curve
and the probabilities of falling below 99/95/90 %), and the closures that
happen together (:mod:`ui.risk_cofailures`), marked on the map.

A workbook without Risks rows gets an explanation instead of an empty page.
After an edit the results stay, dimmed under a banner, until the next run.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinparks.models.problems import errors
from twinparks.ui.job_process import JobProcess, Outcome
from twinparks.ui.results.frame_model import MONEY, PERCENT, TEXT, Column, DataFrameModel
from twinparks.ui.results.page_base import (
    ResultTable,
    banner_label,
    heading,
    message_label,
    set_heading,
    solver_message,
    titled,
)
from twinparks.ui.risk_charts import CostHistogram, ServiceCurve
from twinparks.ui.risk_cofailures import CofailureView
from twinparks.ui.risk_jobs import RiskRequest, RiskRun, risk_job

DEFAULT_SAMPLES = 1000
MAX_SAMPLES = 1_000_000


def has_risks(network) -> bool:
    """Whether the network has at least one Risks row to sample."""
    return network.has_sheet("Risks") and len(network.table("Risks")) > 0


class RiskPanel(QWidget):
    """Samples and seed, Run and Cancel, then the distribution and the co-failures."""

    finished = Signal(object)  # the RiskRun, or None when the run brought none

    def __init__(self, document, map_view=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.run: RiskRun | None = None
        self.currency = ""
        self.stale = False
        self.outcome: Outcome | None = None
        self._running = None  # the network copy the running job samples
        self.run_network = None  # the one the run shown belongs to
        # not daemonic: the run may start worker processes of its own
        self._jobs = JobProcess("twinparks-risk", daemon=False, parent=self)
        self._jobs.progress.connect(self._on_progress)
        self._jobs.finished.connect(self._on_finished)
        self._build(map_view)
        document.sheetChanged.connect(self._on_edit)
        document.networkReset.connect(self._on_reset)
        self._retranslate()
        self._on_reset()

    # -- layout -------------------------------------------------------------------------------
    def _build(self, map_view) -> None:
        self.samples_label, self.seed_label = QLabel(self), QLabel(self)
        self.samples = QSpinBox(self)
        self.samples.setRange(1, MAX_SAMPLES)
        self.samples.setValue(DEFAULT_SAMPLES)
        self.samples.setGroupSeparatorShown(True)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.samples_label.setBuddy(self.samples)
        self.seed_label.setBuddy(self.seed)
        self.run_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        controls = QHBoxLayout()
        for widget in (self.samples_label, self.samples, self.seed_label, self.seed,
                       self.run_button, self.cancel_button):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        self.banner = banner_label(self)
        self.message = message_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.distribution = self._distribution_tab()
        self.cofailures = CofailureView(map_view, self)
        self.tabs.addTab(self.distribution, "")
        self.tabs.addTab(self.cofailures, "")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def _distribution_tab(self) -> QWidget:
        """The two tables side by side above the two charts side by side."""
        self.cost_model, self.service_model = DataFrameModel(parent=self), DataFrameModel(
            parent=self)
        self.cost_table = ResultTable(self.cost_model, self)
        self.service_table = ResultTable(self.service_model, self)
        self.cost_title, self.service_title = heading(""), heading("")
        tables = QSplitter(Qt.Orientation.Horizontal, self)
        for title, table in ((self.cost_title, self.cost_table),
                             (self.service_title, self.service_table)):
            table.setSortingEnabled(False)  # figures in reading order
            tables.addWidget(titled(tables, title, table))
        self.histogram, self.curve = CostHistogram(self), ServiceCurve(self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.histogram)
        charts.addWidget(self.curve)
        tab = QSplitter(Qt.Orientation.Vertical, self)
        tab.addWidget(tables)
        tab.addWidget(charts)
        tab.setSizes([300, 400])
        return tab

    def changeEvent(self, event) -> None:
        """On ``LanguageChange`` the labels, messages and tables in the new language."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cofailures"):
            self._retranslate()
            self.show_run(self.run)
            self._show_availability()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.samples_label.setText(self.tr("&Samples:"))
        self.seed_label.setText(self.tr("S&eed:"))
        self.samples.setToolTip(self.tr("How many futures to sample from the Risks sheet"))
        self.seed.setToolTip(self.tr("The same seed gives the same numbers"))
        self.run_button.setText(self.tr("&Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.banner.setText(self.tr("Risk results are out of date: the network changed since "
                                    "these samples were solved. Press Run to sample again."))
        self.tabs.setTabText(0, self.tr("Distribution"))
        self.tabs.setTabText(1, self.tr("Co-failures"))

    # -- running ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A run's child process (or the thread supervising it) is still there."""
        return self._jobs.alive

    @property
    def process_id(self) -> int | None:
        """Process id of the running job's child process, once started."""
        return self._jobs.process_id

    def start(self) -> None:
        """Check the workbook, then sample and solve in a child process."""
        if self._jobs.running or not has_risks(self.document.network):
            return
        self.status.setText(self.tr("Checking the workbook…"))
        self.document.when_validated(self._start_checked)

    def _start_checked(self) -> None:
        if self._jobs.running:
            return
        found = errors(self.document.problems)
        if found:
            self.status.setText(self.tr("%1 error(s) must be fixed first; they are listed in "
                                        "the Problems panel.").replace("%1", str(len(found))))
            return
        request = RiskRequest(self.samples.value(), self.seed.value())
        self._set_running(True)
        self.progress.setRange(0, request.samples)
        self.status.setText(self.tr("Solving the base plan, then %1 samples…")
                            .replace("%1", str(request.samples)))
        self._running = self.document.snapshot()  # what the results will belong to
        self._jobs.start(risk_job, self._running, request)

    def cancel(self) -> None:
        """Stop the run (its child process is killed if it does not stop at once)."""
        if self._jobs.cancel():
            self.status.setText(self.tr("Cancelling…"))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run's child process has ended; True if it has (tests, closing)."""
        return self._jobs.wait(timeout)

    def closeEvent(self, event) -> None:
        self.cancel()
        self.wait()
        super().closeEvent(event)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and has_risks(self.document.network))
        self.cancel_button.setEnabled(running)
        for box in (self.samples, self.seed):
            box.setEnabled(not running)
        if running:
            self.progress.setValue(0)

    def _on_progress(self, message: tuple[int, int]) -> None:
        done, total = message
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.status.setText(self.tr("%1 of %2 samples solved").replace("%1", str(done))
                            .replace("%2", str(total)))

    def _on_finished(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._set_running(False)
        run = outcome.value if outcome.kind == "result" else None
        if run is None:
            self.status.setText(self._failure(outcome))
        else:
            self.run_network = self._running
            self.currency = str(self.run_network.setting("currency"))
            self.stale = False
            self.show_run(run)
            self.status.setText(self._done_text(run))
        self._show_availability()
        self.finished.emit(run)

    def _failure(self, outcome: Outcome) -> str:
        if outcome.kind == "cancelled":
            return self.tr("Cancelled: no samples kept")
        if outcome.kind == "lost":
            return self.tr("The risk process stopped unexpectedly (exit code %1).").replace(
                "%1", str(outcome.value))
        return self.tr("Failed: %1").replace("%1", solver_message(str(outcome.value)))

    def _done_text(self, run: RiskRun) -> str:
        figures, asked = run.figures, run.request.samples
        if run.result.cancelled:
            text = self.tr("Cancelled after %1 of %2 samples; their distribution is shown")
            return text.replace("%1", str(figures["samples"])).replace("%2", str(asked))
        text = self.tr("%1 samples solved (seed %2)").replace("%1", str(figures["samples"]))
        unsolved = figures["samples"] - figures.get("solved", 0)
        text = text.replace("%2", str(run.request.seed))
        if unsolved:
            text += " " + self.tr("— %1 without an optimal plan are left out").replace(
                "%1", str(unsolved))
        return text

    # -- showing ------------------------------------------------------------------------------
    def show_run(self, run: RiskRun | None) -> None:
        """Fill the tables and charts from ``run`` (None: empty them)."""
        self.run = run
        figures = run.figures if run is not None else {}
        result = run.result if run is not None else None
        unit = self.tr("%1/yr").replace("%1", self.currency)
        self.cost_model.set_frame(self._cost_rows(figures), [
            Column("figure", self.tr("Figure"), TEXT),
            Column("value", unit, MONEY, decimals=0)])
        self.service_model.set_frame(self._service_rows(figures), [
            Column("figure", self.tr("Figure"), TEXT),
            Column("value", self.tr("Share"), PERCENT, decimals=2)])
        for table in (self.cost_table, self.service_table):
            table.fit_columns()
        set_heading(self.cost_title, self.tr("Total cost"))
        self.cost_title.setToolTip(self.tr("CVaR 95 %: the mean of the worst 5 % of years"))
        set_heading(self.service_title, self.tr("Service level"))
        self.service_title.setToolTip(self.tr("Tonnes delivered / tonnes demanded"))
        self.histogram.set_costs(None if result is None else result.cost, figures.get("mean"),
                                 figures.get("p95"), self.currency)
        self.curve.set_levels(None if result is None else result.service)
        self.cofailures.set_pairs(None if run is None else run.pairs,
                                  self.run_network, figures.get("samples", 0))
        self._update_stale()

    def _cost_rows(self, figures: dict) -> pd.DataFrame:
        if "mean" not in figures:
            return pd.DataFrame(columns=["figure", "value"])
        error = figures["convergence"][-1]["std_error"] if figures.get("convergence") else None
        rows = [(self.tr("Base plan"), figures.get("base_cost")),
                (self.tr("Mean"), figures["mean"]),
                (self.tr("5th percentile"), figures["p5"]),
                (self.tr("Median"), figures["p50"]),
                (self.tr("95th percentile"), figures["p95"]),
                (self.tr("CVaR 95 %"), figures["cvar_95"]),
                (self.tr("Standard error of the mean"), error)]
        return pd.DataFrame(rows, columns=["figure", "value"])

    def _service_rows(self, figures: dict) -> pd.DataFrame:
        if "mean" not in figures:
            return pd.DataFrame(columns=["figure", "value"])
        rows = [(self.tr("Base plan"), figures.get("base_service_level")),
                (self.tr("Mean"), figures["mean_service_level"])]
        for threshold, share in figures["service_below"].items():
            level = f"{float(threshold) * 100:g}\u00a0%"
            rows.append((self.tr("Probability that service < %1").replace("%1", level), share))
        return pd.DataFrame(rows, columns=["figure", "value"])

    # -- the document -------------------------------------------------------------------------
    def _on_edit(self, sheet: str, structural: bool) -> None:
        if self.run is not None and not self.stale:
            self.stale = True
            self._update_stale()
        self._show_availability()

    def _on_reset(self) -> None:
        self.stale, self.run_network = False, None
        self.show_run(None)
        self.status.setText("")
        self._show_availability()

    def _update_stale(self) -> None:
        dimmed = self.stale and self.run is not None
        self.banner.setVisible(dimmed)
        for model in (self.cost_model, self.service_model, self.cofailures.model):
            model.set_dimmed(dimmed)
        for chart in (self.histogram, self.curve):
            chart.set_dimmed(dimmed)

    def _show_availability(self) -> None:
        """The explanation without Risks rows, a hint before the first run, else the results."""
        available = has_risks(self.document.network)
        self.run_button.setEnabled(available and not self._jobs.running)
        if not available:
            self.message.setText(self.tr(
                "This workbook has no Risks sheet, so there is nothing to sample.\n\n"
                "Add a Risks sheet with one row per random factor: a closure of a lane, "
                "site, plant or chokepoint group with its probability (and a duration as "
                "a share of the year), or a shock on supply costs, freight, demand or a "
                "currency with its distribution. Factors with the same group move "
                "together. The bundled example has one."))
            self.stack.setCurrentWidget(self.message)
        elif self.run is None:
            self.message.setText(self.tr(
                "Set the number of samples and the seed, then press Run: each sampled "
                "year is solved with the base plan's investments held."))
            self.stack.setCurrentWidget(self.message)
        else:
            self.stack.setCurrentWidget(self.tabs)


__all__ = ["RiskPanel", "has_risks"]
