"""Time the whole tool on synthetic workbooks: what a planner waits for, stage by stage.

    python benchmarks/end_to_end.py [--sizes 1e4,1e5,1e6] [--seed 0] [--skip app,pdf]
                                    [--repeat 2] [--timeout 1800]

For each size, a child process writes the synthetic network
(``twinparks.models.synthetic``) as a workbook through our own writer. Then,
each in a fresh process, with its wall time and peak memory:

* ``read``, ``validate``, ``build``, ``solve``, ``extract``: the stages of a
  solve inside one process (read = archive check + workbook reader), so
  that the solve stage is known on its own (with the route the command
  line takes: ``models/solver_choice.py``);
* ``cli validate``: ``twinparks validate WORKBOOK``;
* ``cli solve --json``: ``twinparks solve WORKBOOK --json``;
* ``cli --report xlsx`` / ``pdf``: the same with ``--report``; the table
  shows what the report adds over ``--json``;
* ``app open``, ``app open checked``, ``app solve``, ``app lanes tab``,
  ``app edit``: the desktop app offscreen (with the app's GUI-thread
  collector, as ``twinparks gui`` runs it): time from asking the shown window
  to open the workbook to its first paint with the document in, and on to
  the end of its background check ("Checking …", ``Document.checking``;
  the stall shown is the longest since asking), from F5 to the results shown, the
  first look at the Lanes & flows page (filled when first shown), and from
  editing one lane's cost to the edit validated and the map redrawn; with
  the longest event-loop stall during each (a 10 ms heartbeat timer
  measures it; each stage starts from an idle window).

The stages and ``cli solve --json`` run ``--repeat`` times, taking turns,
and each shows its best run (a solve by CLP varies by 10-15 % between
runs). The last line reads ``end to end at SIZE: X.XX × solve`` (``cli solve
--json`` over the solve stage) for the largest size run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.abspath(__file__)
STALL_TICK_S = 0.010


def log(message: str) -> None:
    """Progress on stderr, so that stdout holds only the table."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- children -----------------------------------------------------------------------------

def write_child(size: int, seed: int, path: str) -> dict:
    """The synthetic network of ``size`` variables written as a workbook."""
    from twinparks.models.synthetic import synthetic_network
    from twinparks.workbook import write_workbook

    write_workbook(synthetic_network(size, seed), path)
    return {"bytes": os.path.getsize(path)}


def stages_child(path: str) -> dict:
    """Read, validate, build, solve and extract in this process, each timed."""
    from twinparks.models.lp import build
    from twinparks.models.plan import extract
    from twinparks.models.solver_choice import SOLVERS, choose_solver
    from twinparks.models.typed import resolve
    from twinparks.models.validation import validate
    from twinparks.workbook import read_workbook

    times, start = {}, time.perf_counter()
    network = read_workbook(path).network
    times["read"] = time.perf_counter() - start
    start = time.perf_counter()
    validate(network)
    times["validate"] = time.perf_counter() - start
    start = time.perf_counter()
    typed = resolve(network)
    lp = build(typed)
    times["build"] = time.perf_counter() - start
    solver = choose_solver(None, network, lp)  # the route `twinparks solve` takes
    start = time.perf_counter()
    outcome = SOLVERS[solver](lp, 86_400.0)
    times["solve"] = time.perf_counter() - start
    start = time.perf_counter()
    plan = extract(typed, lp, outcome, solver)
    times["extract"] = time.perf_counter() - start
    return {"times": times, "status": plan.status, "vars": lp.num_cols, "solver": solver}


def app_child(path: str) -> dict:
    """Open, solve and edit in the desktop app offscreen, with the longest stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from twinparks.models.commands import SetCells
    from twinparks.ui.gui_collector import collect_on_gui_thread, heap_settled
    from twinparks.ui.main_window import MainWindow
    from twinparks.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    try:  # as ui/app.py's run(): cycles collected on the GUI thread, the GIL switched often
        from twinparks.ui.app import tune_gui_process
    except ImportError:  # (older versions, measured for a comparison)
        collect_on_gui_thread(app, freeze=True)
    else:
        tune_gui_process(app)
    heartbeat, clock, stall = QTimer(), QElapsedTimer(), {"max": 0.0}

    def beat() -> None:
        stall["max"] = max(stall["max"], clock.restart() / 1000 - STALL_TICK_S)

    heartbeat.timeout.connect(beat)
    heartbeat.start(int(STALL_TICK_S * 1000))
    clock.start()

    def wait_until(done, limit_s: float = 3600.0) -> float:
        start = time.perf_counter()
        while not done() and time.perf_counter() - start < limit_s:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - start

    def settle(seconds: float = 0.5) -> None:
        wait_until(lambda: False, seconds)

    def stage(name: str, act, done) -> None:
        """Time ``act()`` until ``done()`` and the window idle, with the longest stall."""
        settle()
        beat()
        stall["max"], start = 0.0, time.perf_counter()
        act()
        wait_until(done)
        seconds = time.perf_counter() - start
        settle()
        result[name] = (seconds, stall["max"])
        log(f"  app {name}: {seconds:.2f} s, longest stall {stall['max']:.2f} s")

    result, folder = {}, tempfile.mkdtemp(prefix="twinparks-e2e-app-")
    errors: list[str] = []
    start = time.perf_counter()
    window = MainWindow(AppSettings(os.path.join(folder, "settings.ini")))
    window.show_error = lambda title, text: errors.append(f"{title}: {text}")  # never blocks
    heap_settled()  # as ui/app.py's run()
    window.show()
    wait_until(lambda: False, 0.2)
    stall["max"], start = 0.0, time.perf_counter()
    window.load_path(path)
    painted = {"done": False}
    QTimer.singleShot(0, lambda: painted.update(done=True))
    wait_until(lambda: painted["done"])
    result["open"] = (time.perf_counter() - start, stall["max"])
    log(f"  app open: {result['open'][0]:.2f} s, longest stall {result['open'][1]:.2f} s")
    wait_until(lambda: not getattr(window.document, "checking", False))  # (older: none)
    result["open checked"] = (time.perf_counter() - start, stall["max"])
    log(f"  app open checked: {result['open checked'][0]:.2f} s, "
        f"longest stall {result['open checked'][1]:.2f} s")
    solved = {"plan": None}
    window.runner.finished.connect(lambda plan: solved.update(plan=plan))
    stage("solve", window.solve, lambda: solved["plan"] is not None or bool(errors))
    stage("lanes tab", lambda: window.results.setCurrentWidget(window.results.lanes),
          lambda: True)
    lanes = window.document.network.tables["Lanes"]
    column = list(lanes.columns).index("cost_per_tonne")
    old = lanes.iat[0, column]

    def edit() -> None:
        window.document.push(SetCells("Lanes", [(0, "cost_per_tonne", float(old or 0) + 1.0)]))

    stage("edit", edit, lambda: getattr(window.document, "problems_current", True)
          and not window._map_timer.isActive())  # (older versions: no background check)
    window.document.undo_stack.setClean()  # closing must not ask to save the edit
    window.close()
    QTimer.singleShot(0, app.quit)  # quit as the app does: the map's worker jobs are joined
    app.exec()  # on aboutToQuit (without it one still painting crashed the exit at 1e6)
    window.deleteLater()
    shutil.rmtree(folder, ignore_errors=True)
    for error in errors:
        log(f"  app error: {error[:300]}")
    return {"app": result, "status": getattr(solved["plan"], "status", "none")}


def child_main(args: argparse.Namespace) -> None:
    """Run one child and write its result as JSON next to the workbook."""
    if args.child == "write":
        result = write_child(args.size, args.seed, args.workbook)
    elif args.child == "stages":
        result = stages_child(args.workbook)
    else:
        result = app_child(args.workbook)
    with open(args.out, "w") as file:
        json.dump(result, file)


# --- parent -------------------------------------------------------------------------------

def timed(command: list[str], timeout: float, cwd: str) -> dict:
    """Run a command; its wall time, exit code and the peak RSS of that child alone."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)  # this child's own rusage
        wall = time.perf_counter() - start
        timer.cancel()
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            errors.seek(0)
            log(f"  exit {code}: {errors.read().decode(errors='replace').strip()[-300:]}")
    return {"wall": wall, "code": code, "peak_mb": usage.ru_maxrss / 1024}


def python_child(kind: str, workbook: str, folder: str, size: int, seed: int,
                 timeout: float) -> tuple[dict, dict]:
    """One of this script's children; its timing and what it wrote."""
    out = os.path.join(folder, f"{kind}.json")
    done = timed([sys.executable, HERE, "--child", kind, "--workbook", workbook, "--out", out,
                  "--size", str(size), "--seed", str(seed)], timeout, folder)
    if not os.path.exists(out):  # a crash after the figures were written still has them
        return done, {}
    with open(out) as file:
        return done, json.load(file)


def measure(size: int, args: argparse.Namespace) -> list[tuple[str, float, float, str]]:
    """Every stage at one size: (stage, seconds, peak MB or stall, note)."""
    twinparks = shutil.which("twinparks") or os.path.join(os.path.dirname(sys.executable),
                                                          "twinparks")
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="twinparks-e2e-") as folder:
        workbook = os.path.join(folder, "synthetic.xlsx")
        log(f"{size:.0e}: writing the workbook")
        python_child("write", workbook, folder, size, args.seed, args.timeout)
        # The stages and `solve --json` (the ratio of the last line) take turns, each its
        # best of --repeat: CLP's time varies by 10-15 % from one run to the next.
        best: dict[str, float] = {}
        json_runs = []
        for run in range(args.repeat):
            log(f"{size:.0e}: stages in one process (run {run + 1} of {args.repeat})")
            done, stages = python_child("stages", workbook, folder, size, args.seed,
                                        args.timeout)
            for stage, seconds in stages.get("times", {}).items():
                best[stage] = min(best.get(stage, seconds), seconds)
            log(f"{size:.0e}: cli solve --json (run {run + 1} of {args.repeat})")
            json_runs.append(timed([twinparks, "solve", workbook, "--json"], args.timeout,
                                   folder))
        of = f", best of {args.repeat}" if args.repeat > 1 else ""
        for stage, seconds in best.items():
            rows.append((stage, seconds, done["peak_mb"],
                         f"{stages['vars']} vars, {stages.get('solver', 'highs')}{of}"))
        def cli_row(stage: str, words: list[str]) -> tuple[str, float, float, str]:
            log(f"{size:.0e}: {stage}")
            done = timed([twinparks, *words], args.timeout, folder)
            return stage, done["wall"], done["peak_mb"], f"exit {done['code']}"

        rows.append(cli_row("cli validate", ["validate", workbook]))
        fastest = min(json_runs, key=lambda run: run["wall"])
        codes = ", ".join(map(str, sorted({run["code"] for run in json_runs})))
        rows.append(("cli solve --json", fastest["wall"], fastest["peak_mb"],
                     f"exit {codes}{of}"))
        for kind in ("xlsx", "pdf"):
            if kind not in args.skip:
                rows.append(cli_row(f"cli --report {kind}", [
                    "solve", workbook, "--json", "--report",
                    os.path.join(folder, f"report.{kind}")]))
        if "app" not in args.skip:
            log(f"{size:.0e}: the desktop app")
            done, app = python_child("app", workbook, folder, size, args.seed, args.timeout)
            ended = f"; exit {done['code']} after the stages" if done["code"] else ""
            for stage, (seconds, stall) in app.get("app", {}).items():
                rows.append((f"app {stage}", seconds, done["peak_mb"],
                             f"longest stall {stall:.2f} s{ended}"))
    return rows


def table(size: int, rows: list[tuple[str, float, float, str]]) -> tuple[list[str], float]:
    """The lines for one size, and the end-to-end ratio (solve --json over the solve stage)."""
    times = {stage: seconds for stage, seconds, _, _ in rows}
    solve, json_wall = times.get("solve", float("nan")), times.get("cli solve --json")
    lines = []
    for stage, seconds, peak, note in rows:
        share = (f"{seconds / json_wall:.0%}" if json_wall
                 and not stage.startswith(("cli --", "app")) else "-")  # parts of --json
        if stage.startswith("cli --report") and json_wall:
            added = seconds - json_wall
            note = f"{note}; adds {added:.2f} s = {added / solve:.2f} × solve"
        if stage == "app open" and times.get("read"):
            note = f"{note}; {seconds / times['read']:.2f} × read"
        lines.append(f"{size:>8.0e} {stage:<20} {seconds:>9.2f} {share:>7} {peak:>8.0f}  "
                     f"{note}")
    ratio = json_wall / solve if json_wall else float("nan")
    return lines, ratio


def main() -> None:
    """Parse arguments; run as a child or print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e4,1e5,1e6")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip", default="", help="comma-separated: xlsx, pdf, app")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per child")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of the stages and of solve --json (the best is shown)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workbook", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args)
        return
    args.skip = set(filter(None, args.skip.split(",")))
    print(f"{'size':>8} {'stage':<20} {'seconds':>9} {'share':>7} {'peakMB':>8}  note")
    print("(share: of `cli solve --json`, for its parts; peakMB: that process's peak memory)")
    last = None
    for size in (int(float(s)) for s in args.sizes.split(",") if s):
        lines, ratio = table(size, measure(size, args))
        print("\n".join(lines), flush=True)
        last = (size, ratio)
    if last:
        print(f"end to end at {last[0]:.0e}: {last[1]:.2f} × solve")


if __name__ == "__main__":
    main()
