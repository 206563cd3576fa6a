"""Retitle an open main window after the language changed (``QEvent.LanguageChange``).

Qt re-sends ``LanguageChange`` to every widget when a translator is
installed, but texts set once with ``tr()`` stay as they were. This puts
them through the new translator: menus, actions, tabs, the dock, the
toolbar, editors' headers and filters, the problems, the map legend and a
shown plan. The texts repeat those of ``ui/main_window.py`` literally so
that lupdate files them under the same contexts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
        "act_about": _main("&About Twin Parks planner"),
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
    window.act_solve.setStatusTip(_main("Solve the capacity-allocation LP"))
    window.act_export.setStatusTip(_main("Write the plan as an Excel or PDF report"))


def _retitle_views(window) -> None:
    window.output_tabs.setTabText(window.output_tabs.indexOf(window.map), _main("Map"))
    window.output_tabs.setTabText(window.output_tabs.indexOf(window.results), _main("Results"))
    window.problems_dock.setWindowTitle(_main("Problems"))
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        toolbar.setWindowTitle(_main("Main"))
    window._update_title()


def _retitle_results(results) -> None:
    titles = [QCoreApplication.translate("ResultsPanel", "Summary"),
              QCoreApplication.translate("ResultsPanel", "Production"),
              QCoreApplication.translate("ResultsPanel", "Lanes && flows"),
              QCoreApplication.translate("ResultsPanel", "Demand"),
              QCoreApplication.translate("ResultsPanel", "Bottlenecks")]
    for index, title in enumerate(titles[:results.count()]):
        results.setTabText(index, title)
    stale = results.stale
    results.set_plan(results.plan, results.currency)  # rebuilds headings, tables, charts
    results.set_stale(stale)


def _retitle_editors(window) -> None:
    for editor in window.editors.values():
        editor.filter.setPlaceholderText(QCoreApplication.translate("SheetEditor", "Filter rows…"))
        model = editor.model
        if model.columnCount():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)


def retranslate_main_window(window) -> None:
    """Put every text of ``window`` (a ``ui.main_window.MainWindow``) through the translators."""
    _retitle_actions(window)
    _retitle_views(window)
    _retitle_editors(window)
    window.problems.set_problems(window.document.problems)
    _retitle_results(window.results)
    rebuild_legend = getattr(window.map, "_rebuild_legend", None)
    if rebuild_legend is not None:
        rebuild_legend()


__all__ = ["action_texts", "retranslate_main_window"]
