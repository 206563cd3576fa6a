"""Save a network back into the planner's own workbook, changing only what changed.

A document remembers where it came from (:class:`Origin`): the bytes of
the file as it was read and the network read from them. Saving loads those
bytes again with openpyxl, applies the difference between that network and
the edited one (changed cells, added and removed rows, added columns and
sheets, see :mod:`twinparks.workbook_changes`) and writes the result
atomically. Everything else the file holds — styles, names, validation,
conditional formats, comments, formulas, other sheets — is carried over as
openpyxl keeps it; what openpyxl cannot keep is named and refused unless
the planner forces the save.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from twinparks.cached_results import CachedResults, restore
from twinparks.lossy_parts import VBA, lossy_parts
from twinparks.models.network import Network
from twinparks.overwrite import ReplaceRefused
from twinparks.safe_write import write_atomically
from twinparks.workbook import ReadResult, build_book, read_bytes
from twinparks.workbook_changes import apply_changes

MACRO_SUFFIXES = (".xlsm", ".xltm")


class SaveRefused(ReplaceRefused):
    """The save would lose something or overwrite changes made elsewhere; forcing helps."""

    def __init__(self, message: str):
        super().__init__(message, forceable=True)


@dataclass
class Origin:
    """What a document was read from: the file's bytes and the network they gave.

    ``path`` is None for a new document; ``blank`` then builds the workbook
    its network was read from (the template), so a first save keeps its
    formatting too.
    """

    path: Path | None
    network: Network
    data: bytes | None = None
    blank: Callable[[], openpyxl.Workbook] | None = None

    def book(self, keep_vba: bool) -> openpyxl.Workbook:
        """A fresh openpyxl workbook of the original file (never the one saved before)."""
        if self.data is not None:
            return openpyxl.load_workbook(io.BytesIO(self.data), keep_vba=keep_vba)
        if self.blank is not None:
            return self.blank()
        return build_book(self.network)

    def results(self, book: openpyxl.Workbook) -> CachedResults | None:
        """The saved formula results of ``book`` (loaded from this origin), if it has formulas."""
        if self.data is None or not any(cell.data_type == "f" for sheet in book.worksheets
                                        for cell in sheet._cells.values()):
            return None
        return CachedResults(book, openpyxl.load_workbook(io.BytesIO(self.data),
                                                          data_only=True))

    @property
    def has_macros(self) -> bool:
        """Whether the original file holds a VBA project."""
        if self.data is None:
            return False
        with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
            return VBA in archive.namelist()


def open_workbook(path: str | os.PathLike) -> tuple[ReadResult, Origin | None]:
    """Read ``path``; also its :class:`Origin` when it gave a network."""
    path = Path(path)
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        data = None
    result = read_bytes(path, data)
    if result.network is None or data is None:
        return result, None
    return result, Origin(path, result.network.copy(), data)


def new_origin(book_factory: Callable[[], openpyxl.Workbook], network: Network) -> Origin:
    """The origin of a new document read from ``book_factory()`` (e.g. the template)."""
    return Origin(None, network.copy(), blank=book_factory)


def save_network(network: Network, origin: Origin | None, target: str | os.PathLike,
                 force: bool = False) -> Origin:
    """Write ``network`` to ``target`` on top of ``origin``; the new origin after the save.

    Raises :class:`SaveRefused` (unless ``force``) when the save would lose
    parts openpyxl cannot keep, or when ``target`` is the original file and
    another program changed it since; :class:`WorkbookWriteError` when the
    file cannot be written. On any failure the target is unchanged.
    """
    target = Path(target)
    origin = origin or Origin(None, Network())
    keep_vba = origin.has_macros and target.suffix.lower() in MACRO_SUFFIXES
    if not force:
        _check_lost(origin, target, keep_vba)
        _check_unchanged_on_disk(origin, target)
    book = origin.book(keep_vba)
    if not keep_vba:
        book.vba_archive = None
    results = origin.results(book)
    apply_changes(book, origin.network, network)
    if book.calculation is not None:
        book.calculation.fullCalcOnLoad = True  # Excel refreshes what depends on edited cells
    buffer = io.BytesIO()
    book.save(buffer)
    data = restore(buffer.getvalue(), results.unchanged()) if results else buffer.getvalue()
    write_atomically(target, lambda temporary: temporary.write_bytes(data))
    return Origin(target, network.copy(), data)


def _check_lost(origin: Origin, target: Path, keep_vba: bool) -> None:
    if origin.data is None:
        return
    lost = lossy_parts(io.BytesIO(origin.data), keeps_macros=keep_vba)
    if not lost:
        return
    name = origin.path.name if origin.path else "the workbook"
    what = "; ".join(lost)
    if origin.path is not None and _same(origin.path, target):
        raise SaveRefused(
            f"saving {target} would lose what this tool cannot keep: {what}. Use Save As to "
            f"write a copy under another name (the original keeps them), or save anyway")
    raise SaveRefused(f"{target} will not have what this tool cannot copy from {name}: "
                      f"{what} ({name} itself keeps them). Save anyway?")


def _check_unchanged_on_disk(origin: Origin, target: Path) -> None:
    if origin.path is None or origin.data is None or not _same(origin.path, target):
        return
    try:
        now = hashlib.sha256(target.read_bytes()).digest()
    except OSError:
        return  # gone or unreadable: nothing of anyone's to overwrite
    if now != hashlib.sha256(origin.data).digest():
        raise SaveRefused(
            f"{target} was changed by another program since it was opened here; saving would "
            f"overwrite those changes. Use Save As to keep both, or save anyway")


def _same(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)
