"""The Risk page: runs off the GUI thread with progress and Cancel, shows what models.risk gives.

Real solver, real child process, the bundled example (20 samples keep it fast).
"""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from tests.models.test_risk import EXAMPLE_RISKS
from twinparks.example import example_path
from twinparks.models.commands import SetCells
from twinparks.models.network import make_table
from twinparks.models.risk import risk
from twinparks.models.risk_stats import cofailure_pairs, summary
from twinparks.ui.document import Document
from twinparks.ui.i18n import install_translator
from twinparks.ui.risk_panel import RiskPanel
from twinparks.workbook import read_workbook

SAMPLES, SEED = 20, 5


class FakeMap:
    """The main map's public marking API, recorded."""

    def __init__(self):
        self.marked = None

    def highlight(self, sites, lanes):
        self.marked = (set(sites), set(lanes))


def example(risks=EXAMPLE_RISKS):
    network = read_workbook(example_path()).network
    if risks is None:
        del network.tables["Risks"]
        network.sheet_order.remove("Risks")
    else:
        network.tables["Risks"] = make_table("Risks", risks)
    return network


@pytest.fixture
def make_panel(qtbot):
    panels = []

    def make(network, map_view=None) -> RiskPanel:
        document = Document()
        document.load(network, None)
        panel = RiskPanel(document, map_view=map_view)
        panel.resize(1100, 760)
        qtbot.addWidget(panel)
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.cancel()
        assert panel.wait(15)
        assert not panel.busy


def run(qtbot, panel, samples=SAMPLES, seed=SEED, timeout=120_000):
    panel.samples.setValue(samples)
    panel.seed.setValue(seed)
    with qtbot.waitSignal(panel.finished, timeout=timeout) as finished:
        panel.run_button.click()
    return finished.args[0]


def test_a_run_shows_the_numbers_of_models_risk_with_the_same_seed(qtbot, make_panel):
    marks = FakeMap()
    panel = make_panel(example(), marks)
    progress = []
    panel._jobs.progress.connect(progress.append)
    done = run(qtbot, panel)
    assert done is panel.run and not panel.busy
    assert panel.progress.value() == panel.progress.maximum() == SAMPLES
    assert progress[-1] == (SAMPLES, SAMPLES)
    direct = risk(example(), samples=SAMPLES, seed=SEED, workers=1)
    assert np.array_equal(panel.run.result.cost, direct.cost)
    assert np.array_equal(panel.run.result.service, direct.service)
    figures = summary(direct)
    shown = panel.cost_model.frame["value"].astype(float).tolist()
    assert shown[:6] == [figures[k] for k in ("base_cost", "mean", "p5", "p50", "p95",
                                              "cvar_95")]
    service = panel.service_model.frame["value"].astype(float).tolist()
    assert service[3] == figures["service_below"]["0.95"]  # base, mean, <99 %, <95 %
    assert panel.stack.currentWidget() is panel.tabs
    assert int(panel.histogram.bars.opts["height"].sum()) == SAMPLES
    assert panel.curve.curve is not None
    pairs = cofailure_pairs(direct)
    assert len(pairs)  # three independent closures at 0.5, 0.3, 0.2: some coincide
    assert panel.cofailures.pairs[["risk_a", "risk_b", "together"]].equals(
        pairs[["risk_a", "risk_b", "together"]])
    assert marks.marked == panel.cofailures.marked(list(range(min(5, len(pairs)))))
    assert marks.marked[0] | marks.marked[1]  # something is marked on the map


def test_selecting_a_pair_marks_its_elements_on_both_maps(qtbot, make_panel):
    marks = FakeMap()
    panel = make_panel(example(), marks)
    run(qtbot, panel)
    view = panel.cofailures
    last = len(view.pairs) - 1
    view.table.selectRow(last)  # unsorted: view row = pair row
    assert marks.marked == view.marked([last])
    sites, lanes = marks.marked
    pair = view.pairs.iloc[last]
    targets = {pair["target_a"], pair["target_b"]}
    assert targets & (sites | lanes) or "plant" in (pair["factor_a"], pair["factor_b"])
    assert view.map is not None


def test_cancel_stops_a_long_run_at_once(qtbot, make_panel):
    panel = make_panel(example())
    panel.samples.setValue(200_000)  # minutes of work
    seen = []
    panel._jobs.progress.connect(seen.append)
    panel.run_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)  # the child is sampling
    pid = panel.process_id
    assert pid is not None and panel.cancel_button.isEnabled()
    started = time.monotonic()
    with qtbot.waitSignal(panel.finished, timeout=15_000):
        panel.cancel_button.click()
    assert time.monotonic() - started < 10
    assert not panel.busy and panel.run_button.isEnabled()
    assert panel.outcome.kind in ("cancelled", "result")
    if panel.outcome.kind == "result":  # it answered in time: what it had solved
        assert panel.run.result.cancelled and len(panel.run.result.cost) < 200_000
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_workbook_without_risks_explains_what_to_add(qtbot, make_panel, screenshots):
    panel = make_panel(example(None))
    panel.resize(680, 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.grab().save(str(screenshots / "risk_no_risks.png"))
    assert panel.stack.currentWidget() is panel.message
    assert "no Risks sheet" in panel.message.text()
    assert not panel.run_button.isEnabled()
    panel.run_button.click()
    assert not panel.busy


def test_an_edit_makes_the_results_out_of_date_until_the_next_run(qtbot, make_panel):
    panel = make_panel(example())
    run(qtbot, panel, samples=8)
    assert panel.banner.isHidden() and not panel.cost_model.dimmed
    document = panel.document
    document.push(SetCells("Demand", [(0, "quantity", 1.0)]))
    assert not panel.banner.isHidden() and panel.cost_model.dimmed
    assert panel.stack.currentWidget() is panel.tabs  # still shown, dimmed
    run(qtbot, panel, samples=8)
    assert panel.banner.isHidden() and not panel.cost_model.dimmed


def test_the_page_in_malay_and_english_fits(qtbot, make_window, qapp, screenshots):
    """Screenshots of the main window's Risk tab; no label is cut short."""
    try:
        for lang in ("en", "ms"):
            install_translator(qapp, lang)
            window = make_window()
            window.act_risk.trigger()
            assert window.output_tabs.currentWidget() is window.risk
            panel = window.risk
            panel.samples.setValue(60)  # enough for a histogram; each run is a child process
            with qtbot.waitSignal(panel.finished, timeout=180_000):
                panel.run_button.click()
            qtbot.wait(300)
            assert window.grab().save(str(screenshots / f"risk_{lang}_distribution.png"))
            title_font = QFont()
            title_font.setPointSize(11)
            for chart in (panel.histogram, panel.curve):
                width = QFontMetrics(title_font).horizontalAdvance(chart.title_text)
                assert width < chart.width() - 16, (lang, chart.title_text)
            for table in (panel.cost_table, panel.service_table):
                assert table.needed_width() <= table.width(), (lang, table.needed_width())
            panel.tabs.setCurrentIndex(1)
            qtbot.wait(300)
            assert window.grab().save(str(screenshots / f"risk_{lang}_cofailures.png"))
            table = panel.cofailures.table
            assert table.needed_width() <= table.width(), (lang, table.needed_width())
            for label in (panel.samples_label, panel.seed_label):
                assert label.width() >= label.sizeHint().width()
            for button in (panel.run_button, panel.cancel_button):
                assert button.width() >= button.sizeHint().width()
            if lang == "ms":
                assert panel.run_button.text() != "&Run"
                assert window.act_risk.text() != "&Risk analysis…"
    finally:
        install_translator(qapp, "en")
