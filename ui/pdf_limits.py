"""Big tables in the PDF report: the largest rows, then how many more the Excel report has.

A PDF of a million-variable plan cannot page every row (and nobody reads
them there): each table shows at most ``MAX_TABLE_ROWS`` rows, the largest
by the key that matters for it (cost, tonnes, shadow price ...), and a line
says how many it leaves out and that the Excel report has them all.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from twinparks.ui.pdf_canvas import MUTED, PdfDocument

MAX_TABLE_ROWS = 40  # a table of more rows shows its largest ones and says how many more


def largest(frame: pd.DataFrame, key: str | None, limit: int = MAX_TABLE_ROWS
            ) -> tuple[pd.DataFrame, int]:
    """The rows a PDF table shows and how many it leaves out.

    A frame of at most ``limit`` rows is shown whole, in its own order;
    a longer one by ``key`` (largest first; ``None``: in its own order),
    cut at ``limit``: the PDF summarises, the Excel report has every row.
    """
    if len(frame) <= limit:
        return frame, 0
    if key is not None:
        frame = frame.sort_values(key, ascending=False, kind="stable")
    return frame.head(limit), len(frame) - limit


def more_rows_text(count: int) -> str:
    """The line under a table cut at its largest rows (translated)."""
    return QCoreApplication.translate(
        "PdfReport", "… and %1 more rows; the Excel report has them all").replace(
        "%1", f"{count:,}")


def more_rows(doc: PdfDocument, count: int) -> None:
    """Say under a table how many rows it leaves out (nothing when none)."""
    if count:
        doc.paragraph(more_rows_text(count), colour=MUTED)

__all__ = ["MAX_TABLE_ROWS", "largest", "more_rows", "more_rows_text"]
