"""What of a planner's workbook openpyxl cannot carry through a save, named precisely.

openpyxl keeps values, styles, names, validation, conditional formats,
hyperlinks, comments (a VML part: not a drawing), merged cells, protection,
sheet states and document properties, and with ``keep_vba`` the macros of an
``.xlsm``. It does not keep charts, images, shapes, pivot tables, slicers,
form controls or threaded comments faithfully: those are named per sheet so
the planner knows exactly what a save would lose.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from defusedxml import ElementTree

from twinparks.archive import NS, _sheet_names

REL_LIMIT = 1024 * 1024
SHAPE = re.compile(rb"<(?:\w+:)?sp[ >]")
WHOLE_BOOK = {"xl/slicers/": "slicers", "xl/slicerCaches/": "slicers",
              "xl/timelines/": "timelines", "xl/ctrlProps/": "form controls",
              "xl/threadedComments/": "threaded comments (the notes stay)",
              "xl/embeddings/": "embedded objects"}
VBA = "xl/vbaProject.bin"


def lossy_parts(source: Path | str | BinaryIO, keeps_macros: bool = False) -> list[str]:
    """What a save of ``source`` through openpyxl would lose, e.g. "2 charts on sheet 'Plan'"."""
    if isinstance(source, str | os.PathLike) and not Path(source).is_file():
        return []
    if not zipfile.is_zipfile(source):
        return []
    try:
        with zipfile.ZipFile(source) as archive:
            return _lost(archive, keeps_macros)
    except Exception:  # noqa: BLE001 - a damaged archive was refused when it was read
        return []


def _lost(archive: zipfile.ZipFile, keeps_macros: bool) -> list[str]:
    names = set(archive.namelist())
    lost = []
    for part, sheet in _sheet_names(archive).items():
        if part.startswith("xl/chartsheets/"):
            lost.append(f"the chart sheet '{sheet}'")
            continue
        found = Counter()
        for kind, target in _relations(archive, part):
            if kind == "drawing":
                found += _drawing_contents(archive, target)
            elif kind == "pivotTable":
                found["pivot table"] += 1
            elif kind == "image":
                found["background picture"] += 1
        lost += [f"{_count(n, what)} on sheet '{sheet}'" for what, n in sorted(found.items())]
    lost += sorted({label for prefix, label in WHOLE_BOOK.items()
                    if any(name.startswith(prefix) for name in names)})
    if VBA in names and not keeps_macros:
        lost.append("macros (VBA; they need an .xlsm file)")
    return lost


def _count(n: int, what: str) -> str:
    plural = "shapes or text boxes" if what == "shape or text box" else f"{what}s"
    return f"1 {what}" if n == 1 else f"{n} {plural}"


def _relations(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """(relationship type's last word, target part) of ``part``."""
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rels = f"{folder}/_rels/{name}.rels"
    with contextlib.suppress(KeyError, ElementTree.ParseError, ValueError):
        info = archive.getinfo(rels)
        if info.file_size > REL_LIMIT:
            return []
        root = ElementTree.fromstring(archive.read(info))
        found = []
        for rel in root.findall("p:Relationship", NS):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else \
                _normal(PurePosixPath(folder, target))
            found.append((rel.get("Type", "").rsplit("/", 1)[-1], resolved))
        return found
    return []


def _normal(path: PurePosixPath) -> str:
    parts: list[str] = []
    for piece in path.parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _drawing_contents(archive: zipfile.ZipFile, drawing: str) -> Counter:
    found = Counter()
    for kind, _ in _relations(archive, drawing):
        if kind == "chart":
            found["chart"] += 1
        elif kind == "image":
            found["image"] += 1
    with contextlib.suppress(KeyError):
        shapes = len(SHAPE.findall(archive.read(drawing)))
        if shapes:
            found["shape or text box"] += shapes
    return found
