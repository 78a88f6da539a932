"""Fixtures for the translation tests: the source's calls, fresh and committed catalogues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.i18n.source_calls import Call, scan
from tests.i18n.tool import ROOT, TOOL

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
