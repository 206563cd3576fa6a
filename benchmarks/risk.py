"""Time Monte Carlo risk samples: warm re-solves of one LP against rebuilding each sample.

    python benchmarks/risk.py [--size 1e4] [--samples 200] [--rebuild 10] [--workers 2]

On the bundled dataset and on a synthetic network of about ``--size`` LP
variables (``models.synthetic``), each given a Risks sheet of lane, site and
plant closures (one part-year), a freight shock by mode, a demand shock on a
market and a currency shock (``risks_for``):

* warm:    ``models.risk.risk`` — validate, solve the base plan and build the
  LP once; per sample change costs and bounds, re-solve from the base basis;
  on 1 worker and on ``--workers`` worker processes;
* rebuild: the first ``--rebuild`` samples edited into a copy of the workbook
  and solved from scratch (``models.risk_scratch.solve_sample``: validate,
  resolve, build, hand over, solve, extract); checked equal to the warm ones.

Samples per second are printed for each; the set-up (validation, base plan, LP,
timed once by ``prepare``) is subtracted from the warm runs.
"""

from __future__ import annotations

import argparse
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


def run(name: str, network, samples: int, rebuild: int, workers: int) -> None:
    from twinparks.models.risk import draw, prepare, risk
    from twinparks.models.risk_scratch import solve_sample
    from twinparks.models.solve import solve

    start = time.perf_counter()
    context, _ = prepare(network)
    setup = time.perf_counter() - start
    rates = {}
    for count in sorted({1, workers}):
        start = time.perf_counter()
        result = risk(network, samples=samples, seed=1, workers=count, min_work=0)
        rates[count] = samples / (time.perf_counter() - start - setup)
    values = draw(context.factors, samples, 1)
    base = solve(network)
    start = time.perf_counter()
    for i in range(rebuild):
        cost, _ = solve_sample(network, context.factors, values[i], base)
        assert np.isclose(cost, result.cost[i], rtol=1e-7), (i, cost, result.cost[i])
    scratch = rebuild / (time.perf_counter() - start)
    warm = ", ".join(f"{rate:,.1f}/s on {count} worker(s)" for count, rate in rates.items())
    print(f"{name}: {context.lp.num_cols:,} variables, {context.lp.num_rows:,} rows; "
          f"set-up {setup:.2f} s")
    print(f"  warm    {warm}")
    print(f"  rebuild {scratch:,.2f}/s ({rebuild} samples, equal to the warm ones)")
    print(f"  warm on 1 worker is {rates[1] / scratch:,.1f}x faster per sample")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1e4)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rebuild", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from twinparks.example import example_path
    from twinparks.models.synthetic import synthetic_network
    from twinparks.workbook import read_workbook

    run("bundled dataset", with_risks(read_workbook(example_path()).network), args.samples,
        args.rebuild, args.workers)
    run(f"synthetic {args.size:.0e}", with_risks(synthetic_network(int(args.size))),
        args.samples, args.rebuild, args.workers)


if __name__ == "__main__":
    main()
