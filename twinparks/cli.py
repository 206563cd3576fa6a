"""The ``twinparks`` command line (docs/contract.md §5).

Exit codes and the helpers every sub-command shares are in
:mod:`twinparks.cli_common`; the scenario and stress commands in
:mod:`twinparks.cli_scenarios`; the risk command in :mod:`twinparks.cli_risk`.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import multiprocessing
import os
import sys
from pathlib import Path

from twinparks import __version__, cli_risk, cli_scenarios
from twinparks.cli_common import (
    FAILURE,
    INVALID,
    NOT_OPTIMAL,
    OK,
    CliError,
    invalid_json,
    print_problems,
    read_argument,
)
from twinparks.cli_help import JSON_TABLES, command_help, json_safe, table_records
from twinparks.example import copy_example, example_path, resolve_workbook
from twinparks.models.plan import Plan
from twinparks.models.problems import errors
from twinparks.models.solve import SolveOptions, solve
from twinparks.models.solver_choice import CLP_FROM_COLUMNS
from twinparks.models.validation import validate
from twinparks.overwrite import check_replace
from twinparks.report_content import figures
from twinparks.report_writers import ReportUnavailable, write_any_report, writer_for
from twinparks.safe_write import check_target
from twinparks.template import write_template
from twinparks.workbook import WorkbookWriteError


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake exits 1: exit code 2 means an invalid workbook."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(FAILURE, f"{self.prog}: error: {message}\n")


LANGUAGES = ("en", "zh_CN", "ms")
WORKBOOK_HELP = "an .xlsx workbook, or the word 'example' for the bundled dataset"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command; each help ends with examples and exit codes."""
    parser = Parser(
        prog="twinparks", description="Twin Parks planner: capacity allocation for the "
        "China-Malaysia Qinzhou and Kuantan industrial parks.", **command_help("twinparks"))
    parser.add_argument("--version", action="version", version=f"twinparks {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and solver logs")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the desktop app on the bundled dataset, solve, close")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the desktop app", **command_help("gui"))
    gui.add_argument("workbook", nargs="?", default="example",
                     help=WORKBOOK_HELP + " (default: example)")
    gui.add_argument("--lang", choices=LANGUAGES,
                     help="interface language (default: as last chosen, else the system's)")
    solve_cmd = commands.add_parser("solve", help="solve a workbook and print the plan",
                                    **command_help("solve"))
    solve_cmd.add_argument("workbook", help=WORKBOOK_HELP)
    solve_cmd.add_argument("--report", type=Path, metavar="OUT.xlsx|OUT.pdf",
                           help="also write the planning report (Excel or PDF, by suffix)")
    solve_cmd.add_argument("--solver", choices=("highs", "cbc"),
                           help="LP solver (default: the workbook's Settings solver; if it "
                                "names none, HiGHS, or CLP through CBC for an LP of "
                                f"{CLP_FROM_COLUMNS:,} columns or more)")
    solve_cmd.add_argument("--time-limit", type=_positive, metavar="S",
                           help="seconds the solver may take (default: Settings time_limit_s)")
    solve_cmd.add_argument("--json", action="store_true",
                           help="print one JSON object instead of the text summary")
    solve_cmd.add_argument("--tables", action="store_true",
                           help="with --json: add the result tables (" +
                           ", ".join(JSON_TABLES) + ") as lists of records")
    solve_cmd.add_argument("--lp", type=Path, metavar="OUT.lp|OUT.mps",
                           help="also write the LP with readable names")
    solve_cmd.add_argument("--force", action="store_true",
                           help="replace OUT even if it is not a report written by this tool")
    solve_cmd.add_argument("--lang", choices=LANGUAGES, default="en",
                           help="language of a PDF report (default: en; the Excel report's "
                           "sheets are the workbook format, always English)")
    validate_cmd = commands.add_parser("validate", help="list every problem of a workbook",
                                       **command_help("validate"))
    validate_cmd.add_argument("workbook", help=WORKBOOK_HELP)
    template = commands.add_parser("template", help="write an empty workbook with help",
                                   **command_help("template"))
    template.add_argument("out", type=Path, help="the .xlsx file to write")
    template.add_argument("--force", action="store_true", help="replace OUT if it exists")
    example = commands.add_parser("example", help="write a copy of the bundled dataset",
                                  **command_help("example"))
    example.add_argument("out", type=Path, help="the .xlsx file to write")
    example.add_argument("--force", action="store_true", help="replace OUT if it exists")
    cli_scenarios.add_commands(commands)
    cli_risk.add_commands(commands)
    return parser


def _positive(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("must be a number of seconds > 0")
    return value


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    multiprocessing.freeze_support()  # the desktop app solves in a child process
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command or "gui"](args)
    except BrokenPipeError:  # `twinparks validate x | head`: the reader has had enough
        _silence_stdout()
        return FAILURE
    except KeyboardInterrupt:
        print("twinparks: interrupted", file=sys.stderr)
        return FAILURE
    except (CliError, WorkbookWriteError, OSError) as error:
        if args.debug:
            raise
        print(f"twinparks: {error}", file=sys.stderr)
        return FAILURE
    except Exception as error:
        if args.debug:
            raise
        print(f"twinparks: unexpected error: {type(error).__name__}: {error} "
              f"(run with --debug for details)", file=sys.stderr)
        return FAILURE


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the exit flush cannot fail on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def cmd_validate(args) -> int:
    """Print every problem, one per line; exit 2 if any is an error."""
    path, result = read_argument(args.workbook)
    problems = result.problems
    if result.network is not None:
        problems = problems + validate(result.network)
    for problem in problems:
        print(problem.format(path.name))
    if result.network is None or errors(problems):
        return INVALID
    print(f"{path.name}: no errors", file=sys.stderr)
    return OK


def cmd_solve(args) -> int:
    """Solve, print the plan (or JSON), optionally write the report."""
    if args.report is not None:
        check_report_target(args.report)  # refused before anything is solved
    if args.tables and not args.json:
        raise CliError("--tables adds the result tables to the JSON: use it with --json")
    if args.lp and args.lp.suffix.lower() not in (".lp", ".mps"):
        raise CliError(f"cannot write the LP as '{args.lp.suffix or args.lp.name}': use a .lp "
                       f"or .mps file")
    path, result = read_argument(args.workbook)
    if result.network is None or errors(result.problems):
        print_problems(result.problems, path.name)
        return invalid_json(args, result.problems, path.name)
    if args.report:
        check_replace(args.report, force=args.force, inputs=(path,))  # before any work
    plan = solve(result.network, SolveOptions(solver=args.solver, time_limit=args.time_limit))
    print_problems(result.problems + plan.problems, path.name)
    if plan.status == "invalid":
        return invalid_json(args, plan.problems, path.name)
    if args.lp:
        _write_lp(result.network, args.lp)
    if args.json:
        summary = plan.summary()
        if args.tables:
            summary["tables"] = table_records(plan.tables)
        print(json.dumps(json_safe(summary), indent=2))
    else:
        print(format_plan(plan, path.name, str(result.network.setting("currency"))))
    if not plan.optimal:
        print(f"twinparks: no optimal plan: {plan.message}", file=sys.stderr)
        return NOT_OPTIMAL
    if args.report:
        _write_report(result.network, plan, args.report, path, args.force, args.lang)
    return OK


def check_report_target(target: Path) -> None:
    """Refuse a report no writer knows or no folder holds (exit 1), before any work is done."""
    try:
        writer_for(target)
    except ReportUnavailable as error:
        raise CliError(str(error)) from error
    check_target(target)


def _write_lp(network, target: Path) -> None:
    from twinparks.models import milp
    from twinparks.models.lp import build
    from twinparks.models.lp_export import write_lp_file
    from twinparks.models.typed import resolve

    typed = resolve(network)
    write_lp_file(typed, milp.extend(typed, build(typed)), target)
    print(f"LP written to {target}", file=sys.stderr)


def _write_report(network, plan: Plan, target: Path, source: Path, force: bool,
                  language: str) -> None:
    try:
        write_any_report(network, plan, target, source.name, force=force, inputs=(source,),
                         language=language)
    except ReportUnavailable as error:
        raise CliError(str(error)) from error
    print(f"report written to {target}", file=sys.stderr)


def format_plan(plan: Plan, source: str, currency: str) -> str:
    """A short human-readable summary of a plan (unmet demand in tonnes, docs/contract.md §9).

    The figures and their labels are those of the reports (``models/results.csv``
    through :func:`twinparks.report_content.figures`).
    """
    lines = [f"{source}: {plan.status} ({plan.solver}) — {plan.message}"]
    if not plan.optimal:
        return lines[0]
    for column, value in figures(plan):
        indent = "    " if column.table == "costs" else "  "
        label = f"{indent}{column.label}"
        lines.append(f"{label:<26}{_figure_text(column, value or 0.0, currency)}")
    lines[-1] += f" (penalty {plan.costs['unmet_penalty']:,.0f} {currency})"
    bottlenecks = plan.tables["bottlenecks"].head(5)
    if len(bottlenecks):
        lines.append("  bottlenecks (cost saved per extra unit of capacity):")
        lines += [f"    {row.kind:<6}{row.id:<28}{row.shadow_price:>14,.2f}"
                  for row in bottlenecks.itertuples()]
    return "\n".join(lines)


def _figure_text(column, value: float, currency: str) -> str:
    if column.kind == "share":
        return f"{value:>18.2%}"
    if column.kind == "money":
        return f"{value:>18,.2f} {currency}"
    return f"{value:>18,.1f} {column.unit_text(currency).removesuffix('/yr')}"


def cmd_template(args) -> int:
    """Write the empty template."""
    check_replace(args.out, force=args.force, what="template")
    write_template(args.out, force=True)
    print(f"template written to {args.out}", file=sys.stderr)
    return OK


def cmd_example(args) -> int:
    """Write a copy of the bundled dataset."""
    check_replace(args.out, force=args.force, inputs=(example_path(),), what="example")
    copy_example(args.out)
    print(f"example written to {args.out}", file=sys.stderr)
    return OK


def cmd_gui(args) -> int:
    """Start the desktop app (the only place the Qt application is imported)."""
    try:
        from twinparks.ui.app import DisplayUnavailable, run  # Qt only behind this entry
    except ImportError as error:
        raise CliError(f"the desktop app is not available in this installation ({error})") \
            from error
    workbook = resolve_workbook(getattr(args, "workbook", "example"))
    try:
        return run(str(workbook), smoke_test=args.smoke_test,
                   language=getattr(args, "lang", None))
    except DisplayUnavailable as error:
        raise CliError(str(error)) from error


COMMANDS = {"solve": cmd_solve, "validate": cmd_validate, "template": cmd_template,
            "example": cmd_example, "gui": cmd_gui, **cli_scenarios.COMMANDS,
            **cli_risk.COMMANDS}
