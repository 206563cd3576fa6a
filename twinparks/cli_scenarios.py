"""The ``scenarios`` and ``stress`` commands of the ``twinparks`` command line.

``twinparks scenarios WORKBOOK [--json] [--report OUT.xlsx]`` solves the base
case and every scenario of the Scenarios sheet and compares them;
``twinparks stress WORKBOOK [--json] [--top N]`` ranks the single points of
failure (N-1: each lane, port or hub, and plant lost in turn). Exit codes as
docs/contract.md §5: 2 invalid workbook (scenarios included), 3 no optimal plan.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from twinparks.cli_common import (
    INVALID,
    NOT_OPTIMAL,
    OK,
    dash_or,
    invalid_json,
    json_safe,
    positive_count,
    refuse_non_xlsx_report,
    valid_network,
)
from twinparks.cli_help import command_help, tty_progress
from twinparks.models.plan import COST_KEYS
from twinparks.models.scenario_runs import (
    ScenarioResult,
    biggest_changes,
    comparison,
    solve_all_scenarios,
)
from twinparks.models.scenarios import BASE
from twinparks.models.stress import StressError, stress
from twinparks.overwrite import REPORT_KEYWORD, check_replace
from twinparks.safe_write import check_target
from twinparks.xlsx_stream import CellWriter, write_book, write_frame


def add_commands(subparsers) -> None:
    """Add ``scenarios`` and ``stress`` to the ``twinparks`` sub-command parsers."""
    scenarios = subparsers.add_parser("scenarios",
                                      help="solve the base case and every scenario, compare",
                                      **command_help("scenarios"))
    scenarios.add_argument("workbook", help="an .xlsx workbook with a Scenarios sheet, or "
                                            "the word 'example' for the bundled dataset")
    scenarios.add_argument("--json", action="store_true",
                           help="print a list of per-scenario summaries")
    scenarios.add_argument("--report", type=Path, metavar="OUT.xlsx",
                           help="write the comparison to a workbook")
    scenarios.add_argument("--force", action="store_true",
                           help="overwrite a report target even if content would be lost")
    stress_cmd = subparsers.add_parser("stress", help="N-1 analysis: lose each lane, port or "
                                                      "hub, and plant in turn",
                                       **command_help("stress"))
    stress_cmd.add_argument("workbook", help="an .xlsx workbook, or the word 'example' for "
                                             "the bundled dataset")
    stress_cmd.add_argument("--json", action="store_true",
                            help="print a list, lowest service level first, then the "
                                 "largest cost increase")
    stress_cmd.add_argument("--top", type=positive_count, metavar="N",
                            help="show the N worst only")
    stress_cmd.add_argument("--reoptimise", action="store_true",
                            help="let each case choose its investments anew (default: the "
                                 "base plan's investments are kept, on/off re-optimised)")


def cmd_scenarios(args) -> int:
    """Solve base and scenarios, print the comparison (or JSON), optionally a report."""
    refuse_non_xlsx_report(args)
    path, network, problems = valid_network(args)
    if network is None:
        return invalid_json(args, problems, path.name)
    if args.report:
        check_replace(args.report, force=args.force, inputs=(path,))  # before any work
        check_target(args.report)
    results = solve_all_scenarios(network, progress=tty_progress("solving scenarios"))
    if args.json:
        print(json.dumps([json_safe(r.summary()) for r in results], indent=2))
    else:
        print(format_comparison(results, path.name, str(network.setting("currency"))))
    failed = [r for r in results if not r.plan.optimal]
    for result in failed:
        print(f"twinparks: no optimal plan for {result.name}: {result.plan.message}",
              file=sys.stderr)
    if failed:
        return NOT_OPTIMAL
    if args.report:
        _write_report(results, args.report, args.force, inputs=(path,))
    return OK


def cmd_stress(args) -> int:
    """Rank the single points of failure."""
    path, network, problems = valid_network(args)
    if network is None:
        return invalid_json(args, problems, path.name)
    try:
        table = stress(network, top=args.top, progress=tty_progress("stress test"),
                       reoptimise=args.reoptimise)
    except StressError as error:
        print(f"twinparks: {error}", file=sys.stderr)
        return INVALID if error.status == "invalid" else NOT_OPTIMAL
    if args.json:
        print(json.dumps([json_safe(row) for row in table.to_dict("records")], indent=2))
    else:
        print(format_stress(table, path.name, str(network.setting("currency"))))
    if table["objective"].isna().any():
        print("twinparks: some cases have no optimal plan (time limit)", file=sys.stderr)
        return NOT_OPTIMAL
    return OK


# --- text output -----------------------------------------------------------------------------

def format_comparison(results: list[ScenarioResult], source: str, currency: str) -> str:
    """The comparison table, then the biggest production and flow changes per scenario."""
    frame = comparison(results)
    names = [r.name for r in results]
    width = max(14, *(len(n) + 2 for n in names))
    lines = [f"{source}: {len(results) - 1} scenario(s) against the base case ({currency})",
             f"  {'':<22}" + "".join(f"{n:>{width}}" for n in names)]
    rows = [("status", "status", "{}"), ("total landed cost", "objective", "{:,.0f}"),
            ("change vs base", "cost_change", "{:+,.0f}")]
    rows += [(f"  {key}", key, "{:,.0f}") for key in COST_KEYS]
    rows += [("CO2 (t)", "co2_tonnes", "{:,.0f}"), ("service level", "service_level",
                                                     "{:.2%}"),
             ("unmet demand (t)", "unmet_tonnes", "{:,.0f}")]  # units do not add (§9)
    for label, column, pattern in rows:
        cells = [dash_or(pattern, value) for value in frame.get(column, [None] * len(frame))]
        lines.append(f"  {label:<22}" + "".join(f"{c:>{width}}" for c in cells))
    base = results[0].plan
    for result in results[1:]:
        changes = biggest_changes(base, result.plan)
        if len(changes):
            lines.append(f"  biggest changes in {result.name}:")
            lines += [f"    {row.kind:<6}{row.id:<26}{row.base:>16,.0f} -> "
                      f"{row.scenario:>16,.0f} ({row.change:+,.0f})"
                      for row in changes.itertuples()]
    return "\n".join(lines)


def format_stress(table: pd.DataFrame, source: str, currency: str) -> str:
    """The ranking as a table, most critical first."""
    base = table.attrs.get("objective")
    lines = [f"{source}: single points of failure (base cost {dash_or('{:,.0f}', base)} "
             f"{currency}, service level {dash_or('{:.2%}', table.attrs.get('service_level'))})",
             f"  {'#':>3} {'kind':<6}{'id':<24}{'service':>9}{'unmet t':>14}"
             f"{'cost increase':>20}"]
    for rank, row in enumerate(table.itertuples(), start=1):
        lines.append(f"  {rank:>3} {row.kind:<6}{row.id:<24}"
                     f"{dash_or('{:.1%}', row.service_level):>9}"
                     f"{dash_or('{:,.0f}', row.unmet_tonnes):>14}"
                     f"{dash_or('{:+,.0f}', row.cost_increase):>20}")
    return "\n".join(lines)


# --- report ----------------------------------------------------------------------------------

def _write_report(results: list[ScenarioResult], target: Path, force: bool,
                  inputs: tuple[Path, ...] = ()) -> None:
    """The comparison workbook (``cmd_scenarios`` refused any other suffix already)."""
    comparison_table = _plain(comparison(results))
    frames = [biggest_changes(results[0].plan, r.plan, top=20).assign(scenario_name=r.name)
              for r in results[1:]]
    columns = ["scenario_name", "kind", "id", "base", "scenario", "change"]
    changes = _plain(pd.concat(frames, ignore_index=True)[columns]
                     if frames else pd.DataFrame(columns=columns))

    def fill(book, formats) -> None:
        cells = CellWriter(formats)
        sheet = book.add_worksheet("Comparison")
        after = write_frame(cells, sheet, comparison_table)
        cells.value(sheet, max(after, len(results) + 1) + 1, 0,
                    f"scenario '{BASE}' is the workbook without overrides")
        write_frame(cells, book.add_worksheet("Changes"), changes)
        book.set_properties({"keywords": REPORT_KEYWORD})

    check_replace(target, force=force, inputs=inputs)
    write_book(target, fill)
    print(f"report written to {target}", file=sys.stderr)


def _plain(table: pd.DataFrame) -> pd.DataFrame:
    return table.astype(object).where(table.notna(), None)


COMMANDS = {"scenarios": cmd_scenarios, "stress": cmd_stress}
