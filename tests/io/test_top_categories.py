"""The top categories of a chart and one "Other (N)" row whose values add up."""

import pandas as pd
import pytest

from twinparks.top_categories import rest_count, top_and_other


def test_the_rest_is_summed_or_averaged_under_other():
    frame = pd.DataFrame({"site": [f"S{i}" for i in range(500)],
                          "tonnes": [float(i) for i in range(500, 0, -1)],
                          "share": [0.5] * 500})
    top = top_and_other(frame, "site", {"tonnes": "sum", "share": "mean"}, top=10)
    assert top["site"].tolist() == [f"S{i}" for i in range(10)] + ["Other (490)"]
    assert top["tonnes"].sum() == pytest.approx(frame["tonnes"].sum())
    assert top["share"].iloc[-1] == pytest.approx(0.5)
    assert rest_count(frame, 10) == 490


def test_one_row_more_than_the_top_is_not_folded():
    frame = pd.DataFrame({"site": ["a", "b", "c"], "tonnes": [3.0, 2.0, 1.0]})
    assert top_and_other(frame, "site", {"tonnes": "sum"}, top=2)["site"].tolist() == \
        ["a", "b", "c"]
    assert rest_count(frame, 2) == 0


def test_an_unknown_aggregation_is_refused():
    frame = pd.DataFrame({"site": list("abcdef"), "tonnes": range(6)})
    with pytest.raises(ValueError, match="unknown aggregation"):
        top_and_other(frame, "site", {"tonnes": "median"}, top=2)
