"""When a command may replace an existing file: never one it did not write, unless forced.

Reports, templates and example copies are written whole, so replacing a
file with one of them destroys what was there. They may replace a report
this tool wrote earlier (an .xlsx report carries ``REPORT_KEYWORD`` in its
document properties; a PDF report names the tool as its creator), or any
file when the planner forces it; never the workbook the report comes from.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Iterable
from pathlib import Path

from defusedxml import ElementTree

from twinparks.safe_write import WorkbookWriteError, real_target

REPORT_KEYWORD = "twinparks-report"
PDF_CREATOR = b"/Creator (\xfe\xff" + "Twin Parks planner".encode("utf-16-be")
PDF_INFO_BYTES = 16 * 1024
CORE_PART = "docProps/core.xml"
CORE_LIMIT = 1024 * 1024
KEYWORDS_TAG = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords"


class ReplaceRefused(WorkbookWriteError):
    """The target exists and is not ours to replace; ``forceable`` says if forcing helps."""

    def __init__(self, message: str, forceable: bool):
        super().__init__(message)
        self.forceable = forceable


def is_report(path: Path) -> bool:
    """Whether ``path`` is a report (.xlsx or .pdf) this tool wrote."""
    path = Path(path)
    if not path.is_file():
        return False
    if path.suffix.lower() == ".pdf":
        with open(path, "rb") as handle:
            return PDF_CREATOR in handle.read(PDF_INFO_BYTES)
    return _xlsx_keywords(path) == REPORT_KEYWORD


def _xlsx_keywords(path: Path) -> str | None:
    with contextlib.suppress(Exception):  # anything unreadable is not our report
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(CORE_PART)
            if info.file_size > CORE_LIMIT:
                return None
            root = ElementTree.fromstring(archive.read(info))
        element = root.find(KEYWORDS_TAG)
        return element.text if element is not None else None
    return None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (links and ``..`` resolved)."""
    with contextlib.suppress(OSError):
        if os.path.samefile(a, b):
            return True
    return real_target(Path(a)) == real_target(Path(b))


def check_replace(target: Path, *, force: bool = False, inputs: Iterable[Path] = (),
                  what: str = "report") -> None:
    """Raise :class:`ReplaceRefused` unless writing ``target`` destroys nothing unasked.

    Writing over one of ``inputs`` is always refused; an existing file that
    is not a report of ours only with ``force``.
    """
    target = Path(target)
    for source in inputs:
        if source is not None and same_file(target, Path(source)):
            raise ReplaceRefused(
                f"refusing to write the {what} over {target}: it is the workbook being "
                f"read; choose another file name", forceable=False)
    if force or not (target.exists() or target.is_symlink()):
        return
    if target.is_dir():
        raise ReplaceRefused(f"cannot write the {what} to {target}: it is a folder",
                             forceable=False)
    if not is_report(target):
        raise ReplaceRefused(
            f"{target} already exists and is not a report written by Twin Parks planner; "
            f"choose another file name, or replace it on purpose (--force)", forceable=True)
