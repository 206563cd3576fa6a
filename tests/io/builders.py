"""Build workbooks for tests: valid ones with openpyxl, hostile ones by editing the zip.

A workbook is described as ``{sheet title: [header row, data row, ...]}``;
row ``n`` of the list is Excel row ``n + 1``.
"""

from __future__ import annotations

import copy
import re
import resource
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

MiB = 1024 * 1024

# Small enough to solve by hand (see HAND_OPTIMUM).
VALID_SHEETS: dict[str, list[list[object]]] = {
    "Sites": [["id", "name", "country", "kind", "lat", "lon"],
              ["QZ", "Qinzhou park", "CN", "park", 21.68, 108.65],
              ["KT", "Kuantan park", "MY", "park", 3.97, 103.43],
              ["CQ", "Chongqing", "CN", "market", 29.56, 106.55]],
    "Products": [["id", "name", "unit", "tonnes_per_unit", "value_per_unit", "family"],
                 ["ore", "Iron ore", "t", 1, 50, "raw"],
                 ["steel", "Steel coil", "t", 1, 600, "steel"]],
    "Plants": [["id", "site", "product", "capacity", "cost_per_unit", "co2_kg_per_unit"],
               ["QZ-steel", "QZ", "steel", 1000, 300, 0]],
    "Recipes": [["plant", "input", "qty_per_unit"],
                ["QZ-steel", "ore", 1.5]],
    "Supply": [["site", "product", "capacity", "cost_per_unit"],
               ["QZ", "ore", None, 60]],
    "Lanes": [["id", "origin", "destination", "mode", "cost_per_tonne", "capacity_tonnes",
               "transit_days", "co2_kg_per_tonne", "products"],
              ["QZ-CQ", "QZ", "CQ", "rail", 40, None, 4, 0, "steel"],
              ["QZ-KT", "QZ", "KT", "sea", 25, None, 3, 0, None]],
    "Demand": [["site", "product", "quantity", "penalty_per_unit"],
               ["CQ", "steel", 500, None],
               ["KT", "steel", 200, None]],
    "Tariffs": [["product", "origin_country", "destination_country", "rate"],
                ["steel", "CN", "MY", 0.05]],
    "Settings": [["key", "value"],
                 ["schema_version", 2]],
}

# Every unit of steel is made at QZ for 300 + 1.5 t ore × 60 = 390.
# CQ: 500 × (390 + 40 rail); KT: 200 × (390 + 25 sea + 5 % of 600 tariff).
HAND_COSTS = {"supply": 700 * 1.5 * 60, "production": 700 * 300.0,
              "transport": 500 * 40 + 200 * 25.0, "tariff": 200 * 0.05 * 600,
              "carbon": 0.0, "unmet_penalty": 0.0, "investment": 0.0}
HAND_OPTIMUM = sum(HAND_COSTS.values())  # 304,000


def valid_sheets() -> dict[str, list[list[object]]]:
    """A fresh copy of the small valid workbook."""
    return copy.deepcopy(VALID_SHEETS)


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], *,
               hidden: Iterable[str] = (), merged: dict[str, list[str]] | None = None,
               formulas_as_text: bool = True) -> Path:
    """Write ``sheets`` with openpyxl.

    Text starting with ``=`` is stored as text when ``formulas_as_text``;
    otherwise openpyxl turns it into a formula (without a cached value).
    """
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if formulas_as_text and isinstance(value, str):
                    cell.data_type = "s"
    for title in hidden:
        book[title].sheet_state = "hidden"
    for title, ranges in (merged or {}).items():
        for cells in ranges:
            book[title].merge_cells(cells)
    book.save(path)
    return path


def write_valid(path: Path, **changes: list[list[object]]) -> Path:
    """The valid workbook with some sheets replaced (``Sites=[...]``)."""
    sheets = valid_sheets()
    sheets.update(changes)
    return write_xlsx(path, sheets)


def sheet_part(path: Path, title: str) -> str:
    """The zip part name of a sheet (openpyxl numbers parts in sheet order)."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        position = book.sheetnames.index(title)
    finally:
        book.close()
    return f"xl/worksheets/sheet{position + 1}.xml"


def replace_part(path: Path, part: str,
                 content: bytes | Callable[[bytes], bytes] | Iterable[bytes],
                 target: Path | None = None) -> Path:
    """Copy the archive with one part replaced (bytes, a function of the old bytes,
    or an iterable of chunks streamed into the new archive)."""
    target = target or path
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    if part not in parts:
        raise KeyError(part)
    if callable(content):
        content = content(parts[part])
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            if name != part:
                out.writestr(name, data)
                continue
            if isinstance(content, bytes):
                out.writestr(name, content)
            else:
                with out.open(name, "w") as stream:
                    for chunk in content:
                        stream.write(chunk)
    return target


def zip_bomb_chunks(inflated_mib: int) -> Iterable[bytes]:
    """A worksheet part that is almost all whitespace: tiny deflated, huge inflated."""
    yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
           b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    spaces = b" " * MiB
    for _ in range(inflated_mib):
        yield spaces
    yield b"</sheetData></worksheet>"


def billion_laughs(prefix: bytes = b"") -> bytes:
    """A worksheet part whose DOCTYPE declares the classic entity bomb."""
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (b'<?xml version="1.0" encoding="UTF-8"?>' + prefix
            + b"<!DOCTYPE worksheet [" + "".join(entities).encode() + b"]>"
            + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
            b"</sheetData></worksheet>")


def add_cached_value(path: Path, title: str, cell: str, value: str) -> Path:
    """Give an openpyxl-written formula cell the result Excel would have saved."""
    def patch(xml: bytes) -> bytes:
        pattern = re.compile(rb'(<c r="' + cell.encode() + rb'"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>')
        patched, count = pattern.subn(rb"\1<v>" + value.encode() + rb"</v>", xml)
        assert count == 1, "the formula cell was not found"
        return patched

    return replace_part(path, sheet_part(path, title), patch)


def run_cli(*args: str, timeout: float = 120, cwd: Path | None = None
            ) -> subprocess.CompletedProcess:
    """Run ``python -m twinparks ARGS`` for real, capturing text output.

    The result's ``cpu_seconds`` is the CPU time the command used (user and
    system): a bound on it catches a file that makes the tool work far too hard,
    as a bound on the wall time would, without failing on a busy machine. The
    timeout only stops a hang.
    """
    before = _children_cpu()
    result = subprocess.run([sys.executable, "-m", "twinparks", *map(str, args)],
                            capture_output=True, text=True, timeout=timeout, cwd=cwd)
    result.cpu_seconds = _children_cpu() - before
    return result


def run_main(capsys, *args: str) -> subprocess.CompletedProcess:
    """``twinparks.cli.main(ARGS)`` in this process, with its output as :func:`run_cli` gives it.

    For what a command does (exit codes, output, files written). What only a
    real process shows (the installed console script, a traceback with
    ``--debug``, CPU and memory bounds, a file that could end the process)
    is tested through :func:`run_cli`; a child costs about a second of CPU to
    start, and the suite runs many commands.
    """
    from twinparks.cli import main

    argv = [str(a) for a in args]
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's way out, as the process would exit
        code = stop.code if isinstance(stop.code, int) else 1
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(argv, code, captured.out, captured.err)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CELL_LINE = re.compile(r"^[A-Za-z][\w ]*![A-Z]{1,3}\d+: \S", re.MULTILINE)
# A problem of a whole sheet has no cell (Problem.where is the sheet alone).
SHEET_LINE = re.compile(r"^(Sites|Products|Plants|Recipes|Supply|Lanes|Demand|Tariffs|"
                        r"Settings): \S", re.MULTILINE)


def file_line(name: str) -> re.Pattern:
    """A problem line about the file as a whole: ``book.xlsx: message``."""
    return re.compile(rf"^{re.escape(name)}: \S", re.MULTILINE)


def assert_problem_output(output: str, filename: str) -> None:
    """No traceback, and at least one ``Sheet!C7: ...``, ``Sheet: ...`` or ``FILE: ...`` line."""
    assert "Traceback" not in output, output
    assert (CELL_LINE.search(output) or SHEET_LINE.search(output)
            or file_line(filename).search(output)), output


def write_large(path: Path, n_sites: int = 30) -> Path:
    """A valid network with every lane between ``n_sites`` sites (n·(n−1) lanes)."""
    ids = [f"S{i:02d}" for i in range(n_sites)]
    sheets = {
        "Sites": [["id", "country"]] + [[s, "CN" if i % 2 else "MY"] for i, s in enumerate(ids)],
        "Products": [["id", "value_per_unit"], ["steel", 100]],
        "Supply": [["site", "product", "capacity", "cost_per_unit"]]
        + [[s, "steel", 100 + i, 10 + (i * 7) % 13] for i, s in enumerate(ids) if i % 3 == 0],
        "Lanes": [["id", "origin", "destination", "cost_per_tonne", "capacity_tonnes"]]
        + [[f"{a}-{b}", a, b, 1 + (i * 31 + j * 17) % 23, 30 + (i + j) % 7]
           for i, a in enumerate(ids) for j, b in enumerate(ids) if a != b],
        "Demand": [["site", "product", "quantity"]]
        + [[s, "steel", 50 + i % 5] for i, s in enumerate(ids) if i % 3 == 1],
        "Settings": [["key", "value"], ["schema_version", 2]],
    }
    return write_xlsx(path, sheets)
