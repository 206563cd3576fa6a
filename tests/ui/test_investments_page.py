"""The Investments page shows the modules built, their cost and the chokepoint shares."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.models.test_milp import network
from twinparks.models.solve import solve
from twinparks.ui.results.panel import ResultsPanel


def two_of_three_with_a_strait():
    """The two-of-three network of tests/models/test_milp.py with a chokepoint on its lane."""
    net = network({"capacity": 0, "cost_per_unit": 10}, 220, 1000, investments=[
        {"id": "P_MOD", "plant": "P", "capacity": 100, "annual_cost": 20_000,
         "max_modules": 3}], chokepoints=[{"id": "STRAIT", "lanes": "S>M"}])
    plan = solve(net)
    assert plan.optimal
    return plan


def test_the_page_lists_investments_and_chokepoints(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.set_plan(two_of_three_with_a_strait(), "USD")
    panel.show()
    page = panel.investments
    panel.setCurrentWidget(page)
    assert panel.tabText(panel.indexOf(page)) == "Investments"
    model = page.investments
    assert model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    modules = next(c for c, h in enumerate(headers) if h.startswith("Modules"))
    assert model.data(model.index(0, modules)) == "2"
    assert "1 of 1 investments built, 40,000 USD a year" in page.investment_title.text()
    assert page.chokepoints.rowCount() == 1
    assert "proven within a gap" in page.note.text()
    page.grab().save(str(tmp_path / "investments.png"))
    assert (tmp_path / "investments.png").stat().st_size > 0


def test_a_plan_without_investments_says_so(qtbot):
    from tests.models.test_milp import network as plain

    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_plan(solve(plain({"capacity": 100}, 50, 1000)), "USD")
    page = panel.investments
    assert page.investments.rowCount() == 0
    assert "no Investments rows" in page.investment_title.text() and page.note.text() == ""
