"""Chart titles and axis titles that wrap instead of running past a narrow chart's edge.

Malay titles are often twice as long as the English ones ("Kos dijimatkan
bagi setiap unit kapasiti tambahan"); pyqtgraph draws a title or an axis
label on one line, centred, and the plot cuts what does not fit. These wrap
the text to the room there is, centred, and let the layout grow by the
extra lines.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QGraphicsTextItem

MIN_WIDTH_PX = 40.0


def wrap_text(item: QGraphicsTextItem, width: float) -> bool:
    """Wrap ``item`` at ``width`` pixels if its text is wider, centred; True if it changed."""
    before = item.textWidth()
    item.setTextWidth(-1)
    natural = item.document().idealWidth()
    wanted = max(MIN_WIDTH_PX, width) if natural > width else -1.0
    item.setTextWidth(wanted)
    item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
    return wanted != before


def wrap_title(title: pg.LabelItem, width: float) -> float:
    """Wrap a chart's title (and its legend line) to ``width``; the height it needs."""
    wrap_text(title.item, width)
    return title.item.boundingRect().height()


def wrap_axis_label(axis: pg.AxisItem, length: float) -> None:
    """Wrap an axis title to the axis' ``length``, and give the axis room for its lines."""
    if axis.label is None or not axis.label.isVisible():
        return
    if wrap_text(axis.label, length):
        if axis.orientation in ("top", "bottom"):
            axis._updateHeight()  # pyqtgraph adds the label's height to the axis'
        elif axis.fixedWidth is None:
            axis._updateWidth()
        axis.resizeEvent()  # puts the label where its new size says
