"""Value labels of bar charts that always fit: the axis range leaves room for them.

A value label sits just past its bar's end (or inside a long bar, in white).
Its size is in pixels while the bars are in data units, so a fixed headroom
("18 % more than the largest bar") cuts the label of the largest bar on a
narrow chart. :func:`fit_value_axis` finds the smallest value-axis end at
which every outside label ends inside the plot, and moves an inside label
out when its bar is too short on screen to hold it; :func:`category_margin`
does the same for the first and last labels of vertical bars, centred on
their bar. The chart calls them whenever its plot is resized.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg

LABEL_GAP_PX = 4.0  # between a label and the plot's edge, or inside a bar's end
MIN_CATEGORY_MARGIN = 0.6  # of a bar step, on each side of the first and last bar
OUTSIDE_COLOUR = "#333333"


@dataclass
class ValueLabel:
    """One value label: its item, where its bar ends (data units) and whether it may sit inside."""

    item: pg.TextItem
    position: float  # the category (bar) position
    end: float  # the bar's end along the value axis
    may_sit_inside: bool = False
    inside: bool = False

    def size_px(self) -> tuple[float, float]:
        """The text's width and height on screen (a TextItem ignores the view's scale)."""
        rect = self.item.boundingRect()
        return rect.width(), rect.height()

    def ink_px(self) -> tuple[float, float]:
        """The size of the text itself, without the item's transparent margin."""
        margin = 2 * self.item.textItem.document().documentMargin()
        width, height = self.size_px()
        return max(0.0, width - margin), max(0.0, height - margin)


def _needed_end(end: float, extent_px: float, length_px: float) -> float:
    """The axis end at which a label ``extent_px`` long after ``end`` still fits."""
    room = length_px - extent_px - LABEL_GAP_PX
    if room <= 1.0:  # a plot narrower than the label: give the bar a sliver
        return end * max(length_px, 1.0)
    return end * length_px / room


def fit_value_axis(labels: list[ValueLabel], top: float, length_px: float,
                   horizontal: bool) -> float:
    """The value axis' end (at least ``top``) that keeps every label inside the plot.

    ``length_px`` is the plot's extent along the value axis. Inside labels
    whose bar is shorter on screen than the text go outside; the others stay.
    """
    for label in labels:
        label.inside = horizontal and label.may_sit_inside
    for _ in range(len(labels) + 1):
        needed = top
        for label in labels:
            if not label.inside and label.end > 0:
                width, height = label.size_px()
                needed = max(needed, _needed_end(label.end, width if horizontal else height,
                                                 length_px))
        too_short = [label for label in labels if label.inside
                     and label.end / needed * length_px < label.size_px()[0] + 2 * LABEL_GAP_PX]
        if not too_short:
            return needed
        for label in too_short:
            label.inside = False
    return needed


def category_margin(labels: list[ValueLabel], count: int, length_px: float,
                    horizontal: bool) -> float:
    """The margin (in bar steps) beyond the first and last bar that holds their labels.

    Labels are centred on their bar across it; ``length_px`` is the plot's
    extent along the category axis.
    """
    margin = MIN_CATEGORY_MARGIN
    edge = {0.0, float(count - 1)}
    for label in labels:
        if label.position not in edge:
            continue
        width, height = label.ink_px()
        half = (height if horizontal else width) / 2 + 1.0
        if length_px > 2 * half:
            margin = max(margin, half * max(count - 1, 0) / (length_px - 2 * half) + 0.05)
    return margin


def style(label: ValueLabel, horizontal: bool) -> None:
    """Anchor and colour a label for where it sits: past the bar's end, or inside it."""
    if horizontal:
        label.item.setAnchor((1.0, 0.5) if label.inside else (0.0, 0.5))
    else:
        label.item.setAnchor((0.5, 1.0))
    label.item.setColor("w" if label.inside else OUTSIDE_COLOUR)
