"""Tab pages built when they are first shown or first asked for.

A main window has four output tabs; a planner who never opens Scenarios or
Risk should not pay for their tables, charts and maps (together about a
third of building the window). :class:`LazyTabs` puts a placeholder in the
tab and swaps in the real page, at the same index with the same title, the
first time the tab comes to the front or :meth:`LazyTabs.page` is called.
After that the page is an ordinary tab: ``tabs.indexOf(page)`` and
``tabs.setCurrentWidget(page)`` work on it as on any other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    """The pages of one QTabWidget that are built on demand, by name."""

    def __init__(self, tabs: QTabWidget):
        self.tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}  # of the pages not built yet
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._on_current)

    def add(self, name: str, factory: Callable[[], QWidget], title: str) -> None:
        """A tab titled ``title`` whose page ``factory`` builds when it is first needed."""
        placeholder = QWidget()
        placeholder.setObjectName(f"lazy-{name}")
        self._factories[name] = factory
        self._placeholders[name] = placeholder
        self.tabs.addTab(placeholder, title)

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built, else None (nothing is built by asking)."""
        return self._pages.get(name)

    def index(self, name: str) -> int:
        """The tab's index, built or not."""
        page = self._pages.get(name) or self._placeholders[name]
        return self.tabs.indexOf(page)

    def page(self, name: str) -> QWidget:
        """The page, built now if it was not yet (it stays where its tab is)."""
        page = self._pages.get(name)
        return page if page is not None else self._build(name)

    def _on_current(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, placeholder in self._placeholders.items():
            if widget is placeholder:
                self._build(name)
                return

    def _build(self, name: str) -> QWidget:
        page = self._factories.pop(name)()
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        index = self.tabs.indexOf(placeholder)
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        # The page goes in beside the placeholder and takes the front from it before the
        # placeholder goes: removing a tab in front would show a neighbour for a moment.
        blocked = self.tabs.blockSignals(True)  # the same tab stays in front: no change to tell
        try:
            self.tabs.insertTab(index + 1, page, title)
            self.tabs.setTabToolTip(index + 1, tip)
            if self.tabs.currentIndex() == index:
                self.tabs.setCurrentIndex(index + 1)
            self.tabs.removeTab(index)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return page


__all__ = ["LazyTabs"]
