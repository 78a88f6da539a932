"""Make the screenshots in docs/screenshots/ (run: make screenshots).

Drives the real window on the demo plan, offscreen, and saves what each page shows, at
100 % and 200 % text and in the light and dark themes. Look at every one before you
commit it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="wrapdesk-shots-"))
for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share")):
    (HOME / sub).mkdir(parents=True, exist_ok=True)
    os.environ[var] = str(HOME / sub)

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from wrapdesk.app import build  # noqa: E402
from wrapdesk.ui import settings as keys  # noqa: E402

OUT = Path(__file__).parent / "screenshots"
SIZE = (1280, 860)


def settle(ms: int = 150) -> None:
    """Let layouts, timers and background work finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def wait_for(check: object, timeout_ms: int = 20000) -> None:
    """Keep the event loop turning until ``check()`` is true (or time runs out)."""
    waited = 0
    while not check() and waited < timeout_ms:  # type: ignore[operator]
        settle(50)
        waited += 50


def shot(widget: QWidget, name: str) -> None:
    """Save what ``widget`` shows as docs/screenshots/<name>.png."""
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    """Every screenshot (or those named on the command line: base, dark-100, light-200)."""
    only = set(sys.argv[1:])
    app, window, _ = build([])
    settings = window.settings
    for theme, scale in (("light", 100), ("dark", 100), ("light", 200)):
        suffix = "" if (theme, scale) == ("light", 100) else f"-{theme}-{scale}"
        if only and suffix.strip("-") not in only and not (suffix == "" and "base" in only):
            continue
        settings.set(keys.THEME, theme)
        settings.set(keys.TEXT_SCALE, scale)
        window.resize(*SIZE)
        window.show()
        window.stack.setCurrentWidget(window.welcome)
        shot(window, f"welcome{suffix}")
        window.open_demo()
        wait_for(lambda: window.view is not None)
        assert window.view is not None
        window.view.show_page("overview")
        shot(window, f"overview{suffix}")
        window.view.show_page("section:early-warning-signs")
        shot(window, f"wrap-part{suffix}")
        window.view.show_page("crisis")
        shot(window, f"crisis-plan{suffix}")
        if suffix == "":
            for page in (
                "section:crisis.medicines",
                "people",
                "reviews",
                "versions",
                "section:adrt",
            ):
                window.view.show_page(page)
                shot(window, f"page-{page.replace('section:', '').replace('.', '-')}")
            window.lock()
            shot(window, "locked")
            window.close_plan()
            from wrapdesk.services.plan_file import PlanFile
            from wrapdesk.vault import FLOOR

            own = HOME / "plans" / "My plan.wrapdesk"
            PlanFile.create(own, "screenshot passphrase", kdf=FLOOR)[0].close()
            window.open_path(own)
            shot(window, "unlock")
            window.stack.setCurrentWidget(window.welcome)
            window.create_plan()
            from wrapdesk.ui.create_dialog import CreatePlanDialog

            dialog = window.findChild(CreatePlanDialog)
            if dialog is not None:
                dialog.passphrase.edit.setText("river lantern maple")
                dialog.again.edit.setText("river lantern maple")
                shot(dialog, "create")
                dialog.reject()
        else:
            window.close_plan()
    settings.set(keys.THEME, "system")
    settings.set(keys.TEXT_SCALE, 100)
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
