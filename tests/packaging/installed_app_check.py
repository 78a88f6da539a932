"""Run inside an installed WrapDesk (a fresh venv, or the PyInstaller bundle) and report.

Not a test module: test_wheel.py runs it with the venv's Python, and test_bundle.py builds it
into the bundle as ``wrapdesk-selftest``. It opens the demo plan in the real window (Qt's
offscreen platform), makes a printout and reads it back with QtPdf, loads the icons and every
translation, then prints one JSON object of what it found for the test to judge. It imports
nothing from the source tree, so it can only see what was installed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLibraryInfo, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtPdf import QPdfDocument

import wrapdesk
from wrapdesk.app import build
from wrapdesk.bundled import resource_path, translations_dir
from wrapdesk.cli import run as run_cli

ICON_ID = "org.wrapdesk.WrapDesk"
PRINTOUTS = (
    "crisis-plan",
    "wrap",
    "advance-statement",
    "adrt",
    "scottish-statement",
    "wallet-card",
)


def wait_until(check: object, timeout_ms: int = 60_000) -> bool:
    """Turn the event loop until ``check()`` is true or the time is up."""
    waited = 0
    while not check() and waited < timeout_ms:  # type: ignore[operator]
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    return bool(check())  # type: ignore[operator]


def main() -> int:
    """Check the installed app; print the findings as JSON; 0 if the window opened the demo."""
    app, window, _ = build(["--demo"])
    window.show()
    window.open_demo()
    opened = wait_until(lambda: window.view is not None)
    status = window.statusBar().currentMessage()  # says why, if the demo did not open

    icons = resource_path("icons", "hicolor")
    png_icon = QIcon()
    for png in sorted(icons.glob(f"*/apps/{ICON_ID}.png")):
        png_icon.addFile(str(png))
    svg_icon = QIcon(str(icons / "scalable" / "apps" / f"{ICON_ID}.svg"))

    qm_files = sorted(translations_dir().glob("*.qm"))
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    printouts = {}
    with tempfile.TemporaryDirectory() as folder:
        for kind in PRINTOUTS:
            pdf_path = Path(folder) / f"{kind}.pdf"
            code = run_cli(["print", kind, "--demo", "--long", "-o", str(pdf_path)])
            pdf = QPdfDocument()
            pdf.load(str(pdf_path))
            pages = pdf.pageCount()
            printouts[kind] = {
                "exit_code": code,
                "pages": pages,
                "first_words": pdf.getAllText(0).text()[:80] if pages else "",
            }
            pdf.close()

    report = {
        "version": wrapdesk.__version__,
        "package": str(Path(wrapdesk.__file__).resolve().parent),
        "resources": str(resource_path().resolve()),
        "translations": str(translations_dir().resolve()),
        "demo_opened": opened,
        "status": status,
        "fonts": sorted(p.name for p in resource_path("fonts").glob("*.ttf")),
        "wordlist": resource_path("wordlists", "eff_large_wordlist.txt").is_file(),
        "icon_sizes": sorted(size.width() for size in png_icon.availableSizes()),
        "svg_icon_draws": not svg_icon.pixmap(64, 64).isNull(),
        "qm_loaded": {qm.name: QTranslator().load(str(qm)) for qm in qm_files},
        "qt_translations": sorted(p.name for p in qt_translations.glob("qtbase_*.qm")),
        "printouts": printouts,
        "qt_modules": sorted(name for name in sys.modules if name.startswith("PySide6.Qt")),
    }
    window.close()
    app.quit()
    print(json.dumps(report))
    return 0 if opened else 1


if __name__ == "__main__":
    sys.exit(main())
