"""Render the application icon from twinparks.svg (run after editing the SVG).

    python packaging/icons/render.py

Writes twinparks-256.png, -128, -48, -32 (and -16, -64, -512 for the .icns/.ico
and the Linux icon theme), twinparks.ico (16-256 px) and twinparks.icns, next to
this file. Uses Qt's QSvgRenderer (PySide6-Essentials has QtSvg) and Qt's own
ICO/ICNS image plugins; if Pillow is importable it writes the multi-size .ico
(Qt's ICO writer stores one size per file). No display needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "twinparks.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a premultiplied ARGB image of size x size pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(images: dict[int, QImage], target: Path) -> str:
    """Multi-size .ico via Pillow when it is there, else Qt (256 px only)."""
    try:
        from PIL import Image
    except ImportError:
        writer = QImageWriter(str(target), b"ico")
        if not writer.write(images[256]):
            raise SystemExit(f"cannot write {target}: {writer.errorString()}") from None
        return "Qt, 256 px only"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    images[256].save(buffer, "PNG")
    import io

    big = Image.open(io.BytesIO(bytes(buffer.data())))
    big.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return f"Pillow, {', '.join(map(str, ICO_SIZES))} px"


def main() -> int:
    """Render every file; exit 1 if the SVG does not parse or a file cannot be written."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render.py: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        target = HERE / f"twinparks-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"render.py: cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.name}")
    print(f"wrote twinparks.ico ({write_ico(images, HERE / 'twinparks.ico')})")
    if b"icns" in [bytes(f) for f in QImageWriter.supportedImageFormats()]:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if QImageWriter(buffer, b"icns").write(images[512]):
            (HERE / "twinparks.icns").write_bytes(bytes(data))
            print("wrote twinparks.icns (Qt, 512 px)")
    else:
        print("render.py: this Qt has no ICNS writer; twinparks.icns not updated",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
