"""The scenarios and stress commands: output, JSON and exit codes."""

from __future__ import annotations

import json

import openpyxl
import pytest

from tests.models.test_scenarios import set_scenarios
from twinparks import cli, cli_scenarios
from twinparks.example import example_path
from twinparks.workbook import read_workbook, write_workbook


@pytest.fixture
def run(monkeypatch, capsys):
    """Run ``twinparks`` with the two commands registered as the lead will register them."""
    build = cli.build_parser

    def parser():
        built = build()
        subparsers = next(a for a in built._actions if a.dest == "command")
        if "stress" not in subparsers.choices:
            cli_scenarios.add_commands(subparsers)
        return built

    monkeypatch.setattr(cli, "build_parser", parser)
    monkeypatch.setitem(cli.COMMANDS, "scenarios", cli_scenarios.cmd_scenarios)
    monkeypatch.setitem(cli.COMMANDS, "stress", cli_scenarios.cmd_stress)

    def invoke(*argv):
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return invoke


def workbook_with(tmp_path, rows, name="scenarios.xlsx"):
    network = read_workbook(example_path()).network
    set_scenarios(network, rows)
    path = tmp_path / name
    write_workbook(network, path)
    return path


ROWS = [["no_direct", "Lanes", "KTN_QZ_DIRECT", "capacity_tonnes", 0, None],
        ["demand_up", "Demand", "*", "quantity", None, 1.2]]


def test_scenarios_json_is_a_list_of_summaries(tmp_path, run):
    code, out, _ = run("scenarios", str(workbook_with(tmp_path, ROWS)), "--json")
    assert code == 0
    summaries = json.loads(out)
    assert [s["scenario"] for s in summaries] == ["base", "no_direct", "demand_up"]
    for summary in summaries:
        assert {"status", "objective", "costs", "co2_tonnes", "service_level",
                "unmet_units"} <= set(summary)
        assert summary["status"] == "optimal"
    assert summaries[2]["objective"] > summaries[0]["objective"]


def test_scenarios_text_and_report(tmp_path, run):
    report = tmp_path / "out.xlsx"
    code, out, err = run("scenarios", str(workbook_with(tmp_path, ROWS)), "--report",
                         str(report))
    assert code == 0, err
    assert "no_direct" in out and "service level" in out and "biggest changes" in out
    assert "unmet demand (t)" in out and "units" not in out  # tonnes add up, units do not
    book = openpyxl.load_workbook(report)
    assert book.sheetnames == ["Comparison", "Changes"]
    assert book["Comparison"]["A4"].value == "demand_up"


def test_invalid_scenarios_exit_2_with_cell_references(tmp_path, run):
    path = workbook_with(tmp_path, ROWS + [["bad", "Plants", "NO_SUCH", "capacity", 1, None]])
    code, out, err = run("scenarios", str(path))
    assert code == 2
    assert "Scenarios!C4:" in err and out == ""
    code, _, err = run("stress", str(path), "--json")
    assert code == 2 and "Scenarios!C4:" in err


def test_stress_example_json_ranks_everything(run):
    code, out, _ = run("stress", "example", "--json")
    assert code == 0
    ranking = json.loads(out)
    network = read_workbook(example_path()).network
    sites = network.tables["Sites"]
    expected = (len(network.tables["Lanes"]) + len(network.tables["Plants"])
                + int(sites["kind"].isin(["port", "hub"]).sum())
                + len(network.tables["Chokepoints"]))  # each group closed as one case
    assert len(ranking) == expected
    assert set(ranking[0]) == {"kind", "id", "objective", "cost_increase", "service_level",
                               "unmet_tonnes", "unmet_value"}
    # docs/contract.md §9: by service level (lowest first), then by cost increase (largest first)
    for this, after in zip(ranking, ranking[1:], strict=False):
        assert this["service_level"] <= after["service_level"] + 1e-9
        if abs(this["service_level"] - after["service_level"]) <= 1e-9:
            assert this["cost_increase"] >= after["cost_increase"] - 1.0  # solver noise
    # losing Kuantan's rebar mill outranks every case that keeps a higher service level
    position = {row["id"]: rank for rank, row in enumerate(ranking)}
    rebar = next(row for row in ranking if row["id"] == "KT_REBAR")
    assert all(position["KT_REBAR"] < position[row["id"]] for row in ranking
               if row["service_level"] > rebar["service_level"] + 1e-9)


def test_stress_top_and_text(run):
    code, out, _ = run("stress", "example", "--top", "3")
    assert code == 0
    assert "single points of failure" in out and len(out.strip().splitlines()) == 5
    with pytest.raises(SystemExit) as stop:  # argparse: a usage mistake exits 1, not 2
        run("stress", "example", "--top", "0")
    assert stop.value.code == 1
