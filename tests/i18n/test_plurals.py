"""English plural forms: "1 thing written", never "1 thing(s) written".

One rule (``wrapdesk.i18n.english_plural``) serves both: the terminal applies it directly,
without loading Qt, and the window loads ``wrapdesk_en.qm``, whose forms the same rule
wrote. Under Welsh or Polish the English file sits underneath, so a message not translated
yet still reads well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tests.i18n.conftest import Messages
from wrapdesk.cli.console import build_translate
from wrapdesk.i18n import english_plural, untranslated


@pytest.mark.parametrize(
    ("source", "n", "english"),
    [
        ("%n thing(s) written", 1, "%n thing written"),
        ("%n thing(s) written", 0, "%n things written"),
        ("%n thing(s) written", 2, "%n things written"),
        ("Print all %n page(s)", 12, "Print all %n pages"),
        ("Ideas to get started (%n)", 1, "Ideas to get started (%n)"),
        ("%n older [copy|copies] [is|are] kept", 1, "%n older copy is kept"),
        ("%n older [copy|copies] [is|are] kept", 3, "%n older copies are kept"),
        ("%n [copy|copies] of %n thing(s)", 2, "%n copies of %n things"),
    ],
)
def test_the_english_rule(source: str, n: int, english: str) -> None:
    assert english_plural(source, n) == english


def test_untranslated_writes_english_plurals() -> None:
    assert untranslated("Sidebar", "%n thing(s) written", None, 1) == "1 thing written"
    assert untranslated("Sidebar", "%n thing(s) written", None, 3) == "3 things written"
    assert untranslated("Sidebar", "Nothing (s) here") == "Nothing (s) here"  # no count


@pytest.fixture
def counted(committed: dict[str, Messages]) -> tuple[str, str]:
    """A counted message of the catalogue with "(s)" in it: (context, source)."""
    for message in committed["en"].values():
        if message.numerus and "(s)" in message.source and "%n" in message.source:
            return message.context, message.source
    pytest.fail("no counted message with (s) in the catalogue")


@pytest.fixture
def new_translators(qapp: QApplication) -> Iterator[None]:
    """Take out, afterwards, the translators a test installed (they are children of the app)."""
    before = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_message_with_no_translation_shows_english_plurals(
    code: str, languages: Callable[[str], None], counted: tuple[str, str]
) -> None:
    """German has no catalogue: it stands for any message not translated yet."""
    context, source = counted
    languages(code)
    one = QCoreApplication.translate(context, source, None, 1)
    many = QCoreApplication.translate(context, source, None, 4)
    assert one == english_plural(source, 1).replace("%n", "1")
    assert many == english_plural(source, 4).replace("%n", "4")
    assert "(s)" not in one + many


@pytest.mark.parametrize("code", ["cy", "pl"])
def test_no_counted_message_shows_the_english_source_form(
    code: str, languages: Callable[[str], None], committed: dict[str, Messages]
) -> None:
    """Translated or not, "(s)" never reaches the screen."""
    languages(code)
    shown = [
        QCoreApplication.translate(m.context, m.source, None, n)
        for m in committed["en"].values()
        if m.numerus
        for n in (0, 1, 2, 5, 22)
    ]
    assert shown
    assert [text for text in shown if "(s)" in text] == []


def test_every_other_english_message_shows_its_source(
    languages: Callable[[str], None], committed: dict[str, Messages]
) -> None:
    changed = [
        key
        for key, message in committed["en"].items()
        if not message.numerus and QCoreApplication.translate(*key) != message.source
    ]
    assert not changed


@pytest.mark.parametrize("lang", ["en_GB.UTF-8", "C", ""])
def test_the_terminal_needs_no_qt_for_english(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", lang)
    assert build_translate() is untranslated


def test_the_terminal_in_welsh_never_shows_the_english_source_form(
    monkeypatch: pytest.MonkeyPatch, new_translators: None, committed: dict[str, Messages]
) -> None:
    """Translated, or English underneath while not yet: "(s)" never reaches the screen."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "cy_GB.UTF-8")
    translate = build_translate()
    assert translate is not untranslated
    shown = [
        translate(m.context, m.source, None, n)
        for m in committed["en"].values()
        if m.numerus
        for n in (1, 3)
    ]
    assert shown and [text for text in shown if "(s)" in text] == []
