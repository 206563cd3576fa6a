"""The main window as the GUI tests open it: on the bundled dataset, never blocking.

Opening shows the document before validating it: ``checked(document)``
waits for the validation's result (the tests' windows start checked).
"""

import pytest
from PySide6.QtWidgets import QMessageBox

from twinparks.example import example_path
from twinparks.ui.gui_collector import collect_on_gui_thread
from twinparks.ui.main_window import MainWindow
from twinparks.ui.settings import AppSettings


@pytest.fixture(scope="session", autouse=True)
def cycles_collected_on_the_gui_thread(qapp):
    """As in the app (ui/app.py): a collection in a worker thread frees Qt objects there."""
    collector = collect_on_gui_thread(qapp)
    yield collector
    collector.stop()


@pytest.fixture
def checked(qtbot):
    """``checked(document)``: wait until the problems listed are those of the network now."""

    def wait(document, timeout_ms: int = 60_000) -> list:
        qtbot.waitUntil(lambda: not document.checking, timeout=timeout_ms)
        return document.problems

    return wait


@pytest.fixture
def make_window(qtbot, tmp_path, checked):
    """Open main windows on the example (settings in tmp_path); all closed afterwards."""
    windows = []

    def make() -> MainWindow:
        window = MainWindow(AppSettings(tmp_path / "settings.ini"))
        # A test that leaves edits behind must not block on the "save changes?" box.
        window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        window.resize(1400, 900)
        assert window.load_path(example_path())
        window.show()
        qtbot.waitExposed(window)
        checked(window.document)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.runner.shutdown()
        window.deleteLater()


@pytest.fixture
def window_recording_errors(make_window, monkeypatch):
    """A main window whose error boxes are listed in ``window.errors``, not shown."""
    window = make_window()
    window.errors = []
    monkeypatch.setattr(window, "show_error",
                        lambda title, text: window.errors.append(f"{title}: {text}"))
    return window


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory):
    """A temporary folder for screenshots (look at them there; nothing lands in the tree)."""
    return tmp_path_factory.mktemp("screenshots")
