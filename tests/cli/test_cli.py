"""The ``twinparks`` command line (docs/contract.md §5): exit codes, JSON, template, example.

Commands run in this process (``run_main``, ``main``) unless only a real one
shows what is tested: the installed console script, and ``--debug``'s traceback.
"""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.io.builders import (
    HAND_COSTS,
    HAND_OPTIMUM,
    run_cli,
    run_main,
    valid_sheets,
    write_large,
    write_valid,
    write_xlsx,
)
from twinparks.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "datasets" / "qinzhou_kuantan.xlsx"
COST_KEYS = {"supply", "production", "transport", "tariff", "carbon", "unmet_penalty",
             "investment"}  # investment: schema 2 (0 without investments)
SUMMARY_KEYS = {"status", "objective", "costs", "co2_tonnes", "service_level", "unmet_units",
                "unmet_tonnes", "unmet_value", "duty", "duty_saved"}
# A MILP (the bundled dataset has investments) adds its gap, bound and decisions.
MILP_KEYS = {"mip_gap", "bound", "investments", "chokepoints", "plants_off"}


def one_json_object(stdout: str) -> dict:
    """stdout must be exactly one JSON object (json.loads rejects trailing text)."""
    value = json.loads(stdout)
    assert isinstance(value, dict)
    return value


def json_plan(argv, capsys) -> tuple[int, dict]:
    code = main([str(a) for a in argv] + ["--json"])
    return code, one_json_object(capsys.readouterr().out)


def invalid_workbook(path: Path) -> Path:
    sheets = valid_sheets()
    sheets["Plants"][1][3] = -5              # Plants!D2: negative capacity
    return write_xlsx(path, sheets)


def assert_one_line_error(result) -> None:
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("twinparks: ")


# --- solve ------------------------------------------------------------------------------

def test_solve_json_matches_the_hand_optimum(tmp_path, capsys):
    result = run_main(capsys, "solve", write_valid(tmp_path / "book.xlsx"), "--json")
    assert result.returncode == 0, result.stderr
    plan = one_json_object(result.stdout)
    assert set(plan) == SUMMARY_KEYS and set(plan["costs"]) == COST_KEYS
    assert plan["status"] == "optimal"
    assert plan["objective"] == pytest.approx(HAND_OPTIMUM, rel=1e-9)
    assert plan["costs"] == pytest.approx(HAND_COSTS, abs=1e-6)
    assert plan["co2_tonnes"] == pytest.approx(0, abs=1e-9)
    assert plan["service_level"] == pytest.approx(1)
    assert plan["unmet_units"] == pytest.approx(0, abs=1e-9)
    assert "Traceback" not in result.stderr


def test_solve_example_json_is_optimal(capsys):
    assert DATASET.is_file(), "the bundled dataset is missing"
    result = run_main(capsys, "solve", "example", "--json")
    assert result.returncode == 0, result.stderr
    plan = one_json_object(result.stdout)
    assert set(plan) == SUMMARY_KEYS | MILP_KEYS and set(plan["costs"]) == COST_KEYS
    assert plan["mip_gap"] <= 1e-4 and plan["bound"] <= plan["objective"] * (1 + 1e-9)
    assert plan["status"] == "optimal"
    assert sum(plan["costs"].values()) == pytest.approx(plan["objective"], rel=1e-9)
    assert all(cost >= -1e-6 for cost in plan["costs"].values())
    assert 0 <= plan["service_level"] <= 1
    assert plan["unmet_units"] >= 0 and plan["co2_tonnes"] >= 0
    assert (plan["unmet_units"] == 0) == (plan["costs"]["unmet_penalty"] == 0)


def test_human_readable_solve_exits_0(tmp_path, capsys):
    assert main(["solve", str(write_valid(tmp_path / "book.xlsx"))]) == 0
    out = capsys.readouterr().out
    assert "optimal" in out and "304,000" in out


@pytest.mark.parametrize("workbook", ["example", "small"])
def test_cbc_and_highs_agree(workbook, tmp_path, capsys):
    target = "example" if workbook == "example" else write_valid(tmp_path / "book.xlsx")
    code_h, highs = json_plan(["solve", target, "--solver", "highs"], capsys)
    code_c, cbc = json_plan(["solve", target, "--solver", "cbc"], capsys)
    assert code_h == code_c == 0
    assert highs["status"] == cbc["status"] == "optimal"
    assert cbc["objective"] == pytest.approx(highs["objective"], rel=1e-6)
    if workbook == "small":
        assert highs["objective"] == pytest.approx(HAND_OPTIMUM, rel=1e-9)


def test_solve_with_report_keeps_stdout_one_json_object(tmp_path, capsys):
    report = tmp_path / "report.xlsx"
    result = run_main(capsys, "solve", write_valid(tmp_path / "book.xlsx"), "--json",
                      "--report", report)
    assert result.returncode == 0, result.stderr
    plan = one_json_object(result.stdout)
    book = openpyxl.load_workbook(report)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    objective = next(value for key, value in summary.items() if key.startswith("objective"))
    assert objective == pytest.approx(plan["objective"])
    assert {"Sites", "Demand", "Lanes"} <= set(book.sheetnames)


# --- exit codes 2, 3, 1 -----------------------------------------------------------------

def test_invalid_workbook_exits_2_and_writes_no_report(tmp_path, capsys):
    report = tmp_path / "report.xlsx"
    result = run_main(capsys, "solve", invalid_workbook(tmp_path / "book.xlsx"),
                      "--report", report)
    assert result.returncode == 2
    assert not report.exists()
    assert "Plants!D2: " in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_invalid_workbook_with_json_exits_2_and_prints_one_object(tmp_path, capsys):
    report = tmp_path / "report.xlsx"
    code, plan = json_plan(["solve", invalid_workbook(tmp_path / "book.xlsx"),
                            "--report", report], capsys)
    assert code == 2 and not report.exists()
    assert plan["status"] != "optimal"


def test_validate_exit_codes(tmp_path, capsys):
    assert main(["validate", str(write_valid(tmp_path / "good.xlsx"))]) == 0
    assert main(["validate", str(invalid_workbook(tmp_path / "bad.xlsx"))]) == 2
    out = capsys.readouterr().out
    assert "Plants!D2: " in out


def test_time_limit_without_optimum_exits_3(tmp_path, capsys):
    # HiGHS checks its time limit before the first iteration: 1e-9 s never proves
    # optimality of a 30-site, 870-lane LP.
    path = write_large(tmp_path / "large.xlsx")
    result = run_main(capsys, "solve", path, "--solver", "highs", "--time-limit", "1e-9",
                      "--json")
    assert result.returncode == 3, result.stdout + result.stderr
    plan = one_json_object(result.stdout)
    assert plan["status"] != "optimal"
    assert "Traceback" not in result.stderr


def test_the_large_network_is_solvable_with_time(tmp_path, capsys):
    # The exit-3 case is the time limit, not a broken network.
    path = write_large(tmp_path / "large.xlsx")
    code, plan = json_plan(["solve", path, "--solver", "highs"], capsys)
    assert code == 0 and plan["status"] == "optimal"


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_unwritable_report_path_exits_1_with_one_line(where, tmp_path, capsys):
    if where == "missing-folder":
        report = tmp_path / "no" / "such" / "report.xlsx"
    else:
        report = tmp_path / "folder.xlsx"
        report.mkdir()
    result = run_main(capsys, "solve", write_valid(tmp_path / "book.xlsx"), "--report", report)
    assert result.returncode == 1
    assert_one_line_error(result)


def test_debug_shows_the_traceback(tmp_path):
    report = tmp_path / "no" / "report.xlsx"
    result = run_cli("--debug", "solve", write_valid(tmp_path / "book.xlsx"),
                     "--report", report)
    assert result.returncode != 0
    assert "Traceback" in result.stderr


@pytest.mark.parametrize("argv", [
    ["solve", "example", "--solver", "gurobi"],
    ["solve", "example", "--time-limit", "0"],
    ["frobnicate"],
], ids=["unknown-solver", "zero-time-limit", "unknown-command"])
def test_command_line_mistakes_exit_1_not_2(argv, capsys):
    # docs/contract.md §5 keeps 2 for "the workbook is invalid"; everything else is 1.
    result = run_main(capsys, *argv)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr


@pytest.mark.parametrize("argv", [
    ["validate", "{tmp}/missing.xlsx"],
    ["solve", "{tmp}/missing.xlsx"],
    ["solve", "{tmp}"],
    ["solve", "{book}", "--report", "{tmp}/no/such/folder/report.pdf"],
    ["template", "{tmp}/no/such/folder/template.xlsx"],
    ["example", "{tmp}/no/such/folder/example.xlsx"],
], ids=["validate-missing", "solve-missing", "solve-folder", "pdf-report-nowhere",
        "template-nowhere", "example-nowhere"])
def test_no_traceback_without_debug(argv, tmp_path, capsys):
    book = write_valid(tmp_path / "book.xlsx")
    result = run_main(capsys, *(a.format(tmp=tmp_path, book=book) for a in argv))
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.strip() or result.stderr.strip(), "say what went wrong"


@pytest.mark.parametrize("command", ["solve", "scenarios"])
def test_a_report_into_a_missing_folder_is_refused_before_solving(command, tmp_path, capsys):
    book = write_valid(tmp_path / "book.xlsx")
    result = run_main(capsys, command, book, "--report", tmp_path / "nowhere" / "report.xlsx")
    assert result.returncode == 1
    assert result.stdout == ""  # no plan printed: nothing was solved
    assert_one_line_error(result)
    assert "nowhere" in result.stderr and "does not exist" in result.stderr


def test_template_and_example_into_a_missing_folder_exit_1(tmp_path, capsys):
    for command in ("template", "example"):
        result = run_main(capsys, command, tmp_path / "nowhere" / "out.xlsx")
        assert result.returncode == 1
        assert_one_line_error(result)


def test_the_installed_console_script_runs():
    script = Path(sys.executable).parent / "twinparks"
    assert script.exists()
    result = subprocess.run([str(script), "validate", "example"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# --- template and example ---------------------------------------------------------------

def schema_headers() -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    with open(ROOT / "models" / "schema.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            headers.setdefault(row["sheet"], []).append(row["column"])
    return headers


def test_template_has_every_schema_column_and_validates(tmp_path, capsys):
    out = tmp_path / "template.xlsx"
    assert main(["template", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    for sheet, columns in schema_headers().items():
        assert sheet in book.sheetnames
        header = [cell.value for cell in book[sheet][1]][:len(columns)]
        assert header == columns, sheet
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert "Traceback" not in capsys.readouterr().out


def test_template_settings_hold_schema_version_2(tmp_path):
    out = tmp_path / "template.xlsx"
    assert main(["template", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    rows = list(book["Settings"].iter_rows(min_row=2, values_only=True))
    assert ("schema_version", 2) in [tuple(row[:2]) for row in rows]
    assert {"Agreements", "OriginRules"} <= set(book.sheetnames)


def test_example_copies_the_bundled_dataset(tmp_path):
    out = tmp_path / "example.xlsx"
    assert main(["example", str(out)]) == 0
    assert out.read_bytes() == DATASET.read_bytes()


def test_solve_a_copy_of_the_example_equals_solving_example(tmp_path, capsys):
    out = tmp_path / "example.xlsx"
    assert main(["example", str(out)]) == 0
    capsys.readouterr()
    _, word = json_plan(["solve", "example"], capsys)
    _, copy = json_plan(["solve", out], capsys)
    assert math.isclose(word["objective"], copy["objective"], rel_tol=1e-9)
