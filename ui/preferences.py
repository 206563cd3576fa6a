"""The Preferences dialog: solver and time limit, read from and written to AppSettings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from twinparks.ui.settings import AUTO_SOLVER, AppSettings

MIN_TIME_LIMIT_S = 1
MAX_TIME_LIMIT_S = 86_400


class PreferencesDialog(QDialog):
    """Solver (automatic, HiGHS or CBC) and time limit in seconds; OK keeps, Cancel drops."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._solver = QComboBox()
        self._solver.addItem(self.tr("Automatic (the workbook's, else by size)"), AUTO_SOLVER)
        self._solver.addItem(self.tr("HiGHS"), "highs")
        self._solver.addItem(self.tr("CBC"), "cbc")
        self._solver.setToolTip(self.tr("Linear-programming solver used by Solve"))
        self._time_limit = QSpinBox()
        self._time_limit.setRange(MIN_TIME_LIMIT_S, MAX_TIME_LIMIT_S)
        self._time_limit.setSuffix(self.tr(" s"))
        self._time_limit.setToolTip(self.tr("The solve stops after this many seconds"))
        form = QFormLayout()
        form.addRow(self.tr("&Solver:"), self._solver)
        form.addRow(self.tr("&Time limit:"), self._time_limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def solver(self) -> str:
        """The chosen solver key: "auto", "highs" or "cbc"."""
        return str(self._solver.currentData())

    @solver.setter
    def solver(self, value: str) -> None:
        self._solver.setCurrentIndex(max(0, self._solver.findData(value)))

    @property
    def time_limit(self) -> int:
        """The chosen time limit in seconds."""
        return self._time_limit.value()

    @time_limit.setter
    def time_limit(self, seconds: float) -> None:
        self._time_limit.setValue(
            int(min(MAX_TIME_LIMIT_S, max(MIN_TIME_LIMIT_S, round(seconds)))))

    def from_settings(self, settings: AppSettings) -> PreferencesDialog:
        """Show the values of ``settings``; returns the dialog, for chaining."""
        self.solver = settings.solver
        self.time_limit = settings.time_limit
        return self

    def apply_to(self, settings: AppSettings) -> None:
        """Write the shown values into ``settings``."""
        settings.solver = self.solver
        settings.time_limit = float(self.time_limit)
