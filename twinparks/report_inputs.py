"""The report's input sheets: the network exactly as solved, streamed.

They hold what :func:`twinparks.workbook.build_book` writes for a new
workbook (same sheets in the same order, same values and types: text stays
text, kept formulas stay formulas), so that opening the report and solving
gives the same plan; only the header row is styled and frozen.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from twinparks.models.migration import as_current_version
from twinparks.models.network import Network
from twinparks.report_sheets import HEADER
from twinparks.workbook import BlankHeader, sheet_order
from twinparks.xlsx_stream import CellWriter, frame_rows


def input_sheets(network: Network) -> Iterator[tuple[str, Iterable[list[object]]]]:
    """(sheet name, rows from the header on) of every sheet, in the order build_book uses."""
    network = as_current_version(network)
    for name in sheet_order(network):
        if name in network.tables:
            table = network.tables[name]
            header = [None if isinstance(label, BlankHeader) else label
                      for label in table.columns]
            yield name, _chain([header], frame_rows(table))
        elif name in network.extra_sheets:
            yield name, network.extra_sheets[name]


def _chain(first: list[list[object]], rest: Iterable[list[object]]) -> Iterator[list[object]]:
    yield from first
    yield from rest


def write_input_sheets(book, cells: CellWriter, network: Network) -> list:
    """Every input sheet after the sheets already in ``book``; returns them."""
    sheets = []
    header = cells.formats(**HEADER)
    for name, rows in input_sheets(network):
        sheet = book.add_worksheet(name)
        rows = iter(rows)
        first = next(rows, None)
        if first is not None:
            cells.rows(sheet, [first], 0, [header] * len(first))
            cells.rows(sheet, rows, 1)  # blanks and NaN write nothing; text is kept as typed
        sheet.freeze_panes(1, 0)
        sheets.append(sheet)
    return sheets

