"""Qt objects die on the GUI thread, and never while something still fires at them.

Python's cycle collector runs in whichever thread happens to allocate (the
app has many: validation, label layout, lane images, job supervisors). A Qt
object freed there is destroyed off its thread: Qt cannot stop its timers
from there, and the GUI thread later fires one at the deleted object, a
segmentation fault in the next ``processEvents`` (it took down a pytest-xdist
worker at the set-up of a Scenarios panel test, once in about five runs).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import weakref

from twinparks.example import example_path
from twinparks.models.commands import InsertRows
from twinparks.ui.document import Document
from twinparks.ui.gui_collector import GuiThreadCollector

QT_CHILD_TIMEOUT_S = 120


def run_qt_child(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python (offscreen Qt): a segfault there must not end the tests."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code)],
                          capture_output=True, text=True, env=env, timeout=QT_CHILD_TIMEOUT_S)


def edited_document() -> Document:
    document = Document()
    document.new()
    document.push(InsertRows("Sites", 0, [{}]))  # one undo step; starts the debounce timer
    return document


def test_an_edited_document_goes_with_its_last_reference(qapp):
    """Its undo steps do not hold it: no cycle is left for the collector to free anywhere."""
    document = edited_document()
    document.undo_stack.undo()
    document.undo_stack.redo()
    gone = weakref.ref(document)
    collecting = gc.isenabled()  # off while the GUI thread's collector runs
    gc.disable()
    try:
        del document
        assert gone() is None
    finally:
        if collecting:
            gc.enable()


def test_a_document_collected_in_a_worker_thread_does_not_crash_the_gui_thread():
    """An edited document dropped, a collection in another thread, its timer's time passes.

    Before undo steps held their document weakly, the collection freed the
    document (and its pending debounce timer) in that thread: "Timers cannot
    be stopped from another thread", then a segmentation fault here.
    """
    child = run_qt_child("""
        import gc, threading, time
        from PySide6.QtWidgets import QApplication
        from twinparks.models.commands import InsertRows
        from twinparks.ui.document import VALIDATE_DELAY_MS, Document

        app = QApplication([])
        gc.disable()

        def drop_an_edited_document():
            document = Document()
            document.new()
            document.push(InsertRows("Sites", 0, [{}]))  # starts the debounce timer

        drop_an_edited_document()
        worker = threading.Thread(target=gc.collect)
        worker.start()
        worker.join()
        end = time.monotonic() + 3 * VALIDATE_DELAY_MS / 1000
        while time.monotonic() < end:
            app.processEvents()
        print("alive")
    """)
    assert child.returncode == 0 and "alive" in child.stdout, child.stderr[-3000:]


def test_quitting_stops_and_joins_a_job_still_running():
    """A worker thread still running Python as the interpreter shuts down can crash it."""
    child = run_qt_child("""
        import time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from twinparks.ui.background import Background

        app = QApplication([])

        def endless(report):
            while True:
                time.sleep(0.001)

        job = Background("endless")
        job.start(endless)
        QTimer.singleShot(50, app.quit)
        began = time.monotonic()
        app.exec()
        print("joined" if not job._threads else "still running",
              round(time.monotonic() - began, 1))
    """)
    assert child.returncode == 0 and "joined" in child.stdout, (child.stdout, child.stderr)


def test_quitting_after_a_map_was_deleted_raises_nothing():
    """Its site labels, a plain object, were called at quit: "QTimer already deleted"."""
    child = run_qt_child("""
        from PySide6.QtCore import QCoreApplication, QEvent, QTimer
        from PySide6.QtWidgets import QApplication
        from twinparks.ui.map_view import NetworkMap

        app = QApplication([])
        view = NetworkMap()
        labels = view._site_labels  # still held, as a window's Python side may be
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("quit")
    """)
    assert child.returncode == 0 and "quit" in child.stdout, child.stderr
    assert "already deleted" not in child.stderr and "Traceback" not in child.stderr, \
        child.stderr


def test_cycles_are_collected_on_the_gui_thread_not_in_the_thread_that_allocates():
    """A Python-owned Qt object with a running timer, in a cycle (pyqtgraph leaves thousands).

    A worker thread allocates as a validation does; without the collector a
    collection ran in that thread, freed the object there, and the GUI thread
    then fired its timer at the deleted object: a segmentation fault.
    """
    child = run_qt_child("""
        import threading, time, weakref
        from PySide6.QtCore import QObject, QTimer
        from PySide6.QtWidgets import QApplication
        from twinparks.ui.gui_collector import GuiThreadCollector

        app = QApplication([])
        GuiThreadCollector(app, interval_ms=20)

        class Owner(QObject):
            def __init__(self):
                super().__init__()
                self.timer = QTimer(self, singleShot=True, interval=100)
                self.timer.start()
                self.me = self

        owner = Owner()
        freed = weakref.ref(owner)
        del owner
        kept = []
        worker = threading.Thread(target=lambda: kept.extend([] for _ in range(300_000)))
        worker.start()
        worker.join()
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            app.processEvents()
        print("alive", "freed" if freed() is None else "not freed")
    """)
    assert child.returncode == 0, child.stderr[-3000:]
    assert "alive freed" in child.stdout  # by the collector, on the GUI thread


def test_the_collector_keeps_automatic_collection_off_until_stopped(qapp):
    collecting = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        gc.enable()  # a bulk reader turning it back on after its load
        collector.check()
        assert not gc.isenabled()
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()  # as it was when the collector began
    if not collecting:
        gc.disable()


def test_a_settled_heap_is_frozen_so_full_collections_walk_only_what_came_since():
    """In a child: freezing the test process's heap would keep what later tests leave."""
    child = run_qt_child("""
        import gc, weakref
        from PySide6.QtWidgets import QApplication
        from twinparks.ui.gui_collector import GuiThreadCollector

        app = QApplication([])
        off = GuiThreadCollector(app)  # as in the tests: no freezing
        off.settled()
        print("off", gc.get_freeze_count())
        off.stop()
        collector = GuiThreadCollector(app, freeze=True)

        class Cycle:
            pass

        young = Cycle()
        young.me = young
        freed = weakref.ref(young)
        del young
        kept = [[] for _ in range(50_000)]  # an opened workbook's objects
        collector.settled()
        print("cycle", "freed" if freed() is None else "frozen")
        print("frozen", gc.get_freeze_count() > 50_000, "old", len(gc.get_objects(2)))
        collector.stop()
        print("stopped", gc.get_freeze_count())
    """)
    assert child.returncode == 0, child.stderr[-3000:]
    assert "off 0" in child.stdout  # settled() does nothing unless the app asks for it
    assert "cycle freed" in child.stdout  # young garbage is collected, not frozen
    assert "frozen True old 0" in child.stdout  # a full collection has nothing old to walk
    assert "stopped 0" in child.stdout


def test_an_opened_workbook_is_frozen_once_it_is_checked(make_window, monkeypatch, checked,
                                                          cycles_collected_on_the_gui_thread):
    window = make_window()
    frozen = []  # whether the document was still being checked at each freeze
    monkeypatch.setattr(cycles_collected_on_the_gui_thread, "freezing", True)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(window.document.checking))
    assert window.load_path(example_path())
    assert frozen == [] or not window.document.checking
    checked(window.document)
    assert frozen == [False]
    window.document.push(InsertRows("Sites", 0, [{}]))  # an edit checked: nothing frozen
    checked(window.document)
    assert frozen == [False]
