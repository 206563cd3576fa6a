"""Time to a proven MILP optimum: investments and minimum outputs on a synthetic network.

    python benchmarks/milp.py [--size 1e5] [--investments 50] [--min-output 20] [--seed 0]
                              [--solvers highs,cbc] [--time-limit 3600] [--mip-gap 1e-4]

The synthetic network of ``--size`` LP variables
(``twinparks.models.synthetic``) gets ``--investments`` Investments rows
(modules on random plants and capacitated lanes, 1–3 modules each) and a
``min_output`` of 30–70 % of capacity on ``--min-output`` plants. For each
solver the extended model (:mod:`twinparks.models.milp`) is solved in this
process: build, solve to ``--mip-gap`` (the shadow-price re-solve with the
integers fixed included), and the objective, gap and bound are printed. The
last line reads ``proven at SIZE: highs X s, cbc Y s``.

Two comparisons follow on the same network (HiGHS only):

* ``min_output``: the binary on/off formulation the model uses (``make ≥
  min·on``, ``make ≤ largest·on``) against HiGHS's semi-continuous columns
  (:mod:`twinparks.models.semicontinuous`: the plant's utilisation = 0 or
  between min/largest and 1, no binaries, no rows); both objectives are
  printed and must agree to the gap.
* the bundled dataset (``--example``, default on): its MILP with and without
  HiGHS's sub-MIP heuristics (RINS, RENS; the model skips them on small
  MILPs), and the cost of not investing computed as the model does (one full
  MILP per chosen investment) against a warm start (the plan's own decisions
  with that investment held at its committed modules, completed by one LP,
  handed to HiGHS as the incumbent; still a proven optimum).
"""

from __future__ import annotations

import argparse
import random
import sys
import time


def milp_network(size: int, investments: int, min_output: int, seed: int):
    """The synthetic network with investment rows and minimum outputs added."""
    from twinparks.models.network import make_table
    from twinparks.models.synthetic import synthetic_network

    rng = random.Random(seed)
    network = synthetic_network(size, seed)
    plants, lanes = network.tables["Plants"], network.tables["Lanes"]
    capacitated = [lane for lane, cap in zip(lanes["id"], lanes["capacity_tonnes"], strict=True)
                   if cap is not None and cap == cap]
    rows = []
    for number in range(investments):
        target = ("plant", rng.choice(list(plants["id"]))) if rng.random() < 0.6 or \
            not capacitated else ("lane", rng.choice(capacitated))
        rows.append({"id": f"INV{number}", target[0]: target[1],
                     "capacity": rng.choice([5_000, 20_000, 100_000]),
                     "annual_cost": rng.choice([1e5, 1e6, 5e6]),
                     "max_modules": rng.randint(1, 3)})
    network.tables["Investments"] = make_table("Investments", rows)
    network.sheet_order.append("Investments")
    chosen = rng.sample(range(len(plants)), k=min(min_output, len(plants)))
    minimum = [None] * len(plants)
    for position in chosen:
        minimum[position] = rng.choice([0.3, 0.5, 0.7]) * float(plants["capacity"].iloc[position])
    plants["min_output"] = minimum
    return network


def measure(network, solver: str, time_limit: float, mip_gap: float) -> dict:
    """Build the extended model and solve it; times, status, objective, gap."""
    from twinparks.models import lp as lp_module
    from twinparks.models import milp
    from twinparks.models.solver_choice import SOLVERS
    from twinparks.models.typed import resolve

    start = time.perf_counter()
    typed = resolve(network)
    lp = milp.extend(typed, lp_module.build(typed))
    built = time.perf_counter()
    outcome = SOLVERS[solver](lp, time_limit, None, None, mip_gap)
    end = time.perf_counter()
    return {"vars": lp.num_cols, "integers": int(lp.integrality.sum()), "build": built - start,
            "solve": end - built, "status": outcome.status, "objective": outcome.objective,
            "gap": outcome.gap, "bound": outcome.bound}


def compare_min_output(network, mip_gap: float) -> None:
    """Binary on/off against semi-continuous make columns: time, objective and plan of each.

    Both are solved by HiGHS from the same extended model, each from a fresh
    ``Highs`` (hand-off not timed); the last line compares the two optima and
    the plants each switches off.
    """
    import numpy as np

    from twinparks.models import lp as lp_module
    from twinparks.models import milp, semicontinuous
    from twinparks.models.solvers import new_highs, pass_to_highs
    from twinparks.models.typed import resolve

    typed = resolve(network)
    lp = milp.extend(typed, lp_module.build(typed))
    if "on" not in lp.blocks:
        print("min_output: no plant has one", flush=True)
        return
    binary = new_highs()
    binary.setOptionValue("mip_rel_gap", float(mip_gap))
    pass_to_highs(binary, lp)
    form = semicontinuous.semi_continuous(typed, lp)
    semi = semicontinuous.highs_model(form, mip_gap)
    results = {}
    for name, highs in (("binary", binary), ("semi-continuous", semi)):
        start = time.perf_counter()
        highs.run()
        seconds = time.perf_counter() - start
        info = highs.getInfo()
        x = np.asarray(highs.getSolution().col_value)
        if name == "semi-continuous":
            x = semicontinuous.to_binary_form(form, x)
        results[name] = (info.objective_function_value, x[lp.blocks["on"]] > 0.5)
        print(f"min_output {name:<16} {seconds:8.2f} s  "
              f"{highs.modelStatusToString(highs.getModelStatus()):<8} "
              f"objective {info.objective_function_value:.6f}  gap {info.mip_gap:.1e}  "
              f"bound {info.mip_dual_bound:.6f}", flush=True)
    (first, on_first), (second, on_second) = results.values()
    print(f"min_output objectives differ by {abs(first - second) / max(abs(first), 1.0):.1e} "
          f"relative; plants off: {int((~on_first).sum())} and {int((~on_second).sum())}"
          f"{' (the same)' if (on_first == on_second).all() else ' (different plants)'}",
          flush=True)


def main() -> None:
    """Print one line per solver, then the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1e5")
    parser.add_argument("--investments", type=int, default=50)
    parser.add_argument("--min-output", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--solvers", default="highs,cbc")
    parser.add_argument("--time-limit", type=float, default=3600.0)
    parser.add_argument("--mip-gap", type=float, default=1e-4)
    parser.add_argument("--example", action=argparse.BooleanOptionalAction, default=True,
                        help="also time the bundled dataset's MILP and its re-solves")
    args = parser.parse_args()
    size = int(float(args.size))
    network = milp_network(size, args.investments, args.min_output, args.seed)
    print(f"{'solver':<6} {'vars':>8} {'ints':>5} {'build':>7} {'solve':>8} {'status':<11} "
          f"{'objective':>18} {'gap':>9} {'bound':>18}")
    times = []
    for solver in args.solvers.split(","):
        print(f"solving with {solver}", file=sys.stderr, flush=True)
        r = measure(network, solver, args.time_limit, args.mip_gap)
        gap = "n/a" if r["gap"] is None else f"{r['gap']:.1e}"
        bound = "n/a" if r["bound"] is None else f"{r['bound']:.2f}"
        objective = "n/a" if r["objective"] is None else f"{r['objective']:.2f}"
        print(f"{solver:<6} {r['vars']:>8} {r['integers']:>5} {r['build']:>7.2f} "
              f"{r['solve']:>8.2f} {r['status']:<11} {objective:>18} {gap:>9} {bound:>18}",
              flush=True)
        proven = r["status"] == "optimal"
        times.append(f"{solver} {r['solve']:.1f} s" + ("" if proven else f" ({r['status']})"))
    print(f"proven at {size:.0e}: {', '.join(times)}")
    compare_min_output(network, args.mip_gap)
    if args.example:
        from milp_example import compare_example

        compare_example(args.mip_gap)


if __name__ == "__main__":
    main()
