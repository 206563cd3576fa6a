"""Which solver route is fastest on our LP: HiGHS's algorithms against CLP (through CBC).

    python benchmarks/solver_routes.py [--sizes 1e5,1e6] [--example-copies 0]
                                       [--routes all] [--seed 0] [--repeat 1] [--timeout 300]

For each size a child process builds the synthetic network's LP (as
``benchmarks/lp.py`` does) and saves its arrays; with ``--example-copies K``
the bundled dataset is also solved as K disjoint copies of itself (the
example "scaled up"). Every route then runs in a fresh child process from
those arrays and is timed from the arrays to the primal and dual solution
in NumPy (hand-off, solve, read-back):

* ``highs-dual``, ``highs-dual-pami``, ``highs-primal``: HiGHS simplex
  (strategies 1, 2, 4);
* ``highs-ipm``: interior point with crossover (a basis, exact duals);
* ``highs-ipm-nox``: interior point without crossover (approximate duals);
* ``highs-pdlp``: first-order PDLP (approximate);
* ``clp-dual``, ``clp-primal``: the CBC binary PuLP ships, on an MPS file
  written by HiGHS's own writer, with CLP's dual or primal simplex.

``exact`` says whether the route ends on a basic solution, so that its duals
are the exact shadow prices the plan reports. ``obj`` is checked against
the first route that ran (relative gap). Under each network's rows, the
route the planner gets when no solver is named (``models.solver_choice``:
CLP's dual simplex from 500,000 columns, HiGHS's below) and its time over
the fastest exact route's. Stdout has the table and, as its last line,
``fastest exact route at SIZE: NAME`` for the largest size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIME_LIMIT_S = 86_400.0
HIGHS_ROUTES = {
    "highs-dual": {"solver": "simplex", "simplex_strategy": 1},
    "highs-dual-pami": {"solver": "simplex", "simplex_strategy": 2},
    "highs-primal": {"solver": "simplex", "simplex_strategy": 4},
    "highs-ipm": {"solver": "ipm", "run_crossover": "on"},
    "highs-ipm-nox": {"solver": "ipm", "run_crossover": "off"},
    "highs-pdlp": {"solver": "pdlp"},
}
CLP_ROUTES = {"clp-dual": "-dualSimplex", "clp-primal": "-primalSimplex"}
ROUTES = list(HIGHS_ROUTES) + list(CLP_ROUTES)


# --- children -----------------------------------------------------------------------------

def prepare_example(copies: int, folder: str) -> dict:
    """The bundled dataset as ``copies`` disjoint copies, its LP saved as arrays."""
    import numpy as np

    from twinparks.example import example_path
    from twinparks.models.lp import build
    from twinparks.models.typed import resolve
    from twinparks.workbook import read_workbook

    lp = build(resolve(read_workbook(example_path()).network))
    n, m = lp.num_cols, lp.num_rows
    shift = np.arange(copies)
    tile = lambda a: np.tile(a, copies)  # noqa: E731 - a one-line helper
    rows = (lp.rows[None, :] + m * shift[:, None]).ravel()
    cols = (lp.cols[None, :] + n * shift[:, None]).ravel()
    values = tile(lp.values)
    order = np.lexsort((rows, cols))
    counts = np.bincount(cols, minlength=n * copies)
    start = np.concatenate(([0], np.cumsum(counts))).astype(np.int32)
    np.savez(os.path.join(folder, "lp.npz"), cost=tile(lp.cost), col_lower=tile(lp.col_lower),
             col_upper=tile(lp.col_upper), row_lower=tile(lp.row_lower),
             row_upper=tile(lp.row_upper), start=start, index=rows[order].astype(np.int32),
             value=values[order])
    return {"vars": n * copies, "rows": m * copies, "nnz": len(values)}


def _highs_with(arrays: dict):
    sys.path.insert(0, HERE)
    from lp import highs_from_arrays  # benchmarks/lp.py

    return highs_from_arrays(arrays)


def run_highs(arrays: dict, options: dict) -> dict:
    """One HiGHS algorithm from the arrays to x and duals."""
    import numpy as np

    start = time.perf_counter()
    highs = _highs_with(arrays)
    for key, value in options.items():
        highs.setOptionValue(key, value)
    highs.setOptionValue("time_limit", TIME_LIMIT_S)
    handed = time.perf_counter()
    highs.run()
    solved = time.perf_counter()
    solution = highs.getSolution()
    x, dual = np.asarray(solution.col_value), np.asarray(solution.row_dual)
    end = time.perf_counter()
    status = highs.modelStatusToString(highs.getModelStatus()).lower()
    exact = bool(highs.getBasis().valid) and status == "optimal"
    return {"handoff": handed - start, "solve": solved - handed, "read": end - solved,
            "total": end - start, "status": status, "objective": float(arrays["cost"] @ x),
            "exact": exact, "duals": len(dual)}


def run_clp(arrays: dict, flag: str, folder: str) -> dict:
    """CLP through the CBC binary: HiGHS writes the MPS, CBC solves, we parse the solution."""
    import numpy as np
    from pulp.apis.coin_api import COIN_CMD, pulp_cbc_path

    mps, solution = os.path.join(folder, "route.mps"), os.path.join(folder, "route.sol")
    start = time.perf_counter()
    _highs_with(arrays).writeModel(mps)
    handed = time.perf_counter()
    subprocess.run([COIN_CMD.executableExtension(pulp_cbc_path), mps, flag, "-printingOptions",
                    "all", "-solution", solution], stdout=subprocess.DEVNULL, check=True)
    solved = time.perf_counter()
    n, m = len(arrays["cost"]), len(arrays["row_lower"])
    with open(solution) as file:
        status = file.readline().split(" - ")[0].strip().lower()
        table = np.loadtxt(file, usecols=(2, 3), dtype=float, ndmin=2)
    x, dual = table[m:m + n, 0], table[:m, 1]
    end = time.perf_counter()
    return {"handoff": handed - start, "solve": solved - handed, "read": end - solved,
            "total": end - start, "status": status, "objective": float(arrays["cost"] @ x),
            "exact": status == "optimal", "duals": len(dual)}


def child_main(args: argparse.Namespace) -> None:
    """Run one measurement and write its result as JSON."""
    import numpy as np

    if args.child == "prepare":
        sys.path.insert(0, HERE)
        from lp import prepare  # benchmarks/lp.py

        result = prepare(args.size, args.seed, args.folder)
    elif args.child == "example":
        result = prepare_example(args.size, args.folder)
    else:
        arrays = dict(np.load(os.path.join(args.folder, "lp.npz")))
        result = (run_highs(arrays, HIGHS_ROUTES[args.child]) if args.child in HIGHS_ROUTES
                  else run_clp(arrays, CLP_ROUTES[args.child], args.folder))
    with open(os.path.join(args.folder, f"{args.child}.json"), "w") as file:
        json.dump(result, file)


# --- parent -------------------------------------------------------------------------------

def run_child(child: str, folder: str, size: int, seed: int,
              timeout: float | None = None) -> dict | None:
    """Start one child and return what it wrote (None when it ran out of time)."""
    command = [sys.executable, os.path.abspath(__file__), "--child", child, "--folder", folder,
               "--size", str(size), "--seed", str(seed)]
    try:  # HiGHS prints its banner on the C-level stdout: keep it out of the table
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    with open(os.path.join(folder, f"{child}.json")) as file:
        return json.load(file)


def measure(label: str, prepare: str, size: int, routes: list[str], seed: int,
            repeat: int, timeout: float) -> list[str]:
    """Every route on one LP; the table's lines for it."""
    with tempfile.TemporaryDirectory(prefix="twinparks-routes-") as folder:
        shape = run_child(prepare, folder, size, seed)
        print(f"{label}: {shape['vars']} vars, {shape['rows']} rows", file=sys.stderr)
        lines, reference, best, totals = [], None, None, {}
        # Round-robin (route A, B, ..., A, B, ...): a change in the machine's load during
        # the run then reaches every route alike.
        all_runs: dict[str, list] = {route: [] for route in routes}
        for _ in range(repeat):
            for route in routes:
                if None not in all_runs[route]:
                    all_runs[route].append(run_child(route, folder, size, seed, timeout))
        for route in routes:
            runs = all_runs[route]
            if None in runs:
                lines.append(f"{label:>10} {shape['vars']:>8} {route:<16} "
                             f"over the {timeout:g} s limit")
                continue
            result = min(runs, key=lambda r: r["total"])
            totals[route] = result["total"]
            reference = reference if reference is not None else result["objective"]
            gap = abs(result["objective"] - reference) / max(1.0, abs(reference))
            if result["exact"] and gap < 1e-6 and (best is None or result["total"] < best[1]):
                best = (route, result["total"])
            lines.append(f"{label:>10} {shape['vars']:>8} {route:<16} {result['handoff']:>8.2f} "
                         f"{result['solve']:>8.2f} {result['read']:>8.2f} "
                         f"{result['total']:>8.2f} {str(result['exact']):>6} {gap:>9.1e}")
            print(lines[-1], file=sys.stderr)
        fastest = best[0] if best else "none"
        default = default_route(shape["vars"])
        if best and default in totals:
            lines.append(f"{label:>10} default route {default}: "
                         f"{totals[default] / best[1]:.2f} × the fastest exact route")
        lines.append(f"{label:>10} fastest exact route: {fastest}")
        return lines


def default_route(columns: int) -> str:
    """The route the planner gets when no solver is named (``models.solver_choice``)."""
    from twinparks.models.solver_choice import CLP_FROM_COLUMNS

    return "clp-dual" if columns >= CLP_FROM_COLUMNS else "highs-dual"


def main() -> None:
    """Parse arguments; run as a child or as the parent that prints the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e5,1e6")
    parser.add_argument("--example-copies", type=int, default=0)
    parser.add_argument("--routes", default="all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per route run")
    parser.add_argument("--child")
    parser.add_argument("--folder")
    parser.add_argument("--size", type=int, default=0)
    args = parser.parse_args()
    if args.child:
        child_main(args)
        return
    routes = ROUTES if args.routes == "all" else args.routes.split(",")
    print(f"{'network':>10} {'vars':>8} {'route':<16} {'handoff':>8} {'solve':>8} {'read':>8} "
          f"{'total':>8} {'exact':>6} {'obj gap':>9}")
    last = ""
    if args.example_copies:
        lines = measure(f"ex×{args.example_copies}", "example", args.example_copies, routes,
                        args.seed, args.repeat, args.timeout)
        print("\n".join(lines))
    for size in (int(float(s)) for s in args.sizes.split(",") if s):
        lines = measure(f"{size:.0e}", "prepare", size, routes, args.seed, args.repeat,
                        args.timeout)
        print("\n".join(lines))
        last = f"fastest exact route at {size:.0e}: {lines[-1].split(': ')[-1]}"
    print(last or "no synthetic size was run")


if __name__ == "__main__":
    main()
