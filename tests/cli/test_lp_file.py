"""``twinparks solve WORKBOOK --lp OUT.lp|OUT.mps``: the named LP, re-solved by HiGHS."""

from __future__ import annotations

import json

import highspy
import pytest

from tests.models.test_origin import RVC_TYRES
from twinparks.cli import main
from twinparks.models.network import network_from_rows
from twinparks.workbook import write_workbook


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "tyres.xlsx"
    write_workbook(network_from_rows(RVC_TYRES, {"unmet_penalty": 10_000}), path)
    return path


def resolve_file(path):
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    assert highs.readModel(str(path)) == highspy.HighsStatus.kOk
    highs.run()
    assert highs.getModelStatus() == highspy.HighsModelStatus.kOptimal
    lp = highs.getLp()
    return highs.getInfo().objective_function_value, list(lp.col_names_), list(lp.row_names_)


@pytest.mark.parametrize("suffix", [".lp", ".mps"])
def test_written_lp_resolves_to_the_same_objective(workbook, tmp_path, capsys, suffix):
    """The tyre network of tests/models/test_origin.py: optimum 220 by hand."""
    out = tmp_path / f"model{suffix}"
    assert main(["solve", str(workbook), "--json", "--lp", str(out)]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["objective"] == pytest.approx(220, rel=1e-9)
    objective, columns, rows = resolve_file(out)
    assert objective == pytest.approx(plan["objective"], rel=1e-9)
    assert "ship(K_C,tyre,MY,RCEP)" in columns and "make(KT)" in columns
    assert "rvc(KT,RCEP)" in rows and "cap(KT)" in rows
    assert len(set(columns)) == len(columns) and len(set(rows)) == len(rows)


def test_example_lp_resolves_to_the_same_objective(tmp_path, capsys):
    out = tmp_path / "example.lp"
    assert main(["solve", "example", "--json", "--lp", str(out)]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert resolve_file(out)[0] == pytest.approx(plan["objective"], rel=1e-9)


def test_lp_suffix_is_checked_before_solving(workbook, tmp_path, capsys):
    assert main(["solve", str(workbook), "--lp", str(tmp_path / "model.txt")]) == 1
    assert ".lp or .mps" in capsys.readouterr().err
    assert not (tmp_path / "model.txt").exists()


def test_invalid_workbook_writes_no_lp(tmp_path, capsys):
    sheets = {**RVC_TYRES, "OriginRules": [{"agreement": "RCEP", "product": "tyres",
                                            "rvc": 2}]}
    path = tmp_path / "bad.xlsx"
    write_workbook(network_from_rows(sheets, {}), path)
    out = tmp_path / "model.lp"
    assert main(["solve", str(path), "--lp", str(out)]) == 2
    assert "OriginRules!C2" in capsys.readouterr().err
    assert not out.exists()
