"""The pseudo-language: longer, accented, bracketed, and nothing a program reads is touched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from tests.i18n.conftest import Messages
from tests.i18n.placeholders import differences
from tests.i18n.tool import TOOL
from wrapdesk.app import Languages
from wrapdesk.content.markup import glossary_keys, to_html
from wrapdesk.ui import pseudo_locale
from wrapdesk.ui import settings as keys
from wrapdesk.ui.pseudo_locale import PseudoTranslator, pseudo, read_catalogue
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.sidebar import Sidebar

_ACCELERATOR = re.compile(r"&[^\s&]")


def test_it_looks_like_the_example() -> None:
    assert pseudo("Welcome to WrapDesk") == "[Ŵęłćómę ţó ŴřâpĎęśķ······]"


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to WrapDesk",
        "Your crisis plan is written while you are well, for the people you trust.",
        "Nothing written yet",
    ],
)
def test_it_is_about_forty_percent_longer(text: str) -> None:
    assert 1.3 <= len(pseudo(text)) / len(text) <= 1.55


def test_no_plain_letter_is_left_in_the_vowels() -> None:
    assert not set("aeiouAEIOU") & set(pseudo("A quiet evening out with friends"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Delete “{title}” and {count} more?", ["{title}", "{count}"]),
        ("%n thing(s) written", ["%n"]),
        ("Page %1 of %2", ["%1", "%2"]),
        ("Your [WRAP](glossary:wrap) stays yours", ["](glossary:wrap)"]),
        ("<h2>WrapDesk {version}</h2><p>Private.</p>", ["<h2>", "</h2>", "<p>", "</p>"]),
        ("&New plan…", ["&N"]),
        ("Shared plans (*.age);;All files (*)", ["(*.age)", "(*)"]),
        ("Add --long to print every page", ["--long"]),
        ("See https://example.org/help today", ["https://example.org/help"]),
        ("Fish &amp; chips", ["&amp;"]),
    ],
)
def test_what_a_program_reads_is_kept(text: str, kept: list[str]) -> None:
    for piece in kept:
        assert piece in pseudo(text)


def test_rich_text_brackets_go_inside_the_tags() -> None:
    assert pseudo("<p>Yes</p>") == "<p>[Ŷęś]</p>"


def test_empty_stays_empty() -> None:
    assert pseudo("") == ""


def test_every_catalogue_message_keeps_its_placeholders(committed: dict[str, Messages]) -> None:
    broken = []
    for context, source, _dis in committed["en"]:
        shown = pseudo(source)
        problems = differences(source, shown)
        if _ACCELERATOR.findall(source) != _ACCELERATOR.findall(shown):
            problems.append("keyboard accelerator changed")
        if glossary_keys(to_html(source)) != glossary_keys(to_html(shown)):
            problems.append("glossary link no longer a link")
        broken += [f"[{context}] {source!r} → {shown!r}: {p}" for p in problems]
    assert not broken, "\n".join(broken)


def test_the_catalogue_is_read_from_the_english_file(committed: dict[str, Messages]) -> None:
    assert read_catalogue(TOOL.ts_path("en")) == committed["en"].keys()


@pytest.mark.parametrize(
    ("value", "wanted"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_the_environment_variable(
    value: str, wanted: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pseudo_locale.ENVIRONMENT, value)
    assert pseudo_locale.wanted() is wanted


# ---------------------------------------------------------------------------- installed in Qt


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; taken out afterwards."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


class Greeting(QLabel):
    """A label as WrapDesk's pages make them: words from self.tr, filled in afterwards."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__()
        welcome = self.tr("Welcome to {name}").format(name=name)
        things = self.tr("%n thing(s) written", "", count)
        self.setText(f"{welcome} {things}")


def test_a_label_made_with_tr_is_bracketed_and_filled(installed: list[QTranslator]) -> None:
    translator = PseudoTranslator(
        {("Greeting", "Welcome to {name}", ""), ("Greeting", "%n thing(s) written", "")}
    )
    QCoreApplication.installTranslator(translator)
    installed.append(translator)

    label = Greeting("WrapDesk", 3)

    welcome, things = label.text().split("] [")
    assert welcome.startswith("[Ŵęłćómę ţó WrapDesk")  # the name is filled in, as given
    assert things.startswith("3 ţĥîńĝś ŵřîţţęń") and things.endswith("·]")


def test_a_message_outside_the_catalogue_is_left_alone(installed: list[QTranslator]) -> None:
    translator = PseudoTranslator({("Greeting", "Welcome to {name}", "")})
    QCoreApplication.installTranslator(translator)
    installed.append(translator)

    assert QCoreApplication.translate("Elsewhere", "Welcome to {name}") == "Welcome to {name}"
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"  # Qt's own words


def test_the_app_installs_it_when_asked(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pseudo_locale.ENVIRONMENT, "1")
    before = set(qapp.findChildren(QTranslator))
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(keys.LANGUAGE, "en")
    languages = Languages(qapp, settings)
    try:
        sidebar = Sidebar()
        assert sidebar.accessibleName().startswith("[")
        assert sidebar.accessibleName().endswith("]")
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
        languages.setParent(None)
