"""The risk command: the distribution as text and JSON, same seed same numbers, exit codes."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time

import openpyxl
import pytest

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
    if rows is None:
        del network.tables["Risks"]
        network.sheet_order.remove("Risks")
    else:
        network.tables["Risks"] = make_table("Risks", rows)
    path = tmp_path / name
    write_workbook(network, path)
    return path


def test_text_output_and_report(tmp_path, capsys):
    book, report = risky_workbook(tmp_path), tmp_path / "risk.xlsx"
    code, out, err = run(capsys, "risk", str(book), "--samples", "20", "--report",
                         str(report))
    assert code == 0, err
    assert "20 sampled futures" in out and "CVaR 95 %" in out and "P(service < 95%)" in out
    sheets = openpyxl.load_workbook(report, read_only=True).sheetnames
    assert sheets == ["Summary", "Co-failures", "Co-failure pairs", "Convergence", "Samples"]
    rows = list(openpyxl.load_workbook(report, read_only=True)["Co-failure pairs"].values)
    assert rows[0][:2] == ("risk_a", "risk_b") and len(rows) > 1
    assert "closures that most often happen together" in out


def test_a_bad_risks_row_is_exit_2_with_its_cell(tmp_path, capsys):
    book = risky_workbook(tmp_path, [{"id": "x", "factor": "lane", "target": "NOWHERE",
                                      "probability": 0.1}])
    code, out, err = run(capsys, "risk", str(book), "--json")
    assert code == 2
    assert "Risks!C2" in err and json.loads(out)["status"] == "invalid"


def test_a_workbook_without_risks_is_refused_with_a_message(tmp_path, capsys):
    code, _, err = run(capsys, "risk", str(risky_workbook(tmp_path, rows=None)), "--samples",
                       "5")
    assert code == 2 and "no Risks rows" in err


def test_the_bundled_dataset_has_risks_and_the_same_json_on_one_and_two_workers(capsys):
    argv = ["risk", "example", "--samples", "60", "--seed", "3", "--json"]
    code, one, err = run(capsys, *argv, "--workers", "1")
    assert code == 0, err
    code, two, _ = run(capsys, *argv, "--workers", "2")
    assert code == 0 and one == two
    figures = json.loads(one)
    assert figures["samples"] == figures["solved"] == 60
    assert figures["p5"] <= figures["p50"] <= figures["p95"] <= figures["cvar_95"]
    assert set(figures["service_below"]) == {"0.99", "0.95", "0.9"}
    assert figures["convergence"][-1]["samples"] == 60
    risks = {row["risk"] for row in figures["cofailures"]}
    assert risks >= {"typhoon_direct", "kuantan_port"}
    pairs = figures["cofailure_pairs"]
    assert pairs and all({row["risk_a"], row["risk_b"]} <= risks for row in pairs)
    assert all(row["probability"] == row["together"] / 60 for row in pairs)
    assert [row["together"] for row in pairs] == sorted((row["together"] for row in pairs),
                                                        reverse=True)


def test_a_scheduler_with_two_worker_processes_gives_the_numbers_of_local_workers(
        tmp_path, capsys):
    pytest.importorskip("distributed")
    book = risky_workbook(tmp_path)
    argv = ["risk", str(book), "--samples", "40", "--seed", "9", "--json"]
    code, local, _ = run(capsys, *argv, "--workers", "1")
    assert code == 0
    # (a LocalCluster of worker processes, "--scheduler local", is compared with this in
    # tests/models/test_risk.py: the same call of risk_on_dask)
    with dask_cluster(tmp_path) as address:
        code, remote, err = run(capsys, *argv, "--scheduler", address)
    assert code == 0, err
    assert remote == local


def test_an_unreachable_scheduler_is_one_line_exit_1(tmp_path, capsys):
    pytest.importorskip("distributed")
    import dask

    book = risky_workbook(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):  # default: 30 s
        code, _, err = run(capsys, "risk", str(book), "--samples", "5", "--scheduler",
                           "tcp://127.0.0.1:9")
    assert code == 1 and "cannot reach the Dask scheduler" in err
    assert "Traceback" not in err


@contextlib.contextmanager
def dask_cluster(tmp_path):
    """``dask scheduler`` and two ``dask worker`` processes on this machine."""
    info = tmp_path / "scheduler.json"
    base = [sys.executable, "-m"]
    started = [subprocess.Popen(base + ["distributed.cli.dask_scheduler", "--port", "0",
                                        "--no-dashboard", "--scheduler-file", str(info)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        started += [subprocess.Popen(base + ["distributed.cli.dask_worker", address,
                                             "--nthreads", "1", "--no-dashboard"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    for _ in range(2)]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=30)
