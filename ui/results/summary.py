"""The Summary page: key figures of the plan, its cost split and freight by mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from twinparks.models import results
from twinparks.models.plan import Plan
from twinparks.ui.charts import CostSplitChart, ModeTonnesChart
from twinparks.ui.results.frame_model import display_locale, format_number, format_percent
from twinparks.ui.results.page_base import ResultsPage, solver_message, status_label

CARD_STYLE = ("QFrame#kpi { background: #f7f9fc; border: 1px solid #dde3ec;"
              " border-radius: 6px; }")
CAPTION_STYLE = "QLabel { color: #5a6578; font-size: 9pt; }"
VALUE_STYLE = "QLabel { color: #1f2d3d; font-size: 17pt; font-weight: bold; }"
VALUE_POINTS = (17, 15, 13, 11)  # a value too wide for its card at 17 pt is set smaller
DETAIL_STYLE = "QLabel { color: #5a6578; font-size: 9pt; }"
KPI_KEYS = ("total_cost", "service_level", "co2", "unmet", "solver", "status")
KPI_COLUMNS = 3


def _result_label(name: str) -> str:
    """A KPI's label in ``models/results.csv`` (``summary``), translated."""
    return QCoreApplication.translate("results", results.column("summary", name).label)


class KpiCard(QFrame):
    """A caption, a large value and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi")
        self.setStyleSheet(CARD_STYLE)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.value = QLabel("–", self)
        self.value.setStyleSheet(VALUE_STYLE)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("", self)
        self.detail.setStyleSheet(DETAIL_STYLE)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)

    def set_dimmed(self, dimmed: bool) -> None:
        """Grey the value (it belongs to an out-of-date plan)."""
        self._dimmed = dimmed
        self._fit_value()

    def set(self, value: str, detail: str = "") -> None:
        """Show ``value`` with ``detail`` under it."""
        self.value.setText(value)
        self.detail.setText(detail)
        self._fit_value()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """The largest of ``VALUE_POINTS`` at which the value fits the card ("13,294,893 吨")."""
        room = self.contentsRect().width() - 28  # the layout's margins
        font = QFont(self.value.font())
        font.setBold(True)
        points = VALUE_POINTS[-1]
        for size in VALUE_POINTS:
            font.setPointSize(size)
            if QFontMetrics(font).horizontalAdvance(self.value.text()) <= room:
                points = size
                break
        style = VALUE_STYLE.replace("17pt", f"{points}pt")
        if getattr(self, "_dimmed", False):
            style = style.replace("#1f2d3d", "#a0a7b2")
        if style != self.value.styleSheet():
            self.value.setStyleSheet(style)


class SummaryPage(ResultsPage):
    """KPI cards over the cost split and the freight-by-mode charts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.previous: Plan | None = None  # the plan shown before this one (set by the panel)
        captions = self._captions()
        self.cards = {key: KpiCard(captions[key], self.content) for key in KPI_KEYS}
        self.cost_chart = CostSplitChart(self.content)
        self.mode_chart = ModeTonnesChart(self.content)
        cards = QGridLayout()
        cards.setSpacing(10)
        for number, key in enumerate(KPI_KEYS):
            cards.addWidget(self.cards[key], number // KPI_COLUMNS, number % KPI_COLUMNS)
        charts = QHBoxLayout()
        charts.addWidget(self.cost_chart, 3)
        charts.addWidget(self.mode_chart, 2)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(charts, 1)

    def _captions(self) -> dict[str, str]:
        return {
            "total_cost": self.tr("Total landed cost per year"),
            # the labels of the reports and the command line (models/results.csv)
            "service_level": _result_label("service_level"),
            "co2": _result_label("co2_tonnes"), "unmet": _result_label("unmet_tonnes"),
            "solver": self.tr("Solver"), "status": self.tr("Status"),
        }

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` translate the card captions (the panel redraws the values)."""
        if event.type() == QEvent.Type.LanguageChange:
            for key, caption in self._captions().items():
                self.cards[key].caption.setText(caption)
        super().changeEvent(event)

    @property
    def kpi(self) -> dict[str, QLabel]:
        """The value label of each KPI card, by key."""
        return {key: card.value for key, card in self.cards.items()}

    def show_plan(self, plan: Plan | None, currency: str) -> None:
        """Fill the KPI cards and charts from ``plan``, or reset them (None)."""
        self.cost_chart.set_plan(plan, currency)
        self.mode_chart.set_plan(plan, currency)
        if plan is None:
            for card in self.cards.values():
                card.set("–")
            return
        locale = display_locale()
        penalty = plan.costs.get("unmet_penalty", 0.0)
        self.cards["total_cost"].set(
            self._money((plan.objective or 0.0) - penalty, currency),
            self._change(plan, currency) or
            self.tr("supply, production, freight, tariffs and carbon; the unmet-demand "
                    "penalty is not included"))
        self.cards["service_level"].set(
            format_percent(locale, plan.service_level or 0.0),
            self.tr("of the demanded tonnes delivered"))
        self.cards["co2"].set(
            self.tr("%1 t").replace("%1", format_number(locale, plan.co2_tonnes or 0.0, 0)),
            self.tr("production and transport, per year"))
        self.cards["unmet"].set(
            self.tr("%1 t").replace("%1", format_number(locale, plan.unmet_tonnes or 0.0, 0)),
            self._unmet_detail(plan, self._money(penalty, currency)))
        self.cards["solver"].set(_solver_name(plan.solver), self._timing(plan))
        self.cards["status"].set(status_label(plan.status), solver_message(plan.message))

    def _change(self, plan: Plan, currency: str) -> str:
        """How the plan differs from the previous solve ('' without one)."""
        previous = getattr(self, "previous", None)
        if previous is None or not plan.optimal:
            return ""
        landed = ((plan.objective or 0.0) - plan.costs.get("unmet_penalty", 0.0)) - \
            ((previous.objective or 0.0) - previous.costs.get("unmet_penalty", 0.0))
        points = 100 * ((plan.service_level or 0.0) - (previous.service_level or 0.0))
        locale = display_locale()
        sign = "+" if landed >= 0 else "−"
        return self.tr("against the previous solve: %1 %2, service level %3 points").replace(
            "%1", sign + format_number(locale, abs(landed), 0)).replace("%2", currency).replace(
            "%3", ("+" if points >= 0 else "−") + format_number(locale, abs(points), 1))

    def _money(self, value: float | None, currency: str) -> str:
        amount = format_number(display_locale(), value or 0.0, 0)
        return self.tr("%1 %2").replace("%1", amount).replace("%2", currency)

    def _unmet_detail(self, plan: Plan, penalty: str) -> str:
        short = plan.demand[plan.demand["unmet"] > 0]
        if short.empty:
            return self.tr("every demand row is met in full")
        return self.tr("%1 demand rows not met in full; unmet-demand penalty %2").replace(
            "%1", str(len(short))).replace("%2", penalty)

    def _timing(self, plan: Plan) -> str:
        seconds = sum(plan.timings.values()) if plan.timings else None
        if not seconds:
            return ""
        return self.tr("solved in %1 s").replace(
            "%1", format_number(display_locale(), seconds, 2))


def _solver_name(solver: str) -> str:
    return {"highs": "HiGHS", "cbc": "CBC"}.get(solver.lower(), solver) if solver else "–"


__all__ = ["KpiCard", "SummaryPage"]
