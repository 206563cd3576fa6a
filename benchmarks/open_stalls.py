"""What the GUI thread waits for while a workbook is opened in the background.

    python benchmarks/open_stalls.py WORKBOOK.xlsx [--repeat 3] [--top 8]
    python benchmarks/open_stalls.py --size 1e6 [--keep w1e6.xlsx]

The app reads a workbook in a worker thread (``ui/document.py``'s
``read_document``, run by ``ui/background.py``) while the GUI thread keeps
painting, but both share one interpreter lock: a call into C that holds it
(calamine building a sheet's Python values, a NumPy pass over object
arrays, a DataFrame built from a grid) freezes the window for as long as it
runs. Here the main thread sleeps 1 ms at a time while a worker runs
``read_document`` (with the validation the app runs after it, ``--check``),
and every gap beyond :data:`REPORT_S` is a stall. For each stall it prints
the worker's line just after the lock came back (the call that held it is
that line or the one before), so a stall can be traced to its code.

Without ``--app`` no Qt is loaded: this is the lock alone, not painting.
With ``--app`` the real window (offscreen, with the app's GUI-thread
collector as the app runs it; ``--freeze``: freezing the settled heap) opens the
workbook and waits until it is checked, then solves it (F5, until the plan
is shown) and edits a lane in the Lanes editor in front, as ``end_to_end.py``;
a 10 ms timer's late beats are the stalls, and
faulthandler's watchdog (which needs no lock) writes every thread's stack
every 80 ms of each stall, so the code that ran then is named, for the
longest stalls one by one. The watchdog reads the other threads' frames
without the lock and now and then ends the process with a segmentation fault
(about 1 run in 3 at 1e6; none in 15 runs with ``--no-watch``, which times
the stalls alone): a crash here is the watchdog's, not the app's. ``end_to_end.py``'s
``app open`` rows time the same window. With ``--size`` the synthetic
workbook of that many variables is written first (``--keep`` keeps it).
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import os
import re
import sys
import tempfile
import threading
import time
import traceback

TICK_S = 0.001
REPORT_S = 0.020  # gaps longer than this are stalls worth naming
WATCH_S = 0.080  # --app: every thread's stack is noted every WATCH_S while a beat is late
FRAME = re.compile(r'File "([^"]+)", line (\d+) in (\S+)')
IDLE = {"wait", "_wait_for_tstate_lock", "sleep", "select", "poll", "accept", "readinto",
        "recv", "recv_into", "get", "_worker", "run"}


def synthetic_workbook(size: int, path: str) -> str:
    """The synthetic workbook of ``size`` variables at ``path`` (written once)."""
    if not os.path.exists(path):
        from twinparks.models.synthetic import synthetic_network
        from twinparks.workbook import write_workbook

        write_workbook(synthetic_network(size, 0), path)
    return path


def where(thread: threading.Thread) -> str:
    """The worker's innermost frames of our code and the library it is in."""
    frame = sys._current_frames().get(thread.ident)
    if frame is None:
        return "(ended)"
    stack = traceback.extract_stack(frame)[-3:]
    return " < ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}"
                      for f in reversed(stack))


def one_open(path: str, check: bool) -> tuple[float, list[tuple[float, str]]]:
    """Open once in a worker; its wall time and every stall seen by this thread."""
    from twinparks.ui.document import read_document

    done = threading.Event()
    worker = threading.Thread(target=lambda: (read_document(path, check=check), done.set()),
                              daemon=True)
    stalls: list[tuple[float, str]] = []
    start = last = time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(TICK_S)
        now = time.perf_counter()
        gap = now - last - TICK_S
        if gap > REPORT_S:
            stalls.append((gap, where(worker)))
        last = now
    worker.join()
    return time.perf_counter() - start, stalls


def app_stalls(path: str, edit: bool, freeze: bool, switch_s: float | None = None,
               watch: bool = True) -> None:
    """Open in the window, wait until checked, solve, edit a lane; the stalls and their code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from twinparks.models.commands import SetCells
    from twinparks.ui.gui_collector import collect_on_gui_thread, heap_settled
    from twinparks.ui.main_window import MainWindow
    from twinparks.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    from twinparks.ui.app import tune_gui_process

    tune_gui_process(app)  # as ui/app.py's run()
    if switch_s is not None:
        sys.setswitchinterval(switch_s)
    collect_on_gui_thread(app).freezing = freeze
    dumps = tempfile.TemporaryFile("w+")
    clock, beats, stalls = QElapsedTimer(), QTimer(), []
    longest: list[tuple[float, int, int]] = []  # stalls sampled: (seconds, dumps from, to)

    written = [0]  # how much the watchdog had written at the last beat

    def beat() -> None:
        # a watchdog thread of faulthandler's, which needs no lock, writes every thread's
        # stack every WATCH_S while the next beat is late: what ran while the GUI thread
        # stalled, a sample per WATCH_S (a long stall is sampled more)
        if watch:
            faulthandler.dump_traceback_later(WATCH_S, repeat=True, file=dumps)
        late = clock.restart() / 1000 - 0.010
        end = os.lseek(dumps.fileno(), 0, os.SEEK_END)
        if late > REPORT_S:
            stalls.append(late)
            if end > written[0]:
                longest.append((late, written[0], end))
        written[0] = end

    beats.timeout.connect(beat)
    beats.start(10)
    clock.start()

    def wait_until(done, limit_s: float = 600.0) -> float:
        start = time.perf_counter()
        while not done() and time.perf_counter() - start < limit_s:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - start

    folder = tempfile.mkdtemp(prefix="twinparks-open-stalls-")
    window = MainWindow(AppSettings(os.path.join(folder, "settings.ini")))
    window.show_error = lambda title, text: print("error:", title, text[:200])
    heap_settled()
    window.show()
    window.sheet_tabs.setCurrentWidget(window.editors["Lanes"])
    wait_until(lambda: False, 0.5)

    def report(name: str, seconds: float) -> None:
        print(f"{name}: {seconds:.2f} s, longest stall {max(stalls, default=0.0):.3f} s, "
              f"{len(stalls)} over {REPORT_S * 1000:.0f} ms; "
              f"stacks seen {WATCH_S * 1000:.0f} ms into a stall:")
        dumps.seek(0)
        text = dumps.read()
        for stack, count in collections.Counter(stacks(text)).most_common(12):
            print(f"   {count:>3} × {stack}")
        for seconds, begin, end in sorted(longest, reverse=True)[:3]:
            print(f"  the {seconds:.3f} s stall, sampled every {WATCH_S * 1000:.0f} ms:")
            for stack, count in collections.Counter(stacks(text[begin:end])).most_common(4):
                print(f"     {count:>3} × {stack}")
        dumps.seek(0)
        dumps.truncate()
        written[0] = 0
        stalls.clear()
        longest.clear()

    stalls.clear()
    start = time.perf_counter()
    window.load_path(path)
    opened = time.perf_counter() - start
    checked = opened + wait_until(lambda: not window.document.checking)
    wait_until(lambda: False, 1.0)
    report(f"open {opened:.2f} s, checked", checked)
    if edit:  # as end_to_end.py: solve, then edit
        wait_until(lambda: False, 0.5)
        solved = []
        window.runner.finished.connect(solved.append)
        window.solve()  # F5
        seconds = wait_until(lambda: bool(solved))
        wait_until(lambda: False, 1.0)
        report("solve, shown", seconds)
        lanes = window.document.network.tables["Lanes"]
        old = lanes.iat[0, list(lanes.columns).index("cost_per_tonne")]
        window.document.push(SetCells("Lanes", [(0, "cost_per_tonne", float(old or 0) + 1)]))
        seconds = wait_until(lambda: not window.document.checking)
        wait_until(lambda: False, 1.0)
        report("edit, checked", seconds)
    faulthandler.cancel_dump_traceback_later()
    window.document.undo_stack.setClean()
    window.close()
    QTimer.singleShot(0, app.quit)  # quit as the app does: workers are stopped and joined
    app.exec()


def stacks(text: str) -> list[str]:
    """Per dump, each busy thread's innermost frames of faulthandler's dumps (idle left out).

    The frames are cut at the first of the project's own, so that one call site counts once.
    """
    found = []
    for dump in re.split(r"\n(?=Timeout \()", text):
        busy = []
        for block in re.split(r"\n\s*\n", dump):
            frames = FRAME.findall(block)
            if not frames or frames[0][2] in IDLE:
                continue
            ours = next((f for f in frames if "/twinparks/" in f[0]), None)
            shown = [frames[0]] + ([ours] if ours and ours != frames[0] else [])
            busy.append(" < ".join(f"{os.path.basename(path)}:{line} {name}"
                                   for path, line, name in shown))
        if busy:
            found.append(" || ".join(busy))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", nargs="?")
    parser.add_argument("--size", type=float, help="write the synthetic workbook of this size")
    parser.add_argument("--keep", help="where to keep the synthetic workbook")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--check", action="store_true", help="validate after reading")
    parser.add_argument("--app", action="store_true", help="open in the window (offscreen)")
    parser.add_argument("--freeze", action="store_true",
                        help="--app: the collector freezes the settled heap (ui/gui_collector.py)")
    parser.add_argument("--switch", type=float,
                        help="--app: this GIL switch interval (s) instead of the app's")
    parser.add_argument("--no-watch", action="store_true",
                        help="--app: no watchdog dumps (the stalls without their stacks)")
    args = parser.parse_args()
    path = args.workbook
    if path is None:
        if args.size is None:
            parser.error("a WORKBOOK or --size")
        path = args.keep or os.path.join(tempfile.gettempdir(),
                                         f"twinparks-open-stalls-{int(args.size)}.xlsx")
        synthetic_workbook(int(args.size), path)
    import twinparks.ui.document  # noqa: F401 - imports out of the timing

    load = os.getloadavg()[0]
    print(f"{os.path.basename(path)}: load average {load:.2f}")
    if args.app:
        faulthandler.enable()  # a crash prints every thread's stack
        app_stalls(path, edit=True, freeze=args.freeze, switch_s=args.switch,
                   watch=not args.no_watch)
        return
    for run in range(args.repeat):
        wall, stalls = one_open(path, args.check)
        longest = max((gap for gap, _ in stalls), default=0.0)
        print(f"run {run + 1}: open {wall:.2f} s, {len(stalls)} stalls over "
              f"{REPORT_S * 1000:.0f} ms, longest {longest:.3f} s, "
              f"sum {sum(g for g, _ in stalls):.2f} s")
        for gap, at in sorted(stalls, reverse=True)[:args.top]:
            print(f"   {gap:.3f} s  {at}")


if __name__ == "__main__":
    main()
