"""The map's legend: the kinds of site drawn and, with a plan, the modes, unused lanes, stars.

Entries are rebuilt from what is drawn, so the legend names only what the
map shows; its texts are in the map's translation context. The legend sits
in a column of its own right of the map, as wide as its longest entry, so
it never covers a lane or a site, whatever the zoom.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from twinparks.ui import map_layers as layers
from twinparks.ui.map_flows import REGIME_COLOURS, regime_label
from twinparks.ui.map_layers import KIND_STYLES, MODE_COLOURS


def tr(text: str) -> str:
    """Translate in the map's context."""
    return QCoreApplication.translate("NetworkMap", text)


LEGEND_COLUMN = 3  # of the plot's layout: right of the view box and its (hidden) right axis
GAP_PX = 6


class MapLegend:
    """The legend item of a map's plot and the line samples its lane entries show."""

    def __init__(self, plot: pg.PlotItem):
        self.column = pg.GraphicsWidget()
        plot.layout.addItem(self.column, 2, LEGEND_COLUMN)
        self.item = pg.LegendItem(brush=pg.mkBrush(255, 255, 255, 235), pen=pg.mkPen("#c8ccd2"),
                                  labelTextSize="8pt", labelTextColor="#30343a", verSpacing=-4)
        holder = QGraphicsRectItem(self.column)  # LegendItem puts itself at (0, 0) of its parent
        holder.setPen(QPen(Qt.PenStyle.NoPen))
        holder.setPos(GAP_PX, 0)
        self.item.setParentItem(holder)  # no anchor: it moves with the column
        # pyqtgraph draws a legend at screen size whatever the view's scale; beside the map
        # that only made it a third of its size in the PDF's map, rendered at 3x
        self.item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self._entries: list[tuple] = []  # (item, text) as shown
        self._fit_column()
        self._mode_samples = {mode: pg.PlotDataItem(pen=pg.mkPen(colour, width=4))
                              for mode, colour in MODE_COLOURS.items()}
        self._unused_sample = pg.PlotDataItem(pen=layers.lane_pen("other", 0.0, 1.0))
        self._regime_samples = {regime: pg.PlotDataItem(pen=pg.mkPen(colour, width=4))
                                for regime, colour in REGIME_COLOURS.items()}

    def texts(self) -> list[str]:
        """The entries' texts, top to bottom."""
        return [label.text for _, label in self.item.items]

    def rebuild(self, scatters: dict[str, pg.ScatterPlotItem], kinds: set[str],
                modes: set[str] | None, investments: pg.ScatterPlotItem | None,
                by_regime: bool = False) -> None:
        """Name the ``kinds`` of site drawn and, with a plan (``modes`` not None), its lanes.

        ``modes`` holds duty regimes instead when ``by_regime``; ``investments``
        is the star item when the plan builds something, else None.
        """
        entries = [(scatters[kind], layers.kind_label(kind)) for kind in KIND_STYLES
                   if kind in kinds]
        if modes is not None:
            samples = self._regime_samples if by_regime else self._mode_samples
            label = regime_label if by_regime else layers.mode_label
            entries += [(sample, label(key)) for key, sample in samples.items() if key in modes]
            entries.append((self._unused_sample, tr("Unused lane")))
            if investments is not None:
                entries.append((investments, tr("Investment built")))
        if entries == self._entries:  # (an edit of the network rarely changes the legend)
            return
        self._entries = entries
        self.item.clear()
        for sample, text in entries:
            self.item.addItem(sample, text)
        self._fit_column()

    def _fit_column(self) -> None:
        """The legend's column as wide as the legend (none when it is empty)."""
        empty = not self.item.items
        self.item.setVisible(not empty)
        self.column.setFixedWidth(0 if empty else self.item.width() + GAP_PX)
