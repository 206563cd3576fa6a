"""The bundled Qinzhou-Kuantan dataset."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from twinparks.safe_write import write_atomically

DATASET = "qinzhou_kuantan.xlsx"
EXAMPLE_WORD = "example"


def example_path() -> Path:
    """Path of the bundled workbook inside the installed package.

    From a source checkout (tests run against the tree), ``twinparks.datasets``
    is not a sub-folder of ``twinparks/``, so the tree's ``datasets/`` is used.
    """
    try:
        path = Path(str(resources.files("twinparks.datasets").joinpath(DATASET)))
    except ModuleNotFoundError:
        path = Path(__file__).resolve().parents[1] / "datasets" / DATASET
    return path


def resolve_workbook(argument: str) -> Path:
    """A command-line WORKBOOK: a path, or the word ``example`` for the bundled dataset."""
    if argument == EXAMPLE_WORD and not Path(argument).exists():
        return example_path()
    return Path(argument)


def copy_example(target: Path) -> None:
    """Copy the bundled workbook to ``target`` (atomically, see :mod:`twinparks.safe_write`)."""
    write_atomically(Path(target), lambda temporary: shutil.copyfile(example_path(), temporary))
