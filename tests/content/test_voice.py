"""The words speak to "you" and never blame, claim legal advice, or misuse the WRAP name."""

from __future__ import annotations

import re

import pytest

from tests.content.content_views import all_content_objects, markup_texts, strings_in
from wrapdesk.content import NOT_LEGAL_ADVICE, SECTIONS, STEPS, WHICH_IS_WHICH, plain

FIRST_PERSON = re.compile(r"\b(I|I'm|I'd|I'll|I've|me|my|mine|myself)\b")
QUOTED = re.compile(r"“[^”]*”")


def _every_visible_string() -> list[tuple[str, str]]:
    texts = [
        (where, text)
        for name, objects in all_content_objects().items()
        for where, text in strings_in(objects, name)
    ]
    texts.append(("NOT_LEGAL_ADVICE", NOT_LEGAL_ADVICE))
    texts += [("WHICH_IS_WHICH", text) for text in WHICH_IS_WHICH]
    return texts


@pytest.mark.parametrize(("where", "text"), markup_texts(), ids=lambda value: str(value)[:40])
def test_guidance_speaks_to_you(where: str, text: str) -> None:
    spoken = QUOTED.sub("", plain(text))
    assert not FIRST_PERSON.search(spoken), f"{where}: {text}"


def test_statements_are_in_the_persons_own_voice() -> None:
    for step in STEPS:
        for statement in step.statements:
            assert FIRST_PERSON.search(statement.text), statement.key


def test_examples_are_short_and_have_no_full_stop() -> None:
    for section in SECTIONS:
        for example in section.examples:
            assert len(example) <= 70, example
            assert not example.endswith("."), example


def test_nothing_claims_to_be_legal_advice() -> None:
    for where, text in _every_visible_string():
        for match in re.finditer(r"legal advice", text, re.IGNORECASE):
            before = text[: match.start()].lower()
            assert before.endswith(("not ", "no ")), f"{where}: {text}"
    assert "not legal advice" in NOT_LEGAL_ADVICE
    for adviser in ("solicitor", "Citizens Advice", "advocacy"):
        assert adviser in NOT_LEGAL_ADVICE


def test_wrap_is_always_yours_and_never_endorsed() -> None:
    for where, text in _every_visible_string():
        assert not re.search(r"\b(the|a|an) WRAP\b", text, re.IGNORECASE), f"{where}: {text}"
        assert not re.search(r"endorse|approved|official|certified", text, re.IGNORECASE), where
    attributed = [t for _, t in _every_visible_string() if "Advocates for Human Potential" in t]
    assert attributed, "the WRAP trademark is credited somewhere"


def test_no_blaming_or_alarm_words() -> None:
    banned = re.compile(
        r"\b(fail(ed|ure)?|non-?complian\w*|refus(ed|es) to engage|must not forget|"
        r"warning!|error|invalid|wrong)\b",
        re.IGNORECASE,
    )
    for where, text in _every_visible_string():
        assert not banned.search(text), f"{where}: {text}"
