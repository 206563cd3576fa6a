"""Retitle an open main window after the language changed (``QEvent.LanguageChange``).

Qt re-sends ``LanguageChange`` to every widget when a translator is
installed, but texts set once with ``tr()`` stay as they were. The map, the
results, the problems and the sheet editors retranslate themselves in their
``changeEvent``; this puts the window's own texts through the new translator:
menus, actions (undo/redo too), tabs, the dock and the toolbar. The texts of
the actions, menus and toolbar are written here once: ``ui/main_actions.py``
builds them from these tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolBar


def _main(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def action_texts() -> dict[str, str]:
    """Main-window attribute → its translated text (menus and actions)."""
    return {
        "act_new": _main("&New"), "act_open": _main("&Open…"), "act_save": _main("&Save"),
        "act_save_as": _main("Save &As…"), "act_quit": _main("&Quit"),
        "act_export": _main("&Export report…"),
        "act_copy": _main("&Copy"), "act_paste": _main("&Paste"),
        "act_clear": _main("C&lear cells"), "act_add_row": _main("&Add row"),
        "act_duplicate": _main("D&uplicate rows"), "act_delete_rows": _main("&Delete rows"),
        "act_prefs": _main("Pre&ferences…"), "act_solve": _main("&Solve"),
        "act_cancel": _main("&Cancel solve"), "act_fit_map": _main("&Fit map to the corridor"),
        "act_fit_world": _main("Show &all sites"),
        "act_by_regime": _main("Colour flows by duty &regime"),
        "act_about": _main("&About Twin Parks planner"), "act_close": _main("&Close"),
        "act_solve_all": _main("Solve &all scenarios"), "act_stress": _main("S&tress test"),
        "act_risk": _main("&Risk analysis…"),
        "act_guide": _main("&User guide"),
        "file_menu": _main("&File"), "recent_menu": _main("Open &Recent"),
        "edit_menu": _main("&Edit"), "plan_menu": _main("&Plan"), "view_menu": _main("&View"),
        "help_menu": _main("&Help"),
    }


def _retitle_actions(window) -> None:
    for name, text in action_texts().items():
        widget = getattr(window, name, None)
        if widget is None:
            continue
        if hasattr(widget, "setTitle"):
            widget.setTitle(text)
        else:
            widget.setText(text)
    for name, tip in status_tips().items():
        getattr(window, name).setStatusTip(tip)
    set_tool_tips(window)


def status_tips() -> dict[str, str]:
    """Main-window action → the longer text the status bar shows for it."""
    return {
        "act_solve": _main("Solve the capacity-allocation LP"),
        "act_export": _main("Write the plan as an Excel or PDF report"),
        "act_by_regime": _main("Preferential, general-rate and duty-free flows in their own "
                               "colours"),
    }


def toolbar_title() -> str:
    """The main toolbar's name (its context menu lists it)."""
    return _main("Main")


def tool_tips() -> dict[str, str]:
    """Toolbar action → what its button does (with its shortcut)."""
    return {
        "act_open": _main("Open a workbook (Ctrl+O)"),
        "act_save": _main("Save the workbook (Ctrl+S)"),
        "act_undo": _main("Undo the last edit (Ctrl+Z)"),
        "act_redo": _main("Redo (Ctrl+Shift+Z)"),
        "act_solve": _main("Solve the plan in the background (F5)"),
        "act_cancel": _main("Stop the running solve (Esc)"),
    }


def set_tool_tips(window) -> None:
    """Tooltips of the toolbar buttons, in the current language."""
    for name, tip in tool_tips().items():
        getattr(window, name).setToolTip(tip)


def undo_label(text: str, redo: bool = False) -> str:
    """``&Undo <command>`` (``&Redo …``) in the current language.

    ``QUndoStack.createUndoAction`` keeps the prefix it was created with, so
    the window relabels its undo and redo actions whenever their text changes.
    """
    prefix = _main("&Redo") if redo else _main("&Undo")
    return f"{prefix} {text}" if text else prefix


def label_undo_actions(window) -> None:
    """Relabel the window's undo and redo actions in the current language."""
    stack = window.document.undo_stack
    window.act_undo.setText(undo_label(stack.undoText()))
    window.act_redo.setText(undo_label(stack.redoText(), redo=True))


def _retitle_views(window) -> None:
    window.output_tabs.setTabText(window.output_tabs.indexOf(window.map), _main("Map"))
    window.output_tabs.setTabText(window.output_tabs.indexOf(window.results), _main("Results"))
    window.output_tabs.setTabText(window.lazy_tabs.index("scenarios"), _main("Scenarios"))
    window.output_tabs.setTabText(window.lazy_tabs.index("risk"), _main("Risk"))
    window.problems_dock.setWindowTitle(_main("Problems"))
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        toolbar.setWindowTitle(toolbar_title())
    window._update_title()


def retranslate_main_window(window) -> None:
    """Put every text of ``window`` (a ``ui.main_window.MainWindow``) through the translators."""
    _retitle_actions(window)
    label_undo_actions(window)
    _retitle_views(window)


__all__ = ["action_texts", "label_undo_actions", "retranslate_main_window", "status_tips",
           "toolbar_title", "undo_label"]
