"""Cell editors: drop-downs for references and choices, number fields that refuse text."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from twinparks.models import scenarios, schema
from twinparks.models.network import as_key, is_blank
from twinparks.ui.table_model import SheetTableModel, format_number


def source_model(index: QModelIndex) -> tuple[SheetTableModel, QModelIndex]:
    """The sheet model and source index behind a (possibly proxied) index."""
    model = index.model()
    while hasattr(model, "mapToSource"):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model, index


class CellDelegate(QStyledItemDelegate):
    """Chooses the editor from the schema column under the cell."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        model, source = source_model(index)
        column = model.schema_column(source.column())
        if column is None:
            return super().createEditor(parent, option, index)
        choices = self.choices(model, column, source.row())
        if choices is not None:
            combo = self._combo(parent, choices)
            # Return while the completer's list shows reaches the line edit directly, not
            # this delegate's event filter: commit and close there too (one Return, as
            # in any cell)
            combo.lineEdit().returnPressed.connect(lambda: self._finish(combo))
            return combo
        if column.is_number:
            editor = QLineEdit(parent)
            validator = QDoubleValidator(editor)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            # no bottom: a typed "-5000" is kept and reported by validation, as when pasted
            validator.setLocale(QLocale())
            editor.setValidator(validator)
            editor.setPlaceholderText(self.tr("blank = default") if not column.required else "")
            return editor
        return super().createEditor(parent, option, index)

    @staticmethod
    def choices(model: SheetTableModel, column: schema.Column,
                row: int | None = None) -> list[str] | None:
        """The values a reference or choice column offers (None: free entry).

        On the Scenarios sheet the key and column offered depend on the
        sheet named in the same ``row``.
        """
        if model.sheet == scenarios.SHEET:
            return _scenario_choices(model, column, row)
        if column.type == "kind":
            return list(schema.SITE_KINDS)
        if column.type == "yesno":
            return [schema.YES, schema.NO]
        if column.type == "change":
            return list(schema.CHANGES)
        network = model.document.network
        if column.type.split(":", 1)[0] in ("country", "country*"):
            return ([schema.WILDCARD] if column.allows_wildcard else []) + known_countries(network)
        if column.type == "rule_product":
            return [schema.WILDCARD, *_values(network, "Products", "family"),
                    *_values(network, "Products", "id")]
        if column.target:
            table = model.document.network.table(column.target)
            key = schema.reference_column(column.target)
            ids = [as_key(v) for v in table[key] if not is_blank(v)] if key in table else []
            return ([schema.WILDCARD] if column.allows_wildcard else []) + sorted(set(ids))
        if column.name == "key" and model.sheet == "Settings":
            return list(schema.settings())
        return None

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _combo(self, parent: QWidget, choices: list[str]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(choices)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(choices, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            text = "" if value is None else as_key(value)
            found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
            if found >= 0:  # the arrow keys then step from the cell's value
                editor.setCurrentIndex(found)
            else:
                editor.setCurrentIndex(-1)
                editor.setEditText(text)
            editor.lineEdit().selectAll()  # typing over the cell replaces its text
        elif isinstance(editor, QLineEdit) and isinstance(value, int | float):
            editor.setText(format_number(value).replace(QLocale().groupSeparator(), ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and editor.validator() is not None:
            text = editor.text().strip()
            if text and not editor.hasAcceptableInput():
                return  # the field refuses what is not a number in range
            model.setData(index, text, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


COUNTRY_COLUMNS = (("Sites", "country"), ("Agreements", "country"),
                   ("Supply", "origin_country"), ("Tariffs", "origin_country"),
                   ("Tariffs", "destination_country"))


def known_countries(network) -> list[str]:
    """Every country code the network names (sites, members, origins, tariff rows), sorted."""
    codes = {code for sheet, name in COUNTRY_COLUMNS for code in _values(network, sheet, name)}
    return sorted(codes - {schema.WILDCARD})


def _values(network, sheet: str, name: str) -> list[str]:
    """The distinct non-blank values of a column, sorted (none when the column is absent)."""
    table = network.table(sheet)
    if name not in table:
        return []
    return sorted({as_key(v) for v in table[name] if not is_blank(v)})


def _scenario_choices(model: SheetTableModel, column: schema.Column,
                      row: int | None) -> list[str] | None:
    if column.name == "sheet":
        return list(scenarios.TARGET_SHEETS)
    if column.name not in ("key", "column") or row is None:
        return None
    table = model.table
    sheet = table.iat[row, table.columns.get_loc("sheet")] if "sheet" in table.columns else None
    if column.name == "key":
        return scenarios.key_choices(model.document.network, sheet)
    return scenarios.column_choices(sheet)
