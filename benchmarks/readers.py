"""Time the workbook readers on synthetic workbooks: openpyxl, python-calamine, fastexcel, ours.

    python benchmarks/readers.py [--sizes 1e5,1e6] [--seed 0] [--workbooks A.xlsx,B.xlsx]

Writes the synthetic network of each size (``twinparks.models.synthetic``)
through our writer (or reads the ``--workbooks`` given), then times, each
in a fresh process, wall and CPU seconds:

* ``openpyxl load``: ``openpyxl.load_workbook`` alone;
* ``openpyxl reader``: the reader before the fast one (openpyxl load, the
  same cells into the network), still used for the files the fast reader
  leaves to openpyxl;
* ``calamine values``: python-calamine, every sheet's values as Python lists;
* ``fastexcel arrow``: fastexcel (calamine too), every sheet as an Arrow
  table (needs pyarrow; skipped when it is missing);
* ``read_workbook``: ours: archive checks, the sheet scan, calamine, typing
  and the tables, with the CPU seconds of each part (``calamine and the
  rest``: calamine's parse, inflating the sheets for the scan, the rest).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.abspath(__file__)
KINDS = ("openpyxl load", "openpyxl reader", "calamine values", "fastexcel arrow",
         "read_workbook")


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = clocks()
    return wall - start[0], cpu - start[1]


def child(kind: str, path: str) -> dict:
    """One reader on one workbook, in this process."""
    with open(path, "rb") as file:
        data = file.read()
    start, parts = clocks(), {}
    if kind == "openpyxl load":
        import openpyxl

        start = clocks()
        openpyxl.load_workbook(io.BytesIO(data))
    elif kind == "openpyxl reader":
        import openpyxl

        from twinparks.workbook import read_book

        start = clocks()
        read_book(openpyxl.load_workbook(io.BytesIO(data)), path)
    elif kind == "calamine values":
        import python_calamine

        start = clocks()
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
    elif kind == "fastexcel arrow":
        try:
            import fastexcel
            import pyarrow  # noqa: F401 - fastexcel's eager loading needs it
        except ImportError:
            return {"skipped": "fastexcel or pyarrow not installed"}
        start = clocks()
        reader = fastexcel.read_excel(data)
        for name in reader.sheet_names:
            reader.load_sheet(name, header_row=None, eager=True)
    else:
        return _ours(path)
    wall, cpu = since(start)
    return {"wall": wall, "cpu": cpu, "parts": parts}


def _ours(path: str) -> dict:
    """read_workbook, with the CPU seconds of its parts (imports not counted)."""
    from twinparks import fast_read, sheet_tables
    from twinparks.workbook import read_workbook

    spent: dict[str, float] = {}

    def timed(name, function):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return run

    fast_read.scan_sheet = timed("scan", fast_read.scan_sheet)
    fast_read.typed = timed("typing", fast_read.typed)
    sheet_tables.read_table = timed("tables", sheet_tables.read_table)
    import twinparks.workbook as workbook

    workbook.check_archive = timed("archive", workbook.check_archive)
    start = clocks()
    result = read_workbook(path)
    wall, cpu = since(start)
    assert result.network is not None, result.problems
    spent["calamine and the rest"] = cpu - sum(spent.values())
    return {"wall": wall, "cpu": cpu, "parts": spent}


def run_child(kind: str, path: str) -> dict:
    out = subprocess.run([sys.executable, HERE, "--child", kind, "--workbook", path],
                         capture_output=True, text=True, check=False)
    if out.returncode:
        return {"error": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout)


def write(size: int, seed: int, folder: str) -> str:
    path = os.path.join(folder, f"synthetic-{size:.0e}.xlsx")
    code = ("from twinparks.models.synthetic import synthetic_network;"
            "from twinparks.workbook import write_workbook;"
            f"write_workbook(synthetic_network({size}, {seed}), {path!r})")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=folder)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e5,1e6")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workbooks", default="", help="comma-separated: read these instead")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workbook", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.workbook)))
        return
    with tempfile.TemporaryDirectory(prefix="twinparks-readers-") as folder:
        paths = [p for p in args.workbooks.split(",") if p] or \
            [write(int(float(s)), args.seed, folder) for s in args.sizes.split(",") if s]
        print(f"{'workbook':<28} {'reader':<16} {'wall s':>7} {'cpu s':>7}  parts (cpu s)")
        for path in paths:
            for kind in KINDS:
                done = run_child(kind, path)
                if "wall" not in done:
                    print(f"{os.path.basename(path):<28} {kind:<16} {done}")
                    continue
                parts = " ".join(f"{k} {v:.2f}" for k, v in done["parts"].items())
                print(f"{os.path.basename(path):<28} {kind:<16} {done['wall']:>7.2f} "
                      f"{done['cpu']:>7.2f}  {parts}", flush=True)


if __name__ == "__main__":
    main()
