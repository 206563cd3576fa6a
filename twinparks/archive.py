"""Check an .xlsx archive before any XML parser sees it.

openpyxl (with or without defusedxml) runs out of memory on a zip bomb, so
sizes, ratios and part counts are checked from the zip directory first, and
XML parts that declare a DTD (entity bombs) are refused by name. All of it
reads only the central directory and a few kilobytes per part.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from defusedxml import ElementTree

from twinparks.models.problems import QT_TRANSLATE_NOOP, Problem, Text, problem_text

MiB = 1024 * 1024
MAX_PART = 100 * MiB
MAX_TOTAL = 200 * MiB
MAX_FILE = MAX_TOTAL
MAX_RATIO = 100
RATIO_FLOOR = 1 * MiB
MAX_PARTS = 10_000
MAX_SHEETS = 1_000
PROLOG_LIMIT = 1 * MiB
CHUNK = 1 * MiB
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError)


def check_archive(path: Path) -> list[Problem]:
    """File-level problems that make the workbook unsafe or unreadable ([] if none)."""
    if path.is_dir():
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "{path} is a folder, not a workbook file; give the path of an .xlsx "
            "file"), path=f"{path}"))]
    if not path.is_file():
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP("validation", "no such file: {path}"),
                                        path=f"{path}"))]
    if not zipfile.is_zipfile(path):
        return [Problem.of(_not_xlsx(path))]
    if path.stat().st_size > MAX_FILE:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the file is {size} MiB (limit {limit} MiB); it is not a planning "
            "workbook"), size=f"{path.stat().st_size / MiB:.0f}", limit=MAX_FILE // MiB))]
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_parts(archive) or _check_contents(archive)
    except ZIP_ERRORS as error:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the file is a damaged zip archive ({error}); it is not a readable "
            ".xlsx workbook"), error=f"{error}"))]


def _not_xlsx(path: Path) -> Text:
    with open(path, "rb") as handle:
        head = handle.read(512)
    if head.startswith(OLE_MAGIC) and _is_encrypted_package(path):
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "the workbook is protected with a password (encrypted), so it cannot "
            "be read; in Excel remove the password (File > Info > Protect Workbook > Encrypt "
            "with Password) and save it again"))
    if head.startswith(OLE_MAGIC):
        kind = QT_TRANSLATE_NOOP("validation", "an Excel 97-2003 .xls file (or another OLE "
                                 "document)")
    elif not head:
        kind = QT_TRANSLATE_NOOP("validation", "empty")
    elif b"\x00" not in head:
        kind = QT_TRANSLATE_NOOP("validation", "plain text (perhaps CSV renamed to .xlsx)")
    else:
        kind = QT_TRANSLATE_NOOP("validation", "not a zip archive")
    return problem_text(QT_TRANSLATE_NOOP(
        "validation", "the file is {kind}, not an Excel .xlsx workbook; open it in Excel and "
        "save it as 'Excel Workbook (*.xlsx)'"), kind=problem_text(kind))


def _check_parts(archive: zipfile.ZipFile) -> list[Problem]:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the archive has {parts} parts (more than {limit}); it is not a "
            "planning workbook"), parts=len(infos), limit=MAX_PARTS))]
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the file is a zip archive but not an .xlsx workbook "
            "(xl/workbook.xml is missing)")))]
    sheet_of = _sheet_names(archive)
    problems = [_size_problem(info, sheet_of.get(info.filename)) for info in infos]
    problems = [p for p in problems if p is not None]
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL:
        problems.append(Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the workbook would inflate to {size} MiB (limit {limit} MiB); "
            "refusing to open it"), size=f"{total / MiB:.0f}", limit=MAX_TOTAL // MiB)))
    return problems


def _dtd_problems(archive: zipfile.ZipFile, sheet_of: dict[str, str]) -> list[Problem]:
    return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
                "validation", "{where} declares a DTD or entities (a possible 'billion "
                "laughs' entity bomb); Excel never writes these, so the file was refused"),
                where=_where(name, sheet_of)), sheet=sheet_of.get(name))
            for name in sorted(archive.namelist()) if name.endswith((".xml", ".rels"))
            and _has_dtd(archive, name)]


def _size_problem(info: zipfile.ZipInfo, sheet: str | None) -> Problem | None:
    where = _where(info.filename, {info.filename: sheet} if sheet else {})
    if info.file_size > MAX_PART:
        return Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "{where} would inflate to {size} MiB (limit {limit} MiB); refusing "
            "to open a possible zip bomb"), where=where, size=f"{info.file_size / MiB:.0f}",
            limit=MAX_PART // MiB), sheet=sheet)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
        return Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "{where} is compressed {ratio}:1 (limit {limit}:1); refusing to "
            "open a possible zip bomb"), where=where, ratio=f"{ratio:.0f}", limit=MAX_RATIO),
            sheet=sheet)
    return None


def _where(part: str, sheet_of: dict[str, str | None]) -> Text:
    if sheet_of.get(part):
        return problem_text(QT_TRANSLATE_NOOP("validation", "the sheet's XML part {part}"),
                            part=part)
    return problem_text(QT_TRANSLATE_NOOP("validation", "the part {part}"), part=part)


def _has_dtd(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether the part's prolog (before the root element) declares a DTD or entities.

    Comments and processing instructions may make the prolog long, so it is
    scanned up to ``PROLOG_LIMIT``; a prolog longer than that is refused too.
    """
    with archive.open(name) as stream:
        head = stream.read(PROLOG_LIMIT)
    position = 0
    while True:
        position = _skip_space(head, position)
        if head.startswith(b"<?", position):
            end = head.find(b"?>", position)
        elif head.startswith(b"<!--", position):
            end = head.find(b"-->", position)
        elif head.startswith(b"<!", position):
            return True  # <!DOCTYPE or <!ENTITY
        else:
            return False  # the root element (or not XML at all: the parser will say)
        if end < 0:
            return len(head) >= PROLOG_LIMIT
        position = end + 2


def _skip_space(data: bytes, position: int) -> int:
    while position < len(data) and data[position] in b" \t\r\n\xef\xbb\xbf":
        position += 1
    return position


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Archive part name → sheet name, from the workbook and its relationships."""
    try:
        if _has_dtd(archive, "xl/workbook.xml") or _has_dtd(archive,
                                                           "xl/_rels/workbook.xml.rels"):
            return {}
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - any failure only loses the sheet names in messages
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.findall("p:Relationship", NS)}
    names = {}
    for sheet in book.iterfind("m:sheets/m:sheet", NS):
        target = targets.get(sheet.get(f"{{{NS['r']}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl", target))
        names[part] = sheet.get("name", "")
    return names


def _is_encrypted_package(path: Path) -> bool:
    """An OLE file holding an ``EncryptedPackage`` stream: Excel's password encryption."""
    with open(path, "rb") as handle:
        tail = b""
        while chunk := handle.read(CHUNK):
            if ENCRYPTED_PACKAGE in tail + chunk:
                return True
            tail = chunk[-len(ENCRYPTED_PACKAGE):]
    return False


def _check_contents(archive: zipfile.ZipFile) -> list[Problem]:
    """Encrypted or damaged parts, entity bombs, Strict Open XML, too many sheets."""
    sheet_of = _sheet_names(archive)
    for info in archive.infolist():
        problem = _part_problem(archive, info, sheet_of.get(info.filename))
        if problem is not None:
            return [problem]
    dtd = _dtd_problems(archive, sheet_of)
    if dtd:
        return dtd
    with archive.open("xl/workbook.xml") as stream:
        head = stream.read(PROLOG_LIMIT)
    if STRICT_NAMESPACE in head:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the workbook is saved as 'Strict Open XML Spreadsheet', which this "
            "tool does not read; in Excel save it as 'Excel Workbook (*.xlsx)'")))]
    sheets = len(re.findall(rb"<(?:\w+:)?sheet\b", archive.read("xl/workbook.xml")))
    if sheets > MAX_SHEETS:
        return [Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "the workbook has {sheets} sheets (more than {limit}); it is not a "
            "planning workbook"), sheets=sheets, limit=MAX_SHEETS))]
    return []


def _part_problem(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                  sheet: str | None) -> Problem | None:
    """Inflate the whole part once: damaged data, bad CRC or encryption show up here."""
    where = _where(info.filename, {info.filename: sheet} if sheet else {})
    if info.flag_bits & 0x1:
        return Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "{where} is encrypted inside the zip archive; Excel never writes "
            "such files, so it cannot be read"), where=where), sheet=sheet)
    try:
        with archive.open(info) as stream:
            while stream.read(CHUNK):
                pass
    except ZIP_ERRORS as error:
        return Problem.of(problem_text(QT_TRANSLATE_NOOP(
            "validation", "{where} is damaged ({error}); the file is not a readable .xlsx "
            "workbook (restore it from a backup, or open and repair it in Excel)"),
            where=where, error=str(error).splitlines()[0] if str(error) else
            type(error).__name__), sheet=sheet)
    return None
