"""Choosing another language in Settings changes every word on screen at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.driving import visible_texts
from wrapdesk.app import Languages
from wrapdesk.ui import settings as keys
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.settings_dialog import SettingsDialog
from wrapdesk.ui.tasks import TaskRunner


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, app_settings: AppSettings, tasks: TaskRunner
) -> Iterator[MainWindow]:
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    app_settings.set(keys.LANGUAGE, "en")
    languages = Languages(qapp, app_settings)
    win = MainWindow(app_settings, tasks)
    qtbot.addWidget(win)
    win.show()
    yield win
    win._closing = True
    if win.session is not None:
        win.session.close()
        win.session = None
    languages.setParent(None)
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_welsh_at_once_and_back_keeping_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.view is not None
    window.view.show_page("section:triggers")
    assert menu_titles(window)[0] == "&File"
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))

    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Ffeil", timeout=5000)
    assert window.view is not None and window.view.current == "section:triggers"
    assert "Sbardunau" in visible_texts(window.view)
    assert window.session is not None and not window.session.is_locked
    again = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    assert again.language.currentData() == "cy", "Settings stays open, now in Welsh"
    window.view.show_page("overview")
    assert "16 Tachwedd 2026" in " ".join(visible_texts(window.view)), "dates follow too"
    window.view.show_page("section:triggers")

    again.language.setCurrentIndex(again.language.findData("en"))
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File", timeout=5000)
    assert window.view is not None and "Triggers" in visible_texts(window.view)
    assert window.act_lock.shortcut().toString() == "Ctrl+L", "shortcuts still work"


def test_the_unlock_page_changes_language_too(
    qtbot: QtBot, window: MainWindow, plan_path: object, app_settings: AppSettings
) -> None:
    from pathlib import Path

    assert isinstance(plan_path, Path)
    window.open_path(plan_path)
    assert window.stack.currentWidget() is window.unlock_page
    english = window.unlock_page.title.text()
    app_settings.set(keys.LANGUAGE, "pl")
    qtbot.waitUntil(lambda: window.unlock_page.title.text() != english, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.path == plan_path


def test_a_larger_text_size_takes_effect_at_once_everywhere(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, app_settings: AppSettings
) -> None:
    from wrapdesk.app import Appearance

    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    appearance = Appearance(qapp, app_settings)
    try:
        window.open_demo()
        qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
        assert window.view is not None
        window.view.show_page("section:triggers")
        before = window.view.page("section:triggers").findChildren(QLabel)[0].font()
        app_settings.set(keys.TEXT_SCALE, 200)
        qtbot.waitUntil(
            lambda: (
                window.view is not None
                and window.view.page("section:triggers").findChildren(QLabel)[0].font().pointSizeF()
                >= 1.8 * before.pointSizeF()
            ),
            timeout=5000,
        )
        assert window.view.current == "section:triggers"
    finally:
        appearance.setParent(None)
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
