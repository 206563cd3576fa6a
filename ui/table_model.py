"""A Qt table model over one sheet of the document's network.

EditRole is the raw cell value, DisplayRole the formatted one; numbers are
right-aligned and headers carry units and the schema's help as tooltip.
``setData`` never writes the table: it pushes a ``SetCells`` command.
Cells with a validation problem are tinted and explain it in their tooltip.

A painted cell is read from its column's NumPy array (a DataFrame cell
lookup costs ~10-50 µs, a table of 40 rows × 10 columns is painted from 400
of them); the arrays are taken again after any change to the sheet. The
tints follow what changed: after an edit only the rows whose problems
changed are repainted, and the problems are grouped by sheet once for all
the editors.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from twinparks.models import schema
from twinparks.models.commands import SetCells
from twinparks.models.network import as_number, is_blank
from twinparks.models.problems import Problem, Text, column_letter
from twinparks.template import column_help
from twinparks.ui.document import Document

ERROR_BRUSH = QBrush(QColor("#f8d7da"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))
RAW_ROLE = Qt.ItemDataRole.UserRole


def translate(text: str) -> str:
    """Schema and message texts shown in the GUI, through Qt's translation."""
    return QCoreApplication.translate("schema", text)


def problem_message(problem: Problem) -> str:
    """A validation problem's message in the current language (English without a template)."""
    if not problem.template:
        return translate(problem.message)
    try:
        return _render(problem.text)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return problem.message


def _render(text: Text) -> str:
    template = QCoreApplication.translate("validation", text.template) if text.template else ""
    return template.format(**{name: _argument(name, value) for name, value in text.args})


def _argument(name: str, value: object) -> str:
    if isinstance(value, Text):
        return _render(value)
    if isinstance(value, float):
        return format_number(value)
    if name in ("help", "unit"):  # schema texts, translated with the schema
        return translate(str(value))
    return str(value)


def format_number(value: float) -> str:
    """A number as the planner reads it: locale separators, no float noise.

    Thousands are always grouped (Qt's default C locale would omit the separator).
    """
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


class SheetTableModel(QAbstractTableModel):
    """Rows and columns of one sheet: schema columns first, then unknown ones."""

    def __init__(self, document: Document, sheet: str, parent=None):
        super().__init__(parent)
        self.document = document
        self.sheet = sheet
        self._columns: list[object] = []
        self._schema: list[schema.Column | None] = []  # per display column
        self._problems: dict[tuple[int, object], list] = {}
        self._mine: list = []  # the sheet's problems that ``_problems`` places
        self._tints: dict[tuple[int, object], bool] = {}  # True: an error there
        self._source = None  # the table ``_arrays`` were taken from
        self._arrays: dict[int, np.ndarray | None] = {}  # display column -> its values
        self._refresh_columns()
        document.sheetChanged.connect(self._on_sheet_changed)
        document.networkReset.connect(self._reset)
        document.problemsChanged.connect(self._on_problems)

    # -- structure ------------------------------------------------------------
    @property
    def table(self):
        """The sheet's DataFrame (an empty schema table when the sheet is absent)."""
        return self.document.network.table(self.sheet)

    def columns(self) -> list[object]:
        """Column labels in display order."""
        return list(self._columns)

    def schema_column(self, section: int) -> schema.Column | None:
        """The schema description of a display column (None for unknown columns)."""
        return self._schema[section]

    def _refresh_columns(self) -> None:
        known = schema.column_names(self.sheet)
        extra = [c for c in self.table.columns if c not in known]
        self._columns = known + extra
        described = {c.name: c for c in schema.columns()[self.sheet]}
        self._schema = [described.get(label) for label in self._columns]
        self._source = None

    def _reset(self) -> None:
        self.beginResetModel()
        self._refresh_columns()
        self._problems, self._tints, self._mine = {}, {}, []
        self._on_problems(self.document.problems, notify=False)
        self.endResetModel()

    def _on_sheet_changed(self, sheet: str, structural: bool) -> None:
        if sheet != self.sheet:
            return
        self._source = None  # the arrays are taken again (an edit may have replaced them)
        if structural:
            self._reset()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _on_problems(self, problems: list, notify: bool = True) -> None:
        """Place the sheet's problems; repaint only the rows whose tints changed.

        A tint says whether a cell has an error or only warnings; a tooltip
        is asked for when shown, so a changed message needs no repaint.
        """
        mine = (self.document.problems_on(self.sheet) if problems is self.document.problems
                else [p for p in problems if p.sheet == self.sheet and p.row is not None])
        if mine == self._mine:  # (a reset empties it)
            return
        placed: dict[tuple[int, object], list] = {}
        for problem, position in zip(mine, self._positions([p.row for p in mine]),
                                     strict=True):
            if position >= 0:
                placed.setdefault((position, problem.column), []).append(problem)
        tints = {key: any(p.severity == "error" for p in found) for key, found in placed.items()}
        before, self._tints = self._tints, tints
        self._problems, self._mine = placed, list(mine)
        changed = [key[0] for key in before.keys() ^ tints.keys()] + \
            [key[0] for key, error in tints.items() if before.get(key, error) != error]
        if notify and changed and self.rowCount():
            last = min(max(changed), self.rowCount() - 1)
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(last, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def _positions(self, labels: list) -> list[int]:
        """Row positions of row labels (-1: not in the sheet), without a pass over every row."""
        index = self.table.index
        if not labels:
            return []
        if index.is_unique:
            return [int(p) for p in index.get_indexer(labels)]
        last = {label: i for i, label in enumerate(index)}
        return [last.get(label, -1) for label in labels]

    def problems_at(self, row: int, section: int) -> list:
        """Problems of one cell."""
        return self._problems.get((row, self._columns[section]), [])

    # -- Qt model interface --------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def raw(self, row: int, section: int) -> object:
        """The cell's stored value."""
        values = self._values(section)
        if values is None:
            return None
        value = values[row]
        if isinstance(value, np.generic):
            value = value.item()
        return None if is_blank(value) else value

    def _values(self, section: int) -> np.ndarray | None:
        """The display column's values as an array (None: the table has no such column)."""
        table = self.table
        if table is not self._source:  # another table, or the sheet changed since
            self._source, self._arrays = table, {}
        if section not in self._arrays:
            label = self._columns[section]
            at = table.columns.get_loc(label) if label in table.columns else None
            self._arrays[section] = table.iloc[:, at].to_numpy() if isinstance(at, int) \
                else None
        return self._arrays[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.raw(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.column(), value)
        if role in (Qt.ItemDataRole.EditRole, RAW_ROLE):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            column = self.schema_column(index.column())
            if column is not None and column.is_number:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = self._tints.get((index.row(), self._columns[index.column()]))
            return None if tint is None else ERROR_BRUSH if tint else WARNING_BRUSH
        problems = self.problems_at(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problem_message(p) for p in problems)
        return None

    def _display(self, section: int, value: object) -> str:
        if value is None:
            return ""
        column = self.schema_column(section)
        if column is not None and column.is_number:
            number = as_number(value)
            return format_number(number) if number is not None else str(value)
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))  # "2000000" typed into a text-or-number column, as typed
        return str(value)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.table):
                return str(self.table.index[section])
            return None
        if section >= len(self._columns):
            return None
        column = self.schema_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            label = str(self._columns[section])
            if column is not None and column.unit:
                currency = str(self.document.network.setting("currency"))
                return f"{label} ({translate(column.unit).replace('currency', currency)})"
            return f"{label}{' *' if column is not None and column.required else ''}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is None:
                return self.tr("A column this tool does not know: kept and saved unchanged.")
            return translate(column_help(column))
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        value = coerce(self.schema_column(index.column()), value)
        if value == self.raw(index.row(), index.column()):
            return False
        label = self._columns[index.column()]
        cell = f"{self.sheet}!{column_letter(index.column() + 1)}{self.table.index[index.row()]}"
        self.document.push(SetCells(self.sheet, [(index.row(), label, value)]),
                           self.tr("Edit %1").replace("%1", cell))
        return True


def coerce(column: schema.Column | None, value: object) -> object:
    """An edited or pasted value as it is stored: blanks → None, numeric text → float.

    Text columns keep text (an id ``007`` stays ``007``); a column of type
    ``any`` (a scenario's value) takes a number when the text is one.
    """
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    if column is not None and (column.is_number or column.type == "any") and \
            isinstance(value, str):
        number = _locale_number(value)
        return number if number is not None else value
    return value


def _locale_number(text: str) -> float | None:
    number = as_number(text)
    if number is not None:
        return number
    value, ok = QLocale().toDouble(text)
    return value if ok else None
