"""DataFrames sent through a pipe in pieces: one column of at most :data:`PIECE_ROWS` rows.

A pickle is read in one call that holds the GIL. The plan of a solve at 1e6
variables is a 46 MB pickle: reading it whole in the thread that supervises
the solve held the GUI process's GIL for 0.26 s, a frozen window. In
pieces of one column and 50,000 rows each read takes a few milliseconds,
and the GUI thread runs between them. The tables arrive as they were sent:
columns, dtypes and index.
"""

from __future__ import annotations

import pandas as pd

PIECE_ROWS = 50_000


def send_tables(conn, tables: dict[str, pd.DataFrame]) -> None:
    """Send ``tables`` over ``conn`` (a ``multiprocessing`` connection) in pieces."""
    layout = [(name, table.iloc[:0], table.index, _starts(len(table)))
              for name, table in tables.items()]
    conn.send(layout)
    for (_, _, _, starts), table in zip(layout, tables.values(), strict=True):
        for column in range(table.shape[1]):
            for start in starts:
                piece = table.iloc[start:start + PIECE_ROWS, column]
                conn.send(piece.reset_index(drop=True))


def receive_tables(conn) -> dict[str, pd.DataFrame]:
    """The tables :func:`send_tables` sent, as they were."""
    tables = {}
    for name, template, index, starts in conn.recv():
        columns = []
        for _ in range(template.shape[1]):
            pieces = [conn.recv() for _ in starts]
            columns.append(pd.concat(pieces, ignore_index=True) if len(pieces) > 1
                           else pieces[0])
        frame = pd.concat(columns, axis=1) if columns else pd.DataFrame(index=range(len(index)))
        frame.columns = template.columns
        frame.index = index
        tables[name] = frame
    return tables


def _starts(rows: int) -> list[int]:
    """Where each piece of a column starts (one empty piece for an empty table)."""
    return list(range(0, rows, PIECE_ROWS)) or [0]


__all__ = ["PIECE_ROWS", "receive_tables", "send_tables"]
