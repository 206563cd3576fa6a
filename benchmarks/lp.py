"""Time our solve path against highspy alone on synthetic networks of growing size.

    python benchmarks/lp.py [--sizes 1e3,1e4,1e5,1e6] [--seed 0] [--solver highs]
                            [--repeat 1] [--timeout 3600] [--schema 1|2]

With ``--schema 2`` the networks are the synthetic ones with agreements,
rules of origin and HS codes (models/synthetic_origin.py), and a last column
gives the LP's size against the same network without them.

For each size a child process generates the synthetic network, pickles it
and saves the LP's arrays (column-wise, as HiGHS takes them). Two more
children then each measure one path from those files:

* ours:  resolve + build the LP, hand it to the solver, solve, read the
  solution back and extract the plan (validation excluded);
* limit: the same arrays passed to ``highspy.Highs`` directly
  (``passModel(HighsLp)``, ``run()``, ``getSolution()``).

Every path runs in a fresh process so that its peak RSS is its own; the
parent stays small because Linux carries a parent's peak RSS over to a child
started by fork + exec. See benchmarks/README.md for the columns.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

TIME_LIMIT_S = 86_400.0
HEADER = [
    f"{'':>5} {'':>8} {'':>8} {'':>8} | {'ours: resolve+build -> plan':<46} | "
    f"{'limit: arrays -> highspy':<38} |",
    f"{'size':>5} {'vars':>8} {'rows':>8} {'nnz':>8} | {'build':>7} {'handoff':>7} "
    f"{'solve':>7} {'extract':>7} {'total':>7} {'peakMB':>7} | {'handoff':>7} {'solve':>7} "
    f"{'read':>7} {'total':>7} {'peakMB':>7} | {'ratio':>6} check",
]


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- children -----------------------------------------------------------------------------

def prepare(size: int, seed: int, folder: str, schema: int = 1) -> dict:
    """Generate the network, pickle it and save its LP's arrays; return the LP's size."""
    import pickle

    import numpy as np

    from twinparks.models.lp import build
    from twinparks.models.synthetic import synthetic_network
    from twinparks.models.synthetic_origin import synthetic_origin_network
    from twinparks.models.typed import resolve

    network = (synthetic_origin_network if schema == 2 else synthetic_network)(size, seed)
    plain = {}
    if schema == 2:
        without = build(resolve(synthetic_network(size, seed)))
        plain = {"plain_vars": without.num_cols, "plain_rows": without.num_rows}
    with open(os.path.join(folder, "network.pkl"), "wb") as file:
        pickle.dump(network, file, protocol=pickle.HIGHEST_PROTOCOL)
    lp = build(resolve(network))
    starts, index, values = lp.csc()
    np.savez(os.path.join(folder, "lp.npz"), cost=lp.cost, col_lower=lp.col_lower,
             col_upper=lp.col_upper, row_lower=lp.row_lower, row_upper=lp.row_upper,
             start=np.append(starts, np.int32(len(values))), index=index, value=values)
    return {"vars": lp.num_cols, "rows": lp.num_rows, "nnz": len(values), **plain}


def run_ours(folder: str, solver: str) -> dict:
    """Our path from a loaded network to a plan."""
    import pickle

    from twinparks.models.lp import build
    from twinparks.models.plan import extract
    from twinparks.models.solver_choice import SOLVERS
    from twinparks.models.typed import resolve

    with open(os.path.join(folder, "network.pkl"), "rb") as file:
        network = pickle.load(file)
    start = time.perf_counter()
    typed = resolve(network)
    lp = build(typed)
    built = time.perf_counter()
    outcome = SOLVERS[solver](lp, TIME_LIMIT_S)
    solved = time.perf_counter()
    plan = extract(typed, lp, outcome, solver)
    end = time.perf_counter()
    return {"build": built - start, "handoff": outcome.timings.get("handoff", math.nan),
            "solve": outcome.timings.get("solve", math.nan),
            "read": outcome.timings.get("readback", math.nan) + (end - solved),
            "total": end - start, "status": plan.status, "objective": plan.objective}


def highs_from_arrays(arrays: dict):
    """A silent ``highspy.Highs`` holding the LP saved by :func:`prepare`."""
    import highspy

    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = len(arrays["cost"]), len(arrays["row_lower"])
    model.col_cost_ = arrays["cost"]
    model.col_lower_, model.col_upper_ = arrays["col_lower"], arrays["col_upper"]
    model.row_lower_, model.row_upper_ = arrays["row_lower"], arrays["row_upper"]
    model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model.a_matrix_.num_col_, model.a_matrix_.num_row_ = model.num_col_, model.num_row_
    model.a_matrix_.start_, model.a_matrix_.index_ = arrays["start"], arrays["index"]
    model.a_matrix_.value_ = arrays["value"]
    highs.passModel(model)
    return highs


def run_limit(folder: str) -> dict:
    """The floor: the LP's arrays straight into highspy."""
    import numpy as np

    arrays = dict(np.load(os.path.join(folder, "lp.npz")))
    start = time.perf_counter()
    highs = highs_from_arrays(arrays)
    handed = time.perf_counter()
    highs.run()
    solved = time.perf_counter()
    solution = highs.getSolution()
    x, dual = np.asarray(solution.col_value), np.asarray(solution.row_dual)
    objective = highs.getInfo().objective_function_value
    end = time.perf_counter()
    status = highs.modelStatusToString(highs.getModelStatus())
    return {"handoff": handed - start, "solve": solved - handed, "read": end - solved,
            "total": end - start, "status": status.lower(), "objective": objective,
            "columns": len(x), "duals": len(dual)}


def child_main(args: argparse.Namespace) -> None:
    """Run one measurement and write its result, with this process's peak RSS, as JSON."""
    if args.child == "prepare":
        result = prepare(args.size, args.seed, args.folder, args.schema)
    elif args.child == "ours":
        result = run_ours(args.folder, args.solver)
    else:
        result = run_limit(args.folder)
    result["peak_mb"] = peak_rss_mb()
    with open(os.path.join(args.folder, f"{args.child}.json"), "w") as file:
        json.dump(result, file)


# --- parent -------------------------------------------------------------------------------

def run_child(kind: str, size: int, args: argparse.Namespace, folder: str) -> dict:
    """Run one child in a fresh interpreter; its result, or an ``error`` entry."""
    command = [sys.executable, os.path.abspath(__file__), "--child", kind, "--folder", folder,
               "--size", str(size), "--seed", str(args.seed), "--solver", args.solver,
               "--schema", str(args.schema)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {args.timeout:g} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    with open(os.path.join(folder, f"{kind}.json")) as file:
        return json.load(file)


def measure(size: int, args: argparse.Namespace) -> dict:
    """Prepare, then run our path and the limit, each in its own process."""
    with tempfile.TemporaryDirectory(prefix="twinparks-bench-") as folder:
        shape = run_child("prepare", size, args, folder)
        if "error" in shape:
            return {"size": size, "shape": shape, "ours": shape, "limit": shape}
        runs: dict[str, list[dict]] = {"ours": [], "limit": []}
        for attempt in range(args.repeat):  # alternate the paths so load spikes hit both
            for kind in runs:
                log(f"{label(size)} ({shape['vars']} variables): {kind}, run {attempt + 1}")
                runs[kind].append(run_child(kind, size, args, folder))
    return {"size": size, "shape": shape, **{kind: best(done) for kind, done in runs.items()}}


def best(runs: list[dict]) -> dict:
    """The fastest successful run (its own peak RSS goes with it), else the first failure."""
    good = [run for run in runs if "error" not in run]
    return min(good, key=lambda run: run["total"]) if good else runs[0]


def ratio(result: dict) -> float:
    """Total time of our path over the limit's (NaN when either failed)."""
    ours, limit = result["ours"], result["limit"]
    if "error" in ours or "error" in limit:
        return math.nan
    return ours["total"] / limit["total"]


def check(result: dict) -> str:
    """Whether both paths reached optimality with objectives within 1e-6 relative."""
    ours, limit = result["ours"], result["limit"]
    if "error" in ours or "error" in limit:
        return "failed: " + (ours.get("error") or limit.get("error"))
    if ours["status"] != "optimal" or limit["status"] != "optimal":
        return f"status {ours['status']}/{limit['status']}"
    gap = abs(ours["objective"] - limit["objective"]) / max(1.0, abs(limit["objective"]))
    return f"ok ({gap:.0e})" if gap <= 1e-6 else f"MISMATCH ({gap:.1e})"


def row(result: dict) -> str:
    """One table line."""
    shape, ours, limit = result["shape"], result["ours"], result["limit"]

    def cells(values: dict, keys: tuple[str, ...]) -> str:
        return " ".join(f"{values.get(key, math.nan):7.2f}" for key in keys)

    size = (f"{label(result['size']):>5} {shape.get('vars', 0):>8} {shape.get('rows', 0):>8} "
            f"{shape.get('nnz', 0):>8}")
    return (f"{size} | {cells(ours, ('build', 'handoff', 'solve', 'read', 'total', 'peak_mb'))}"
            f" | {cells(limit, ('handoff', 'solve', 'read', 'total', 'peak_mb'))}"
            f" | {ratio(result):6.2f} {check(result)}{_versus_plain(shape)}")


def _versus_plain(shape: dict) -> str:
    """With --schema 2: vars and rows against the same network without origin data."""
    if "plain_vars" not in shape:
        return ""
    return (f" | vs no-origin LP: vars ×{shape['vars'] / shape['plain_vars']:.2f}, "
            f"rows ×{shape['rows'] / shape['plain_rows']:.2f}")


def label(size: int) -> str:
    """``100000`` → ``1e5``; sizes that are not powers of ten stay as digits."""
    exponent = round(math.log10(size)) if size > 0 else 0
    return f"1e{exponent}" if size == 10 ** exponent else str(size)


def log(message: str) -> None:
    """Progress on stderr, so that stdout holds only the table."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e3,1e4,1e5,1e6",
                        help="comma-separated target variable counts (default %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument("--solver", choices=("highs", "cbc"), default="highs",
                        help="solver of our path; the limit is always highspy")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per size and path, each in a fresh process; the fastest "
                             "is shown (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds each child process may take (default %(default)g)")
    parser.add_argument("--schema", type=int, choices=(1, 2), default=1,
                        help="2: networks with agreements, rules of origin and HS codes")
    parser.add_argument("--child", choices=("prepare", "ours", "limit"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child:
        child_main(args)
        return
    sizes = [int(float(token)) for token in args.sizes.split(",") if token.strip()]
    print("\n".join(HEADER), flush=True)
    results = []
    for size in sizes:
        results.append(measure(size, args))
        print(row(results[-1]), flush=True)
    done = [r for r in results if not math.isnan(ratio(r))] or results
    chosen = next((r for r in results if r["size"] == 100_000),
                  max(done, key=lambda r: r["size"]))
    print(f"ratio at {label(chosen['size'])}: {ratio(chosen):.2f}")


if __name__ == "__main__":
    main()
