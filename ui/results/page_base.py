"""What every result page shares: the stale banner, the placeholder, sortable tables.

A page shows one of two things: a message (no plan yet, or the solver found
no optimal plan) or its content. Over either, a banner warns when the
network changed since the plan was solved, and the content is dimmed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinparks.models.plan import Plan
from twinparks.ui.column_fit import fit_columns
from twinparks.ui.results.frame_model import SORT_ROLE, DataFrameModel

BANNER_STYLE = ("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #f0d68a;"
                " border-radius: 4px; padding: 8px 12px; font-weight: bold; }")
MESSAGE_STYLE = "QLabel { color: #555555; font-size: 15pt; padding: 40px; }"
HEADING_STYLE = "QLabel { font-size: 11pt; font-weight: bold; color: #333333; }"


def banner_label(parent: QWidget) -> QLabel:
    """The hidden "out of date" banner a page shows over dimmed results."""
    banner = QLabel(parent)
    banner.setStyleSheet(BANNER_STYLE)
    banner.setWordWrap(True)
    banner.hide()
    return banner


def message_label(parent: QWidget) -> QLabel:
    """The large centred text a page shows instead of its content."""
    message = QLabel(parent)
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    message.setWordWrap(True)
    message.setStyleSheet(MESSAGE_STYLE)
    return message


def titled(parent: QWidget, title: QLabel, table: QWidget) -> QWidget:
    """``title`` above ``table`` in one box (for a splitter)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(table, 1)
    return box


def status_label(status: str) -> str:
    """A solver status (``models.solvers``) in words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("SolverStatus", text)
    labels = {"optimal": tr("Optimal"), "time_limit": tr("Time limit reached"),
              "infeasible": tr("Infeasible"), "unbounded": tr("Unbounded"),
              "cancelled": tr("Cancelled"), "failed": tr("Solver failed")}
    return labels.get(status, status)


def solver_message(message: str) -> str:
    """A solver's message (``models.solvers``, ``models.solve``) in the app's language."""
    return QCoreApplication.translate("solver", message)


class ResultTable(QTableView):
    """A read-only, sortable view of a :class:`DataFrameModel` (sorted by raw value)."""

    def __init__(self, model: DataFrameModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        header = self.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # plan order until clicked
        header.setSortIndicatorClearable(True)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()

    def fit_columns(self) -> int:
        """Size columns to the header and a sample of rows, within reason; the cells read."""
        return fit_columns(self, widest=320)

    def needed_width(self) -> int:
        """Pixels to show every column without a horizontal scroll bar."""
        columns = sum(self.columnWidth(c) for c in range(self.source.columnCount()))
        rows = self.source.rowCount() * self.verticalHeader().defaultSectionSize()
        scrolls = rows + self.horizontalHeader().height() > self.viewport().height()
        scroll_bar = self.verticalScrollBar().sizeHint().width() if scrolls else 0
        return columns + scroll_bar + 2 * self.frameWidth() + 8

    def filter_box(self) -> QLineEdit:
        """A search field that keeps only rows containing its text."""
        box = QLineEdit(self.parentWidget())
        self._filter = box
        box.setPlaceholderText(self.tr("Filter rows…"))
        box.setClearButtonEnabled(True)
        box.setMaximumWidth(260)
        box.textChanged.connect(self.proxy.setFilterFixedString)
        return box


    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_filter"):
            self._filter.setPlaceholderText(self.tr("Filter rows…"))
        super().changeEvent(event)


def heading(text: str, hint: str = "") -> QLabel:
    """A bold section title, with an optional grey explanation after it."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(HEADING_STYLE)
    label.setWordWrap(True)
    set_heading(label, text, hint)
    return label


def set_heading(label: QLabel, text: str, hint: str = "") -> None:
    """Change a :func:`heading`'s text."""
    hint_html = (f"&nbsp;&nbsp;<span style='font-weight:normal; color:#666666'>{_escape(hint)}"
                 "</span>") if hint else ""
    label.setText(_escape(text) + hint_html)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ResultsPage(QWidget):
    """One tab of the results: banner, then a message or the page's content."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: Plan | None = None
        self.stale = False
        self.banner = banner_label(self)
        self._retitle_banner()
        self.message = message_label(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content = QWidget(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self._stack, 1)
        self._show_message(self.tr("No plan yet: press F5 to solve"))

    def _retitle_banner(self) -> None:
        self.banner.setText(self.tr(
            "Results are out of date: the network changed since this plan was solved. "
            "Press F5 to solve again."))

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` translate the banner; headings follow the next ``set_plan``."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle_banner()
        super().changeEvent(event)

    # -- API ---------------------------------------------------------------------
    def set_plan(self, plan: Plan | None, currency: str) -> None:
        """Show ``plan`` (None: the placeholder; not optimal: its status)."""
        self.plan = plan
        if plan is None:
            self._show_message(self.tr("No plan yet: press F5 to solve"))
            self.show_plan(None, currency)
        elif not plan.optimal:
            self._show_message(self.status_text(plan))
            self.show_plan(None, currency)
        else:
            self.show_plan(plan, currency)
            self._stack.setCurrentWidget(self.content)
        self._update_stale()

    def set_stale(self, stale: bool) -> None:
        """Warn that the network changed since the plan was solved."""
        self.stale = stale
        self._update_stale()

    def showing_content(self) -> bool:
        """Whether the page shows a plan (rather than a message)."""
        return self._stack.currentWidget() is self.content

    def status_text(self, plan: Plan) -> str:
        """The sentence shown instead of the tables when there is no optimal plan."""
        text = self.tr("No optimal plan: the solver stopped with status “%1”.").replace(
            "%1", status_label(plan.status))
        if plan.message:
            text += "\n" + solver_message(plan.message)
        return text + "\n" + self.tr("Check the Problems list, then press F5 to solve again.")

    # -- for subclasses ------------------------------------------------------------------
    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the content from an optimal ``plan``, or empty it (None)."""
        raise NotImplementedError

    # -- internals ----------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def _update_stale(self) -> None:
        stale = self.stale and self.plan is not None
        self.banner.setVisible(stale)
        # dimmed item by item: a QGraphicsOpacityEffect garbles scroll areas and charts
        for child in self.content.findChildren(QWidget):
            if hasattr(child, "set_dimmed"):
                child.set_dimmed(stale)
        for table in self.content.findChildren(ResultTable):
            table.source.set_dimmed(stale)

    def is_dimmed(self) -> bool:
        """Whether the content is drawn dimmed (a stale plan)."""
        return self.stale and self.plan is not None


__all__ = ["ResultTable", "ResultsPage", "heading", "set_heading", "status_label"]
