"""The risk command: the distribution as text and JSON, same seed same numbers, exit codes."""

from __future__ import annotations

import json

import openpyxl

from tests.models.test_risk import EXAMPLE_RISKS
from twinparks import cli
from twinparks.example import example_path
from twinparks.models.network import make_table
from twinparks.workbook import read_workbook, write_workbook


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def risky_workbook(tmp_path, rows=EXAMPLE_RISKS, name="risky.xlsx"):
    network = read_workbook(example_path()).network
    network.tables["Risks"] = make_table("Risks", rows)
    network.sheet_order.append("Risks")
    path = tmp_path / name
    write_workbook(network, path)
    return path


def test_same_seed_same_json_on_one_and_two_workers(tmp_path, capsys):
    book = risky_workbook(tmp_path)
    code, one, _ = run(capsys, "risk", str(book), "--samples", "60", "--seed", "4",
                       "--workers", "1", "--json")
    assert code == 0
    code, two, _ = run(capsys, "risk", str(book), "--samples", "60", "--seed", "4",
                       "--workers", "2", "--json")
    assert code == 0 and one == two
    figures = json.loads(one)
    assert figures["samples"] == figures["solved"] == 60
    assert figures["p5"] <= figures["p50"] <= figures["p95"] <= figures["cvar_95"]
    assert set(figures["service_below"]) == {"0.99", "0.95", "0.9"}
    assert figures["convergence"][-1]["samples"] == 60
    assert {row["risk"] for row in figures["cofailures"]} == {"direct", "hedland", "port"}


def test_text_output_and_report(tmp_path, capsys):
    book, report = risky_workbook(tmp_path), tmp_path / "risk.xlsx"
    code, out, err = run(capsys, "risk", str(book), "--samples", "20", "--report",
                         str(report))
    assert code == 0, err
    assert "20 sampled futures" in out and "CVaR 95 %" in out and "P(service < 95%)" in out
    sheets = openpyxl.load_workbook(report, read_only=True).sheetnames
    assert sheets == ["Summary", "Co-failures", "Convergence", "Samples"]


def test_a_bad_risks_row_is_exit_2_with_its_cell(tmp_path, capsys):
    book = risky_workbook(tmp_path, [{"id": "x", "factor": "lane", "target": "NOWHERE",
                                      "probability": 0.1}])
    code, out, err = run(capsys, "risk", str(book), "--json")
    assert code == 2
    assert "Risks!C2" in err and json.loads(out)["status"] == "invalid"


def test_a_workbook_without_risks_is_refused_with_a_message(capsys):
    code, _, err = run(capsys, "risk", "example", "--samples", "5")
    assert code == 2 and "no Risks rows" in err
