"""Undoable edits of the Scenarios sheet (an unknown sheet kept as a grid).

Like :mod:`models.commands`, each command is plain data with ``do`` and
``undo``; the GUI wraps it in ``QUndoCommand``. The grid's first row is the
header; rows are addressed by position below it (0 = Excel row 2). A
command that has to create the sheet removes it again on undo.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from twinparks.models.network import Network
from twinparks.models.scenarios import HEADER, SHEET, scenario_grid


def _grid(network: Network) -> tuple[list[list[object]], bool]:
    """The Scenarios grid, created with the standard header if absent (and whether it was)."""
    grid = scenario_grid(network)
    if grid is not None:
        return grid, False
    network.extra_sheets[SHEET] = [list(HEADER)]
    network.sheet_order.append(SHEET)
    return network.extra_sheets[SHEET], True


def _drop_sheet(network: Network) -> None:
    del network.extra_sheets[SHEET]
    network.sheet_order.remove(SHEET)


def _column(grid: list[list[object]], name: str) -> int:
    """Position of header ``name`` (case-insensitive), adding the column if missing."""
    for position, text in enumerate(grid[0]):
        if text is not None and str(text).strip().lower() == name:
            return position
    for row in grid:
        row.append(None)
    grid[0][-1] = name
    return len(grid[0]) - 1


@dataclass
class _ScenarioEdit:
    sheet: str = field(default=SHEET, init=False)
    _before: list[list[object]] | None = field(default=None, repr=False, init=False)
    _created: bool = field(default=False, repr=False, init=False)

    def do(self, network: Network) -> None:
        """Apply the edit, keeping the grid as it was for undo."""
        existing = scenario_grid(network)
        self._before = copy.deepcopy(existing) if existing is not None else None
        grid, self._created = _grid(network)
        self._apply(grid)

    def undo(self, network: Network) -> None:
        """Put the grid back exactly (or remove the sheet this edit created)."""
        if self._created:
            _drop_sheet(network)
            return
        grid = scenario_grid(network)
        grid[:] = copy.deepcopy(self._before)

    def _apply(self, grid: list[list[object]]) -> None:
        raise NotImplementedError


@dataclass
class SetScenarioCell(_ScenarioEdit):
    """Set one cell: ``row`` position below the header, ``column`` a header name."""

    row: int = 0
    column: str = "value"
    value: object = None
    text: str = "Edit scenario"

    def _apply(self, grid: list[list[object]]) -> None:
        grid[self.row + 1][_column(grid, self.column)] = self.value


@dataclass
class AddScenarioRows(_ScenarioEdit):
    """Insert rows (dicts of header name → value) before ``position``."""

    position: int = 0
    rows: list[dict[str, object]] = field(default_factory=list)
    text: str = "Add scenario rows"

    def _apply(self, grid: list[list[object]]) -> None:
        positions = {name: _column(grid, name) for row in self.rows for name in row}
        width = len(grid[0])
        new = []
        for row in self.rows:
            cells = [None] * width
            for name, value in row.items():
                cells[positions[name]] = value
            new.append(cells)
        grid[self.position + 1:self.position + 1] = new


@dataclass
class RemoveScenarioRows(_ScenarioEdit):
    """Remove the rows at ``positions`` (below the header)."""

    positions: list[int] = field(default_factory=list)
    text: str = "Delete scenario rows"

    def _apply(self, grid: list[list[object]]) -> None:
        for position in sorted(set(self.positions), reverse=True):
            del grid[position + 1]
