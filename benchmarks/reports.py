"""Time the report writers on synthetic plans: what ``--report out.xlsx|pdf`` adds to a solve.

    python benchmarks/reports.py [--sizes 1e5,1e6] [--seed 0] [--writers xlsx,pdf,write-only]
                                 [--baseline SITE] [--timeout 1800]

For each size a child process builds the synthetic network
(``twinparks.models.synthetic``), solves it with HiGHS and pickles the
network and the plan (the solve is timed: the goal is stated against it).
Then each writer runs in a fresh process that loads the pickle and writes
one report, so its peak memory is its own:

* ``xlsx``: :func:`twinparks.report.write_report` (the Excel report as the
  command line writes it: Summary, charts, result and input sheets);
* ``pdf``: :func:`twinparks.ui.pdf_report.write_pdf_report` (offscreen Qt);
* ``write-only``: the same result and input cells with their number formats
  through openpyxl's write-only mode (no charts, no print settings): the
  other streaming writer the Excel report could use, measured for the choice.

* ``baseline``: ``write_report`` of another installation of twinparks, the
  folder given by ``--baseline`` (e.g. ``pip install --no-deps --target
  /tmp/old .`` in a checkout of an older commit), put first on that child's
  ``PYTHONPATH``: the writer before a change, measured in the same run.

Each writer column shows wall seconds, CPU seconds of the child (on a
shared machine the steadier figure), ``peak MB`` (the child's ``ru_maxrss``)
and ``+MB`` (that less the peak after loading the pickle: what the writer
itself needs). The solve column is timed the same way. The last line reads
``xlsx report at SIZE: X.XX × solve`` (CPU seconds over CPU seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.abspath(__file__)
WRITERS = ("xlsx", "pdf", "write-only")  # and "baseline" with --baseline


def log(message: str) -> None:
    """Progress on stderr, so that stdout holds only the table."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_mb() -> float:
    """This process's peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- children -----------------------------------------------------------------------------

def _cpu_with_children() -> float:
    """CPU seconds of this process and its ended children (the CBC route solves in one)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def prepare_child(size: int, seed: int, pickle_path: str) -> dict:
    """Build and solve the synthetic network; pickle network and plan."""
    from twinparks.models.solve import SolveOptions, solve
    from twinparks.models.synthetic import synthetic_network

    network = synthetic_network(size, seed)
    start, cpu = time.perf_counter(), _cpu_with_children()
    plan = solve(network, SolveOptions(time_limit=86_400.0))  # the default route
    seconds, cpu = time.perf_counter() - start, _cpu_with_children() - cpu
    with open(pickle_path, "wb") as file:
        pickle.dump((network, plan), file, protocol=pickle.HIGHEST_PROTOCOL)
    rows = {name: len(table) for name, table in plan.tables.items()}
    return {"solve": seconds, "cpu": cpu, "status": plan.status, "rows": rows}


def write_child(writer: str, pickle_path: str, target: str) -> dict:
    """Load the pickle, then time one writer."""
    with open(pickle_path, "rb") as file:
        network, plan = pickle.load(file)
    if writer == "pdf":  # Qt started before the clock: the command line pays it anyway
        from twinparks.ui.pdf_report import ensure_application, write_pdf_report
        ensure_application()
    loaded = peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    if writer in ("xlsx", "baseline"):
        from twinparks.report import write_report
        write_report(network, plan, target, "synthetic.xlsx")
    elif writer == "pdf":
        write_pdf_report(network, plan, target, "synthetic.xlsx")
    else:
        write_only(network, plan, target)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "peak_mb": peak_mb(),
            "added_mb": peak_mb() - loaded, "bytes": os.path.getsize(target)}


def write_only(network, plan, target: str) -> None:
    """Result and input cells with number formats, through openpyxl's write-only mode."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    from twinparks.models import results
    from twinparks.report_sheets import RESULT_SHEETS, header_text, number_format

    book = openpyxl.Workbook(write_only=True)
    for title, name in RESULT_SHEETS.items():
        sheet = book.create_sheet(title)
        columns = results.names(name)
        sheet.append([header_text(name, c, "USD") for c in columns])
        formats = [number_format(name, c) for c in columns]
        for values in plan.tables[name][columns].itertuples(index=False, name=None):
            row = []
            for value, cell_format in zip(values, formats, strict=True):
                cell = WriteOnlyCell(sheet, value=value.item() if hasattr(value, "item")
                                     else value)
                if cell_format:
                    cell.number_format = cell_format
                row.append(cell)
            sheet.append(row)
    for name, table in network.tables.items():
        sheet = book.create_sheet(name)
        sheet.append([str(c) for c in table.columns])
        for values in table.itertuples(index=False, name=None):
            sheet.append([None if isinstance(v, float) and v != v else v for v in values])
    book.save(target)


def child_main(args: argparse.Namespace) -> None:
    """Run one child and write its result as JSON."""
    if args.child == "prepare":
        result = prepare_child(args.size, args.seed, args.pickle)
    else:
        result = write_child(args.child, args.pickle, args.target)
    with open(args.out, "w") as file:
        json.dump(result, file)


# --- parent -------------------------------------------------------------------------------

def run_child(kind: str, args: argparse.Namespace, folder: str, size: int) -> dict:
    """One child; its JSON result, or ``{"error": ...}``."""
    out = os.path.join(folder, f"{kind}.json")
    suffix = ".pdf" if kind == "pdf" else ".xlsx"
    command = [sys.executable, HERE, "--child", kind, "--out", out, "--size", str(size),
               "--seed", str(args.seed), "--pickle", os.path.join(folder, "solved.pickle"),
               "--target", os.path.join(folder, f"report-{kind}{suffix}")]
    env = dict(os.environ)
    if kind == "baseline":
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.baseline,
                                                          env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout,
                              env=env)
    except subprocess.TimeoutExpired:
        return {"error": "timeout"}
    if done.returncode != 0:
        return {"error": done.stderr.strip()[-300:]}
    with open(out) as file:
        return json.load(file)


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments; run the children (or be one)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1e5,1e6")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--writers", default=",".join(WRITERS))
    parser.add_argument("--baseline", help="folder of another twinparks installation")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--child")
    parser.add_argument("--out")
    parser.add_argument("--size", type=int, default=0)
    parser.add_argument("--pickle")
    parser.add_argument("--target")
    args = parser.parse_args(argv)
    if args.child:
        child_main(args)
        return
    writers = [w for w in args.writers.split(",") if w] + (["baseline"] if args.baseline else [])
    lines, last = [f"{'size':>5} {'solve s':>8} {'cpu s':>7} | " + " | ".join(
        f"{w + ' s':>12} {'cpu s':>7} {'peak MB':>8} {'+MB':>6}" for w in writers)], ""
    for size in (int(float(s)) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="twinparks-reports-") as folder:
            log(f"{size:.0e}: building and solving")
            prepared = run_child("prepare", args, folder, size)
            if "error" in prepared:
                log(f"  failed: {prepared['error']}")
                continue
            cells = []
            for writer in writers:
                log(f"{size:.0e}: {writer}")
                done = run_child(writer, args, folder, size)
                if "error" in done:
                    log(f"  failed: {done['error']}")
                    cells.append(f"{'failed':>12} {'':>7} {'':>8} {'':>6}")
                    continue
                cells.append(f"{done['seconds']:12.2f} {done['cpu']:7.2f} {done['peak_mb']:8.0f} "
                             f"{done['added_mb']:6.0f}")
                if writer == "xlsx":
                    last = (f"xlsx report at {size:.0e}: "
                            f"{done['cpu'] / prepared['cpu']:.2f} × solve")
            lines.append(f"{size:>5.0e} {prepared['solve']:8.2f} {prepared['cpu']:7.2f} | "
                         + " | ".join(cells))
    print("\n".join(lines + ([last] if last else [])))


if __name__ == "__main__":
    main()
