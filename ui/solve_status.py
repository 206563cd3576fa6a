"""A status-bar widget for a running solve: busy bar, stage, elapsed time, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from twinparks.ui.solve_runner import SolveRunner


class SolveStatus(QWidget):
    """Shown while a solve runs, hidden when idle; Cancel emits ``cancelRequested``."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)  # indeterminate: the solvers report no fraction done
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(120)
        self._stage = QLabel()
        self._elapsed = QLabel()
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setToolTip(self.tr("Stop the solve"))
        self._cancel.clicked.connect(self._request_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._bar, self._stage, self._elapsed, self._cancel):
            layout.addWidget(widget)
        self.hide()

    def attach(self, runner: SolveRunner) -> None:
        """Follow ``runner``'s signals; Cancel cancels it."""
        runner.started.connect(self.show_started)
        runner.progress.connect(self.set_stage)
        runner.elapsed.connect(self.set_elapsed)
        runner.finished.connect(self.show_idle)
        self.cancelRequested.connect(runner.cancel)

    @property
    def stage_text(self) -> str:
        """The stage shown."""
        return self._stage.text()

    @property
    def elapsed_text(self) -> str:
        """The elapsed time shown."""
        return self._elapsed.text()

    def show_started(self) -> None:
        """Reset and show."""
        self._stage.clear()
        self.set_elapsed(0.0)
        self._cancel.setEnabled(True)
        self.show()

    def set_stage(self, text: str) -> None:
        """Show the stage text (already translated)."""
        self._stage.setText(text)

    def set_elapsed(self, seconds: float) -> None:
        """Show the elapsed time as "12.3 s" (in the widget's locale)."""
        number = self.locale().toString(float(seconds), "f", 1)
        self._elapsed.setText(self.tr("%1 s").replace("%1", number))

    def show_idle(self, _plan: object = None) -> None:
        """Hide (the solve ended)."""
        self.hide()

    def _request_cancel(self) -> None:
        self._cancel.setEnabled(False)
        self.cancelRequested.emit()
