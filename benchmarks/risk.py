"""Time Monte Carlo risk samples: warm re-solves of one LP against rebuilding each sample.

    python benchmarks/risk.py [--size 1e4] [--samples 200] [--rebuild 10] [--workers 2]
                              [--no-dask]

On the bundled dataset and on a synthetic network of about ``--size`` LP
variables (``models.synthetic``), each given a Risks sheet of lane, site and
plant closures (one part-year), a freight shock by mode, a demand shock on a
market and a currency shock (``risks_for``):

* warm:    ``models.risk.risk`` — validate, solve the base plan and build the
  LP once; per sample change costs and bounds, re-solve from the base basis;
  on 1 worker and on ``--workers`` worker processes;
* dask:    ``models.risk_dask.risk_on_dask`` on a ``dask.distributed``
  LocalCluster of ``--workers`` worker processes (one thread each), started
  once beforehand (its start-up is printed apart); checked equal to warm;
* rebuild: the first ``--rebuild`` samples edited into a copy of the workbook
  and solved from scratch (``models.risk_scratch.solve_sample``: validate,
  resolve, build, hand over, solve, extract); checked equal to the warm ones.

Samples per second are printed as a table; the set-up (validation, base plan,
LP, timed once by ``prepare``) is subtracted from the warm and the cluster runs.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np


def risks_for(network) -> list[dict]:
    """A Risks sheet touching a few lanes, a port, a plant, freight, demand and a currency."""
    lanes, sites = network.tables["Lanes"], network.tables["Sites"]
    ports = sites[sites["kind"].isin(["port", "hub"])]["id"].tolist()
    rows = [{"id": f"lane{i}", "factor": "lane", "target": lane, "probability": 0.1}
            for i, lane in enumerate(lanes["id"].iloc[:3])]
    rows += [{"id": "port", "factor": "site", "target": ports[0], "probability": 0.05,
              "group": "storm"},
             {"id": "plant", "factor": "plant", "target": network.tables["Plants"]["id"].iloc[0],
              "probability": 0.2, "duration": 0.25},
             {"id": "freight", "factor": "lane_cost",
              "target": str(lanes["mode"].dropna().iloc[0]), "distribution": "lognormal",
              "parameters": "0;0.2", "group": "storm"},
             {"id": "demand", "factor": "demand",
              "target": network.tables["Demand"]["site"].iloc[0],
              "distribution": "triangular", "parameters": "0.8;1;1.3"},
             {"id": "fx", "factor": "currency", "target": sites["country"].iloc[0],
              "distribution": "uniform", "parameters": "0.9;1.2"}]
    return rows


def with_risks(network):
    from twinparks.models.network import make_table

    network.tables["Risks"] = make_table("Risks", risks_for(network))
    network.sheet_order.append("Risks")
    return network


def dask_rate(network, samples: int, workers: int, setup: float, expected
              ) -> tuple[float, float]:
    """(samples/s, cluster start-up s) on a LocalCluster started beforehand."""
    import logging

    from distributed import LocalCluster

    from twinparks.models.risk_dask import risk_on_dask

    start = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        started = time.perf_counter() - start
        start = time.perf_counter()
        result = risk_on_dask(network, samples=samples, seed=1,
                              scheduler=cluster.scheduler_address)
        rate = samples / (time.perf_counter() - start - setup)
    assert np.array_equal(result.cost, expected.cost), "the cluster's numbers differ"
    return rate, started


def run(name: str, network, samples: int, rebuild: int, workers: int,
        dask: bool = True) -> dict:
    """One network's rates (samples/s) by way of running the samples."""
    from twinparks.models.risk import draw, prepare, risk
    from twinparks.models.risk_scratch import solve_sample
    from twinparks.models.solve import solve

    start = time.perf_counter()
    context, _ = prepare(network)
    setup = time.perf_counter() - start
    row = {"network": name, "variables": context.lp.num_cols}
    for count in sorted({1, workers}):
        start = time.perf_counter()
        result = risk(network, samples=samples, seed=1, workers=count, min_work=0)
        row[f"warm, {count} process(es)"] = samples / (time.perf_counter() - start - setup)
    if dask:
        row[f"LocalCluster, {workers} workers"], started = dask_rate(
            network, samples, workers, setup, result)
    values = draw(context.factors, samples, 1)
    base = solve(network)
    start = time.perf_counter()
    for i in range(rebuild):
        cost, _ = solve_sample(network, context.factors, values[i], base)
        assert np.isclose(cost, result.cost[i], rtol=1e-7), (i, cost, result.cost[i])
    row["rebuild"] = rebuild / (time.perf_counter() - start)
    print(f"{name}: {context.lp.num_cols:,} variables, {context.lp.num_rows:,} rows; set-up "
          f"{setup:.2f} s" + (f"; LocalCluster start-up {started:.1f} s (not counted)"
                              if dask else ""), flush=True)
    return row


def table(rows: list[dict]) -> str:
    """The rates as a Markdown table, with warm on 1 process against rebuild."""
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads + ["warm 1 / rebuild"]) + " |",
             "|" + "---|" * (len(heads) + 1)]
    for row in rows:
        cells = [row["network"], f"{row['variables']:,}"]
        cells += [f"{row[key]:,.2f}/s" for key in heads[2:]]
        cells.append(f"{row['warm, 1 process(es)'] / row['rebuild']:,.1f}x")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1e4)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rebuild", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-dask", dest="dask", action="store_false",
                        help="leave out the LocalCluster (needs twinparks[risk])")
    args = parser.parse_args()
    from twinparks.example import example_path
    from twinparks.models.synthetic import synthetic_network
    from twinparks.workbook import read_workbook

    print(f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    rows = [run("bundled dataset", with_risks(read_workbook(example_path()).network),
                args.samples, args.rebuild, args.workers, args.dask),
            run(f"synthetic {args.size:.0e}", with_risks(synthetic_network(int(args.size))),
                args.samples, args.rebuild, args.workers, args.dask)]
    print(f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"samples per second ({args.samples} samples; rebuild: the first {args.rebuild}; "
          f"every way checked equal to warm on 1 process)")
    print(table(rows))


if __name__ == "__main__":
    main()
