"""The bundled dataset's MILP: sub-MIP heuristics, and three ways to cost not investing.

Run through ``benchmarks/milp.py`` (``--example``, the default) or alone::

    python benchmarks/milp_example.py [--mip-gap 1e-4] [--repeat 3]

Prints, for the bundled dataset, the MILP's time to a proven optimum with
HiGHS's sub-MIP heuristics (RINS, RENS) on and off, then the cost of not
making each chosen investment computed three ways:

* ``full``: what the model does, one MILP per chosen investment
  (:func:`twinparks.models.investment_runs.cost_of_not_investing`);
* ``warm``: the same MILPs one after another, each given an incumbent first: the plan's own
  integer decisions with that investment held at its committed modules,
  completed by one LP. Still exact (HiGHS proves the optimum), possibly faster;
* ``fixed``: that LP alone (every other integer kept as in the plan). Not
  exact in general (without one investment another may pay); printed to show
  how far it is from the exact figure.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time

import numpy as np


def _example_lp():
    from twinparks.example import example_path
    from twinparks.models import lp as lp_module
    from twinparks.models import milp
    from twinparks.models.typed import resolve
    from twinparks.workbook import read_workbook

    typed = resolve(read_workbook(example_path()).network)
    return typed, milp.extend(typed, lp_module.build(typed))


def _highs(lp, mip_gap: float, sub_mips: bool = False):
    from twinparks.models.solvers import new_highs, pass_to_highs, without_sub_mips

    highs = new_highs()
    highs.setOptionValue("mip_rel_gap", float(mip_gap))
    if not sub_mips:
        without_sub_mips(highs)
    pass_to_highs(highs, lp)
    return highs


def time_sub_mips(lp, mip_gap: float, repeat: int) -> np.ndarray:
    """Median time to a proven optimum with sub-MIP heuristics on and off; the solution."""
    x = None
    for sub_mips in (True, False):
        times, objective = [], None
        for _ in range(repeat):
            highs = _highs(lp, mip_gap, sub_mips)
            start = time.perf_counter()
            highs.run()
            times.append(time.perf_counter() - start)
            objective = highs.getInfo().objective_function_value
            x = np.asarray(highs.getSolution().col_value)
        label = "on" if sub_mips else "off"
        print(f"example MILP, sub-MIPs {label:<3} {statistics.median(times):7.3f} s  "
              f"objective {objective:.2f}", flush=True)
    return x


def _held(lp, x: np.ndarray, column: int, fix_others: bool):
    """The model with investment ``column`` at its committed modules (others fixed or free)."""
    lower, upper = lp.col_lower.copy(), lp.col_upper.copy()
    upper[column] = lower[column]
    if fix_others:
        integers = np.flatnonzero(lp.integrality)
        others = integers[integers != column]
        lower[others] = upper[others] = np.round(x[others])
        return dataclasses.replace(lp, col_lower=lower, col_upper=upper, integrality=None)
    return dataclasses.replace(lp, col_upper=upper)


def costs_three_ways(lp, x: np.ndarray, mip_gap: float) -> None:
    """The cost of not investing: full MILP re-solves, warm-started ones, the fixed LP."""
    from twinparks.models.investment_runs import cost_of_not_investing

    objective = float(lp.cost @ x)
    modules = lp.blocks["modules"]
    chosen = [c for c in range(modules.start, modules.stop) if x[c] > lp.col_lower[c] + 0.5]
    frame = _investments_frame(lp, x)
    start = time.perf_counter()
    full = cost_of_not_investing(lp, frame, objective, "highs", 60.0, mip_gap)
    full_time = time.perf_counter() - start
    start = time.perf_counter()
    for column in chosen:
        _highs(_held(lp, x, column, fix_others=False), mip_gap).run()
    serial_time = time.perf_counter() - start
    warm, fixed = [], []
    start = time.perf_counter()
    fixed_time = 0.0
    for column in chosen:
        lp_start = time.perf_counter()
        completion = _highs(_held(lp, x, column, fix_others=True), mip_gap)
        completion.run()
        incumbent = np.asarray(completion.getSolution().col_value)
        fixed.append(completion.getInfo().objective_function_value - objective)
        fixed_time += time.perf_counter() - lp_start
        highs = _highs(_held(lp, x, column, fix_others=False), mip_gap)
        highs.setSolution(_solution(incumbent))
        highs.run()
        warm.append(highs.getInfo().objective_function_value - objective)
    warm_time = time.perf_counter() - start
    exact = full[~np.isnan(full)]
    print(f"cost of not investing, full   {full_time:7.3f} s  {_money(exact)}  "
          f"(two at a time, as the model does; one after another {serial_time:.3f} s)")
    print(f"cost of not investing, warm   {warm_time:7.3f} s  {_money(warm)}  "
          f"(equal: {np.allclose(warm, exact, rtol=mip_gap, atol=mip_gap * abs(objective))})")
    print(f"cost of not investing, fixed  {fixed_time:7.3f} s  {_money(fixed)}  "
          f"(exact here: {np.allclose(fixed, exact, rtol=mip_gap)}; an upper bound in general)",
          flush=True)


def _investments_frame(lp, x: np.ndarray):
    import pandas as pd

    modules = lp.blocks["modules"]
    return pd.DataFrame({"modules": np.round(x[modules]),
                         "min_modules": lp.col_lower[modules]})


def _solution(x: np.ndarray):
    import highspy

    solution = highspy.HighsSolution()
    solution.col_value = list(x)
    solution.value_valid = True
    return solution


def _money(values) -> str:
    return ", ".join(f"{v / 1e6:.4f} M" for v in values)


def compare_example(mip_gap: float = 1e-4, repeat: int = 3) -> None:
    """Both comparisons on the bundled dataset."""
    _, lp = _example_lp()
    x = time_sub_mips(lp, mip_gap, repeat)
    costs_three_ways(lp, x, mip_gap)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mip-gap", type=float, default=1e-4)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    compare_example(arguments.mip_gap, arguments.repeat)
