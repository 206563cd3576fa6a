"""Which cells of a column certainly have no problem, found a column at a time.

Validation checks every cell against its column's type (``validation.py``),
one Python call per cell: at a million variables that made validating take
longer than reading the workbook. Most cells are plainly valid: a finite
number in range, a known id, ordinary text. :func:`plainly_valid` marks
those with array and set operations; only the other cells are then checked
one by one, so every message is exactly the one the per-cell check gives.
Anything unusual (a number typed as text, a blank in a required column, an
origin column, a list of ids) is left to the per-cell check.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twinparks.models import schema
from twinparks.models.origin_validation import ORIGIN_TYPES
from twinparks.models.typed import distinct_texts

PLAIN_TEXT_CHECKED = ("lanes", "sites", "products")  # lists of ids: always checked per cell


def plainly_valid(known: dict[str, set[str]], col: schema.Column,
                  values: pd.Series) -> np.ndarray:
    """A boolean per cell of ``values``: True where the cell certainly has no problem."""
    array = values.to_numpy()
    if col.type in ORIGIN_TYPES or len(array) == 0:
        return np.zeros(len(array), dtype=bool)
    if col.is_number:
        return _numbers(col, array)
    return _texts(known, col, array)


def _numbers(col: schema.Column, array: np.ndarray) -> np.ndarray:
    if array.dtype.kind == "f":
        number = array.astype(float)
        blank = np.isnan(number)
    elif array.dtype == object:
        plain = np.fromiter((type(v) is float or type(v) is int for v in array.tolist()),
                            dtype=bool, count=len(array))
        number = np.full(len(array), np.nan)
        number[plain] = [_float(v) for v in array[plain].tolist()]
        blank = np.fromiter((v is None or (type(v) is float and v != v)
                             for v in array.tolist()), dtype=bool, count=len(array))
    else:  # numpy integers or booleans: not what a reader gives; checked per cell
        return np.zeros(len(array), dtype=bool)
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(number) & _in_range(col.range, number)
        if col.type == "integer":
            ok &= number == np.floor(number)
    if not col.required:
        ok |= blank
    return ok


def _float(value: int | float) -> float:
    try:
        return float(value)
    except OverflowError:  # an integer of hundreds of digits: the per-cell check says so
        return float("nan")


def _in_range(bounds: schema.Range, number: np.ndarray) -> np.ndarray:
    above = number > bounds.lower if bounds.lower_strict else number >= bounds.lower
    below = number < bounds.upper if bounds.upper_strict else number <= bounds.upper
    return above & below


def _texts(known: dict[str, set[str]], col: schema.Column, array: np.ndarray) -> np.ndarray:
    base = col.type.split(":", 1)[0].rstrip("*")
    if base in PLAIN_TEXT_CHECKED or array.dtype != object:
        return np.zeros(len(array), dtype=bool)
    found = distinct_texts(array)
    if found is not None:  # screened once per distinct text
        codes, texts = found
        return _plain_texts(known, col, texts)[codes]
    return _plain_texts(known, col, array.tolist())


def _plain_texts(known: dict[str, set[str]], col: schema.Column, values: list) -> np.ndarray:
    keys = [v.strip() if type(v) is str else "" for v in values]  # other types: per cell
    wildcard = col.allows_wildcard
    if col.type.startswith("country"):
        ok = [bool(k) and ((wildcard and k == schema.WILDCARD)
                           or (len(k) == 2 and k.isascii() and k.isalpha())) for k in keys]
    elif col.type == "kind":
        kinds = set(schema.SITE_KINDS)
        ok = [bool(k) and k.lower() in kinds for k in keys]
    elif col.target:
        ids = known[col.target]
        ok = [bool(k) and (k in ids or (wildcard and k == schema.WILDCARD)) for k in keys]
    else:
        ok = [bool(k) for k in keys]
    return np.array(ok, dtype=bool)
