"""The command line explains itself, refuses early, ends quietly and agrees with itself."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys

import pytest

from twinparks import cli, cli_help
from twinparks.example import example_path
from twinparks.models import solve as solve_module
from twinparks.models.plan import COLUMNS
from twinparks.models.solve import solve
from twinparks.workbook import read_workbook


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_option_and_positional_has_help_and_every_help_ends_with_exit_codes():
    commands = _subcommands()
    assert {"gui", "solve", "validate", "template", "example", "scenarios", "stress"} <= \
        set(commands)
    for name, parser in commands.items():
        for action in parser._actions:
            assert action.help, f"twinparks {name}: {action.dest} has no help"
        text = parser.format_help()
        assert "examples:\n  twinparks " + name in text, name
        assert text.rstrip().endswith(cli_help.EXIT_CODES.splitlines()[-1]), name
        for code in ("0  solved", "2  the workbook is invalid", "3  no optimal plan"):
            assert code in text, (name, code)


def test_a_report_suffix_nobody_writes_is_refused_before_solving(monkeypatch, capsys):
    def no_solve(*args, **kwargs):
        raise AssertionError("solved although the report could never be written")

    monkeypatch.setattr(cli, "solve", no_solve)
    assert cli.main(["solve", "example", "--report", "out.csv"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'.csv'" in err and ".xlsx" in err


def test_scenarios_report_suffix_is_refused_before_solving(monkeypatch, capsys):
    monkeypatch.setattr(solve_module, "solve_valid", lambda *a: pytest.fail("solved"))
    assert cli.main(["scenarios", "example", "--report", "out.pdf"]) == 1
    assert "use a .xlsx file" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly():
    """`twinparks stress example --json | head -1`: the reader is gone before we write."""
    code = ("import os, sys\n"
            "read, write = os.pipe(); os.close(read); os.dup2(write, 1)\n"
            "from twinparks.cli import main\n"
            "sys.exit(main(['stress', 'example', '--json']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300)
    assert result.stderr == ""
    assert result.returncode == 1


def test_validate_and_solve_agree_on_an_empty_workbook(tmp_path, capsys):
    empty = tmp_path / "empty.xlsx"
    assert cli.main(["template", str(empty)]) == 0
    capsys.readouterr()
    assert cli.main(["validate", str(empty)]) == 0
    validated = capsys.readouterr()
    assert cli.main(["solve", str(empty)]) == 0
    solved = capsys.readouterr()
    message = "Demand: warning: the Demand sheet has no rows: there is nothing to plan"
    assert message in validated.out and message in solved.err
    assert "nothing to plan" in solved.out and "optimal" in solved.out
    assert cli.main(["solve", str(empty), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["status"] == "optimal" and plan["objective"] == 0


def test_json_tables_hold_the_result_tables_as_records(capsys):
    assert cli.main(["solve", "example", "--json", "--tables"]) == 0
    printed = json.loads(capsys.readouterr().out)
    plan = solve(read_workbook(example_path()).network)
    assert set(printed["tables"]) == set(cli_help.JSON_TABLES)
    for name, records in printed["tables"].items():
        assert len(records) == len(plan.tables[name]), name
        assert all(list(record) == COLUMNS[name] for record in records), name
    first = printed["tables"]["production"][0]
    assert first["output"] == pytest.approx(float(plan.production["output"].iloc[0]))
    assert cli.main(["solve", "example", "--tables"]) == 1  # only with --json
    assert "--json" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_goes_to_a_terminal_only():
    assert cli_help.tty_progress("stress test", io.StringIO()) is None
    terminal = _Terminal()
    progress = cli_help.tty_progress("stress test", terminal)
    for done in range(4):
        progress(done, 3)
    assert terminal.getvalue() == "\rstress test: 0/3\rstress test: 1/3\rstress test: 2/3" \
        "\rstress test: 3/3\n"
