"""Dask runs give the numbers of local ones: after a lost worker, and whatever BLAS does.

A worker lost in the middle of a risk run: its batches run again elsewhere.

The scheduler reschedules the tasks a dead worker was processing (and
recomputes results it held that were not fetched yet); the context is on
every worker (scattered with ``broadcast``), so the other worker still has
it. Results are keyed by sample index, so a batch solved twice is not
counted twice, and every sample is solved from the same cleared solver
state, so the numbers are those of an undisturbed run.
"""

from __future__ import annotations

import logging
import math
import os
import signal

import numpy as np
import pytest

from tests.models.test_risk import risky_example
from twinparks.models.risk import exact_dot, risk

SAMPLES, SEED, BATCH = 60, 8, 3


def test_killing_a_worker_mid_run_gives_the_numbers_of_an_undisturbed_run():
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from twinparks.models.risk_dask import risk_on_dask

    network = risky_example()
    undisturbed = risk(network, samples=SAMPLES, seed=SEED, workers=1)
    killed: list[int] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.CRITICAL) as cluster, \
            Client(cluster) as client:
        victim = min(client.run(os.getpid).values())

        def progress(done: int, total: int) -> None:
            if done >= 2 * BATCH and not killed:  # both workers busy, 18 batches to go
                os.kill(victim, signal.SIGKILL)
                killed.append(done)

        result = risk_on_dask(network, samples=SAMPLES, seed=SEED,
                              scheduler=cluster.scheduler_address, progress=progress,
                              batch=BATCH)
        # the scheduler of a LocalCluster runs in this process: its event log, read here
        removed = [event for _, event in cluster.scheduler.get_events("all")
                   if event.get("action") == "remove-worker"]
        assert victim not in client.run(os.getpid).values()  # the nanny started a new one
    assert killed and killed[0] < SAMPLES
    assert len(removed) == 1 and removed[0]["expected"] is False
    assert removed[0]["processing-tasks"]  # it died with a batch in hand
    assert not removed[0]["lost-scattered-tasks"]  # the LP was on the other worker too
    assert len(result.cost) == SAMPLES and not result.cancelled
    assert np.array_equal(result.values, undisturbed.values)
    assert np.array_equal(result.cost, undisturbed.cost)
    assert np.array_equal(result.service, undisturbed.service)


def test_sample_figures_do_not_depend_on_the_order_blas_would_sum_in():
    """Dask's nanny runs workers with OPENBLAS_NUM_THREADS=1; BLAS then sums ``a @ b`` in
    another order than here, and costs came back one unit in the last place apart.
    ``exact_dot`` rounds once: any order of the terms gives the same float.
    """
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=20_000) * 1e6, rng.random(20_000)
    order = rng.permutation(len(a))
    assert exact_dot(a, b) == exact_dot(a[order], b[order]) == math.fsum(a * b)
    naive = {float(a[p] @ b[p]) for p in (order, order[::-1], np.arange(len(a)))}
    assert len(naive) > 1  # where the order matters: what the samples were exposed to
