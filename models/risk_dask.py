"""Risk samples on a Dask cluster: ``local`` (a LocalCluster) or ``tcp://HOST:PORT``.

The context (the LP, the factors, their effects) is scattered to every
worker once; the samples go out in batches, each a task that solves its
samples warm on the worker's own :class:`~twinparks.models.risk.SampleSolver`
(one per worker thread, kept between batches); results stream back as
batches finish, with progress. A batch whose worker is lost is rescheduled
by the scheduler on another worker (a result the dead worker held and we
had not fetched is recomputed; distributed gives up on a batch after its
``allowed-failures``, 3, workers died running it); a batch that raises is
retried ``RETRIES`` times. Results are keyed by sample index, so a batch
run twice counts once (tests/models/test_risk_dask_retry.py kills a worker
mid-run). A cancel cancels the batches not yet done. The draws are made
here, as for local workers, every sample is solved from the same cleared
solver state and its sums are rounded once (``exact_dot``: a Dask worker's
BLAS runs on one thread), so the numbers are those of ``--workers``.

``dask[distributed]`` is the optional extra ``risk``
(``pip install 'twinparks[risk]'``); it is imported only here.
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

from twinparks.models.network import Network
from twinparks.models.risk import (
    Progress,
    RiskContext,
    RiskResult,
    SampleSolver,
    collect,
    draw,
    prepare,
)
from twinparks.models.solvers import Cancel

LOCAL = "local"
BATCH = 25  # samples per task: progress every few seconds, little scheduling overhead
RETRIES = 2
_solvers: dict[tuple[str, int], SampleSolver] = {}
_lock = threading.Lock()


def risk_on_dask(network: Network, samples: int, seed: int, scheduler: str,
                 progress: Progress | None = None, cancel: Cancel | None = None,
                 batch: int = BATCH, processes: bool = True,
                 workers: int = 2) -> RiskResult:
    """Sample and solve on a cluster; ``scheduler`` is ``local`` or a scheduler address.

    ``processes`` and ``workers`` shape the LocalCluster of ``local``.
    """
    from distributed import Client, LocalCluster

    context, base = prepare(network)
    values = draw(context.factors, samples, seed)
    cancel = cancel or Cancel()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                           dashboard_address=":0", silence_logs=logging.ERROR
                           ) if scheduler == LOCAL else None  # any free port, errors only
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            outcomes = _run(client, context, values, batch, progress, cancel)
    finally:
        if cluster is not None:
            cluster.close()
    return collect(context, values, outcomes, base, cancel.cancelled, seed)


def _run(client: Any, context: RiskContext, values, batch: int,
         progress: Progress | None, cancel: Cancel) -> dict[int, tuple]:
    from distributed import as_completed

    report = progress or (lambda done, total: None)
    total = len(values)
    shipped = client.scatter(context, broadcast=True)  # the LP goes to each worker once
    run = uuid.uuid4().hex
    tasks = [client.submit(solve_batch, run, shipped,
                           [(i, values[i]) for i in range(start, min(total, start + batch))],
                           pure=False, retries=RETRIES)
             for start in range(0, total, batch)]
    results: dict[int, tuple] = {}
    report(0, total)
    for task in as_completed(tasks):
        results.update(task.result())
        report(len(results), total)
        if cancel.cancelled:
            client.cancel(tasks)
            break
    return results


def solve_batch(run: str, context: RiskContext, chunk: list) -> dict[int, tuple]:
    """On a worker: solve a batch with this thread's solver of the run (made once)."""
    key = (run, threading.get_ident())
    with _lock:
        solver = _solvers.get(key)
        if solver is None:
            for old in [k for k in _solvers if k[0] != run]:  # an earlier run's LP
                del _solvers[old]
    if solver is None:
        solver = SampleSolver(context, threads=1)
        with _lock:
            _solvers[key] = solver
    return solver.solve_chunk(chunk)
