"""The child processes a job left behind (not the session's sea-route process, kept on purpose)."""

import multiprocessing

from twinparks.ui.sea_routes import PROCESS_NAME


def job_children() -> list:
    """Live child processes other than the map's sea-route process (:mod:`ui.sea_routes`)."""
    return [p for p in multiprocessing.active_children() if p.name != PROCESS_NAME]
