"""View → Language: switch the app's language at once, and remember it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from twinparks.ui.i18n import available_languages, install_translator
from twinparks.ui.settings import AppSettings

SYSTEM = ""  # the settings' code for "follow the system locale"


class LanguageMenu(QMenu):
    """One checkable entry per language, plus "System language".

    Choosing one installs its translator (Qt then sends ``LanguageChange``
    to every widget), stores the choice in ``settings.language`` and emits
    ``languageChanged`` with the code actually applied.
    """

    languageChanged = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_code = {}
        for code, name in [(SYSTEM, ""), *available_languages()]:
            action = self.addAction(name)  # language names are never translated
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.actions_by_code[code] = action
        self.insertSeparator(self.actions_by_code["en"])
        self._check(settings.language)
        self.retranslate()

    def _check(self, code: str) -> None:
        action = self.actions_by_code.get(code, self.actions_by_code[SYSTEM])
        action.setChecked(True)

    def mark(self, code: str) -> None:
        """Check the entry of the language shown, without remembering it (``--lang``)."""
        self._check(code)

    def choose(self, code: str) -> str:
        """Apply ``code`` ('' = system) now and remember it; return the code applied."""
        applied = install_translator(QCoreApplication.instance(), code)
        self.settings.language = code
        self._check(code)
        self.languageChanged.emit(applied)
        return applied

    def retranslate(self) -> None:
        """The menu's own texts in the current language."""
        self.setTitle(self.tr("&Language"))
        self.actions_by_code[SYSTEM].setText(self.tr("System language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["LanguageMenu"]
