"""The PDF planning report, drawn with Qt (QPdfWriter + QPainter).

Cover with the KPIs, the network map with the flows, the charts of the
results panel, then the production plan, the bottlenecks and the unmet
demand as tables that break across pages. The map and the charts are the
app's own widgets rendered offscreen, so the report shows what the planner
sees. Works without a display: the offscreen platform is used when there is none.

Chinese site names need a font with CJK glyphs; :func:`cjk_font_families`
loads the first one found (see ``docs/reports.md``) as a fallback family.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from twinparks.models.network import Network
from twinparks.models.plan import Plan
from twinparks.ui import pdf_sections
from twinparks.ui.i18n import language_of
from twinparks.ui.pdf_canvas import Fonts, PdfDocument

TITLE = QT_TRANSLATE_NOOP("PdfReport", "Twin Parks planning report")
FONT_ENV = "TWINPARKS_CJK_FONT"
CJK_FONT_FILES = (  # Debian/Ubuntu packages first, then other common places
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",        # fonts-wqy-microhei
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",          # fonts-wqy-zenhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # fonts-noto-cjk
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",  # Fedora
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback
    "C:/Windows/Fonts/msyh.ttc", "/System/Library/Fonts/PingFang.ttc",
)
_loaded_families: list[str] | None = None


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    app = QApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def cjk_font_families() -> list[str]:
    """Families of the first CJK font found ($TWINPARKS_CJK_FONT first), loaded into Qt."""
    global _loaded_families
    if _loaded_families is None:
        _loaded_families = []
        candidates = [os.environ.get(FONT_ENV, ""), *CJK_FONT_FILES]
        for candidate in filter(None, candidates):
            if Path(candidate).is_file():
                font_id = QFontDatabase.addApplicationFont(candidate)
                if font_id >= 0:
                    _loaded_families = list(QFontDatabase.applicationFontFamilies(font_id))
                    break
    return list(_loaded_families)


def report_fonts() -> Fonts:
    """The text face (DejaVu/Noto where present) with the CJK font as fallback."""
    available = set(QFontDatabase.families())
    base = [f for f in ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica") if f in available]
    return Fonts(base[:1] + cjk_font_families())


def site_names(network: Network) -> dict[str, str]:
    """Site id → display name (the id when the name is blank)."""
    sites = network.table("Sites")
    return {str(row["id"]): str(row["name"]) if isinstance(row.get("name"), str)
            and row["name"].strip() else str(row["id"]) for row in sites.to_dict("records")}


# -- the report -------------------------------------------------------------------------

def write_pdf_report(network: Network, plan: Plan, path, source: str, force: bool = False,
                     when: dt.datetime | None = None, language: str | None = None) -> None:
    """Write the PDF planning report of an optimal ``plan`` to ``path`` (atomically).

    ``language`` ('en', 'zh_CN', 'ms'; default English) is the one language of
    every text, chart and table. ``force`` is accepted as by every report
    writer; a PDF holds nothing of the planner's, so there is nothing to refuse
    to overwrite.
    """
    with language_of(ensure_application(), language):
        _write(network, plan, Path(path), source, when or dt.datetime.now())


def _write(network: Network, plan: Plan, path: Path, source: str, when: dt.datetime) -> None:
    currency = str(network.setting("currency"))
    fonts = report_fonts()
    title = QCoreApplication.translate("PdfReport", TITLE)
    doc = PdfDocument(fonts, header=f"{title} · {source}",
                      header_right=when.strftime("%Y-%m-%d %H:%M"))
    context = pdf_sections.Context(network, plan, source, when, currency, site_names(network))
    pdf_sections.cover(doc, context)
    pdf_sections.figures(doc, context)
    pdf_sections.tables(doc, context)
    doc.save(Path(path), f"{title}: {source}")


__all__ = ["TITLE", "cjk_font_families", "ensure_application", "write_pdf_report"]
