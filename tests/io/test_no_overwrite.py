"""No command writes over a file it did not write, unless told to (--force)."""

from __future__ import annotations

import pytest

from tests.io.builders import write_valid
from twinparks.cli import main
from twinparks.overwrite import ReplaceRefused, check_replace, is_report


def cli(argv, capsys) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def workbook(tmp_path):
    return write_valid(tmp_path / "plan.xlsx")


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_report_refuses_a_file_it_did_not_write(workbook, tmp_path, capsys, suffix):
    other = tmp_path / f"minutes{suffix}"
    other.write_bytes(b"the steering group's minutes")
    code, output = cli(["solve", workbook, "--report", other], capsys)
    assert code == 1
    assert str(other) in output and "--force" in output and "Traceback" not in output
    assert other.read_bytes() == b"the steering group's minutes"


def test_report_may_replace_its_own_report(workbook, tmp_path, capsys):
    report = tmp_path / "report.xlsx"
    assert cli(["solve", workbook, "--report", report], capsys)[0] == 0
    assert is_report(report)
    first = report.stat().st_ino
    assert cli(["solve", workbook, "--report", report], capsys)[0] == 0
    assert report.stat().st_ino != first, "written again (a new file replaced the old)"


def test_force_replaces_any_file(workbook, tmp_path, capsys):
    other = tmp_path / "old.xlsx"
    other.write_text("not ours")
    assert cli(["solve", workbook, "--report", other, "--force"], capsys)[0] == 0
    assert is_report(other)


@pytest.mark.parametrize("extra", [[], ["--force"]])
def test_report_onto_the_input_is_always_refused(workbook, tmp_path, capsys, extra):
    before = workbook.read_bytes()
    link = tmp_path / "same.xlsx"
    link.symlink_to(workbook)
    for target in (workbook, link):
        code, output = cli(["solve", workbook, "--report", target, *extra], capsys)
        assert code == 1 and "workbook being read" in output
    assert workbook.read_bytes() == before


def test_scenarios_report_follows_the_same_rule(workbook, tmp_path, capsys):
    other = tmp_path / "notes.xlsx"
    other.write_text("mine")
    code, output = cli(["scenarios", workbook, "--report", other], capsys)
    assert code == 1 and other.read_text() == "mine"
    code, output = cli(["scenarios", workbook, "--report", workbook, "--force"], capsys)
    assert code == 1 and "workbook being read" in output


@pytest.mark.parametrize("command", ["example", "template"])
def test_example_and_template_refuse_an_existing_file(command, tmp_path, capsys):
    target = tmp_path / "out.xlsx"
    target.write_text("a planner's file")
    code, output = cli([command, target], capsys)
    assert code == 1 and "already exists" in output and "--force" in output
    assert target.read_text() == "a planner's file"
    assert cli([command, target, "--force"], capsys)[0] == 0
    assert target.read_bytes().startswith(b"PK")


@pytest.mark.parametrize("command", ["example", "template"])
def test_example_and_template_write_a_new_file(command, tmp_path, capsys):
    target = tmp_path / "new.xlsx"
    assert cli([command, target], capsys)[0] == 0
    assert target.read_bytes().startswith(b"PK")


def test_a_planner_workbook_is_not_a_report(workbook, tmp_path):
    assert not is_report(workbook)
    with pytest.raises(ReplaceRefused) as refused:
        check_replace(workbook)
    assert refused.value.forceable
