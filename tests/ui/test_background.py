"""Background jobs stop when discarded or superseded: the thread ends, nothing is delivered."""

import threading
import time

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
