"""The network map alone on a big workbook: the longest event-loop stall of each map action.

    python benchmarks/map_stalls.py WORKBOOK.xlsx [--width 1400 --height 800]

Reads the workbook, solves it (the plan is kept next to it as
``WORKBOOK.xlsx.plan.pickle`` for the next run), then, offscreen, shows a
``NetworkMap`` and times each action from an idle map until a second after
it, with the longest gap between the beats of a 10 ms timer (what the
planner sees as a freeze): setting the network, the plan, a zoom, a pan, a
resize, a repaint, an edit of one lane's cost (draws nothing anew) and of
one lane's mode. ``end_to_end.py`` times the whole window; this isolates the
map. Write a workbook with ``end_to_end.py`` or::

    python -c "from twinparks.models.synthetic import synthetic_network; \\
from twinparks.workbook import write_workbook; \\
write_workbook(synthetic_network(100_000, 0), 'w1e5.xlsx')"
"""

from __future__ import annotations

import argparse
import os
import pickle
import time

TICK_S = 0.010


def solved_plan(path: str, network):
    """The plan of the workbook, solved once and kept beside it."""
    cache = path + ".plan.pickle"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(path):
        with open(cache, "rb") as file:
            return pickle.load(file)
    from twinparks.models.solve import solve

    plan = solve(network)
    with open(cache, "wb") as file:
        pickle.dump(plan, file)
    return plan


def edited(network, column: str, value_of) -> object:
    """A copy of ``network`` with the first lane's ``column`` changed by ``value_of``."""
    copy = network.copy()
    lanes = copy.tables["Lanes"]
    at = list(lanes.columns).index(column)
    lanes.iat[0, at] = value_of(lanes.iat[0, at])
    return copy


def frozen(view, network) -> None:
    """Set a network nobody edits, as the window does (a document's snapshot)."""
    try:
        view.set_network(network, frozen=True)
    except TypeError:  # (older versions, measured for a comparison)
        view.set_network(network)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from twinparks.workbook import read_workbook

    network = read_workbook(args.workbook).network
    plan = solved_plan(args.workbook, network)
    app = QApplication.instance() or QApplication([])
    try:  # as the app runs (ui/app.py): cycles collected on the GUI thread, the GIL switched
        from twinparks.ui.app import tune_gui_process
    except ImportError:  # (older versions, measured for a comparison)
        pass
    else:
        tune_gui_process(app)
    from twinparks.ui.map_view import NetworkMap

    heartbeat, clock, stall = QTimer(), QElapsedTimer(), {"max": 0.0}

    def beat() -> None:
        stall["max"] = max(stall["max"], clock.restart() / 1000 - TICK_S)

    heartbeat.timeout.connect(beat)
    heartbeat.start(int(TICK_S * 1000))
    clock.start()

    def settle(seconds: float) -> None:
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            app.processEvents()
            time.sleep(0.001)

    def stage(name: str, act) -> None:
        settle(0.5)
        beat()
        stall["max"] = 0.0
        act()
        settle(1.5)
        print(f"{name:<22} longest stall {stall['max']:6.3f} s", flush=True)

    view = NetworkMap()
    view.resize(args.width, args.height)
    view.show()
    box = view.getViewBox()

    def pan() -> None:
        (x0, x1), (y0, y1) = box.viewRange()
        step = 0.1 * (x1 - x0)
        box.setRange(xRange=(x0 + step, x1 + step), yRange=(y0, y1), padding=0)

    lanes = network.tables["Lanes"]
    print(f"{len(network.tables['Sites'])} sites, {len(lanes)} lanes; "
          f"load average {os.getloadavg()[0]:.1f}")
    stage("set network", lambda: (view.set_network(network), view.fit()))
    stage("set plan", lambda: view.set_plan(plan))
    stage("zoom in", lambda: box.scaleBy((0.8, 0.8)))
    stage("pan", pan)
    stage("resize", lambda: view.resize(args.width - 100, args.height - 40))
    stage("repaint", lambda: view.viewport().update())
    cost = edited(network, "cost_per_tonne", lambda value: float(value or 0) + 1)
    mode = edited(network, "mode", lambda value: "rail" if value != "rail" else "road")
    stage("edit a lane's cost", lambda: frozen(view, cost))
    stage("edit a lane's mode", lambda: frozen(view, mode))
    print(f"load average {os.getloadavg()[0]:.1f}")
    view.close()


if __name__ == "__main__":
    main()
