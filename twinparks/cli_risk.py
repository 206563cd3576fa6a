"""The ``risk`` command: the base plan under N sampled futures of the Risks sheet.

``twinparks risk WORKBOOK [--samples N] [--seed S] [--workers W]
[--scheduler ADDRESS] [--json] [--report OUT.xlsx]`` samples the Risks
sheet's closures and shocks, solves each future with the base plan's
investments held (warm, in ``W`` local worker processes, or on a Dask
cluster: ``local`` starts a LocalCluster of ``W`` workers, ``tcp://HOST:PORT``
uses a running one) and prints the distribution of cost and service level.
The same seed gives the same numbers whatever runs the samples. Exit codes as
docs/contract.md §5: 2 invalid workbook or no Risks rows, 3 no optimal base
plan or a sample without an optimal plan.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pandas as pd

from twinparks.cli_common import (
    INVALID,
    NOT_OPTIMAL,
    OK,
    CliError,
    dash_or,
    invalid_json,
    json_safe,
    positive_count,
    refuse_non_xlsx_report,
    valid_network,
)
from twinparks.cli_help import command_help, tty_progress
from twinparks.models.risk import RiskError, RiskResult, as_frame, risk
from twinparks.models.risk_stats import cofailure_pairs, cofailures, summary
from twinparks.overwrite import REPORT_KEYWORD, check_replace
from twinparks.safe_write import check_target
from twinparks.xlsx_stream import CellWriter, write_book, write_frame

TOP_COFAILURES = 10


def add_commands(subparsers) -> None:
    """Add ``risk`` to the ``twinparks`` sub-command parsers."""
    command = subparsers.add_parser("risk", help="Monte Carlo: the plan under sampled "
                                                 "closures and price shocks (Risks sheet)",
                                    **command_help("risk"))
    command.add_argument("workbook", help="an .xlsx workbook with a Risks sheet, or the word "
                                          "'example' for the bundled dataset")
    command.add_argument("--samples", type=positive_count, default=1000, metavar="N",
                         help="futures to sample (default 1000)")
    command.add_argument("--seed", type=int, default=0, metavar="S",
                         help="random seed: the same seed gives the same numbers (default 0)")
    command.add_argument("--workers", type=positive_count, default=2, metavar="W",
                         help="local worker processes (default 2)")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="run the samples on a Dask cluster: 'local' (a LocalCluster of "
                              "W workers) or tcp://HOST:PORT (needs twinparks[risk])")
    command.add_argument("--json", action="store_true", help="print the distribution as JSON")
    command.add_argument("--report", type=Path, metavar="OUT.xlsx",
                         help="write the summary, co-failures, co-failure pairs and every "
                              "sample to a workbook")
    command.add_argument("--force", action="store_true",
                         help="overwrite a report target even if content would be lost")


def cmd_risk(args) -> int:
    """Sample, solve, print the distribution (or JSON), optionally write a report."""
    refuse_non_xlsx_report(args)
    if args.scheduler is not None and not _has_dask():
        raise CliError("--scheduler needs Dask: pip install 'twinparks[risk]'")
    path, network, problems = valid_network(args)
    if network is None:
        return invalid_json(args, problems, path.name)
    if args.report:
        check_replace(args.report, force=args.force, inputs=(path,))
        check_target(args.report)
    try:
        result = _run(network, args)
    except RiskError as error:
        print(f"twinparks: {error}", file=sys.stderr)
        return INVALID if error.status == "invalid" else NOT_OPTIMAL
    figures = summary(result)
    ranked = cofailures(result).head(TOP_COFAILURES)
    pairs = cofailure_pairs(result, top=TOP_COFAILURES)
    if args.json:
        print(json.dumps(json_safe({**figures, "cofailures": ranked.to_dict("records"),
                                    "cofailure_pairs": pairs.to_dict("records")}), indent=2))
    else:
        print(format_risk(figures, ranked, path.name, str(network.setting("currency")), pairs))
    if args.report:
        _write_report(result, figures, args.report, args.force, inputs=(path,))
    unsolved = figures["samples"] - figures["solved"]
    if unsolved:
        print(f"twinparks: {unsolved} sample(s) have no optimal plan (time limit)",
              file=sys.stderr)
        return NOT_OPTIMAL
    return OK


def _run(network, args) -> RiskResult:
    progress = tty_progress("risk samples")
    if args.scheduler is None:
        return risk(network, samples=args.samples, seed=args.seed, workers=args.workers,
                    progress=progress)
    from twinparks.models.risk_dask import risk_on_dask

    if not args.debug:  # Dask's start-up chatter stays out (it sets its levels on import)
        import distributed  # noqa: F401

        logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        return risk_on_dask(network, samples=args.samples, seed=args.seed,
                            scheduler=args.scheduler, progress=progress,
                            workers=args.workers)
    except (OSError, TimeoutError) as error:
        raise CliError(f"cannot reach the Dask scheduler {args.scheduler}: {error}") from error


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def format_risk(figures: dict, ranked: pd.DataFrame, source: str, currency: str,
                pairs: pd.DataFrame | None = None) -> str:
    """The distribution as text: cost statistics, service exceedance, co-failures."""
    money = "{:,.0f}"
    lines = [f"{source}: {figures['samples']} sampled futures, seed {figures.get('seed')} "
             f"({currency})",
             f"  base plan            {dash_or(money, figures.get('base_cost'))}  service "
             f"{dash_or('{:.2%}', figures.get('base_service_level'))}"]
    for label, key in (("mean cost", "mean"), ("5th percentile", "p5"), ("median", "p50"),
                       ("95th percentile", "p95"), ("CVaR 95 %", "cvar_95")):
        lines.append(f"  {label:<20} {dash_or(money, figures.get(key))}")
    error = figures.get("convergence", [{}])[-1].get("std_error")
    lines.append(f"  std error of mean    {dash_or(money, error)}")
    for threshold, share in figures.get("service_below", {}).items():
        lines.append(f"  P(service < {float(threshold):.0%})   {share:.2%}")
    if len(ranked):
        lines.append("  closures that most often coincide with lost service:")
        lines += [f"    {row.risk:<20} {row.factor:<11}{row.target:<24}"
                  f"{row.closed_with_lost_service:>6} of {row.closed} closed"
                  for row in ranked.itertuples()]
    if pairs is not None and len(pairs):
        lines.append("  closures that most often happen together:")
        lines += [f"    {row.risk_a + ' + ' + row.risk_b:<42}{row.together:>6} samples "
                  f"({row.probability:.2%}; {row.if_independent:.2%} if independent)"
                  for row in pairs.itertuples()]
    return "\n".join(lines)


def _write_report(result: RiskResult, figures: dict, target: Path, force: bool,
                  inputs: tuple[Path, ...]) -> None:
    scalars = [(key, value) for key, value in figures.items()
               if not isinstance(value, dict | list)]
    scalars += [(f"P(service < {key})", value)
                for key, value in figures.get("service_below", {}).items()]
    tables = {"Summary": pd.DataFrame(scalars, columns=["figure", "value"]),
              "Co-failures": cofailures(result),
              "Co-failure pairs": cofailure_pairs(result, top=None),
              "Convergence": pd.DataFrame(figures.get("convergence", [])),
              "Samples": as_frame(result)}

    def fill(book, formats) -> None:
        cells = CellWriter(formats)
        for name, table in tables.items():
            write_frame(cells, book.add_worksheet(name),
                         table.astype(object).where(table.notna(), None))
        book.set_properties({"keywords": REPORT_KEYWORD})

    check_replace(target, force=force, inputs=inputs)
    write_book(target, fill)
    print(f"report written to {target}", file=sys.stderr)


COMMANDS = {"risk": cmd_risk}
