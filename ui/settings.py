"""One settings object: solver, time limit, language, recent files, window geometry.

Kept with ``QSettings`` in the user's config folder (an INI file); tests
point it at a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
VERSION = 1
AUTO_SOLVER = "auto"  # no solver named: the workbook's Settings, else by size


class AppSettings:
    """Typed access to the application's persistent settings."""

    def __init__(self, path: str | Path | None = None):
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                    "TwinParks", "twinparks")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._store.setValue("version", VERSION)

    def _get(self, key: str, default, kind):
        value = self._store.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def solver(self) -> str:
        """Solver for the desktop app: highs, cbc, or auto (the workbook's, else by size)."""
        value = self._get("solve/solver", AUTO_SOLVER, str)
        return value if value in (AUTO_SOLVER, "highs", "cbc") else AUTO_SOLVER

    @solver.setter
    def solver(self, value: str) -> None:
        self._store.setValue("solve/solver", value)

    @property
    def time_limit(self) -> float:
        """Time limit in seconds."""
        value = self._get("solve/time_limit", 60.0, float)
        return value if value > 0 else 60.0

    @time_limit.setter
    def time_limit(self, value: float) -> None:
        self._store.setValue("solve/time_limit", float(value))

    @property
    def language(self) -> str:
        """UI language code ('' = follow the system)."""
        return self._get("ui/language", "", str)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        """Most recent first."""
        value = self._store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files."""
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files if f != path]
        self._store.setValue("files/recent", files[:MAX_RECENT])

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's saved dock/toolbar state."""
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()
