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


LANGUAGES = ("cy", "pl")


def in_language(code: str) -> None:
    """A few screens in Welsh or Polish (the language is chosen before the app starts)."""
    from PySide6.QtCore import QSettings

    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "WrapDesk", "WrapDesk")
    store.setValue(keys.LANGUAGE.key, code)
    store.sync()
    app, window, _ = build([])
    window.resize(*SIZE)
    window.show()
    shot(window, f"welcome-{code}")
    window.open_demo()
    wait_for(lambda: window.view is not None)
    assert window.view is not None
    for page, name in (("overview", "overview"), ("crisis", "crisis-plan")):
        window.view.show_page(page)
        shot(window, f"{name}-{code}")
    window.close_plan()
    window.close()
    app.quit()


def main() -> None:
    """Every screenshot (or those named on the command line: base, dark-100, light-200,
    cy, pl). Each language needs a run of its own: ``make_screenshots.py cy``."""
    only = set(sys.argv[1:])
    for code in LANGUAGES:
        if code in only:
            in_language(code)
            return
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
            base_only(window)
        else:
            window.close_plan()
    settings.set(keys.THEME, "system")
    settings.set(keys.TEXT_SCALE, 100)
    window.close()
    app.quit()


def base_only(window: object) -> None:
    """The screens shown only once (light, 100 %): the other pages, dialogs, lock, unlock."""
    from wrapdesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert window.view is not None
    for page in (
        "section:crisis.medicines",
        "people",
        "reviews",
        "versions",
        "section:adrt",
    ):
        window.view.show_page(page)
        shot(window, f"page-{page.replace('section:', '').replace('.', '-')}")
    review_and_dialogs(window)
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


def review_and_dialogs(window: object) -> None:
    """The review wizard at each step, Settings and the share dialog, over the demo plan."""
    from wrapdesk.ui.main_window import MainWindow
    from wrapdesk.ui.review_wizard import ReviewWizard
    from wrapdesk.ui.settings_dialog import SettingsDialog
    from wrapdesk.ui.share_flow import ShareDialog

    assert isinstance(window, MainWindow)
    window.start_review()
    wizard = window.findChild(ReviewWizard)
    if wizard is not None:
        wizard.resize(*SIZE)
        shot(wizard, "review-start")
        for step in ("co-assess", "co-decide", "co-design", "co-deliver"):
            wizard.next.click()
            settle(300)
            shot(wizard, f"review-{step}")
        wizard.reject()
    window.open_settings()
    settings = window.findChild(SettingsDialog)
    if settings is not None:
        shot(settings, "settings")
        settings.reject()
    from wrapdesk.ui.passphrase_dialogs import ChangePassphraseDialog

    window.change_passphrase()
    change = window.findChild(ChangePassphraseDialog)
    if change is not None:
        change.new.edit.setText("river lantern maple")
        change.again.edit.setText("river lantern maple")
        change.also_key.setChecked(True)
        shot(change, "change-passphrase")
        change.reject()
    window.share()
    share = window.findChild(ShareDialog)
    if share is not None:
        shot(share, "share")
        share.reject()


if __name__ == "__main__":
    main()
