"""Qt's own words (dialog buttons, the text boxes' right-click menu) follow the chosen language.

Qt ships no Welsh, so ``translations/qtbase_cy.ts`` is kept by hand. Its contexts and source
texts must be the ones Qt really asks for, or its words would never show: each one is checked
against a translation Qt does ship.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.i18n.tool import ROOT, TOOL
from wrapdesk.ui import settings as keys
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.settings_dialog import LANGUAGES, SettingsDialog

WELSH_QT = ROOT / "translations" / "qtbase_cy.ts"


def _buttons() -> tuple[str, str]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None
    assert cancel is not None
    return ok.text().replace("&", ""), cancel.text().replace("&", "")


def _menu() -> list[str]:
    field = QLineEdit("words")  # the menu is the field's child: keep the field alive
    menu = field.createStandardContextMenu()
    assert menu is not None
    return [action.text().split("\t")[0] for action in menu.actions() if action.text()]


def test_every_hand_kept_message_is_one_qt_asks_for() -> None:
    shipped = QTranslator()
    assert shipped.load(
        "qtbase_pl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ), "Qt's own Polish is missing"
    messages = TOOL.read_messages(WELSH_QT)
    assert len(messages) >= 16
    unknown = [key for key in messages if not shipped.translate(key[0], key[1], key[2] or None)]
    assert not unknown, f"Qt never asks for these: {unknown}"
    unwritten = [m.key for m in messages.values() if not (m.finished and all(m.translations))]
    assert not unwritten


def test_welsh_shows_qts_own_words_in_welsh(languages: Callable[[str], None]) -> None:
    assert _buttons() == ("OK", "Cancel")
    languages("cy")
    assert _buttons() == ("Iawn", "Diddymu")
    assert _menu() == [
        "Dad&wneud",
        "&Ailwneud",
        "&Torri",
        "&Copïo",
        "&Gludo",
        "Dileu",
        "Dewis Popeth",
    ]


def test_other_languages_use_qts_own_translation(languages: Callable[[str], None]) -> None:
    languages("pl")
    assert _buttons() == ("OK", "Anuluj")
    languages("en")
    assert _buttons() == ("OK", "Cancel")


def test_every_language_offered_has_its_translation() -> None:
    codes = [code for code, _name in LANGUAGES if code]
    assert sorted(codes) == sorted(TOOL.LANGUAGES)
    for code in codes:
        assert TOOL.ts_path(code).with_suffix(".qm").is_file(), code


def test_choosing_welsh_in_settings(qtbot: QtBot, app_settings_for_dialog: AppSettings) -> None:
    dialog = SettingsDialog(app_settings_for_dialog, None)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow this computer", "Cymraeg", "English", "Polski"]
    qtbot.keyClicks(dialog.language, "Cym")  # typing picks from the list, as a person would
    assert app_settings_for_dialog.get(keys.LANGUAGE) == "cy"


@pytest.fixture
def app_settings_for_dialog(tmp_path: Path, qapp: QApplication) -> AppSettings:
    """Settings of the test's own, without a Languages listening."""
    return AppSettings(QSettings(str(tmp_path / "dialog.ini"), QSettings.Format.IniFormat))
