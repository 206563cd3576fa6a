"""The app's languages: English (the source), 简体中文 and Bahasa Melayu.

``install_translator(app, language)`` swaps the application's translators
at run time: ours (``twinparks_<lang>.qm`` beside this file) and Qt's own
(``qtbase_<lang>.qm`` from Qt's translations folder, for standard buttons
and dialogs). Installing a translator makes Qt send ``QEvent.LanguageChange``
to every widget, which is what retitles open windows.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
FOLDER = Path(__file__).resolve().parent
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "ms": "Bahasa Melayu"}
_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, name in its own language) of every language the app speaks."""
    return list(LANGUAGES.items())


def resolve_language(language: str) -> str:
    """A supported code for ``language`` ('' = the system's), falling back to English.

    ``zh``, ``zh_SG`` and ``zh-Hans-CN`` give ``zh_CN``; ``ms_MY`` gives ``ms``.
    """
    name = (language or QLocale.system().name()).replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_", 1)[0].lower()
    if base == "zh" and not any(t in name for t in ("TW", "HK", "MO", "Hant")):
        return "zh_CN"
    return base if base in LANGUAGES else "en"


def qm_path(language: str) -> Path:
    """Our compiled translation for ``language``."""
    return FOLDER / f"twinparks_{language}.qm"


def _load(name: str, folder: str | Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(folder)):
        return translator
    return None


def install_translator(app: QCoreApplication, language: str) -> str:
    """Apply ``language`` ('' = system locale) to ``app``; return the code applied.

    Translators installed earlier by this function are removed first, so
    switching back to English leaves the source texts.
    """
    code = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Numbers follow the language chosen; English keeps the system's formats.
    QLocale.setDefault(QLocale.system() if code == "en" else QLocale(code))
    if code == "en":
        return code
    ours = _load(qm_path(code).name, FOLDER)
    if ours is None:
        log.warning("no translation file %s; staying in English", qm_path(code))
        QLocale.setDefault(QLocale.system())
        return "en"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = _load(f"qtbase_{code}", qt_folder) or _load(f"qt_{code}", qt_folder)
    for translator in (base, ours):  # the last installed is searched first
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return code


@contextlib.contextmanager
def language_of(app: QCoreApplication, language: str | None):
    """``language``'s texts (``None``: English, the source) inside the block, the app's after.

    The PDF report is written in one language throughout; its charts are the
    app's own widgets, which would otherwise come out in the language the app
    shows. Nothing changes when ``language`` is the one already applied.
    """
    previous = current_language()
    wanted = resolve_language(language or "en")
    if wanted == previous:
        yield
        return
    install_translator(app, wanted)
    try:
        yield
    finally:
        install_translator(app, previous)


def current_language() -> str:
    """The code most recently applied by :func:`install_translator` ('en' if none)."""
    for translator in _installed:
        name = Path(translator.filePath()).stem
        if name.startswith("twinparks_"):
            return name.removeprefix("twinparks_")
    return "en"


__all__ = ["available_languages", "current_language", "install_translator", "language_of",
           "qm_path", "resolve_language"]
