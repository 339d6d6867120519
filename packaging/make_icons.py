"""Render the app icon's SVG drawings to the PNG, ICO and ICNS files the app and installers use.

Run from the repository root after editing an icon drawing::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The outputs are committed, so neither a wheel build nor ``make package`` needs this script. It
uses only Qt (already a dependency): QSvgRenderer draws each size, and the ICO and ICNS
containers are written here because Qt's own writers store a single image per file, while a
good desktop icon carries every size. Both containers hold PNG data, which Windows (Vista and
later) and macOS (10.7 and later) read.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
FULL = ICONS / "workbench.svg"
#: the drawing redrawn on a 16-pixel grid, used below SMALL_LIMIT where the full one blurs
SMALL = ICONS / "workbench-small.svg"
SMALL_LIMIT = 32

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger renderings)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels as PNG bytes."""
    renderer = QSvgRenderer(str(SMALL if size < SMALL_LIMIT else FULL))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon drawing for {size}px")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (a 256 px entry is written as width 0)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        side = size if size < 256 else 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries for every size Finder and the Dock ask for."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (ICONS / f"workbench-{size}.png").write_bytes(blob)
    out = REPO / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    (out / "workbench.ico").write_bytes(ico(pngs))
    (out / "workbench.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs to {ICONS} and workbench.ico/.icns to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
