"""A read-only Qt table model over a pandas DataFrame, described by a column spec.

DisplayRole is the value formatted for the planner's locale, EditRole the raw
value, and :data:`SORT_ROLE` a key that a ``QSortFilterProxyModel`` can compare
(numbers as numbers, blanks where the column says they belong).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.arrays import ArrowExtensionArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

TEXT, NUMBER, PERCENT, MONEY = "text", "number", "percent", "money"
SORT_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT = QColor("#fde6c4")  # soft amber: binding capacity, worth a look
DIMMED_TEXT = QColor("#a0a0a0")
DIMMED_HIGHLIGHT = QColor("#f6efe4")
Index = QModelIndex | QPersistentModelIndex
RowPredicate = Callable[[pd.DataFrame], Sequence[bool]]


@dataclass(frozen=True)
class Column:
    """How one DataFrame column shows: header (translated, with its unit) and kind.

    ``decimals`` None picks a sensible number for the kind; ``missing`` is the
    text for a blank (NaN) cell, e.g. "unlimited" for a blank capacity;
    ``blank_sorts_high`` puts blanks after every number when sorting
    ascending (an unlimited capacity is larger than any finite one);
    ``sort_by`` sorts this column by another column's raw value.
    """

    key: str
    header: str
    kind: str = TEXT
    decimals: int | None = None
    missing: str = ""
    blank_sorts_high: bool = False
    tooltip: str = ""
    sort_by: str | None = None


def display_locale() -> QLocale:
    """The default locale, always with thousands separators (the C locale omits them)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def format_number(locale: QLocale, value: float, decimals: int) -> str:
    """``value`` with the locale's thousands separator and ``decimals`` decimals."""
    text = locale.toString(float(value), "f", decimals)
    zero = locale.toString(0.0, "f", decimals)
    return zero if text == "-" + zero else text  # never show "-0.00"


def format_percent(locale: QLocale, fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage, e.g. 0.875 -> "87.5 %"."""
    return format_number(locale, 100.0 * fraction, decimals) + "\u00a0%"


def _default_decimals(kind: str) -> int:
    return {PERCENT: 1, MONEY: 2}.get(kind, 0)


def _is_blank(value) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _python(value):
    """Numpy scalars as plain Python values (what a QVariant understands)."""
    if isinstance(value, np.generic):
        value = value.item()
    return None if _is_blank(value) else value


def _values(series: pd.Series) -> Callable[[int], object]:
    """Reads a column's cells one at a time (through the DataFrame: ~50 µs a cell).

    NumPy columns from their array (no copy), Arrow ones (strings) from their
    Arrow array, others from their extension array: a few µs, nothing converted.
    """
    if isinstance(series.dtype, np.dtype):
        return series.to_numpy().__getitem__
    if isinstance(series.array, ArrowExtensionArray):
        chunked = series.array.__arrow_array__()
        return lambda row: chunked[row].as_py()
    return series.array.__getitem__


class DataFrameModel(QAbstractTableModel):
    """Read-only view of ``frame`` through ``columns``; rows may be highlighted."""

    def __init__(self, columns: Sequence[Column] = (), parent: QObject | None = None,
                 highlight: RowPredicate | None = None):
        super().__init__(parent)
        self._columns: list[Column] = list(columns)
        self._frame = pd.DataFrame()
        self._highlight_rule = highlight
        self._highlighted = np.zeros(0, dtype=bool)
        self._cells: dict[str, Callable[[int], object]] = {}  # column key -> its reader
        self.locale = display_locale()
        self.dimmed = False

    # -- content ---------------------------------------------------------------
    @property
    def frame(self) -> pd.DataFrame:
        """The DataFrame shown (row order as given)."""
        return self._frame

    @property
    def columns(self) -> list[Column]:
        """The column spec."""
        return list(self._columns)

    def set_frame(self, frame: pd.DataFrame | None,
                  columns: Sequence[Column] | None = None) -> None:
        """Show ``frame`` (None: no rows), optionally with a new column spec."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._frame = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self._cells = {}
        self._highlighted = self._evaluate_highlight()
        self.endResetModel()

    def set_dimmed(self, dimmed: bool) -> None:
        """Grey the text (the rows describe an out-of-date plan)."""
        if dimmed == self.dimmed:
            return
        self.dimmed = dimmed
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole])

    def is_highlighted(self, row: int) -> bool:
        """Whether source row ``row`` is highlighted."""
        return bool(self._highlighted[row]) if row < len(self._highlighted) else False

    def _evaluate_highlight(self) -> np.ndarray:
        rows = len(self._frame)
        if self._highlight_rule is None or rows == 0:
            return np.zeros(rows, dtype=bool)
        flags = self._highlight_rule(self._frame)
        flags = flags if isinstance(flags, pd.Series) else pd.Series(list(flags), dtype=object)
        if flags.dtype == bool:
            return flags.to_numpy(dtype=bool)
        return flags.astype(object).where(flags.notna(), False).astype(bool).to_numpy()

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Rows of the frame (a table has no children)."""
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns of the spec."""
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """The column's header (with its unit) and tooltip; row numbers from 1."""
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Formatted text, raw value, sort key, alignment and highlight of a cell."""
        if not index.isValid() or not self._in_range(index):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self.raw(index.row(), column.key)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_highlighted(index.row()):
            return QBrush(DIMMED_HIGHLIGHT if self.dimmed else HIGHLIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed:
            return QBrush(DIMMED_TEXT)
        return None

    # -- values ----------------------------------------------------------------------
    def raw(self, row: int, key: str):
        """The raw value of ``key`` in source row ``row`` (None when blank or absent)."""
        cell = self._cells.get(key)
        if cell is None:
            if key not in self._frame.columns:
                return None
            cell = self._cells[key] = _values(self._frame[key])
        return _python(cell(row))

    def display(self, row: int, column: Column) -> str:
        """The text shown for ``column`` in source row ``row``."""
        value = self.raw(row, column.key)
        if value is None:
            return column.missing
        if column.kind == TEXT or isinstance(value, str):
            return str(value)
        decimals = _default_decimals(column.kind) if column.decimals is None else column.decimals
        if column.kind == PERCENT:
            return format_percent(self.locale, value, decimals)
        return format_number(self.locale, value, decimals)

    def _sort_key(self, row: int, column: Column):
        value = self.raw(row, column.sort_by or column.key)
        if value is not None:
            return value
        if column.kind == TEXT and column.sort_by is None:
            return ""
        return math.inf if column.blank_sorts_high else -math.inf

    def _in_range(self, index: Index) -> bool:
        return index.row() < len(self._frame) and index.column() < len(self._columns)

    @staticmethod
    def _alignment(column: Column) -> int:
        horizontal = (Qt.AlignmentFlag.AlignLeft if column.kind == TEXT
                      else Qt.AlignmentFlag.AlignRight)
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


__all__ = ["Column", "DataFrameModel", "MONEY", "NUMBER", "PERCENT", "SORT_ROLE", "TEXT",
           "display_locale", "format_number", "format_percent"]
