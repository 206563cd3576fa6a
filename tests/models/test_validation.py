"""One test (or parametrized case) per validation rule of docs/contract.md §3.

Every case starts from a small valid network, breaks one thing, and checks
the sheet, the Excel cell (``Problem.where``) and that the message names
what is wrong.  Row labels follow Excel: the first data row is row 2.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from twinparks.models.network import network_from_rows
from twinparks.models.problems import ERROR, WARNING, column_letter
from twinparks.models.validation import validate

VALID_ROWS: dict[str, list[dict]] = {
    "Sites": [  # rows 2, 3, 4 — columns id A, name B, country C, kind D, lat E, lon F
        {"id": "QZ", "name": "Qinzhou park", "country": "CN", "kind": "park",
         "lat": 21.68, "lon": 108.65},
        {"id": "KT", "name": "Kuantan park", "country": "MY", "kind": "park",
         "lat": 3.97, "lon": 103.43},
        {"id": "CQ", "name": "Chongqing", "country": "CN", "kind": "market",
         "lat": 29.56, "lon": 106.55},
    ],
    "Products": [  # id A, name B, unit C, tonnes_per_unit D, value_per_unit E, family F
        {"id": "ore", "name": "Iron ore", "unit": "t", "tonnes_per_unit": 1,
         "value_per_unit": 50, "family": "raw"},
        {"id": "steel", "name": "Steel coil", "unit": "t", "tonnes_per_unit": 1,
         "value_per_unit": 600, "family": "steel"},
    ],
    "Plants": [  # id A, site B, product C, capacity D, cost_per_unit E, co2_kg_per_unit F
        {"id": "QZ-steel", "site": "QZ", "product": "steel", "capacity": 1000,
         "cost_per_unit": 300, "co2_kg_per_unit": 1800},
        {"id": "KT-steel", "site": "KT", "product": "steel", "capacity": 500,
         "cost_per_unit": 280, "co2_kg_per_unit": 1900},
    ],
    "Recipes": [  # plant A, input B, qty_per_unit C
        {"plant": "QZ-steel", "input": "ore", "qty_per_unit": 1.6},
        {"plant": "KT-steel", "input": "ore", "qty_per_unit": 1.6},
    ],
    "Supply": [  # site A, product B, capacity C, cost_per_unit D
        {"site": "QZ", "product": "ore", "cost_per_unit": 60},
        {"site": "KT", "product": "ore", "capacity": 2000, "cost_per_unit": 55},
    ],
    "Lanes": [  # id A, origin B, destination C, mode D, cost_per_tonne E,
                # capacity_tonnes F, transit_days G, co2_kg_per_tonne H, products I
        {"id": "QZ-CQ", "origin": "QZ", "destination": "CQ", "mode": "sea-rail",
         "cost_per_tonne": 40, "capacity_tonnes": 800, "transit_days": 5,
         "co2_kg_per_tonne": 30, "products": "steel"},
        {"id": "KT-QZ", "origin": "KT", "destination": "QZ", "mode": "sea",
         "cost_per_tonne": 25, "transit_days": 3, "co2_kg_per_tonne": 10,
         "products": "steel, raw"},
        {"id": "QZ-KT", "origin": "QZ", "destination": "KT", "mode": "sea",
         "cost_per_tonne": 25, "transit_days": 3, "co2_kg_per_tonne": 10},
    ],
    "Demand": [  # site A, product B, quantity C, penalty_per_unit D
        {"site": "CQ", "product": "steel", "quantity": 900},
        {"site": "KT", "product": "steel", "quantity": 300, "penalty_per_unit": 5000},
    ],
    "Tariffs": [  # product A, origin_country B, destination_country C, rate D
        {"product": "steel", "origin_country": "MY", "destination_country": "CN",
         "rate": 0.05},
        {"product": "*", "origin_country": "*", "destination_country": "MY", "rate": 0.1},
    ],
    "Settings": [  # key A, value B — rows 2, 3, 4
        {"key": "schema_version", "value": 2},
        {"key": "currency", "value": "USD"},
        {"key": "carbon_price", "value": 50},
    ],
}


def rows() -> dict[str, list[dict]]:
    return copy.deepcopy(VALID_ROWS)


def problems_of(sheets: dict[str, list[dict]]):
    return validate(network_from_rows(sheets))


def at(problems, where: str):
    return [p for p in problems if p.where == where]


def the_problem(problems):
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def the_error_at(problems, where: str):
    found = at(problems, where)
    assert len(found) == 1, (where, [p.format() for p in problems])
    assert found[0].severity == ERROR
    return found[0]


# --- the baseline -----------------------------------------------------------------------

def test_the_valid_network_has_no_problems():
    assert problems_of(rows()) == []


def test_optional_sheets_may_be_missing():
    sheets = {name: rows()[name] for name in ("Sites", "Products", "Supply", "Demand")}
    assert problems_of(sheets) == []


def test_boundary_values_are_accepted():
    sheets = rows()
    sheets["Plants"][0]["capacity"] = 0           # >= 0 includes 0
    sheets["Tariffs"][0]["rate"] = 10             # 0 <= rate <= 10 includes 10
    sheets["Sites"][0]["lat"] = 90                # -90..90 includes both ends
    sheets["Sites"][1]["lat"] = -90
    sheets["Sites"][2]["lon"] = -180
    sheets["Demand"][0]["quantity"] = "900"       # numeric text is a number
    assert problems_of(sheets) == []


# --- sheets and columns -----------------------------------------------------------------

@pytest.mark.parametrize("sheet", ["Sites", "Products", "Demand"])
def test_missing_required_sheet_is_reported_on_that_sheet(sheet):
    sheets = rows()
    del sheets[sheet]
    problem = the_error_at(problems_of(sheets), sheet)
    assert problem.row is None and problem.col_index is None
    assert sheet in problem.message and "missing" in problem.message


def test_neither_plants_nor_supply_is_an_error():
    sheets = rows()
    for name in ("Plants", "Recipes", "Supply"):
        del sheets[name]
    problems = problems_of(sheets)
    assert len(problems) == 1, [p.format() for p in problems]
    assert problems[0].severity == ERROR
    assert "Plants" in problems[0].message and "Supply" in problems[0].message


@pytest.mark.parametrize("keep", ["Plants", "Supply"])
def test_either_plants_or_supply_is_enough(keep):
    sheets = rows()
    drop = {"Plants": ["Supply"], "Supply": ["Plants", "Recipes"]}[keep]
    for name in drop:
        del sheets[name]
    assert problems_of(sheets) == []


REQUIRED_COLUMNS = [
    ("Sites", "id"), ("Sites", "country"), ("Products", "id"), ("Plants", "id"),
    ("Plants", "site"), ("Plants", "product"), ("Plants", "capacity"), ("Recipes", "plant"),
    ("Recipes", "input"), ("Recipes", "qty_per_unit"), ("Supply", "site"),
    ("Supply", "product"), ("Lanes", "id"), ("Lanes", "origin"), ("Lanes", "destination"),
    ("Demand", "site"), ("Demand", "product"), ("Demand", "quantity"),
    ("Tariffs", "product"), ("Tariffs", "origin_country"),
    ("Tariffs", "destination_country"), ("Tariffs", "rate"), ("Settings", "key"),
]


@pytest.mark.parametrize(("sheet", "column"), REQUIRED_COLUMNS)
def test_missing_required_column_points_at_the_free_header_cell(sheet, column):
    network = network_from_rows(rows())
    network.tables[sheet] = network.tables[sheet].drop(columns=[column])
    # The header belongs in row 1; the first free header cell is where to add it.
    free = column_letter(len(network.tables[sheet].columns) + 1)
    problem = the_error_at(validate(network), f"{sheet}!{free}1")
    assert f"'{column}'" in problem.message and "missing" in problem.message


# --- cells ------------------------------------------------------------------------------

BLANK_REQUIRED = [
    ("Sites", 1, "country", "Sites!C3"), ("Products", 0, "id", "Products!A2"),
    ("Plants", 0, "site", "Plants!B2"), ("Plants", 1, "capacity", "Plants!D3"),
    ("Recipes", 0, "qty_per_unit", "Recipes!C2"), ("Recipes", 1, "input", "Recipes!B3"),
    ("Supply", 1, "product", "Supply!B3"), ("Lanes", 2, "id", "Lanes!A4"),
    ("Lanes", 0, "destination", "Lanes!C2"), ("Demand", 1, "quantity", "Demand!C3"),
    ("Demand", 0, "site", "Demand!A2"), ("Tariffs", 0, "rate", "Tariffs!D2"),
    ("Tariffs", 1, "origin_country", "Tariffs!B3"),
]


@pytest.mark.parametrize("blank", [None, "", "   "], ids=["none", "empty", "spaces"])
@pytest.mark.parametrize(("sheet", "index", "column", "where"), BLANK_REQUIRED)
def test_blank_required_cell(sheet, index, column, where, blank):
    sheets = rows()
    sheets[sheet][index][column] = blank
    problem = the_error_at(problems_of(sheets), where)
    assert problem.column == column
    assert column in problem.message and "required" in problem.message


def test_blank_optional_cells_take_defaults_without_problems():
    sheets = rows()
    for row in sheets["Lanes"]:
        for column in ("mode", "cost_per_tonne", "capacity_tonnes", "transit_days",
                       "co2_kg_per_tonne", "products"):
            row[column] = None
    sheets["Sites"][0]["kind"] = "  "
    assert problems_of(sheets) == []


TEXT_IN_NUMBER = [
    ("Plants", 0, "capacity", "lots", "Plants!D2"),
    ("Demand", 1, "quantity", "300 t", "Demand!C3"),
    ("Products", 1, "value_per_unit", "1,000", "Products!E3"),
    ("Lanes", 1, "cost_per_tonne", "n/a", "Lanes!E3"),
    ("Tariffs", 0, "rate", "5%", "Tariffs!D2"),
    ("Sites", 2, "lat", "north", "Sites!E4"),
    ("Recipes", 0, "qty_per_unit", True, "Recipes!C2"),
    ("Supply", 1, "capacity", dt.datetime(2024, 1, 1), "Supply!C3"),
    ("Demand", 0, "quantity", "inf", "Demand!C2"),
    ("Plants", 1, "cost_per_unit", "nan", "Plants!E3"),
]


@pytest.mark.parametrize(("sheet", "index", "column", "value", "where"), TEXT_IN_NUMBER)
def test_text_in_a_number_cell(sheet, index, column, value, where):
    sheets = rows()
    sheets[sheet][index][column] = value
    problem = the_problem(problems_of(sheets))
    assert problem.where == where and problem.severity == ERROR
    assert column in problem.message
    assert str(value) in problem.message and "number" in problem.message


NEGATIVE = [
    ("Plants", 0, "capacity", -1, "Plants!D2"),
    ("Plants", 1, "cost_per_unit", -0.5, "Plants!E3"),
    ("Plants", 0, "co2_kg_per_unit", -3, "Plants!F2"),
    ("Products", 0, "value_per_unit", -1, "Products!E2"),
    ("Products", 1, "tonnes_per_unit", -2, "Products!D3"),
    ("Supply", 1, "capacity", -10, "Supply!C3"),
    ("Supply", 0, "cost_per_unit", -1, "Supply!D2"),
    ("Lanes", 0, "cost_per_tonne", -1, "Lanes!E2"),
    ("Lanes", 0, "capacity_tonnes", -1, "Lanes!F2"),
    ("Lanes", 2, "transit_days", -1, "Lanes!G4"),
    ("Lanes", 1, "co2_kg_per_tonne", -7, "Lanes!H3"),
    ("Demand", 0, "quantity", -900, "Demand!C2"),
    ("Demand", 1, "penalty_per_unit", -1, "Demand!D3"),
    ("Tariffs", 0, "rate", -0.05, "Tariffs!D2"),
]


@pytest.mark.parametrize(("sheet", "index", "column", "value", "where"), NEGATIVE)
def test_negative_number(sheet, index, column, value, where):
    sheets = rows()
    sheets[sheet][index][column] = value
    problem = the_problem(problems_of(sheets))
    assert problem.where == where and problem.severity == ERROR
    assert column in problem.message and f"{value:g}" in problem.message


@pytest.mark.parametrize(("sheet", "column", "where"), [
    ("Recipes", "qty_per_unit", "Recipes!C2"), ("Products", "tonnes_per_unit", "Products!D2")])
def test_zero_where_the_value_must_be_positive(sheet, column, where):
    sheets = rows()
    sheets[sheet][0][column] = 0
    problem = the_problem(problems_of(sheets))
    assert problem.where == where
    assert column in problem.message and "> 0" in problem.message


@pytest.mark.parametrize("rate", [10.5, 100])
def test_tariff_rate_above_ten(rate):
    sheets = rows()
    sheets["Tariffs"][1]["rate"] = rate
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Tariffs!D3"
    assert "rate" in problem.message and f"{rate:g}" in problem.message
    assert "10" in problem.message.replace(f"{rate:g}", "")


@pytest.mark.parametrize(("index", "column", "value", "where"), [
    (0, "lat", 91, "Sites!E2"), (1, "lat", -90.5, "Sites!E3"),
    (2, "lon", 181, "Sites!F4"), (0, "lon", -200, "Sites!F2")])
def test_coordinates_out_of_range(index, column, value, where):
    sheets = rows()
    sheets["Sites"][index][column] = value
    problem = the_problem(problems_of(sheets))
    assert problem.where == where
    assert column in problem.message and f"{value:g}" in problem.message


# --- identifiers and references ---------------------------------------------------------

@pytest.mark.parametrize(("sheet", "where"), [
    ("Sites", "Sites!A5"), ("Products", "Products!A4"), ("Plants", "Plants!A4"),
    ("Lanes", "Lanes!A5")])
def test_duplicate_id(sheet, where):
    sheets = rows()
    first = sheets[sheet][0]
    sheets[sheet].append(dict(first))
    problem = the_problem(problems_of(sheets))
    assert problem.where == where and problem.severity == ERROR
    assert first["id"] in problem.message
    assert re.search(r"\brow 2\b", problem.message), "should name the first occurrence"


def test_duplicate_id_written_as_number_and_text():
    sheets = rows()
    sheets["Products"].append({"id": 101, "family": "raw"})
    sheets["Products"].append({"id": "101", "family": "raw"})
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Products!A5" and "101" in problem.message


def test_duplicate_ids_that_differ_only_in_spacing():
    """All-text key columns are compared once per distinct text: spacing still counts as same."""
    sheets = rows()
    sheets["Sites"].append(dict(sheets["Sites"][0], id=f" {sheets['Sites'][0]['id']}  "))
    sheets["Recipes"].append({"plant": " KT-steel", "input": "ore ", "qty_per_unit": 2})
    problems = problems_of(sheets)
    where = [p.where for p in problems]
    assert where == ["Sites!A5", "Recipes!A4"], [p.format() for p in problems]


def test_repeated_blank_ids_are_blanks_not_duplicates():
    sheets = rows()
    for _ in range(2):
        sheets["Products"].append({"id": "   ", "family": "raw"})
    problems = problems_of(sheets)
    assert problems and all("appears again" not in p.message for p in problems)
    assert {p.where for p in problems} >= {"Products!A4", "Products!A5"}


def test_duplicate_recipe_plant_and_input():
    sheets = rows()
    sheets["Recipes"].append({"plant": "KT-steel", "input": "ore", "qty_per_unit": 2})
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Recipes!A4"
    assert "KT-steel" in problem.message and "ore" in problem.message


def test_same_input_for_different_plants_is_not_a_duplicate():
    # Both plants already use ore; one plant using two inputs is fine too.
    sheets = rows()
    sheets["Recipes"].append({"plant": "QZ-steel", "input": "steel", "qty_per_unit": 0.1})
    assert problems_of(sheets) == []


def test_duplicate_settings_key():
    sheets = rows()
    sheets["Settings"].append({"key": "Currency", "value": "CNY"})
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Settings!A5" and "currency" in problem.message.lower()


UNKNOWN_REFERENCES = [
    ("Plants", 0, "site", "Nanning", "Plants!B2", "Sites"),
    ("Plants", 1, "product", "glass", "Plants!C3", "Products"),
    ("Recipes", 0, "plant", "BB-steel", "Recipes!A2", "Plants"),
    ("Recipes", 1, "input", "coal", "Recipes!B3", "Products"),
    ("Supply", 0, "site", "Nanning", "Supply!A2", "Sites"),
    ("Supply", 1, "product", "coal", "Supply!B3", "Products"),
    ("Lanes", 0, "origin", "Nanning", "Lanes!B2", "Sites"),
    ("Lanes", 1, "destination", "Nanning", "Lanes!C3", "Sites"),
    ("Demand", 0, "site", "Nanning", "Demand!A2", "Sites"),
    ("Demand", 1, "product", "coal", "Demand!B3", "Products"),
    ("Tariffs", 0, "product", "coal", "Tariffs!A2", "Products"),
    # a family is not a product id
    ("Demand", 0, "product", "raw", "Demand!B2", "Products"),
]


@pytest.mark.parametrize(("sheet", "index", "column", "value", "where", "target"),
                         UNKNOWN_REFERENCES)
def test_unknown_reference(sheet, index, column, value, where, target):
    sheets = rows()
    sheets[sheet][index][column] = value
    problem = the_problem(problems_of(sheets))
    assert problem.where == where and problem.severity == ERROR
    assert f"'{value}'" in problem.message and target in problem.message


def test_references_match_numeric_ids_written_as_numbers_or_text():
    sheets = rows()
    sheets["Sites"].append({"id": 101, "country": "MY"})
    sheets["Demand"].append({"site": "101", "product": "steel", "quantity": 1})
    sheets["Lanes"].append({"id": "QZ-101", "origin": "QZ", "destination": 101.0})
    assert problems_of(sheets) == []


def test_lane_from_a_site_to_itself():
    sheets = rows()
    sheets["Lanes"][1]["destination"] = "KT"
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Lanes!C3"
    assert "KT" in problem.message and "itself" in problem.message


@pytest.mark.parametrize(("sheet", "index", "column", "value", "where"), [
    ("Sites", 1, "country", "Malaysia", "Sites!C3"),
    ("Sites", 0, "country", "CHN", "Sites!C2"),
    ("Sites", 2, "country", "C1", "Sites!C4"),
    ("Tariffs", 0, "origin_country", "MAL", "Tariffs!B2"),
    ("Tariffs", 1, "destination_country", "M", "Tariffs!C3"),
])
def test_invalid_country_code(sheet, index, column, value, where):
    sheets = rows()
    sheets[sheet][index][column] = value
    problem = the_problem(problems_of(sheets))
    assert problem.where == where
    assert f"'{value}'" in problem.message and "ISO" in problem.message


def test_unknown_site_kind():
    sheets = rows()
    sheets["Sites"][2]["kind"] = "factory"
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Sites!D4"
    assert "factory" in problem.message and "park" in problem.message


@pytest.mark.parametrize(("spec", "unknown"), [
    ("steel, bananas", "bananas"), ("tyres", "tyres"), ("ore,,glass", "glass")])
def test_unknown_token_in_lane_products(spec, unknown):
    sheets = rows()
    sheets["Lanes"][1]["products"] = spec
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Lanes!I3"
    assert unknown in problem.message
    assert "steel" not in problem.message.split("'")[1], "known tokens are not blamed"


def test_lane_products_accept_ids_and_families():
    sheets = rows()
    sheets["Lanes"][2]["products"] = "ore, steel,raw"
    assert problems_of(sheets) == []


# --- tariffs ----------------------------------------------------------------------------

def tariffs(*keys):
    return [{"product": p, "origin_country": o, "destination_country": d, "rate": 0.1}
            for p, o, d in keys]


@pytest.mark.parametrize("keys", [
    (("steel", "*", "CN"), ("*", "MY", "CN")),       # both match steel MY→CN
    (("*", "CN", "*"), ("*", "*", "MY")),            # both match anything CN→MY
    (("steel", "*", "*"), ("*", "CN", "*")),         # both match steel CN→anywhere
    (("steel", "CN", "MY"), ("steel", "cn", "my")),  # the same row twice
    (("*", "*", "*"), ("*", "*", "*")),
], ids=["product-vs-origin", "origin-vs-destination", "product-vs-origin-2", "repeat",
        "all-wildcards"])
def test_equally_specific_overlapping_tariffs_are_ambiguous(keys):
    sheets = rows()
    sheets["Tariffs"] = tariffs(*keys)
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Tariffs!A3" and problem.severity == ERROR
    assert re.search(r"\brow 2\b", problem.message), "should name the competing row"
    assert "specific" in problem.message


@pytest.mark.parametrize("keys", [
    (("steel", "CN", "*"), ("steel", "*", "*")),      # different specificity
    (("steel", "CN", "MY"), ("*", "CN", "MY")),       # different specificity
    (("steel", "CN", "*"), ("steel", "*", "CN")),     # overlap only CN→CN: no tariff there
    (("*", "CN", "*"), ("*", "*", "CN")),             # overlap only CN→CN
    (("steel", "CN", "MY"), ("ore", "CN", "MY")),     # different products
    (("steel", "CN", "MY"), ("steel", "MY", "CN")),   # opposite directions
    (("steel", "CN", "*"), ("*", "MY", "*")),         # different specificity
], ids=["specificity-1-2", "specificity-0-1", "domestic-only", "domestic-only-2",
        "products", "directions", "specificity-1-2b"])
def test_tariffs_that_never_compete_are_not_ambiguous(keys):
    sheets = rows()
    sheets["Tariffs"] = tariffs(*keys)
    assert problems_of(sheets) == []


# --- settings ---------------------------------------------------------------------------

def set_setting(sheets, key, value) -> int:
    """Change a key's value (or add the key); return its Excel row."""
    for row, entry in enumerate(sheets["Settings"], start=2):
        if entry["key"] == key:
            entry["value"] = value
            return row
    sheets["Settings"].append({"key": key, "value": value})
    return len(sheets["Settings"]) + 1


@pytest.mark.parametrize(("key", "value", "fragment"), [
    ("unmet_penalty", "a lot", "a lot"),
    ("time_limit_s", 0, "time_limit_s"),
    ("time_limit_s", "soon", "soon"),
    ("carbon_price", -5, "carbon_price"),
    ("mip_gap", 1.5, "mip_gap"),  # a relative gap above 100 % accepts any plan
    ("mip_gap", -0.01, "mip_gap"),
])
def test_settings_bad_number(key, value, fragment):
    sheets = rows()
    row = set_setting(sheets, key, value)
    problem = the_problem(problems_of(sheets))
    assert problem.where == f"Settings!B{row}" and problem.severity == ERROR
    assert fragment in problem.message and "number" in problem.message


def test_settings_unknown_solver():
    sheets = rows()
    sheets["Settings"].append({"key": "solver", "value": "gurobi"})
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Settings!B5"
    assert "gurobi" in problem.message
    assert "highs" in problem.message and "cbc" in problem.message


@pytest.mark.parametrize("version", [3, "3", 0, "one"])
def test_settings_schema_version_other_than_1_or_2(version):
    sheets = rows()
    sheets["Settings"][0]["value"] = version
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Settings!B2" and problem.severity == ERROR
    assert "schema_version" in problem.message and str(version) in problem.message
    assert "version 1 or 2 workbooks" in problem.message


def test_settings_unknown_key_is_only_a_warning():
    sheets = rows()
    sheets["Settings"].append({"key": "colour", "value": "blue"})
    problem = the_problem(problems_of(sheets))
    assert problem.where == "Settings!A5"
    assert problem.severity == WARNING
    assert "colour" in problem.message
    assert problem.format("book.xlsx").startswith("Settings!A5: warning")


# --- the whole list ---------------------------------------------------------------------

def test_every_problem_is_reported_at_once():
    sheets = rows()
    sheets["Sites"][0]["country"] = "China"           # Sites!C2
    sheets["Products"][1]["tonnes_per_unit"] = 0      # Products!D3
    sheets["Plants"][1]["capacity"] = "big"           # Plants!D3
    sheets["Lanes"][2]["destination"] = "QZ"          # Lanes!C4 (to itself)
    sheets["Demand"][0]["site"] = "Nanning"           # Demand!A2
    sheets["Demand"][1]["quantity"] = -1              # Demand!C3
    sheets["Tariffs"].append({"product": "*", "origin_country": "*",
                              "destination_country": "MY", "rate": 11})  # Tariffs!A4, D4
    sheets["Settings"].append({"key": "solver", "value": "glpk"})          # Settings!B5
    problems = problems_of(sheets)
    assert all(p.severity == ERROR for p in problems)
    assert sorted(p.where for p in problems) == sorted([
        "Sites!C2", "Products!D3", "Plants!D3", "Lanes!C4", "Demand!A2", "Demand!C3",
        "Tariffs!A4", "Tariffs!D4", "Settings!B5"])


def test_problem_formats_as_sheet_cell_colon_message():
    sheets = rows()
    sheets["Plants"][0]["capacity"] = -1
    line = the_problem(problems_of(sheets)).format("book.xlsx")
    assert re.fullmatch(r"Plants!D2: .*capacity.*", line)


def test_validation_does_not_change_the_network():
    network = network_from_rows(rows())
    network.tables["Demand"].loc[2, "quantity"] = "lots"
    before = network.copy()
    validate(network)
    assert network.equals(before)


def test_a_memo_carried_over_to_an_edited_copy_gives_the_problems_of_a_fresh_check():
    """Copy-on-write: the copy shares every table but the one edited (a bad capacity)."""
    from twinparks.models.synthetic import synthetic_network
    from twinparks.models.typed import TableMemo

    network = synthetic_network(2_000, 0)
    memo = TableMemo()
    assert validate(network, memo) == validate(network)
    edited = copy.copy(network)
    edited.tables = dict(network.tables)
    edited.tables["Plants"] = plants = network.tables["Plants"].copy()
    plants.iat[0, list(plants.columns).index("capacity")] = "lots"
    carried = memo.carry_over(edited)
    assert id(network.tables["Plants"]) not in carried._checked  # the old table is dropped
    assert id(network.tables["Lanes"]) in carried._checked  # the shared one is kept
    found = validate(edited, carried)
    assert found == validate(edited)
    assert any(p.sheet == "Plants" and p.column == "capacity" for p in found)
