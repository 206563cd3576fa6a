"""Edits of a network as plain command objects with ``do`` and ``undo``.

Every change the desktop app makes to a network goes through one of these
(the GUI wraps them in ``QUndoCommand`` without asking their class, as glue's
``Command``): setting a block of cells (a single edit or a paste: one undo
step), inserting rows and removing rows — on any sheet, the Scenarios sheet
included. Rows are addressed by position; after a structural edit the row
labels are renumbered to the Excel rows the table would be saved to. A
command that had to create its sheet removes it again on undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from twinparks.models.network import Network, empty_table


class Command(Protocol):
    """What every edit offers: the sheet it changes, a label, do/undo, and its kind."""

    sheet: str
    text: str

    def do(self, network: Network) -> None:
        """Apply the edit."""

    def undo(self, network: Network) -> None:
        """Put the network back exactly as before :meth:`do`."""

    @property
    def changes_structure(self) -> bool:
        """Rows, columns or sheets changed (views reset), not only cell values."""


def _table(network: Network, sheet: str) -> pd.DataFrame:
    if sheet not in network.tables:
        network.tables[sheet] = empty_table(sheet)
        network.sheet_order.append(sheet)
    return network.tables[sheet]


def _drop_sheet(network: Network, sheet: str) -> None:
    del network.tables[sheet]
    network.sheet_order.remove(sheet)


def _renumber(table: pd.DataFrame) -> pd.DataFrame:
    table.index = pd.RangeIndex(2, 2 + len(table))
    return table


@dataclass
class SetCells:
    """Set cells of one sheet: ``changes`` are (row position, column, new value)."""

    sheet: str
    changes: list[tuple[int, str, object]]
    text: str = "Edit cells"
    _old: list[object] = field(default_factory=list, repr=False)
    _added_columns: list[str] = field(default_factory=list, repr=False)
    _added_sheet: bool = field(default=False, repr=False)

    def do(self, network: Network) -> None:
        """Apply the new values, remembering the old ones."""
        self._added_sheet = self.sheet not in network.tables
        table = _table(network, self.sheet)
        self._added_columns = []
        for _, column, _ in self.changes:
            if column not in table.columns:
                table[column] = pd.Series([None] * len(table), index=table.index, dtype=object)
                self._added_columns.append(column)
        positions = [table.columns.get_loc(column) for _, column, _ in self.changes]
        self._old = [table.iat[row, col] for (row, _, _), col in
                     zip(self.changes, positions, strict=True)]
        for (row, _, value), col in zip(self.changes, positions, strict=True):
            table.iat[row, col] = value

    @property
    def changes_structure(self) -> bool:
        """Whether applying it had to add a column or a sheet."""
        return bool(self._added_columns) or self._added_sheet

    def undo(self, network: Network) -> None:
        """Put the old values back (and drop what ``do`` had to add)."""
        table = network.tables[self.sheet]
        for (row, column, _), value in zip(reversed(self.changes), reversed(self._old),
                                           strict=True):
            table.iat[row, table.columns.get_loc(column)] = value
        if self._added_columns:
            network.tables[self.sheet] = table.drop(columns=self._added_columns)
        if self._added_sheet:
            _drop_sheet(network, self.sheet)


@dataclass
class InsertRows:
    """Insert rows (dicts of column → value) before ``position``."""

    sheet: str
    position: int
    rows: list[dict[str, object]]
    text: str = "Add rows"
    changes_structure = True
    _added_sheet: bool = field(default=False, repr=False)
    _added_columns: list[str] = field(default_factory=list, repr=False)

    def do(self, network: Network) -> None:
        """Insert the rows and renumber (adding the columns the rows name)."""
        self._added_sheet = self.sheet not in network.tables
        table = _table(network, self.sheet)
        named = [name for row in self.rows for name in row if name not in table.columns]
        self._added_columns = list(dict.fromkeys(named))
        for name in self._added_columns:
            table[name] = pd.Series([None] * len(table), index=table.index, dtype=object)
        new = pd.DataFrame([[row.get(c) for c in table.columns] for row in self.rows],
                           columns=table.columns, dtype=object)
        parts = [table.iloc[:self.position], new, table.iloc[self.position:]]
        network.tables[self.sheet] = _renumber(pd.concat(parts, ignore_index=True))

    def undo(self, network: Network) -> None:
        """Remove the inserted rows again (and the sheet, if ``do`` created it)."""
        if self._added_sheet:
            _drop_sheet(network, self.sheet)
            return
        table = network.tables[self.sheet]
        keep = [i for i in range(len(table))
                if not self.position <= i < self.position + len(self.rows)]
        kept = table.iloc[keep].drop(columns=self._added_columns).reset_index(drop=True)
        network.tables[self.sheet] = _renumber(kept)


@dataclass
class RemoveRows:
    """Remove the rows at ``positions`` (any order); undo puts them back in place."""

    sheet: str
    positions: list[int]
    text: str = "Delete rows"
    changes_structure = True
    _removed: pd.DataFrame | None = field(default=None, repr=False)

    def do(self, network: Network) -> None:
        """Remove the rows, keeping them for undo."""
        table = network.tables[self.sheet]
        ordered = sorted(set(self.positions))
        self._removed = table.iloc[ordered].copy()
        keep = [i for i in range(len(table)) if i not in set(ordered)]
        network.tables[self.sheet] = _renumber(table.iloc[keep].reset_index(drop=True))

    def undo(self, network: Network) -> None:
        """Re-insert the removed rows at their old positions."""
        table = network.tables[self.sheet]
        assert self._removed is not None, "undo before do"
        rows = list(table.itertuples(index=False, name=None))
        for position, row in zip(sorted(set(self.positions)),
                                 self._removed.itertuples(index=False, name=None), strict=True):
            rows.insert(position, row)
        network.tables[self.sheet] = _renumber(
            pd.DataFrame(rows, columns=table.columns, dtype=object))
