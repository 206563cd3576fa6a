"""The main window's actions, menus and toolbar.

Their texts come from one table (:func:`twinparks.ui.retranslate.action_texts`,
context ``MainWindow``), which a live language switch applies again; the
window keeps each action and menu as an attribute (``act_solve``,
``plan_menu`` …) for its slots, the retranslation and the tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from twinparks.ui.edit_target import act as act_on
from twinparks.ui.language_menu import LanguageMenu
from twinparks.ui.retranslate import (
    action_texts,
    set_tool_tips,
    status_tips,
    toolbar_title,
    undo_label,
)


def _action(window, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
    return action


def build_actions(window) -> None:
    """Every action of the window, with its shortcut, as ``window.act_*``."""
    key, text, tips = QKeySequence.StandardKey, action_texts(), status_tips()

    def add(name: str, slot, shortcut=None) -> QAction:
        action = _action(window, text[name], slot, shortcut, tips.get(name, ""))
        setattr(window, name, action)
        return action

    def edit(name: str, method: str, shortcut) -> None:
        add(name, lambda: act_on(window.edit_target(), method), shortcut)

    add("act_new", window.new_file, key.New)
    add("act_open", window.open_file, key.Open)
    add("act_save", window.save_file, key.Save)
    add("act_save_as", window.save_file_as, key.SaveAs)
    add("act_export", window.export_report, "Ctrl+E")
    add("act_quit", window.close, key.Quit)
    stack = window.document.undo_stack
    window.act_undo = stack.createUndoAction(window, undo_label(""))
    window.act_undo.setShortcuts([QKeySequence(key.Undo)])
    window.act_redo = stack.createRedoAction(window, undo_label("", redo=True))
    window.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit("act_copy", "copy", key.Copy)
    edit("act_paste", "paste", key.Paste)
    edit("act_clear", "clear_cells", key.Delete)
    edit("act_add_row", "add_row", "Ctrl+Shift+=")
    edit("act_duplicate", "duplicate_rows", "Ctrl+D")
    edit("act_delete_rows", "delete_rows", "Ctrl+-")
    add("act_prefs", window.edit_preferences, key.Preferences)
    add("act_solve", window.solve, "F5")
    add("act_cancel", window.runner.cancel, "Esc").setEnabled(False)
    add("act_fit_map", lambda: window.map.fit(), "Ctrl+0")
    add("act_by_regime",
        lambda on: window.map.set_colour_by("regime" if on else "mode")).setCheckable(True)
    add("act_fit_world", lambda: window.map.fit(everything=True), "Ctrl+9")
    add("act_about", window.about)
    add("act_close", window.close_file, key.Close)
    add("act_solve_all", window.solve_all, "Shift+F5")
    add("act_stress", window.stress_test, "Ctrl+F5")
    add("act_risk", window.risk_analysis, "Ctrl+Shift+F5")
    add("act_guide", window.user_guide, key.HelpContents)


def build_menus(window) -> None:
    """File, Edit, Plan, View and Help, and the toolbar (``window.*_menu``)."""
    text, bar, w = action_texts(), window.menuBar(), window
    w.file_menu = bar.addMenu(text["file_menu"])
    w.recent_menu = w.file_menu.addMenu(text["recent_menu"])
    w.recent_menu.aboutToShow.connect(w._fill_recent)
    for act in (w.act_new, w.act_open):
        w.file_menu.insertAction(w.recent_menu.menuAction(), act)
    _add(w.file_menu, [None, w.act_save, w.act_save_as, None, w.act_export, None,
                       w.act_close, w.act_quit])
    w.edit_menu = bar.addMenu(text["edit_menu"])
    _add(w.edit_menu, [w.act_undo, w.act_redo, None, w.act_copy, w.act_paste, w.act_clear,
                       None, w.act_add_row, w.act_duplicate, w.act_delete_rows, None,
                       w.act_prefs])
    w.plan_menu = bar.addMenu(text["plan_menu"])
    _add(w.plan_menu, [w.act_solve, w.act_cancel, None, w.act_solve_all, w.act_stress,
                       w.act_risk])
    w.view_menu = bar.addMenu(text["view_menu"])
    _add(w.view_menu, [w.problems_dock.toggleViewAction(), w.act_fit_map, w.act_fit_world,
                       w.act_by_regime, None])
    w.language_menu = LanguageMenu(w.settings, w)
    w.view_menu.addMenu(w.language_menu)
    w.help_menu = bar.addMenu(text["help_menu"])
    _add(w.help_menu, [w.act_guide, w.act_about])
    toolbar = w.addToolBar(toolbar_title())
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _set_icons(w)
    toolbar.addActions([w.act_open, w.act_save, w.act_undo, w.act_redo, w.act_solve,
                        w.act_cancel])


def _add(menu, entries: list) -> None:
    """Actions in order; ``None`` is a separator."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)


def _set_icons(window) -> None:
    pixmap = QStyle.StandardPixmap
    icons = {window.act_open: pixmap.SP_DialogOpenButton,
             window.act_save: pixmap.SP_DialogSaveButton,
             window.act_undo: pixmap.SP_ArrowBack, window.act_redo: pixmap.SP_ArrowForward,
             window.act_solve: pixmap.SP_MediaPlay, window.act_cancel: pixmap.SP_MediaStop}
    for action, icon in icons.items():
        action.setIcon(window.style().standardIcon(icon))
    for action in (window.act_undo, window.act_redo):
        action.setPriority(QAction.Priority.LowPriority)  # icon only: the text is long
    set_tool_tips(window)
