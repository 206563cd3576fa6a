"""Opening a workbook without freezing the window: read in a worker, with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from twinparks.ui.document import Opened, read_document

OPEN_DIALOG_DELAY_MS = 400  # a quick open shows no dialog, only the status bar


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def read_with_progress(window, path: str | Path, name: str) -> Opened | BaseException | None:
    """``read_document(path)`` in a worker: what it gave, its error, or None if cancelled.

    The window waits in an event loop of its own (``window._open_loop``; its
    ``cancel_open`` quits it) with a progress dialog (``window.open_progress``)
    that shows only if the read takes longer than a moment.
    """
    loop, outcome = QEventLoop(), {}
    text = _tr("Opening %1…").replace("%1", name)
    stages = {"reading": _tr("Reading %1…").replace("%1", name),
              "validating": _tr("Checking %1…").replace("%1", name)}
    dialog = QProgressDialog(text, _tr("Cancel"), 0, 0, window)
    dialog.setWindowTitle(_tr("Opening"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(OPEN_DIALOG_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    window.open_progress = dialog

    def stage(key: str) -> None:
        dialog.setLabelText(stages.get(key, text))
        window.statusBar().showMessage(stages.get(key, text))

    def finish(value: object) -> None:
        outcome["value"] = value
        loop.quit()

    connections = [(window.opener.progress, stage), (window.opener.finished, finish),
                   (window.opener.failed, finish), (dialog.canceled, loop.quit)]
    window._open_loop = loop
    for signal, slot in connections:
        signal.connect(slot)
    window.statusBar().showMessage(text)
    window.opener.start(read_document, path)
    loop.exec()
    for signal, slot in connections:
        signal.disconnect(slot)
    window.opener.discard()  # after Cancel its result, when it comes, is dropped
    window.open_progress = window._open_loop = None
    shown = dialog.isVisible()
    dialog.cancel()  # hides it and stops its timer before it could show
    dialog.deleteLater()
    if shown and window.isVisible():
        window.activateWindow()
    if "value" not in outcome:
        window.statusBar().clearMessage()
    return outcome.get("value")
