"""A small page-flow layout for PDF reports drawn with QPainter on a QPdfWriter.

Content is laid out first (in points, A4 portrait) as a list of pages, each
a list of drawing operations; rendering then paints every page with a
running header and "Page i of N", which needs the page count up front.
Tables break across pages and repeat their header row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from twinparks.safe_write import write_atomically

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 48.0
CONTENT_TOP, CONTENT_BOTTOM = 70.0, PAGE_H - 54.0
WIDTH = PAGE_W - 2 * MARGIN
RESOLUTION = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfReport", text)


NAVY, INK, MUTED, RULE = "#1f3b5c", "#23272e", "#667080", "#c8ced6"
STRIPE, HIGHLIGHT = "#f3f5f8", "#fce4c4"
Op = Callable[[QPainter], None]


@dataclass(frozen=True)
class Column:
    """A table column: title, share of the table width, right-aligned (numbers) or not."""

    title: str
    share: float
    numeric: bool = False


class Fonts:
    """Fonts by size in points (pixel sizes on the point-scaled painter), CJK fallback last."""

    def __init__(self, families: Sequence[str]):
        self.families = list(families)

    def __call__(self, size: float, bold: bool = False) -> QFont:
        font = QFont()
        if self.families:
            font.setFamilies(self.families)
        font.setPixelSize(max(1, round(size)))
        font.setBold(bold)
        return font


class PdfDocument:
    """Flowing content in points; ``save`` paints it with page headers and numbers."""

    def __init__(self, fonts: Fonts, header: str = "", header_right: str = ""):
        self.fonts = fonts
        self.header, self.header_right = header, header_right
        self.pages: list[list[Op]] = []
        self.y = CONTENT_TOP
        self.new_page()

    # -- flow ---------------------------------------------------------------------------
    def new_page(self) -> None:
        """Start a page; content continues at its top."""
        self.pages.append([])
        self.y = CONTENT_TOP

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` points still fit on this one."""
        if self.y + height > CONTENT_BOTTOM and self.y > CONTENT_TOP:
            self.new_page()

    def space(self, height: float) -> None:
        """Vertical space (never carried to a new page)."""
        self.y = min(self.y + height, CONTENT_BOTTOM)

    def draw(self, op: Op) -> None:
        """Add a raw drawing operation to the current page."""
        self.pages[-1].append(op)

    # -- content ------------------------------------------------------------------------
    def heading(self, text: str, size: float = 15, keep_with: float = 80) -> None:
        """A section title kept with the first ``keep_with`` points of what follows."""
        self.ensure(size * 2.2 + keep_with)
        rect = QRectF(MARGIN, self.y, WIDTH, size * 1.5)
        self.text(rect, text, self.fonts(size, bold=True), NAVY)
        y = self.y + size * 1.6
        self.draw(lambda p: _line(p, MARGIN, y, MARGIN + WIDTH, y, NAVY, 1.2))
        self.y += size * 2.2

    def paragraph(self, text: str, size: float = 9.5, colour: str = INK) -> None:
        """Wrapped text over the content width."""
        font = self.fonts(size)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        bound = QFontMetricsF(font).boundingRect(QRectF(0, 0, WIDTH, 10000), flags, text)
        self.ensure(bound.height())
        rect = QRectF(MARGIN, self.y, WIDTH, bound.height() + 2)
        self.draw(lambda p: _text(p, rect, text, font, colour, flags))
        self.y += bound.height() + size * 0.6

    def text(self, rect: QRectF, text: str, font: QFont, colour: str = INK,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """One line of text in ``rect``: condensed down to 75 % if too long, then elided."""
        flags = int(align) | int(Qt.AlignmentFlag.AlignVCenter)
        font = QFont(font)
        for _ in range(5):
            if QFontMetricsF(font).horizontalAdvance(text) <= rect.width():
                break
            font.setStretch(font.stretch() - 5 if font.stretch() > 0 else 95)
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.draw(lambda p: _text(p, rect, shown, font, colour, flags))

    def image(self, image: QImage, width: float, height: float, caption: str = "") -> None:
        """An image (a rendered map or chart) at ``width`` × ``height`` points, centred."""
        self.ensure(height + (16 if caption else 0))
        rect = QRectF(MARGIN + (WIDTH - width) / 2, self.y, width, height)
        self.draw(lambda p: (p.drawImage(rect, image), _frame(p, rect)))
        self.y += height + 4
        if caption:
            self.text(QRectF(MARGIN, self.y, WIDTH, 12), caption, self.fonts(8), MUTED,
                      Qt.AlignmentFlag.AlignHCenter)
            self.y += 16

    def table(self, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]],
              highlight: Sequence[bool] = (), size: float = 8.0) -> None:
        """Rows under a header that repeats on every page the table runs onto."""
        row_h, head_h = size * 1.9, size * 2.4
        widths = _widths(columns)
        self.ensure(head_h + 3 * row_h)
        self._table_header(columns, widths, head_h, size)
        height = _fitted_row_height(len(rows), CONTENT_BOTTOM - self.y, row_h, size)
        for index, values in enumerate(rows):
            if self.y + height > CONTENT_BOTTOM + 0.01:
                self.new_page()
                self.text(QRectF(MARGIN, self.y, WIDTH, 12),
                          _tr("%1 (continued)").replace("%1", title),
                          self.fonts(8.5, bold=True), MUTED)
                self.y += 16
                self._table_header(columns, widths, head_h, size)
                height = _fitted_row_height(len(rows) - index, CONTENT_BOTTOM - self.y, row_h,
                                            size)
            fill = HIGHLIGHT if index < len(highlight) and highlight[index] else \
                (STRIPE if index % 2 else None)
            self._table_row(columns, widths, values, height, self.fonts(size), fill)
        y = self.y
        self.draw(lambda p: _line(p, MARGIN, y, MARGIN + WIDTH, y, RULE, 0.8))
        self.y += size

    def _table_header(self, columns, widths, height, size) -> None:
        rect = QRectF(MARGIN, self.y, WIDTH, height)
        self.draw(lambda p: p.fillRect(rect, QColor(NAVY)))
        font, x = self.fonts(size, bold=True), MARGIN
        for column, width in zip(columns, widths, strict=True):
            align = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            self.text(QRectF(x + 4, self.y, width - 8, height), column.title, font, "#ffffff",
                      align)
            x += width
        self.y += height

    def _table_row(self, columns, widths, values, height, font, fill) -> None:
        if fill:
            rect = QRectF(MARGIN, self.y, WIDTH, height)
            self.draw(lambda p: p.fillRect(rect, QColor(fill)))
        x = MARGIN
        for column, width, value in zip(columns, widths, values, strict=True):
            align = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            self.text(QRectF(x + 4, self.y, width - 8, height), str(value), font, INK, align)
            x += width
        self.y += height

    # -- output -------------------------------------------------------------------------
    def save(self, path: Path, title: str, cover_pages: int = 1) -> None:
        """Paint every page into ``path`` atomically (a temporary file, then a rename)."""
        write_atomically(Path(path),
                         lambda temporary: self._paint(str(temporary), title, cover_pages))

    def _paint(self, target: str, title: str, cover_pages: int) -> None:
        writer = QPdfWriter(target)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(title)
        writer.setCreator("Twin Parks planner")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF writer could not start (is the folder writable?)")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            for number, ops in enumerate(self.pages, start=1):
                if number > 1:
                    writer.newPage()
                painter.save()
                painter.scale(RESOLUTION / 72.0, RESOLUTION / 72.0)
                for op in ops:
                    op(painter)
                if number > cover_pages:
                    self._furniture(painter, number)
                painter.restore()
        finally:
            painter.end()

    def _furniture(self, painter: QPainter, number: int) -> None:
        """Running header and the page number."""
        font, small = self.fonts(8), self.fonts(8)
        top = QRectF(MARGIN, 30, WIDTH, 14)
        _text(painter, top, self.header, font, MUTED, int(Qt.AlignmentFlag.AlignLeft))
        _text(painter, top, self.header_right, font, MUTED, int(Qt.AlignmentFlag.AlignRight))
        _line(painter, MARGIN, 46, MARGIN + WIDTH, 46, RULE, 0.6)
        _line(painter, MARGIN, PAGE_H - 40, MARGIN + WIDTH, PAGE_H - 40, RULE, 0.6)
        _text(painter, QRectF(MARGIN, PAGE_H - 36, WIDTH, 14),
              _tr("Page %1 of %2").replace("%1", str(number)).replace("%2",
                                                                   str(len(self.pages))),
              small, MUTED,
              int(Qt.AlignmentFlag.AlignRight))


def _widths(columns: Sequence[Column]) -> list[float]:
    total = sum(column.share for column in columns) or 1.0
    return [WIDTH * column.share / total for column in columns]


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str,
          flags: int) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, flags | int(Qt.AlignmentFlag.AlignVCenter)
                     if not flags & int(Qt.TextFlag.TextWordWrap) else flags, text)


def _line(painter: QPainter, x1, y1, x2, y2, colour: str, width: float) -> None:
    painter.setPen(QPen(QColor(colour), width))
    painter.drawLine(QRectF(x1, y1, 0, 0).topLeft(), QRectF(x2, y2, 0, 0).topLeft())


def _frame(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(QColor(RULE), 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


ORPHAN_ROWS = 4  # at most this many rows spilling onto a page of their own are pulled back


def _fitted_row_height(remaining: int, space: float, row_h: float, size: float) -> float:
    """Rows a little tighter when that keeps the last few rows off a page of their own."""
    fitting = int(space // row_h)
    tight = space / remaining if remaining else row_h
    if fitting < remaining <= fitting + ORPHAN_ROWS and tight >= size * 1.45:
        return tight
    return row_h
