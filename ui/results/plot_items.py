"""pyqtgraph items the result charts are made of: a localised value axis, a narrow-safe title."""

from __future__ import annotations

from math import ceil, log10

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from twinparks.ui.results.frame_model import display_locale, format_number

END_LABEL_MARGIN = 16


class LocaleAxis(pg.AxisItem):
    """A value axis with the locale's digits and thousands separators."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def boundingRect(self):
        """Room for the labels at both ends (the 0 above all) to overhang the axis.

        With a grid, pyqtgraph ignores its own margin for them and drops them.
        """
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            return rect.adjusted(0, -END_LABEL_MARGIN, 0, END_LABEL_MARGIN)
        return rect.adjusted(-END_LABEL_MARGIN, 0, END_LABEL_MARGIN, 0)

    def tickValues(self, minVal, maxVal, size):
        """Major ticks only, at a round step giving about one tick per 70 pixels."""
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return super().tickValues(minVal, maxVal, size)
        rough = span / max(2, size / 70)
        magnitude = 10 ** np.floor(np.log10(rough))
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
        first = np.ceil(minVal / step) * step
        return [(step, list(np.arange(first, maxVal + step * 1e-9, step)))]

    def tickStrings(self, values, scale, spacing):
        """Tick values in the locale's format."""
        locale = display_locale()
        places = max(0, ceil(-log10(spacing * scale))) if spacing * scale > 0 else 0
        return [format_number(locale, value * scale, min(places, 6)) for value in values]


class ChartTitle(pg.LabelItem):
    """A plot title that may be wider than the plot: it never widens the layout.

    ``pyqtgraph.LabelItem`` makes its text width the item's minimum width, which
    pushes a narrow chart past its widget's edge.
    """

    def updateMin(self):
        """Keep the height of the text as minimum, not its width."""
        super().updateMin()
        self.setMinimumWidth(0)

    def sizeHint(self, hint, constraint):
        """Never ask for the text's width as a minimum."""
        size = super().sizeHint(hint, constraint)
        if hint == Qt.SizeHint.MinimumSize:
            size.setWidth(0)
        return size


__all__ = ["ChartTitle", "LocaleAxis"]
