"""A cell's value as the network holds it: what both readers give for what a file stores.

Numbers keep the 16 significant digits openpyxl writes back, so that a
workbook read, written and read again is identical; integers beyond what a
double holds exactly become floats (or their digits as text); text of
spaces only is blank; a formula is a :class:`Formula`.
"""

from __future__ import annotations

import math

from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from twinparks.models.network import Formula

LARGEST_16_DIGITS = 1.797693134862315e308
EXACT_INTEGER = 2**53


def cell_value(cell) -> object:
    """The value of an openpyxl cell as the network holds it."""
    value = cell.value
    if isinstance(value, ArrayFormula):
        return Formula(f"{{{value.text}}}" if value.text else "{}")
    if isinstance(value, DataTableFormula):
        return Formula(f"{{=TABLE({value.r1 or ''},{value.r2 or ''})}}")
    if cell.data_type == "f":
        return Formula(str(value))
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float):
        return sixteen_digits(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > EXACT_INTEGER:
        return huge_integer(value)
    return value


def huge_integer(value: int) -> float | str:
    """An integer beyond what a double holds exactly: a float, or its digits as text.

    A 401-digit number would overflow every float conversion (and Qt's 64-bit
    integers); as text, validation names its cell.
    """
    try:
        return sixteen_digits(float(value))
    except OverflowError:
        return str(value)


def sixteen_digits(value: float) -> float:
    """The float openpyxl will write back ("%.16g"), so round trips are exact."""
    rounded = float(f"{value:.16g}")
    if math.isinf(rounded):  # the largest doubles are written as 16 digits that parse as inf
        return math.copysign(LARGEST_16_DIGITS, value)
    return rounded
