"""Every bar chart keeps its value labels inside the plot, whatever its size and language.

The Summary's cost chart cut its largest label at the right edge ("3,07…"
for a 3,076 M bar) because the value axis ended a fixed 18 % past the
largest bar, however wide the label is in pixels. The charts are drawn
with the bundled example's plan at the sizes the Summary and results pages
give them in a 1400 × 900 window and narrower, in the three languages.
"""

from __future__ import annotations

import pytest
from pyqtgraph import TextItem
from PySide6.QtWidgets import QApplication

from twinparks.example import example_path
from twinparks.models.solve import solve
from twinparks.ui import charts
from twinparks.ui.i18n import language_of
from twinparks.workbook import read_workbook

CHARTS = [charts.CostSplitChart, charts.ModeTonnesChart, charts.UtilisationChart,
          charts.DemandChart, charts.BottleneckChart]
SIZES = [(380, 330), (560, 420)]


@pytest.fixture(scope="module")
def plan():
    result = solve(read_workbook(example_path()).network)
    assert result.optimal
    return result


def text_rect(item: TextItem):
    """The text's rectangle in the scene, without the item's transparent margin."""
    margin = item.textItem.document().documentMargin()
    return item.sceneBoundingRect().adjusted(margin, margin, -margin, -margin)


def drawn(qtbot, chart_class, plan, size):
    chart = chart_class()
    qtbot.addWidget(chart)
    chart.set_plan(plan, "USD")
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(20)
    return chart


@pytest.mark.parametrize("language", ["en", "zh_CN", "ms"])
@pytest.mark.parametrize("chart_class", CHARTS, ids=lambda c: c.__name__)
def test_value_labels_lie_inside_the_plot(qtbot, plan, chart_class, language):
    with language_of(QApplication.instance(), language):
        for size in SIZES:
            chart = drawn(qtbot, chart_class, plan, size)
            plot = chart.getPlotItem().getViewBox().sceneBoundingRect()
            labels = [i for i in chart.getPlotItem().items if isinstance(i, TextItem)]
            assert labels
            outside = [(label.textItem.toPlainText(), text_rect(label)) for label in labels
                       if not plot.contains(text_rect(label))]
            assert not outside, f"{size}: {outside} not inside {plot}"


def test_the_largest_cost_label_fits_after_a_resize(qtbot, plan, screenshots):
    """Drawn wide, then made narrow: the range follows the new width."""
    chart = drawn(qtbot, charts.CostSplitChart, plan, (900, 330))
    chart.resize(360, 330)
    qtbot.wait(20)
    plot = chart.getPlotItem().getViewBox().sceneBoundingRect()
    largest = max(chart.value_labels, key=lambda label: label.end)
    assert largest.item.textItem.toPlainText() == "3,076"
    assert plot.contains(text_rect(largest.item))
    assert chart.grab().save(str(screenshots / "cost_split_narrow.png"))


def test_an_inside_label_too_long_for_its_bar_goes_outside(qtbot, plan):
    """The bottleneck chart writes the largest price inside its bar when the bar holds it."""
    wide = drawn(qtbot, charts.BottleneckChart, plan, (900, 420))
    largest = max(wide.value_labels, key=lambda label: label.end)
    assert largest.inside
    narrow = drawn(qtbot, charts.BottleneckChart, plan, (230, 420))
    largest = max(narrow.value_labels, key=lambda label: label.end)
    assert not largest.inside
    for label in narrow.value_labels:
        if label.inside:  # white text on its bar: the bar is longer than the text
            bar_px = label.end / narrow.getViewBox().viewPixelSize()[0]
            assert bar_px >= text_rect(label.item).width()


@pytest.mark.parametrize("language", ["ms", "zh_CN", "en"])
@pytest.mark.parametrize("chart_class", CHARTS, ids=lambda c: c.__name__)
def test_titles_and_axis_titles_wrap_inside_a_narrow_chart(qtbot, plan, chart_class,
                                                           language, screenshots):
    """Malay titles ("Kos dijimatkan bagi setiap unit kapasiti tambahan") were cut."""
    with language_of(QApplication.instance(), language):
        chart = drawn(qtbot, chart_class, plan, (300, 420))
        chart.retitle()
        chart.set_plan(plan, "USD")
        qtbot.wait(20)
        scene = chart.mapToScene(chart.viewport().rect()).boundingRect()
        texts = {"title": chart.heading.item}
        for side in ("bottom", "left"):
            texts[side] = chart.getPlotItem().getAxis(side).label
        for name, item in texts.items():
            if not item.isVisible() or not item.toPlainText().strip():
                continue
            rect = item.sceneBoundingRect()
            assert scene.left() - 1 <= rect.left() and rect.right() <= scene.right() + 1 \
                and scene.top() - 1 <= rect.top() and rect.bottom() <= scene.bottom() + 1, \
                f"{name} {item.toPlainText()!r} at {rect} outside {scene}"
        assert chart.grab().save(str(screenshots / f"{chart_class.__name__}_{language}.png"))


@pytest.mark.parametrize("language", ["zh_CN", "ms", "en"])
def test_a_kpi_value_fits_its_card(qtbot, language):
    """'13,294,893 吨' in 17 pt was cut at the card's edge in Chinese."""
    from twinparks.ui.results.summary import KpiCard

    with language_of(QApplication.instance(), language):
        card = KpiCard("CO₂")
        qtbot.addWidget(card)
        card.resize(190, 110)
        card.show()
        qtbot.waitExposed(card)
        card.set("13,294,893 吨", "生产与运输，每年")
        label = card.value
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
        card.set("51 %")
        assert "17pt" in label.styleSheet()  # short values keep the large figure
