"""Fixtures for the translation tests: the source's calls, fresh and committed catalogues."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from tests.i18n.source_calls import Call, scan
from tests.i18n.tool import ROOT, TOOL
from wrapdesk.app import Languages
from wrapdesk.ui import settings as keys
from wrapdesk.ui.settings import AppSettings

Messages = dict[tuple[str, str, str], Any]

READING_EASE = pytest.StashKey[list[str]]()
"""The reading-ease report, printed at the end of the run (test_reading_ease)."""


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Print the reading-ease figures for writers, when that test ran."""
    lines = config.stash.get(READING_EASE, None)
    if lines:
        terminalreporter.section("reading ease")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def fresh_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Messages:
    """What lupdate extracts from the source right now (as the English file, from scratch)."""
    folder: Path = tmp_path_factory.mktemp("fresh-translations")
    TOOL.lupdate(TOOL.ENGLISH, folder)
    messages: Messages = TOOL.read_messages(TOOL.ts_path(TOOL.ENGLISH, folder))
    return messages


@pytest.fixture(scope="session")
def committed() -> dict[str, Messages]:
    """The committed catalogues, by language code."""
    return {code: TOOL.read_messages(TOOL.ts_path(code)) for code in TOOL.LANGUAGES}


@pytest.fixture(scope="session")
def calls() -> list[Call]:
    """Every translating or marking call in the modules lupdate reads."""
    return scan(ROOT, TOOL.source_files())


@pytest.fixture
def languages(tmp_path: Path, qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """WrapDesk's Languages on settings of its own; yields a way to start in a language.

    Its translators are taken out after.
    """
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(keys.LANGUAGE, "en")
    chooser = Languages(qapp, settings)

    def start_in(code: str) -> None:
        settings.set(keys.LANGUAGE, code)
        chooser.apply()  # as at the next start

    yield start_in
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    chooser.setParent(None)
    QLocale.setDefault(locale)
