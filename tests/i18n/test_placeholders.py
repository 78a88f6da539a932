"""Translations keep their source's placeholders, glossary links and tags.

With today's English and empty translations this passes; it bites once people translate.
Every translation with words in it is checked, finished or not (lupdate keeps an old
translation as a suggestion when the English changes).
"""

from __future__ import annotations

import pytest

from tests.i18n.conftest import Messages
from tests.i18n.placeholders import differences, format_fields
from tests.i18n.tool import TOOL


@pytest.mark.parametrize("code", sorted(TOOL.LANGUAGES))
def test_every_translation_keeps_its_placeholders(
    code: str, committed: dict[str, Messages]
) -> None:
    problems = []
    for message in committed[code].values():
        for form in message.translations:
            if form:
                for problem in differences(message.source, form, plural_form=message.numerus):
                    problems.append(f"[{message.context}] {message.source!r} → {form!r}: {problem}")
    assert not problems, f"{TOOL.ts_path(code).name}:\n" + "\n".join(problems)


def test_every_source_parses_as_a_format_string(committed: dict[str, Messages]) -> None:
    unparsable = []
    for context, source, _dis in committed["en"]:
        try:
            format_fields(source)
        except ValueError:
            unparsable.append(f"[{context}] {source!r}")
    assert not unparsable, "stray braces (write {{ or }} for a literal one):\n" + "\n".join(
        unparsable
    )


@pytest.mark.parametrize(
    ("source", "translation", "plural_form", "complaint"),
    [
        ("Delete “{title}”?", "Dileu “{teitl}”?", False, "fields not in the source"),
        ("Delete “{title}”?", "Dileu?", False, "fields left out"),
        ("Hello {name}", "Cześć {name", False, "braces don't parse"),
        ("Found in %n place(s).", "Znaleziono.", False, "Qt arguments"),
        ("Page %1 of %2", "Strona %1", False, "Qt arguments"),
        ("Your [WRAP](glossary:wrap).", "Eich [CAG](glossary:cag).", False, "glossary links"),
        ("Your [WRAP](glossary:wrap).", "Eich CAG.", False, "glossary links"),
        ("<b>Stop</b> now", "Stop teraz", False, "tags"),
        ('<a href="glossary:wrap">WRAP</a>', '<a href="glossary:cag">CAG</a>', False, "tags"),
    ],
)
def test_a_broken_translation_is_caught(
    source: str, translation: str, plural_form: bool, complaint: str
) -> None:
    problems = differences(source, translation, plural_form=plural_form)
    assert any(p.startswith(complaint) for p in problems), problems


@pytest.mark.parametrize(
    ("source", "translation", "plural_form"),
    [
        ("Welcome, {name}.", "Croeso, {name}.", False),
        ("{a} then {b}", "{b} wedyn {a}", False),  # translators may reorder
        ("%n page(s)", "jedna strona", True),  # a plural form may leave out the count
        ("%n page(s)", "%n strony", True),
        ("Your [WRAP](glossary:wrap).", "Eich [cynllun WRAP](glossary:wrap).", False),
        ("<p>One</p><p>Two</p>", "<p>Un</p><p>Dau</p>", False),
        ("{{literal}} braces", "{{llythrennol}}", False),
    ],
)
def test_a_sound_translation_passes(source: str, translation: str, plural_form: bool) -> None:
    assert differences(source, translation, plural_form=plural_form) == []
