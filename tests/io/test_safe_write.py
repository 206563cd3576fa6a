"""Atomic writes: file mode, symlinks, failures, crashes, other file systems."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.io.builders import write_valid
from twinparks.models.commands import SetCells
from twinparks.safe_write import (
    TEMP_TAG,
    WorkbookWriteError,
    check_target,
    default_mode,
    write_atomically,
)
from twinparks.workbook import read_workbook
from twinparks.workbook_save import open_workbook, save_network


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if TEMP_TAG in p.name)


def write_text(text: str):
    return lambda temporary: temporary.write_text(text)


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = tmp_path / "shared.xlsx"
    path.write_text("old")
    os.chmod(path, 0o664)
    write_atomically(path, write_text("new"))
    assert path.read_text() == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_a_new_file_gets_the_umask_default_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.xlsx", write_text("x"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.xlsx").stat().st_mode) == 0o644
    assert default_mode() == 0o666 & ~old


def test_a_symlink_is_followed_and_stays_a_symlink(tmp_path):
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "plan.xlsx"
    real.write_text("old")
    link = tmp_path / "plan.xlsx"
    link.symlink_to(real)
    chain = tmp_path / "latest.xlsx"
    chain.symlink_to(link)
    write_atomically(chain, write_text("new"))
    assert chain.is_symlink() and link.is_symlink()
    assert real.read_text() == "new"
    assert temporaries(tmp_path) == [] and temporaries(tmp_path / "data") == []


def test_a_missing_folder_names_the_planners_file(tmp_path):
    path = tmp_path / "gone" / "plan.xlsx"
    with pytest.raises(WorkbookWriteError) as failed:
        write_atomically(path, write_text("x"))
    assert str(path) in str(failed.value) and "does not exist" in str(failed.value)
    assert TEMP_TAG not in str(failed.value)


def test_a_failing_write_leaves_the_file_and_no_temporary(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_text("original")

    def disk_full(temporary: Path) -> None:
        temporary.write_text("half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temporary))

    with pytest.raises(WorkbookWriteError) as failed:
        write_atomically(path, disk_full)
    assert str(path) in str(failed.value) and "No space" in str(failed.value)
    assert TEMP_TAG not in str(failed.value)
    assert path.read_text() == "original"
    assert temporaries(tmp_path) == []


def test_any_other_failure_propagates_and_removes_the_temporary(tmp_path):
    path = tmp_path / "plan.xlsx"

    def broken(temporary: Path) -> None:
        temporary.write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, broken)
    assert not path.exists() and temporaries(tmp_path) == []


def test_writing_onto_a_folder_is_refused_by_name(tmp_path):
    with pytest.raises(WorkbookWriteError, match="folder"):
        write_atomically(tmp_path, write_text("x"))


SLOW_SAVE = """
import sys, time
from pathlib import Path
from twinparks.safe_write import write_atomically

def slow(temporary):
    with open(temporary, "wb") as handle:
        handle.write(b"x" * 4_000_000)
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)

write_atomically(Path(sys.argv[1]), slow)
"""


def test_kill_during_a_save_keeps_the_original_and_the_next_save_cleans_up(tmp_path):
    path = write_valid(tmp_path / "plan.xlsx")
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
        assert len(temporaries(tmp_path)) == 1, "the save in progress has its temporary file"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert path.read_bytes() == before
    assert len(temporaries(tmp_path)) == 1, "a crash leaves the temporary behind"

    result, origin = open_workbook(path)
    SetCells("Plants", [(0, "capacity", 1234)]).do(result.network)
    save_network(result.network, origin, path)
    assert temporaries(tmp_path) == [], "the next save of the file removed it"
    assert read_workbook(path).network.equals(result.network)


def test_a_temporary_of_a_save_still_running_is_left_alone(tmp_path):
    path = tmp_path / "plan.xlsx"
    busy = tmp_path / f".plan.xlsx.{TEMP_TAG}-{os.getppid()}-abcd1234.tmp"
    busy.write_text("another process is writing")
    write_atomically(path, write_text("x"))
    assert busy.exists()
    os.utime(busy, (time.time() - 7200, time.time() - 7200))
    write_atomically(path, write_text("y"))
    assert not busy.exists(), "two hours old: no save runs that long"


def other_file_system(tmp_path: Path) -> Path | None:
    for folder in ("/dev/shm", "/run", "/var/tmp"):
        candidate = Path(folder)
        try:
            if (candidate.is_dir() and os.access(candidate, os.W_OK)
                    and candidate.stat().st_dev != tmp_path.stat().st_dev):
                return candidate
        except OSError:
            continue
    return None


def test_a_save_onto_another_file_system_works(tmp_path):
    folder = other_file_system(tmp_path)
    if folder is None:
        pytest.skip("no second writable file system on this machine")
    source = write_valid(tmp_path / "plan.xlsx")
    target = folder / f"twinparks-test-{os.getpid()}.xlsx"
    link = tmp_path / "elsewhere.xlsx"
    link.symlink_to(target)
    try:
        result, origin = open_workbook(source)
        save_network(result.network, origin, link)
        assert link.is_symlink()
        assert read_workbook(target).network.equals(result.network)
        assert temporaries(folder) == []
    finally:
        target.unlink(missing_ok=True)


def test_a_pipe_or_device_in_the_way_is_refused_and_left_alone(tmp_path):
    """Replacing it atomically would swap a special file for a workbook (as root: /dev/full)."""
    pipe = tmp_path / "plan.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(WorkbookWriteError, match="not a regular file"):
        write_atomically(pipe, lambda temporary: temporary.write_bytes(b"PK"))
    with pytest.raises(WorkbookWriteError, match="not a regular file"):
        check_target(pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and os.listdir(tmp_path) == ["plan.xlsx"]
