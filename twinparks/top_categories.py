"""Charts with many categories: the top ones, then one "Other (N)" for the rest.

A chart of 13,000 markets is unreadable and slow to draw (one bar and one
label each). Every chart of the reports and of the app keeps at most
``TOP_CATEGORIES`` categories: the first ones of a frame sorted by the
caller, then one row that aggregates the rest, so that totals still add up
(sums of tonnes or money) or the rest is summarised (mean of a ratio).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

TOP_CATEGORIES = 25
OTHER = "Other ({count})"


def top_and_other(frame: pd.DataFrame, label: str, how: Mapping[str, str],
                  top: int = TOP_CATEGORIES, other: str = OTHER) -> pd.DataFrame:
    """The first ``top`` rows of ``frame``, then one row for the rest.

    ``how`` maps each value column to ``"sum"`` or ``"mean"``; the other
    row's ``label`` is ``other`` with ``{count}`` replaced by the number of
    rows it stands for. A frame of at most ``top + 1`` rows is returned whole
    (an "Other (1)" would hide a name to save nothing).
    """
    if len(frame) <= top + 1:
        return frame.reset_index(drop=True)
    head, rest = frame.iloc[:top], frame.iloc[top:]
    row: dict[str, object] = {column: _aggregate(rest[column], way)
                              for column, way in how.items()}
    row[label] = other.replace("{count}", f"{len(rest):,}")
    tail = pd.DataFrame([row], columns=list(frame.columns))
    return pd.concat([head.reset_index(drop=True), tail], ignore_index=True)


def rest_count(frame: pd.DataFrame, top: int = TOP_CATEGORIES) -> int:
    """How many rows :func:`top_and_other` folds into its "Other" row (0: none)."""
    return len(frame) - top if len(frame) > top + 1 else 0


def _aggregate(values: pd.Series, way: str) -> float:
    numbers = pd.to_numeric(values, errors="coerce").astype(float)
    if way == "sum":
        return float(numbers.sum())
    if way == "mean":
        return float(numbers.mean())
    raise ValueError(f"unknown aggregation {way!r}")
