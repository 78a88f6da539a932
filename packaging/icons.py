"""Render WrapDesk's icon from its one SVG into every file a platform asks for.

    python packaging/icons.py          write the PNGs, the Windows .ico and the macOS .icns
    python packaging/icons.py check    fail if any of them no longer matches the SVG

The PNGs go into the freedesktop ``hicolor`` layout under ``resources/icons/`` (so Linux
packages copy the tree as it is, and the window finds them through ``wrapdesk.bundled``).
The ``.ico`` and ``.icns`` are only needed to build the Windows and macOS apps, so they live
beside those recipes. Both formats are written here with PNG-compressed entries, which
Windows (Vista on) and macOS (10.7 on) read: no image library beyond Qt is needed.
Rendering uses QtSvg, the same renderer the app uses.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICON_ID = "org.wrapdesk.WrapDesk"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SOURCE = HICOLOR / "scalable" / "apps" / f"{ICON_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "wrapdesk.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ROOT / "packaging" / "macos" / "WrapDesk.icns"
# Apple's PNG-capable icon types and the pixel size each holds (@2x types reuse sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
# A fresh render may differ from the committed one by antialiasing noise after a Qt
# upgrade; a changed drawing differs by far more.
_NOISE = 24
_NOISY_SHARE = 0.01


_application: list[QGuiApplication] = []


def _ensure_application() -> None:
    """QPainter needs a Qt application; make one (and keep it) if the caller has none."""
    if QGuiApplication.instance() is None and not _application:
        _application.append(QGuiApplication([sys.argv[0]]))


def png_path(size: int) -> Path:
    """Where the ``size`` x ``size`` PNG lives."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"


def render(size: int, source: Path = SOURCE) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image."""
    _ensure_application()
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size (a size byte of 0 means 256)."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)
    entries = b""
    images = b""
    offset = 6 + 16 * count
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images)
        )
        images += data
    return header + entries + images


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG of each size in a Windows icon (the inverse of :func:`ico_bytes`)."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    if (reserved, kind) != (0, 1):
        raise ValueError("not a Windows icon file")
    found = {}
    for n in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        found[side or 256] = data[offset : offset + length]
    return found


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family holding a PNG for each of :data:`ICNS_TYPES`."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The PNG under each icon type in a macOS icon family."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not a macOS icon family")
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        (length,) = struct.unpack_from(">I", data, offset + 4)
        found[kind] = data[offset + 8 : offset + length]
        offset += length
    return found


def _decode(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    if image.isNull():
        raise ValueError("not a PNG that Qt can read")
    return image


def difference(expected: QImage, actual: QImage) -> str | None:
    """Why ``actual`` is not ``expected`` (beyond renderer noise), or None if it is."""
    if actual.size() != expected.size():
        return f"is {actual.width()}x{actual.height()}, not {expected.width()}x{expected.height()}"
    a = expected.convertToFormat(QImage.Format.Format_RGBA8888)
    b = actual.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels_a, pixels_b = bytes(a.constBits()), bytes(b.constBits())
    noisy = sum(
        1
        for i in range(0, len(pixels_a), 4)
        if max(abs(x - y) for x, y in zip(pixels_a[i : i + 4], pixels_b[i : i + 4], strict=True))
        > _NOISE
    )
    if noisy > _NOISY_SHARE * a.width() * a.height():
        return f"differs from the SVG in {noisy} pixels"
    return None


def wanted() -> dict[int, QImage]:
    """A fresh render at every size any output needs."""
    sizes = {*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    return {size: render(size) for size in sorted(sizes)}


def write_all() -> list[Path]:
    """Render and write every output; returns the files written."""
    images = wanted()
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICNS.write_bytes(icns_bytes(pngs))
    return [*written, ICO, ICNS]


def problems() -> Iterable[str]:
    """Every way the committed icon files differ from a fresh render of the SVG."""
    images = wanted()

    def compare(label: str, data: bytes | None, size: int) -> str | None:
        if data is None:
            return f"{label}: missing"
        try:
            why = difference(images[size], _decode(data))
        except ValueError as exc:
            why = str(exc)
        return f"{label}: {why}" if why else None

    checks: list[str | None] = []
    for size in PNG_SIZES:
        path = png_path(size)
        checks.append(compare(str(path.relative_to(ROOT)), _read(path), size))
    ico = _read(ICO)
    ico_entries = read_ico(ico) if ico else {}
    for size in ICO_SIZES:
        checks.append(compare(f"{ICO.name} {size}px", ico_entries.get(size), size))
    icns = _read(ICNS)
    icns_entries = read_icns(icns) if icns else {}
    for kind, size in ICNS_TYPES:
        checks.append(compare(f"{ICNS.name} {kind.decode()}", icns_entries.get(kind), size))
    return [problem for problem in checks if problem]


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def main(argv: list[str]) -> int:
    """Write the icons, or with ``check`` report any that are out of date."""
    if argv == ["check"]:
        stale = list(problems())
        for problem in stale:
            print(problem, file=sys.stderr)
        if stale:
            print("Run: python packaging/icons.py", file=sys.stderr)
        return 1 if stale else 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    for path in write_all():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
