"""A planner's workbook with everything Excel stores besides values, and checks for each.

Built with openpyxl on the small valid network of :mod:`tests.io.builders`:
defined names used by a formula, drop-downs, conditional formats, a
hyperlink, cell comments, merged cells, sheet protection, a hidden row, a
very-hidden sheet, number formats, fonts, fills, column widths, frozen
panes, an autofilter, tab colours, title and author, array formulas,
error values, text of spaces, and a formula with a saved result in a known
column. :data:`FEATURES` checks each one in a saved file.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.formula import ArrayFormula

from tests.io.builders import add_cached_value, valid_sheets

ARRAY_TEXT = "=C2:C3*2"
RED = "FFFF0000"


def planner_book(path: Path) -> Path:
    """Write the formatted planner workbook to ``path``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in valid_sheets().items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    _format_sites(book["Sites"])
    _format_plants(book["Plants"])
    demand = book["Demand"]
    demand["C2"] = "=400+100"                              # saved result 500 (patched below)
    demand.row_dimensions[3].hidden = True
    demand.sheet_properties.tabColor = "FF00AA00"
    _planner_sheets(book)
    book.properties.title = "Corridor plan 2027"
    book.properties.creator = "L. Wei"
    book.save(path)
    return add_cached_value(path, "Demand", "C2", "500")


def _format_sites(sites) -> None:
    for cell in sites[1]:
        cell.font = Font(bold=True, color="FF1F3B5C")
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
    sites.column_dimensions["B"].width = 31
    sites.freeze_panes = "A2"
    sites.auto_filter.ref = "A1:F4"
    sites["A1"].comment = Comment("Ids are used by every other sheet", "L. Wei")
    sites["B2"].hyperlink = "https://www.qip.gov.cn/"
    kinds = DataValidation(type="list", formula1='"park,port,market,supplier,hub"',
                           allow_blank=True)
    sites.add_data_validation(kinds)
    kinds.add("D2:D200")
    sites.sheet_properties.tabColor = "FF1F3B5C"


def _format_plants(plants) -> None:
    plants["D2"].number_format = "#,##0"
    plants.conditional_formatting.add(
        "D2:D50", CellIsRule(operator="greaterThan", formula=["900"], font=Font(color=RED)))
    plants.column_dimensions["A"].width = 18


def _planner_sheets(book) -> None:
    dashboard = book.create_sheet("Dashboard")
    dashboard["A1"] = "total capacity"
    dashboard["B1"] = "=SUM(Capacities)"
    dashboard["A2"] = "missing"
    dashboard["B2"] = "#N/A"
    dashboard["B2"].data_type = "e"
    dashboard["A3"] = "   "
    dashboard["C2"], dashboard["C3"] = 3, 4
    dashboard["D2"] = ArrayFormula("D2:D3", ARRAY_TEXT)
    dashboard.merge_cells("A5:C5")
    dashboard["A5"] = "prepared for the corridor steering group"
    dashboard.protection.sheet = True
    book.defined_names["Capacities"] = DefinedName("Capacities", attr_text="Plants!$D$2:$D$2")
    secret = book.create_sheet("Secret")
    secret["A1"] = "exchange-rate assumptions"
    secret.sheet_state = "veryHidden"


def _names(book):
    return {name: value.attr_text for name, value in book.defined_names.items()}


FEATURES = {
    "defined name": lambda b: _names(b).get("Capacities", "").startswith("Plants!$D$2:$D$"),
    "formula using the name": lambda b: b["Dashboard"]["B1"].value == "=SUM(Capacities)",
    "data validation": lambda b: any("D2:D" in str(v.sqref) and v.formula1
                                     for v in b["Sites"].data_validations.dataValidation),
    "conditional formatting": lambda b: any(
        "D2:D" in str(f.sqref) for f in b["Plants"].conditional_formatting),
    "hyperlink": lambda b: b["Sites"]["B2"].hyperlink is not None
    and b["Sites"]["B2"].hyperlink.target == "https://www.qip.gov.cn/",
    "comment": lambda b: b["Sites"]["A1"].comment is not None
    and "Ids" in b["Sites"]["A1"].comment.text,
    "merged cells": lambda b: "A5:C5" in {r.coord for r in b["Dashboard"].merged_cells.ranges},
    "sheet protection": lambda b: bool(b["Dashboard"].protection.sheet),
    "hidden row": lambda b: b["Demand"].row_dimensions[3].hidden,
    "very hidden sheet": lambda b: b["Secret"].sheet_state == "veryHidden",
    "number format": lambda b: b["Plants"]["D2"].number_format == "#,##0",
    "font": lambda b: b["Sites"]["A1"].font.b and b["Sites"]["A1"].font.color.rgb == "FF1F3B5C",
    "fill": lambda b: b["Sites"]["A1"].fill.fgColor.rgb == "FFDDEBF7",
    "column width": lambda b: b["Sites"].column_dimensions["B"].width == 31,
    "frozen panes": lambda b: b["Sites"].freeze_panes == "A2",
    "autofilter": lambda b: (b["Sites"].auto_filter.ref or "").startswith("A1:F"),
    "tab colour": lambda b: b["Sites"].sheet_properties.tabColor.rgb == "FF1F3B5C",
    "title": lambda b: b.properties.title == "Corridor plan 2027",
    "author": lambda b: b.properties.creator == "L. Wei",
    "array formula": lambda b: isinstance(b["Dashboard"]["D2"].value, ArrayFormula)
    and b["Dashboard"]["D2"].value.text == ARRAY_TEXT,
    "error value": lambda b: b["Dashboard"]["B2"].value == "#N/A"
    and b["Dashboard"]["B2"].data_type == "e",
    "text of spaces": lambda b: b["Dashboard"]["A3"].value == "   ",
    "known-column formula": lambda b: b["Demand"]["C2"].value == "=400+100",
}


def lost_features(path: Path) -> list[str]:
    """The features of :data:`FEATURES` the workbook at ``path`` no longer has."""
    book = openpyxl.load_workbook(path)
    return [name for name, present in FEATURES.items() if not present(book)]
