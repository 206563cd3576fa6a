"""Report writers keyed by file suffix: the one table the command line and the app use.

The Excel writer (:func:`twinparks.report.write_report`) is built in. Other
writers register themselves as entry points of the group
``twinparks.report_writers`` (name = the suffix without its dot), so that
this application layer does not import the GUI: the PDF writer, which draws
the app's own map and charts with Qt, is ``twinparks.ui.pdf_report``'s
:func:`write_pdf_report`, declared in ``pyproject.toml``. A writer is called
as ``writer(network, plan, path, source, force=..., when=..., language=...)``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.overwrite import check_replace
from twinparks.report import write_report

log = logging.getLogger(__name__)

GROUP = "twinparks.report_writers"
Writer = Callable[..., None]
_BUILT_IN: dict[str, Writer] = {".xlsx": write_report}


class ReportUnavailable(ValueError):
    """No writer can write a report with this suffix here; the message says why."""


def suffixes() -> list[str]:
    """Every suffix a report can be written as, built-in first (``.xlsx``, ``.pdf`` …)."""
    return [*_BUILT_IN, *(s for s in _declared() if s not in _BUILT_IN)]


def _declared() -> dict[str, object]:
    return {f".{point.name.lower()}": point for point in entry_points(group=GROUP)}


def writer_for(path: Path) -> Writer:
    """The writer of ``path``'s suffix; :class:`ReportUnavailable` when there is none."""
    suffix = Path(path).suffix.lower()
    if suffix in _BUILT_IN:
        return _BUILT_IN[suffix]
    point = _declared().get(suffix)
    if point is None:
        raise ReportUnavailable(f"cannot write a report as '{suffix or Path(path).name}': "
                                f"use a {' or '.join(suffixes())} file")
    try:
        return point.load()
    except ImportError as error:
        log.debug("report writer %s failed to load", point.value, exc_info=True)
        raise ReportUnavailable(f"{suffix} reports need the desktop part (PySide6, "
                                f"pyqtgraph) of this installation ({error})") from error


def write_any_report(network: Network, plan: Plan, path: Path, source: str,
                     force: bool = False, when: dt.datetime | None = None,
                     inputs: tuple[Path, ...] = (), language: str | None = None) -> None:
    """Write the report ``path``'s suffix asks for (atomically, as each writer does).

    ``when`` is the time the plan was solved (default: now), stated in the report;
    ``language`` is the language of a report that has one (the PDF; default English).
    An existing file is replaced only if it is a report of ours, or with
    ``force``; never one of ``inputs`` (see :func:`twinparks.overwrite.check_replace`).
    """
    writer = writer_for(path)
    check_replace(Path(path), force=force, inputs=inputs)
    writer(network, plan, Path(path), source, force=True, when=when, language=language)
