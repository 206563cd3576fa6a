"""Column widths that fit what Excel shows, computed from a table's columns in linear time.

A streamed sheet cannot be read back, and reading every cell of a million
rows to measure it took seconds. The widest text of a number column is that
of its largest or smallest value (thousands separators and decimals grow
with the magnitude), except for values below 1 in magnitude, which show four
significant digits and are at most ``SMALL_WIDTH`` wide; text columns are
measured with vectorised string lengths.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

PERCENT, MONEY = "0.0%", "#,##0.00"
MIN_WIDTH, MAX_WIDTH = 8, 48
FILTER_ARROW = 3  # room for the autofilter's button
SMALL_WIDTH = 10  # the widest '{:.4g}' of a value below 1 in magnitude: "-0.0001235"
EXACT_SMALL = 1000  # up to this many distinct small values are formatted exactly


def shown(value: float, number_format: str | None) -> str:
    """Roughly the text Excel shows for a number in ``number_format``."""
    if number_format == PERCENT:
        return f"{value:.1%}"
    if number_format == MONEY:
        return f"{value:,.2f}"
    return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.4g}"


def longest_shown(column: pd.Series, number_format: str | None) -> int:
    """The length of the longest text the column shows."""
    values = column.dropna()
    if values.empty:
        return 0
    if pd.api.types.is_bool_dtype(values.dtype):
        return 1  # Excel shows TRUE/FALSE; this mirrors the earlier report's "1"/"0"
    if pd.api.types.is_numeric_dtype(values.dtype):
        return _longest_number(values.to_numpy(dtype=float), number_format)
    return int(values.astype(str).str.len().max())


def _longest_number(values: np.ndarray, number_format: str | None) -> int:
    candidates = [shown(float(values.max()), number_format),
                  shown(float(values.min()), number_format)]
    if number_format in (PERCENT, MONEY):
        return max(len(text) for text in candidates)
    small = np.unique(values[np.abs(values) < 1])
    if len(small) > EXACT_SMALL:
        return max(SMALL_WIDTH, *(len(text) for text in candidates))
    return max(len(text) for text in candidates + [shown(v, None) for v in small.tolist()])


def fitted_widths(frame: pd.DataFrame, headers: Sequence[str],
                  formats: Sequence[str | None]) -> list[float]:
    """One width per column: header and values fit, the filter arrow included, clamped."""
    widths = []
    for i, header in enumerate(headers):
        longest = max(len(str(header)), longest_shown(frame.iloc[:, i], formats[i]))
        widths.append(min(max(longest + FILTER_ARROW, MIN_WIDTH), MAX_WIDTH))
    return widths
