"""The map's paint while a thread validates, at CPython's GIL switch interval and at the app's.

    python benchmarks/gil_switch.py WORKBOOK.xlsx [--paints 30]

Shows the network map offscreen (1400 × 800), then paints it ``--paints``
times while another thread validates the network in a loop, once with the
switch interval at CPython's 5 ms and once at the app's
(``twinparks.ui.app.GIL_SWITCH_S``), twice each in turn; prints the median
and longest paint of each round and the load average. The GUI thread gives
the GIL up at many calls into Qt and NumPy and waits for it behind the
worker each time: the longest paint is what a planner sees as a freeze.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook")
    parser.add_argument("--paints", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from twinparks.models.validation import validate
    from twinparks.workbook import read_workbook

    network = read_workbook(args.workbook).network
    app = QApplication.instance() or QApplication([])
    from twinparks.ui.app import GIL_SWITCH_S
    from twinparks.ui.map_view import NetworkMap

    view = NetworkMap()
    view.resize(1400, 800)
    view.show()
    view.set_network(network)
    view.fit()
    view.wait_drawn()
    view.wait_routes()
    app.processEvents()
    view.wait_drawn()
    view._layout_labels()
    view.wait_labels()
    view.wait_lanes()
    stop = threading.Event()

    def validating() -> None:
        while not stop.is_set():
            validate(network)

    for interval in (0.005, GIL_SWITCH_S) * 2:
        sys.setswitchinterval(interval)
        stop.clear()
        worker = threading.Thread(target=validating)
        worker.start()
        time.sleep(0.3)
        paints = []
        for _ in range(args.paints):
            start = time.perf_counter()
            view.viewport().repaint()
            paints.append(time.perf_counter() - start)
            time.sleep(0.01)
        stop.set()
        worker.join()
        print(f"switch interval {interval * 1000:.0f} ms: paint median "
              f"{statistics.median(paints) * 1000:.0f} ms, longest {max(paints) * 1000:.0f} ms; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
    view.close()


if __name__ == "__main__":
    main()
