"""Start WrapDesk's window: the one place that builds and wires everything.

``wrapdesk-gui [PATH] [--demo]``. The window appears first; SQLAlchemy, reportlab and
the rest are imported in the background while the person types their passphrase.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wrapdesk import __version__
from wrapdesk.bundled import resource_path, translations_dir
from wrapdesk.hardening import disable_core_dumps
from wrapdesk.ui import palette, pseudo_locale
from wrapdesk.ui import settings as keys
from wrapdesk.ui.gc_guard import GuiThreadCollector
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


PRELOAD = (
    "qtawesome",  # the icon font: its import alone takes longer than a bare window
    "wrapdesk.services.editor",  # SQLAlchemy and the model
    "wrapdesk.services.plan_file",
    "wrapdesk.services.versions",
    "wrapdesk.ui.plan_view",
)


def _preload() -> None:
    """Import the heavy modules off the GUI thread, so opening a plan feels immediate."""
    for name in PRELOAD:
        importlib.import_module(name)


class Appearance(QObject):
    """Applies the theme and the text size, now and whenever the settings change."""

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._base_points = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        app.setStyle("Fusion")
        settings.changed.connect(self._on_settings_changed)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def apply(self) -> None:
        """Palette, stylesheet and font size from the settings."""
        theme = palette.resolve(self._settings.theme())
        font = self._app.font()
        font.setPointSizeF(max(11.0, self._base_points) * self._settings.text_scale() / 100)
        self._app.setFont(font)
        self._app.setPalette(palette.palette(theme))
        self._app.setStyleSheet(palette.stylesheet(theme))

    def _on_settings_changed(self, key: str) -> None:
        if key in (keys.THEME.key, keys.TEXT_SCALE.key):
            self.apply()


class Languages(QObject):
    """Installs WrapDesk's translation and Qt's own (dialog buttons), and switches live.

    Installing a translator sends every window a ``LanguageChange`` event; the main window
    then builds what it shows again (``MainWindow.retranslate``).
    """

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._installed: list[QTranslator] = []
        settings.changed.connect(self._on_settings_changed)
        self.apply()

    def code(self) -> str:
        """The language in use: the setting, or this computer's."""
        chosen = self._settings.get(keys.LANGUAGE)
        return chosen or QLocale.system().name().split("_")[0]

    def apply(self) -> None:
        """Load the translations for the current language.

        English goes in first, under the others: its plural forms ("1 thing written") show
        wherever a message isn't translated yet. Qt asks the last one installed first. Qt's
        own words (dialog buttons, text menus) come from our ``qtbase_<code>.qm`` where we
        keep one (Qt ships no Welsh), else from Qt's translations.
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        code = self.code()
        # Dates and numbers as that language writes them.
        QLocale.setDefault(QLocale(code) if self._settings.get(keys.LANGUAGE) else QLocale.system())
        folder = translations_dir()
        for name in dict.fromkeys(("en", code)):
            ours = QTranslator(self._app)
            if ours.load(str(folder / f"wrapdesk_{name}.qm")):
                self._install(ours)
        qt_own = QTranslator(self._app)
        if code != "en" and (
            qt_own.load(f"qtbase_{code}", str(folder))  # ours, where Qt ships none (Welsh)
            or qt_own.load(
                f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            )
        ):
            self._install(qt_own)
        if pseudo_locale.wanted():
            pseudo = pseudo_locale.PseudoTranslator.from_ts(folder / "wrapdesk_en.ts", self._app)
            if pseudo is not None:
                self._install(pseudo)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def _on_settings_changed(self, key: str) -> None:
        if key == keys.LANGUAGE.key:
            self.apply()


def window_icon() -> QIcon:
    """WrapDesk's icon at every size it ships (title bars, task switchers, docks)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/org.wrapdesk.WrapDesk.png")):
        icon.addFile(str(png))
    return icon


def build(argv: Sequence[str]) -> tuple[QApplication, MainWindow, argparse.Namespace]:
    """Create the application and its window (without running the event loop)."""
    parser = argparse.ArgumentParser(prog="wrapdesk-gui")
    parser.add_argument("path", nargs="?", metavar="PATH", help="a plan file to open")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo plan")
    parser.add_argument("--version", action="version", version=f"WrapDesk {__version__}")
    args, qt_args = parser.parse_known_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("WrapDesk")
    app.setOrganizationName("WrapDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.wrapdesk.WrapDesk")
    app.setWindowIcon(window_icon())
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "WrapDesk", "WrapDesk")
    settings = AppSettings(store, app)
    GuiThreadCollector(app)  # garbage is collected on the GUI thread only
    Appearance(app, settings)  # parented to the app, which keeps them
    Languages(app, settings)
    tasks = TaskRunner(app)
    window = MainWindow(settings, tasks)
    return app, window, args


def main(argv: Sequence[str] | None = None) -> int:
    """The ``wrapdesk-gui`` entry point."""
    disable_core_dumps()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app, window, args = build(sys.argv[1:] if argv is None else argv)
    window.show()
    if args.demo:
        window.open_demo()
    elif args.path:
        window.open_path(Path(args.path))
    else:
        window.start()
    QTimer.singleShot(
        0,
        lambda: window.tasks.run(
            _preload, lambda _r: window.attach_icons(), lambda _e: window.attach_icons()
        ),
    )
    return int(app.exec())
