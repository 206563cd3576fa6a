"""The bundled Qinzhou-Kuantan dataset."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

DATASET = "qinzhou_kuantan.xlsx"
EXAMPLE_WORD = "example"


def example_path() -> Path:
    """Path of the bundled workbook inside the installed package."""
    return Path(str(resources.files("twinparks.datasets").joinpath(DATASET)))


def resolve_workbook(argument: str) -> Path:
    """A command-line WORKBOOK: a path, or the word ``example`` for the bundled dataset."""
    if argument == EXAMPLE_WORD and not Path(argument).exists():
        return example_path()
    return Path(argument)


def copy_example(target: Path) -> None:
    """Copy the bundled workbook to ``target``."""
    shutil.copyfile(example_path(), target)
