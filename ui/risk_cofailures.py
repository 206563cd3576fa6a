"""The Risk page's co-failures: pairs of closures that happened together, on a map.

The table lists, above the map, the pairs :func:`models.risk_stats.cofailure_pairs` found
(most frequent first); the elements of the top pairs, or of the rows the
planner selects, are marked on that map and on the main map, with
the map's public ``highlight(sites, lanes)`` as the stress test does. A lane
marks itself, a site itself, a plant its site, a chokepoint group its lanes
and sites.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from twinparks.models.network import Network, as_key, is_blank
from twinparks.ui.map_view import NetworkMap
from twinparks.ui.results.frame_model import NUMBER, PERCENT, Column, DataFrameModel
from twinparks.ui.results.page_base import ResultTable, heading, set_heading

TOP_MARKED = 5


def _ids(cell) -> set[str]:
    return set() if is_blank(cell) else {p.strip() for p in str(cell).split(",") if p.strip()}


def elements(network: Network, factor: str, target: str) -> tuple[set[str], set[str]]:
    """Sites and lanes a closure of ``factor`` ``target`` marks on the map."""
    if factor == "lane":
        return set(), {target}
    if factor == "site":
        return {target}, set()
    table = network.table("Plants" if factor == "plant" else "Chokepoints")
    for row in table.to_dict("records"):
        if as_key(row.get("id")) != target:
            continue
        if factor == "plant":
            return {str(as_key(row.get("site")))}, set()
        return _ids(row.get("sites")), _ids(row.get("lanes"))
    return set(), set()


class CofailureView(QWidget):
    """The co-failure pairs of one run, above a map that marks them."""

    def __init__(self, map_view=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.map_view = map_view
        self.network: Network | None = None
        self.pairs = pd.DataFrame()
        self.samples, self.shown = 0, False
        self.model = DataFrameModel(parent=self)
        self.table = ResultTable(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._mark_selection)
        self.title = heading("")
        self.none = QLabel(self)
        self.none.setWordWrap(True)
        self.map = NetworkMap(self) if map_view is not None else None
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.none)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)  # the table keeps the page's width
        split.addWidget(left)
        if self.map is not None:
            split.addWidget(self.map)
            split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.set_pairs(None, None, 0)

    def columns(self) -> list[Column]:
        """The table's columns, in the current language."""
        return [Column("risk_a", self.tr("Closure")),
                Column("risk_b", self.tr("Closed with")),
                Column("together", self.tr("Together"), NUMBER,
                       tooltip=self.tr("Sampled years in which both closed")),
                Column("probability", self.tr("Probability"), PERCENT, decimals=2),
                Column("if_independent", self.tr("If independent"), PERCENT, decimals=2,
                       tooltip=self.tr("How often the two would close together if they "
                                       "were unrelated (the product of their own "
                                       "frequencies)")),
                Column("together_with_lost_service", self.tr("With lost service"), NUMBER)]

    def set_pairs(self, pairs: pd.DataFrame | None, network: Network | None,
                  samples: int) -> None:
        """Show ``pairs`` (None: nothing run yet) of a run of ``samples`` on ``network``."""
        self.pairs = pd.DataFrame() if pairs is None else pairs.reset_index(drop=True)
        self.network, self.samples, self.shown = network, samples, pairs is not None
        self.model.set_frame(self.pairs, self.columns())
        self.table.fit_columns()
        set_heading(self.title, self.tr("Closures that happen together"), self.tr(
            "pairs of closed elements in the same sampled year, most frequent first"))
        self.none.setText(self.tr("No two closures happened in the same sampled year "
                                  "(of %1); more samples may find some.")
                          .replace("%1", str(samples)))
        self.none.setVisible(pairs is not None and not len(self.pairs))
        if self.map is not None and network is not None:
            self.map.set_network(network)
            self.map.fit()
        self.mark(list(range(min(TOP_MARKED, len(self.pairs)))))

    def marked(self, rows: list[int]) -> tuple[set[str], set[str]]:
        """Sites and lanes of the closures in pair rows ``rows``."""
        sites, lanes = set(), set()
        if self.network is None:
            return sites, lanes
        for row in rows:
            pair = self.pairs.iloc[row]
            for side in ("a", "b"):
                more_sites, more_lanes = elements(self.network, str(pair[f"factor_{side}"]),
                                                  str(pair[f"target_{side}"]))
                sites |= more_sites
                lanes |= more_lanes
        return sites, lanes

    def mark(self, rows: list[int]) -> None:
        """Mark the closures of ``rows`` on this view's map and the main one."""
        sites, lanes = self.marked(rows)
        for view in (self.map_view, self.map):
            if view is not None:
                view.highlight(sites, lanes)

    def _mark_selection(self, *_) -> None:
        proxy = self.table.proxy
        rows = sorted({proxy.mapToSource(index).row()
                       for index in self.table.selectionModel().selectedRows()})
        if rows:
            self.mark(rows)

    def changeEvent(self, event: QEvent) -> None:
        """On ``LanguageChange`` the headers and notes in the new language."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "none"):
            self.set_pairs(self.pairs if self.shown else None, self.network, self.samples)
        super().changeEvent(event)


__all__ = ["CofailureView", "elements"]
