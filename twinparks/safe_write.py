"""Write a file so that the planner's copy is never half-written or silently changed.

The new content goes to a temporary file next to the target (same folder,
hence same file system, so the final rename is atomic), which then replaces
the target. A symlink is followed: its target file is replaced and the link
stays. The replaced file keeps its permission bits (a new one gets the
umask's default, not the temporary file's 0600). The temporary file is
removed on every failure; one left behind by a crash (a killed process) is
recognised by its name and removed by the next save of the same file.
Messages name the planner's file, never the temporary one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import time
import uuid
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
TEMP_TAG = "twinparks-save"
STALE_AFTER_S = 3600  # a temporary file this old belongs to no running save


class WorkbookWriteError(Exception):
    """Writing was refused or failed; the message says why and what to do."""


def real_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: symlinks followed (even dangling)."""
    return Path(os.path.realpath(path))


def temporary_name(target: Path) -> Path:
    """``.<name>.twinparks-save-<pid>-<random>.tmp`` next to ``target``."""
    return target.with_name(f".{target.name}.{TEMP_TAG}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
                            f".tmp")


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary)``, then move the temporary file over ``path``.

    Raises :class:`WorkbookWriteError` naming ``path`` when the folder is
    missing or not writable, the disk is full, or ``write`` fails with an
    ``OSError``; any other exception of ``write`` propagates. In every case
    the temporary file is gone and ``path`` is as it was.
    """
    path = Path(path)
    target = real_target(path)
    _check_folder(path, target)
    remove_stale_temporaries(target)
    temporary = temporary_name(target)
    try:
        write(temporary)
        _copy_mode(target, temporary)
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except OSError as error:
        raise WorkbookWriteError(_message(path, error)) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def check_target(path: Path) -> None:
    """Raise :class:`WorkbookWriteError` now if ``path`` could not be written.

    No folder, or a folder in its place: a command refuses before its work, not after.
    """
    _check_folder(Path(path), real_target(Path(path)))


def _check_folder(path: Path, target: Path) -> None:
    if target.is_dir():
        raise WorkbookWriteError(f"could not write {path}: it is a folder, not a file")
    if target.exists() and not target.is_file():  # a device, pipe or socket: never replace it
        raise WorkbookWriteError(f"could not write {path}: it is not a regular file")
    if not target.parent.is_dir():
        raise WorkbookWriteError(f"could not write {path}: the folder {target.parent} does "
                                 f"not exist (was it moved, renamed or disconnected?)")


def _message(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    return f"could not write {path}: {reason}"


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove temporary files of earlier saves of ``target`` that no process is writing."""
    removed = []
    for candidate in target.parent.glob(f".{_glob_escape(target.name)}.{TEMP_TAG}-*.tmp"):
        if _is_stale(candidate):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
                log.info("removed %s left by an interrupted save", candidate)
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _is_stale(candidate: Path) -> bool:
    try:
        pid = int(candidate.name.rsplit(f"{TEMP_TAG}-", 1)[1].split("-", 1)[0])
        age = time.time() - candidate.stat().st_mtime
    except (ValueError, IndexError, OSError):
        return False
    return age > STALE_AFTER_S or not _running(pid)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process writes one save of a file at a time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def default_mode() -> int:
    """The mode a new file gets from the umask (0o666 minus the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _copy_mode(target: Path, temporary: Path) -> None:
    try:
        info = target.stat()
    except FileNotFoundError:
        os.chmod(temporary, default_mode())
        return
    os.chmod(temporary, stat.S_IMODE(info.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root may give a file away; keep the group
            os.chown(temporary, -1, info.st_gid)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
