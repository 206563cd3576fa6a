"""Solving every scenario of a workbook, and comparing the plans."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.models.scenarios import BASE, apply_scenario, scenario_names, without_scenarios
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.solvers import Cancel

Progress = Callable[[int, int, str], None]
CHANGE_TOL = 1e-6

@dataclass
class ScenarioResult:
    """One scenario's plan (``base`` is the workbook as it is)."""

    name: str
    plan: Plan

    def summary(self) -> dict[str, object]:
        """The JSON object of ``solve --json`` with the scenario's name first."""
        return {"scenario": self.name, **self.plan.summary()}


def solve_all_scenarios(network: Network, options: SolveOptions | None = None,
                        progress: Progress | None = None,
                        cancel: Cancel | None = None) -> list[ScenarioResult]:
    """Solve the base case and every scenario, in sheet order.

    ``progress(done, total, name)`` is called before each solve and at the
    end; a cancel stops after the current solve (that plan says cancelled).
    """
    cancel = cancel or Cancel()
    names = [BASE] + scenario_names(network)
    report = progress or (lambda done, total, name: None)
    results = []
    for done, name in enumerate(names):
        if cancel.cancelled:
            break
        report(done, len(names), name)
        scenario = without_scenarios(apply_scenario(network, name))
        results.append(ScenarioResult(name, solve(scenario, options, None, cancel)))
    report(len(results), len(names), "")
    return results


def comparison(results: list[ScenarioResult]) -> pd.DataFrame:
    """One row per scenario: status, objective, cost split, CO2, service level, unmet."""
    rows = []
    for result in results:
        summary = result.plan.summary()
        costs = dict(result.plan.costs)
        summary.pop("costs")
        # figures only: duty by agreement (the total is costs' tariff) and a MILP's
        # investments, chokepoints and plants switched off are tables, not one column
        figures = {k: v for k, v in summary.items() if not isinstance(v, (list, dict))}
        rows.append({"scenario": result.name, **figures, **costs})
    frame = pd.DataFrame(rows)
    if len(frame):
        base = frame["objective"].iloc[0]
        frame.insert(3, "cost_change", frame["objective"] - base)
    return frame


def biggest_changes(base: Plan, plan: Plan, top: int = 5) -> pd.DataFrame:
    """The largest changes in plant output and lane tonnes from ``base`` to ``plan``.

    Columns: kind (``plant`` or ``lane``), id, base, scenario, change; sorted
    by the size of the change, largest first, ``top`` of each kind.
    """
    columns = ["kind", "id", "base", "scenario", "change"]
    if not (base.optimal and plan.optimal):
        return pd.DataFrame(columns=columns)
    parts = []
    for kind, table, key, amount in (("plant", "production", "plant", "output"),
                                     ("lane", "lanes", "lane", "tonnes")):
        before = base.tables[table].set_index(key)[amount].groupby(level=0).sum()
        after = plan.tables[table].set_index(key)[amount].groupby(level=0).sum()
        both = pd.concat([before, after], axis=1, keys=["base", "scenario"]).fillna(0.0)
        both["change"] = both["scenario"] - both["base"]
        both = both[both["change"].abs() > CHANGE_TOL]
        both = both.reindex(both["change"].abs().sort_values(ascending=False).index).head(top)
        parts.append(both.reset_index(names="id").assign(kind=kind)[columns])
    return pd.concat(parts, ignore_index=True)
