"""Help → User guide: the README's part about the desktop app, shipped with the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE = Path(__file__).with_name("data") / "user_guide.md"


def guide_text() -> str:
    """The guide's Markdown (a test keeps it equal to the README's desktop section)."""
    return GUIDE.read_text(encoding="utf-8")


class UserGuide(QDialog):
    """The user guide in a scrollable window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
