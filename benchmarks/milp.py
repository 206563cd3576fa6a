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
    from twinparks.models.solvers import SOLVERS
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


if __name__ == "__main__":
    main()
