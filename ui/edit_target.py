"""Which table Copy, Paste, Clear and the row commands act on: the one with focus.

The Edit menu's actions are window-wide shortcuts (Delete, Ctrl+C, Ctrl+V …).
They must act on the table the planner is in, never on the sheet editor that
happens to be in front of another tab. A target is any widget that offers
the editing methods (``copy``, ``paste``, ``clear_cells``, ``add_row``,
``delete_rows``, ``duplicate_rows``); a read-only table only offers ``copy``.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

EDIT_METHODS = ("copy", "paste", "clear_cells", "add_row", "delete_rows", "duplicate_rows")


def focused_target(candidates: list[QWidget]) -> QWidget | QAbstractItemView | None:
    """The candidate holding keyboard focus; else the focused table view (copy only)."""
    widget = QApplication.focusWidget()
    if widget is None:
        return None
    for candidate in candidates:
        if candidate is widget or candidate.isAncestorOf(widget):
            return candidate
    view = widget if isinstance(widget, QAbstractItemView) else None
    parent = widget.parentWidget()
    while view is None and parent is not None:
        view = parent if isinstance(parent, QAbstractItemView) else None
        parent = parent.parentWidget()
    return view


def act(target: object, method: str) -> None:
    """Call ``target.method()`` if it offers it; a read-only view can only be copied."""
    function = getattr(target, method, None)
    if method in EDIT_METHODS and callable(function):
        function()
    elif method == "copy" and isinstance(target, QAbstractItemView):
        copy_view(target)


def selection_block(view: QAbstractItemView, value) -> list[list[str]]:
    """The selection's bounding block of a view, each cell through ``value(index)``."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return []
    model = view.model()
    rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
    cols = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
    return [[value(model.index(r, c)) for c in cols] for r in rows]


def to_clipboard(block: list[list[str]]) -> str:
    """Put a block on the clipboard as tab-separated text (Excel's format)."""
    if not block:
        return ""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows(block)
    text = buffer.getvalue()
    QGuiApplication.clipboard().setText(text)
    return text


def copy_view(view: QAbstractItemView) -> str:
    """Copy what a read-only table shows."""
    return to_clipboard(selection_block(view, lambda index: str(index.data() or "")))
