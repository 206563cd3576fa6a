"""Shared test setup: the installed package is tested, and Qt runs offscreen.

The repository's top-level ``twinparks/`` folder is only part of the
distribution (``twinparks.models`` and ``twinparks.ui`` are mapped from
``models/`` and ``ui/``), so it must never shadow the installed package.
pytest appends the repository root to ``sys.path`` (``--import-mode=append``,
to import ``tests``) and ``python -m pytest`` puts the working folder first;
that one is moved last here, so ``twinparks`` is the installed one while
``tests`` is still found. Worker processes inherit that path, and
other child Pythons run with ``PYTHONSAFEPATH`` (no working folder first).
"""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ["PYTHONSAFEPATH"] = "1"

ROOT = Path(__file__).resolve().parents[1]


def _repository_root_last() -> None:
    inside = [p for p in sys.path if Path(p or ".").resolve() == ROOT]
    sys.path[:] = [p for p in sys.path if p not in inside] + [str(ROOT)]


_repository_root_last()


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config) -> int | None:
    """``-n auto``: one worker more than the cores this process may use.

    About a fifth of the suite's time a worker waits (on a solve in a child
    process, LibreOffice, a Dask cluster, a timer); the extra worker fills it.
    On two cores: 283 s with two workers, 232 s with three (CI, bundle beside).
    ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still decides when it is set.
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    return len(os.sched_getaffinity(0)) + 1


@pytest.fixture(scope="session")
def solved_example():
    """The bundled dataset and its plan, solved once per worker: read them, never edit them."""
    from twinparks.example import example_path
    from twinparks.models.solve import solve
    from twinparks.workbook import read_workbook

    network = read_workbook(example_path()).network
    plan = solve(network)
    assert plan.optimal
    return network, plan
