"""Background jobs stop when discarded or superseded: the thread ends, nothing is delivered."""

import logging
import threading
import time

import shiboken6
from PySide6.QtCore import QObject

from twinparks.example import example_path
from twinparks.ui.background import Background
from twinparks.ui.document import read_document


def _forever(started: threading.Event, cleaned: threading.Event, report=None):
    """A job that would never end on its own (pure Python, like our readers' loops)."""
    started.set()
    try:
        count = 0
        while True:
            count += 1
    finally:
        cleaned.set()


def test_a_discarded_job_stops_and_runs_its_finally(qtbot):
    jobs = Background("test")
    delivered = []
    jobs.finished.connect(delivered.append)
    jobs.failed.connect(delivered.append)
    started, cleaned = threading.Event(), threading.Event()
    jobs.start(_forever, started, cleaned)
    assert started.wait(10)
    jobs.discard()
    assert jobs.wait(10), "the thread still runs after discard"
    assert cleaned.is_set() and not jobs.running
    qtbot.wait(50)
    assert delivered == []


def test_a_new_job_stops_the_one_before_and_only_the_latest_delivers(qtbot):
    jobs = Background("test")
    started, cleaned = threading.Event(), threading.Event()
    jobs.start(_forever, started, cleaned)
    assert started.wait(10)
    with qtbot.waitSignal(jobs.finished, timeout=10_000) as blocker:
        jobs.start(lambda report: "second")
    assert blocker.args == ["second"]
    assert cleaned.wait(10) and jobs.wait(10)


def test_a_finished_job_is_not_stopped_afterwards(qtbot):
    jobs = Background("test")
    with qtbot.waitSignal(jobs.finished, timeout=30_000) as blocker:
        jobs.start(read_document, example_path())
    assert blocker.args[0].result.network is not None
    jobs.discard()  # nothing running: no stop is sent anywhere
    time.sleep(0.05)
    assert jobs.wait(5)


def test_cancelling_an_open_stops_reading(qtbot):
    jobs = Background("open")
    delivered = []
    jobs.finished.connect(delivered.append)
    jobs.start(read_document, example_path())
    jobs.discard()
    assert jobs.wait(30)
    qtbot.wait(50)
    assert delivered == []


def test_a_job_ending_after_its_owner_was_deleted_emits_on_a_live_relay(qtbot, caplog):
    """A window closed while its validation runs: the late result reaches no one, safely.

    The relay the thread emits on was a child of the Background, deleted with
    it, so the thread could be emitting on an object being deleted.
    """
    caplog.set_level(logging.DEBUG, logger="twinparks.ui.background")
    owner = QObject()
    jobs = Background("test", owner)
    delivered = []
    jobs.finished.connect(delivered.append)
    release = threading.Event()
    jobs.start(lambda report: release.wait(10) and "late")
    thread = jobs._threads[-1]
    shiboken6.delete(owner)  # the Background goes with it, as with a closed window
    release.set()
    thread.join(10)
    qtbot.wait(50)
    assert not thread.is_alive() and delivered == []
    assert "after its owner was deleted" not in caplog.text  # it emitted on a live relay
