from __future__ import annotations

import re

import pytest

from tests.content.content_views import markup_texts
from wrapdesk.content import GLOSSARY, glossary_keys, plain, term

SEED_TERMS = (
    "advance-statement",
    "carer",
    "coproduction",
    "experts-by-experience",
    "experts-by-profession",
    "lived-experience",
    "peer-support",
    "peer-supporter",
    "service-user",
    "patient",
    "signposting",
    "user-led-initiative",
    "wrap",
)
APP_TERMS = (
    "adrt",
    "scottish-advance-statement",
    "capacity",
    "best-interests",
    "witness",
    "life-sustaining-treatment",
    "lasting-power-of-attorney",
    "mental-capacity-act",
    "mental-health-act",
    "scottish-mental-health-act",
    "named-person",
    "mental-welfare-commission",
    "tribunal",
    "supporter",
    "trigger",
    "early-warning-sign",
    "wellness-toolbox",
    "daily-maintenance-plan",
    "crisis",
    "crisis-plan",
    "post-crisis-plan",
    "respite",
    "co-assess",
    "co-decide",
    "co-design",
    "co-deliver",
    "review-date",
    "version",
    "recovery-key",
    "passphrase",
    "encryption",
    "age",
    "backup",
    "care-team",
    "gp",
    "nhs-111",
)
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
KEYS = {entry.key for entry in GLOSSARY}


@pytest.mark.parametrize("key", SEED_TERMS + APP_TERMS)
def test_glossary_covers_every_term_we_promised(key: str) -> None:
    assert key in KEYS


def test_glossary_is_sorted_by_term_with_unique_keys_and_terms() -> None:
    terms = [entry.term.casefold() for entry in GLOSSARY]
    assert terms == sorted(terms)
    assert len(KEYS) == len(GLOSSARY)
    assert len(set(terms)) == len(terms)
    for key in KEYS:
        assert KEY.match(key), key


@pytest.mark.parametrize("entry", GLOSSARY, ids=lambda entry: entry.key)
def test_each_definition_is_short_plain_and_not_circular(entry: object) -> None:
    from wrapdesk.content import GlossaryTerm

    assert isinstance(entry, GlossaryTerm)
    sentences = re.findall(r"[.!?](?:\s|$)", plain(entry.definition))
    assert 1 <= len(sentences) <= 3, entry.definition
    assert entry.key not in glossary_keys(entry.definition), "links to itself"
    assert entry.key not in entry.see_also
    assert len(set(entry.see_also)) == len(entry.see_also)
    for other in entry.see_also:
        assert other in KEYS, f"{entry.key} sees also unknown {other}"


@pytest.mark.parametrize(("where", "text"), markup_texts(), ids=lambda value: str(value)[:40])
def test_every_link_goes_to_a_glossary_entry_once(where: str, text: str) -> None:
    keys = glossary_keys(text)
    for key in keys:
        assert key in KEYS, f"{where} links to unknown {key}"
    assert len(keys) == len(set(keys)), f"{where} links a term twice"
    assert "glossary:" not in plain(text), f"{where} has a broken link"
    assert "](" not in plain(text), f"{where} has a broken link"


def test_links_are_used_across_the_content() -> None:
    linked = {key for _, text in markup_texts() for key in glossary_keys(text)}
    assert len(linked) >= 25


def test_term_lookup() -> None:
    assert term("adrt").term == "Advance decision to refuse treatment (ADRT)"
    with pytest.raises(KeyError):
        term("not-a-term")
