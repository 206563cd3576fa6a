"""Time the N-1 stress test: warm re-solves against rebuilding every case from scratch.

    python benchmarks/stress.py [--size 1e4] [--seed 0] [--workers 2] [--rebuild-limit 0]

For the bundled dataset and a synthetic network of about ``--size`` LP
variables, the stress test runs twice on the same network, one after the other:

* warm:    ``models.stress.stress`` — validate once, build the LP once, one
  ``highspy.Highs`` per worker process, change bounds and re-solve per case;
* rebuild: for every case, edit the network as a planner would
  (``models.closures.closed_network``) and ``models.solve.solve`` it from
  scratch (validate, resolve, build, hand over, solve, extract).

Both must give the same figures (checked, 1e-7 relative). With
``--rebuild-limit N`` only the first N cases are rebuilt and the rebuild time
is scaled to all cases (marked "est.").
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def rebuild(network, limit: int):
    from twinparks.models import lp as lp_module
    from twinparks.models.closures import closed_network
    from twinparks.models.solve import solve
    from twinparks.models.stress import cases
    from twinparks.models.typed import resolve

    typed = resolve(network)
    all_cases = cases(typed, lp_module.build(typed))
    chosen = all_cases[:limit] if limit else all_cases
    start = time.perf_counter()
    objectives = {}
    for case in chosen:
        plan = solve(closed_network(network, case.kind, case.id))
        objectives[(case.kind, case.id)] = plan.objective
    elapsed = time.perf_counter() - start
    return elapsed * len(all_cases) / len(chosen), objectives, len(chosen) < len(all_cases)


def measure(label: str, network, workers: int, limit: int) -> str:
    from twinparks.models.stress import stress

    start = time.perf_counter()
    warm = stress(network, workers=workers)
    warm_s = time.perf_counter() - start
    rebuild_s, objectives, estimated = rebuild(network, limit)
    figures = warm.set_index(["kind", "id"])["objective"]
    keys = list(objectives)
    same = np.allclose([figures[k] for k in keys], [objectives[k] for k in keys], rtol=1e-7)
    return (f"{label:<22} {len(warm):>6} {warm_s:>9.2f} {rebuild_s:>10.2f}"
            f"{' est.' if estimated else '     '} {rebuild_s / warm_s:>8.1f}x  "
            f"{'ok' if same else 'MISMATCH'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1e4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rebuild-limit", type=int, default=0,
                        help="rebuild only the first N cases and extrapolate (0: all)")
    args = parser.parse_args()
    from twinparks.example import example_path
    from twinparks.models.lp import build
    from twinparks.models.synthetic import synthetic_network
    from twinparks.models.typed import resolve
    from twinparks.workbook import read_workbook

    example = read_workbook(example_path()).network
    synthetic = synthetic_network(int(args.size), args.seed)
    size = build(resolve(synthetic)).num_cols
    print(f"{'network':<22} {'cases':>6} {'warm s':>9} {'rebuild s':>10}      {'speed-up':>9}"
          f"  check")
    print(measure("example", example, args.workers, args.rebuild_limit))
    print(measure(f"synthetic {size} vars", synthetic, args.workers, args.rebuild_limit))


if __name__ == "__main__":
    main()
