"""A plan's tables come back from the solve process in small pieces, exactly as they were."""

from __future__ import annotations

import multiprocessing
import threading

import numpy as np
import pandas as pd
import pytest

from twinparks.ui import frame_pieces
from twinparks.ui.frame_pieces import receive_tables, send_tables


class CountingConnection:
    """A pipe's sending end that remembers the rows of every piece it sends."""

    def __init__(self, conn):
        self.conn, self.rows = conn, []

    def send(self, value) -> None:
        if isinstance(value, pd.Series):
            self.rows.append(len(value))
        self.conn.send(value)


def round_trip(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[int]]:
    receiver, sender = multiprocessing.Pipe(duplex=False)
    counting = CountingConnection(sender)
    feeder = threading.Thread(target=send_tables, args=(counting, tables))
    feeder.start()
    received = receive_tables(receiver)
    feeder.join()
    return received, counting.rows


def test_tables_arrive_as_sent_in_pieces_of_at_most_piece_rows(monkeypatch):
    monkeypatch.setattr(frame_pieces, "PIECE_ROWS", 4)
    flows = pd.DataFrame({
        "lane": pd.array([f"L{n}" for n in range(10)], dtype="string"),
        "tonnes": np.arange(10, dtype=float),
        "binding": [n % 2 == 0 for n in range(10)],
        "note": [None, "a", 1, 2.5, None, "b", "c", None, "d", "e"],
    }, index=pd.Index([f"r{n}" for n in range(10)]))
    twice = pd.DataFrame([[1, 2], [3, 4]], columns=["x", "x"])  # a duplicate column name
    empty = pd.DataFrame({"site": pd.Series(dtype=object), "met": pd.Series(dtype=float)})
    tables = {"flows": flows, "twice": twice, "empty": empty, "bare": pd.DataFrame()}
    received, rows = round_trip(tables)
    assert list(received) == list(tables)
    for name, table in tables.items():
        pd.testing.assert_frame_equal(received[name], table)
    assert rows and max(rows) <= 4
    assert sum(rows) == 10 * 4 + 2 * 2  # every cell once


def test_a_solved_plan_comes_back_in_pieces_with_its_tables(qtbot, monkeypatch):
    from twinparks.example import example_path
    from twinparks.models.solve import SolveOptions, solve
    from twinparks.ui import job_process
    from twinparks.ui.solve_runner import SolveRunner
    from twinparks.workbook import read_workbook

    received = []
    monkeypatch.setattr(job_process, "receive_tables",
                        lambda conn: received.append(receive_tables(conn)) or received[-1])
    network = read_workbook(example_path()).network
    direct = solve(network, SolveOptions(solver="highs"))
    runner = SolveRunner()
    with qtbot.waitSignal(runner.finished, timeout=60_000) as blocker:
        runner.start(network, SolveOptions(solver="highs"))
    plan = blocker.args[0]
    assert received and plan.tables is received[0]
    assert plan.optimal and plan.objective == pytest.approx(direct.objective)
    assert list(plan.tables) == list(direct.tables)
    for name, table in direct.tables.items():
        pd.testing.assert_frame_equal(plan.tables[name], table, check_exact=False)
