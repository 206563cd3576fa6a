"""The Risks sheet: random factors, their checks and their draws.

Each Risks row is one random factor. A *closure* (``factor`` lane, site,
plant or chokepoint) happens in a sampled year with ``probability`` and
lasts ``duration`` of it; a *shock* (supply_cost, lane_cost, demand,
currency) multiplies a column by a value drawn from ``distribution``.

Correlation: every ``group`` gets one uniform draw ``u`` per sample, shared
by its factors (a factor with a blank group has its own). A closure happens
when ``u < probability``; a shock is the distribution's ``u``-quantile. So
the factors of a group move together (comonotonic): in one bad year the
strait closes and freight and prices rise at once.

The cell-by-cell checks (types, ranges) come from the schema; these read a
row as a whole: the factor, its target, and the parameters of its
distribution, each problem at its cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

from twinparks.models.network import Network, as_key, as_number, is_blank
from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, Text, problem_text

SHEET = "Risks"
CLOSURES = ("lane", "site", "plant", "chokepoint")
SHOCKS = ("supply_cost", "lane_cost", "demand", "currency")
# Distribution → number of parameters (None: a list of one or more values).
DISTRIBUTIONS: dict[str, int | None] = {"normal": 2, "lognormal": 2, "triangular": 3,
                                        "uniform": 2, "empirical": None}
EDGE = 1e-12  # draws are kept inside (0, 1) so that every quantile is finite


@dataclass(frozen=True)
class Factor:
    """One Risks row, checked and typed."""

    id: str
    factor: str
    target: str
    probability: float = 0.0
    duration: float = 1.0
    distribution: str = ""
    parameters: tuple[float, ...] = ()
    group: str = ""

    @property
    def is_closure(self) -> bool:
        """Whether the factor closes an element (else it multiplies a column)."""
        return self.factor in CLOSURES

    def draw(self, uniform: np.ndarray) -> np.ndarray:
        """Per sample: 1.0 where the closure happens / the shock's multiplier (≥ 0)."""
        if self.is_closure:
            return (uniform < self.probability).astype(float)
        return np.maximum(quantile(self.distribution, self.parameters, uniform), 0.0)


def quantile(distribution: str, parameters: tuple[float, ...], u: np.ndarray) -> np.ndarray:
    """The ``u``-quantiles of a distribution (``u`` in (0, 1))."""
    u = np.clip(np.asarray(u, dtype=float), EDGE, 1 - EDGE)
    if distribution in ("normal", "lognormal"):
        centre, spread = parameters
        z = np.array([NormalDist().inv_cdf(float(p)) for p in u.ravel()]).reshape(u.shape)
        value = centre + spread * z
        return np.exp(value) if distribution == "lognormal" else value
    if distribution == "uniform":
        low, high = parameters
        return low + u * (high - low)
    if distribution == "triangular":
        low, mode, high = parameters
        width = high - low
        split = (mode - low) / width
        return np.where(u < split, low + np.sqrt(u * width * (mode - low)),
                        high - np.sqrt((1 - u) * width * (high - mode)))
    values = np.sort(np.asarray(parameters, dtype=float))  # empirical, equally likely
    return values[np.minimum((u * len(values)).astype(int), len(values) - 1)]


def factors(network: Network) -> list[Factor]:
    """The factors of a validated network's Risks sheet, in row order (none without it)."""
    table = network.table(SHEET)
    result = []
    for row in table.index:
        cell = _cells(table, row)
        probability, duration = as_number(cell("probability")), as_number(cell("duration"))
        result.append(Factor(
            id=as_key(cell("id")), factor=_word(cell("factor")), target=as_key(cell("target")),
            probability=probability or 0.0, duration=1.0 if duration is None else duration,
            distribution=_word(cell("distribution")),
            parameters=tuple(parse_parameters(cell("parameters")) or ()),
            group=as_key(cell("group")) if not is_blank(cell("group")) else ""))
    return result


def _cells(table: pd.DataFrame, row: int):
    """A reader of the row's cells by column name (None for a column the sheet lacks)."""
    return lambda column: table.at[row, column] if column in table.columns else None


def draw_keys(all_factors: list[Factor]) -> list[str]:
    """One key per independent uniform draw: the groups, in order of first use."""
    return list(dict.fromkeys(f.group if f.group else f"\0{f.id}" for f in all_factors))


def parse_parameters(value: object) -> list[float] | None:
    """Numbers separated by semicolons; None when any is not a finite number."""
    if is_blank(value):
        return []
    numbers = [as_number(part) for part in str(value).split(";") if part.strip()]
    if any(n is None for n in numbers):
        return None
    return [float(n) for n in numbers if n is not None]


def _word(value: object) -> str:
    return "" if is_blank(value) else str(value).strip().lower()


# --- checks ----------------------------------------------------------------------------------

def check_risks(network: Network) -> list[Problem]:
    """Every cross-cell problem of the Risks sheet, each at its cell."""
    table = network.table(SHEET)
    if not network.has_sheet(SHEET) or "factor" not in table.columns:
        return []
    targets = _targets(network)
    problems = []
    for row in table.index:
        for column, text in _row_problems(table, row, targets):
            position = list(table.columns).index(column) + 1 if column in table.columns \
                else None
            problems.append(Problem.of(text, sheet=SHEET, row=row, column=column,
                                       col_index=position))
    return problems


def _row_problems(table: pd.DataFrame, row: int, targets: dict[str, set[str]]
                  ) -> list[tuple[str, Text]]:
    cell = _cells(table, row)
    factor = _word(cell("factor"))
    if is_blank(cell("factor")):
        return []  # the schema reports the required cell
    if factor not in CLOSURES + SHOCKS:
        return [("factor", problem_text(QT_TRANSLATE_NOOP(
            "validation", "unknown factor '{factor}'; use one of {allowed}"),
            factor=str(cell("factor")).strip(), allowed=", ".join(CLOSURES + SHOCKS)))]
    found = []
    target = cell("target")
    if not is_blank(target) and as_key(target) not in targets[factor]:
        found.append(("target", problem_text(QT_TRANSLATE_NOOP(
            "validation", "{factor} '{target}' is not in the workbook; name one of its "
            "{factor} targets ({example})"), factor=factor, target=as_key(target),
            example=", ".join(sorted(targets[factor])[:5]) or "-")))
    if factor in CLOSURES:
        return found + _closure_problems(cell)
    return found + _shock_problems(cell)


def _closure_problems(cell) -> list[tuple[str, Text]]:
    found = []
    if is_blank(cell("probability")):
        found.append(("probability", problem_text(QT_TRANSLATE_NOOP(
            "validation", "a closure needs a probability between 0 and 1"))))
    for column in ("distribution", "parameters"):
        if not is_blank(cell(column)):
            found.append((column, problem_text(QT_TRANSLATE_NOOP(
                "validation", "a closure has a probability, not a {column}; clear the cell "
                "or make the factor a shock"), column=column)))
    return found


def _shock_problems(cell) -> list[tuple[str, Text]]:
    found = []
    for column in ("probability", "duration"):
        if not is_blank(cell(column)):
            found.append((column, problem_text(QT_TRANSLATE_NOOP(
                "validation", "a shock has a distribution, not a {column}; clear the cell "
                "or make the factor a closure"), column=column)))
    distribution = _word(cell("distribution"))
    if distribution not in DISTRIBUTIONS:
        return found + [("distribution", problem_text(QT_TRANSLATE_NOOP(
            "validation", "a shock needs a distribution: one of {allowed}"),
            allowed=", ".join(DISTRIBUTIONS)))]
    message = parameter_problem(distribution, parse_parameters(cell("parameters")))
    return found + ([("parameters", message)] if message is not None else [])


def parameter_problem(distribution: str, numbers: list[float] | None) -> Text | None:
    """Why the parameters do not fit the distribution, or None when they do."""
    wanted = DISTRIBUTIONS[distribution]
    shape = {"normal": "mean;sd", "lognormal": "mu;sigma", "triangular": "low;mode;high",
             "uniform": "low;high", "empirical": "v1;v2;..."}[distribution]
    if numbers is None or not numbers or (wanted is not None and len(numbers) != wanted):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{distribution} needs the parameters {shape} (numbers separated "
            "by semicolons)"), distribution=distribution, shape=shape)
    if distribution in ("normal", "lognormal") and numbers[1] < 0:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "the spread of {distribution} must not be negative"),
            distribution=distribution)
    if distribution == "uniform" and numbers[0] > numbers[1]:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "uniform needs low ≤ high"))
    if distribution == "triangular" and not (numbers[0] <= numbers[1] <= numbers[2]
                                             and numbers[0] < numbers[2]):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "triangular needs low ≤ mode ≤ high and low < high"))
    return None


def _targets(network: Network) -> dict[str, set[str]]:
    """Per factor, the names a target may take."""
    def keys(sheet: str, column: str) -> set[str]:
        table = network.table(sheet)
        if column not in table.columns:
            return set()
        return {as_key(v) for v in table[column] if not is_blank(v)}

    return {"lane": keys("Lanes", "id"), "site": keys("Sites", "id"),
            "plant": keys("Plants", "id"), "chokepoint": keys("Chokepoints", "id"),
            "supply_cost": keys("Products", "family"), "lane_cost": keys("Lanes", "mode"),
            "demand": keys("Demand", "site"),
            "currency": keys("Sites", "country")}
