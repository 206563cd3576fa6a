"""The look of every lane for a plan, as arrays: computed in the worker that paints the lanes.

A lane's look (colour, width, alpha, dashed) and its stacking value follow
from its mode, the plan's tonnes on it, the heaviest lane of the plan and,
coloured by duty regime, the regime carrying most of its tonnes
(:mod:`ui.map_flows`). :func:`lane_styles` computes them for every lane at
once with NumPy and pandas, so that a plan of 41k lanes is styled in one
pass off the GUI thread (styling them one by one on the GUI thread took
0.3-0.6 s at 1e6 variables). :class:`LazyStyles` computes them once, on
first use, in whichever thread asks first: the lane image's worker,
normally (:mod:`ui.lane_render`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from twinparks.models.plan import Plan
from twinparks.ui import map_layers as layers
from twinparks.ui.map_flows import REGIME_COLOURS, dominant, lane_regimes, lane_tonnes
from twinparks.ui.map_layers import MODE_COLOURS, PLAIN_LANE, Site

PALETTE = (*MODE_COLOURS.values(), PLAIN_LANE, *REGIME_COLOURS.values())
_MODE_INDEX = {mode: number for number, mode in enumerate(MODE_COLOURS)}
_PLAIN = PALETTE.index(PLAIN_LANE)
_REGIME_INDEX = {regime: PALETTE.index(colour) for regime, colour in REGIME_COLOURS.items()}
_RGB = np.array([QColor(colour).rgba() & 0xFFFFFF for colour in PALETTE], dtype=np.uint32)
# stacking bonus coloured by regime: general-rate flows above preferential ones above the rest
_REGIME_BONUS = np.zeros(len(PALETTE))
_REGIME_BONUS[_REGIME_INDEX["general"]] = 2
_REGIME_BONUS[_REGIME_INDEX["preferential"]] = 1
PLAIN_WIDTH, PLAIN_ALPHA = 1.2, 170  # without a plan, or a lane the plan does not list
UNUSED_WIDTH, UNUSED_ALPHA = 1.0, 120  # a lane the plan leaves empty: dashed
USED_ALPHA = 215
WIDTH_STEP = 0.25  # pen widths in pen keys are counted in these (pixels)


@dataclass(frozen=True)
class Styling:
    """What decides the lanes' looks besides the lanes themselves."""

    plan: Plan | None
    sites: dict[str, Site]
    colour_by: str = "mode"


@dataclass(frozen=True)
class LaneStyles:
    """The look of n lanes in parallel arrays (positions as in the lanes' list)."""

    colour: np.ndarray  # index into PALETTE
    width: np.ndarray  # pixels
    alpha: np.ndarray
    dashed: np.ndarray
    amount: np.ndarray  # tonnes in the plan (0 without)
    z: np.ndarray  # stacking value: heavier on top

    def __len__(self) -> int:
        return len(self.colour)

    def keys(self) -> np.ndarray:
        """One row per lane: (rgba, width in WIDTH_STEP, Qt.PenStyle value); equal rows
        paint alike."""
        rgba = _RGB[self.colour] | (self.alpha.astype(np.uint32) << 24)
        steps = np.round(self.width / WIDTH_STEP).astype(np.int64)
        style = np.where(self.dashed, Qt.PenStyle.DashLine.value, Qt.PenStyle.SolidLine.value)
        return np.column_stack([rgba.astype(np.int64), steps, style])

    def pen(self, at: int) -> QPen:
        """The cosmetic pen of lane ``at`` (shared: copy it before changing it)."""
        style = Qt.PenStyle.DashLine if self.dashed[at] else Qt.PenStyle.SolidLine
        return layers.shared_pen(PALETTE[int(self.colour[at])], float(self.width[at]),
                                 int(self.alpha[at]), style)

    def patched(self, at: np.ndarray, other: LaneStyles) -> LaneStyles:
        """These styles with the lanes at positions ``at`` styled as ``other`` (same order)."""
        arrays = {}
        for name in ("colour", "width", "alpha", "dashed", "amount", "z"):
            array = getattr(self, name).copy()
            array[at] = getattr(other, name)
            arrays[name] = array
        return LaneStyles(**arrays)


def lane_styles(lanes: list, styling: Styling) -> LaneStyles:
    """The look of each of ``lanes`` (``map_layers.Lane``) under ``styling``.

    Without a plan every lane is thin grey; with one its width grows with
    its tonnes (the heaviest lane of the plan is :data:`map_layers.MAX_WIDTH`
    wide), a lane left empty is dashed, a lane the plan does not list is
    grey; the colour is the mode's, or coloured by regime the dominant
    regime's (grey without flows).
    """
    count = len(lanes)
    plan = styling.plan
    if plan is None:
        return LaneStyles(np.full(count, _PLAIN), np.full(count, PLAIN_WIDTH),
                          np.full(count, PLAIN_ALPHA), np.zeros(count, dtype=bool),
                          np.zeros(count), np.full(count, 2.0))
    ids = [lane.id for lane in lanes]
    tonnes, most = lane_tonnes(plan)
    amount = pd.Series(ids, dtype=object).map(tonnes).to_numpy(dtype=float)
    listed = ~np.isnan(amount)
    amount = np.where(listed, amount, 0.0)
    colour = _colours(lanes, ids, styling)
    used = listed & (amount > 0) & (most > 0)
    width = np.where(used, np.maximum(layers.MIN_WIDTH, layers.MAX_WIDTH * amount
                                      / (most if most > 0 else 1.0)), UNUSED_WIDTH)
    width = np.round(width / layers.PEN_STEP) * layers.PEN_STEP
    width = np.where(listed, width, PLAIN_WIDTH)
    alpha = np.where(used, USED_ALPHA, np.where(listed, UNUSED_ALPHA, PLAIN_ALPHA))
    dashed = listed & ~used
    colour = np.where(listed, colour, _PLAIN)
    z = 2 + (amount / most if most else 0.0)
    if styling.colour_by == "regime":
        z = z + _REGIME_BONUS[colour]
    return LaneStyles(colour, width, alpha, dashed, amount, z)


def _colours(lanes: list, ids: list[str], styling: Styling) -> np.ndarray:
    if styling.colour_by != "regime":
        return np.array([_MODE_INDEX[lane.mode] for lane in lanes], dtype=np.int64)
    regimes = lane_regimes(styling.plan, styling.sites)
    by_lane = {lane: _REGIME_INDEX[top] for lane, split in regimes.items()
                if (top := dominant(split)) is not None}
    return np.array([by_lane.get(lane, _PLAIN) for lane in ids], dtype=np.int64)


class LazyStyles:
    """The styles of a list of lanes, computed on first :meth:`get` (in any thread).

    With ``base`` (the styles of the same lanes before an edit) only the
    lanes at ``changed`` are styled anew.
    """

    def __init__(self, lanes: list, styling: Styling, base: LaneStyles | None = None,
                 changed: np.ndarray | None = None):
        self._lanes, self.styling = lanes, styling
        self._base, self._changed = base, changed
        self._styles: LaneStyles | None = None

    @classmethod
    def ready(cls, lanes: list, styling: Styling, styles: LaneStyles) -> LazyStyles:
        """Styles already computed."""
        lazy = cls(lanes, styling)
        lazy._styles = styles
        return lazy

    @property
    def computed(self) -> bool:
        """Whether :meth:`get` returns at once."""
        return self._styles is not None

    def get(self) -> LaneStyles:
        """The styles, computing them if no thread has yet."""
        styles = self._styles
        if styles is None:  # (two threads may both compute them: the same looks; no lock,
            styles = self._styles = self._compute()  # which a cancelled job could leave held)
        return styles

    def _compute(self) -> LaneStyles:
        if self._base is None or self._changed is None:
            styles = lane_styles(self._lanes, self.styling)
            lane_regimes(self.styling.plan, self.styling.sites)  # for the hover, found here
            return styles
        at = self._changed
        return self._base.patched(at, lane_styles([self._lanes[n] for n in at.tolist()],
                                                  self.styling))


__all__ = ["PALETTE", "WIDTH_STEP", "LaneStyles", "LazyStyles", "Styling", "lane_styles"]
