from __future__ import annotations

from datetime import date

import pytest

from wrapdesk.content import (
    CHECKED_NOTE,
    HELPLINES,
    HELPLINES_CHECKED,
    MEDICINE_STATUSES,
    NOT_LEGAL_ADVICE,
    PERSON_ROLES,
    PLACE_PREFERENCES,
    TREATMENT_PREFERENCES,
    WHICH_IS_WHICH,
    choice,
    glossary_keys,
    helpline,
)


def test_choice_keys() -> None:
    assert [c.key for c in MEDICINE_STATUSES] == ["current", "acceptable", "avoid", "allergy"]
    assert [c.key for c in TREATMENT_PREFERENCES] == ["wanted", "avoid"]
    assert [c.key for c in PLACE_PREFERENCES] == ["preferred", "avoid"]
    assert [c.key for c in PERSON_ROLES] == [
        "first-contact",
        "supporter",
        "planning-partner",
        "care-team",
        "task-helper",
    ]
    for choices in (MEDICINE_STATUSES, TREATMENT_PREFERENCES, PLACE_PREFERENCES, PERSON_ROLES):
        assert len({c.label for c in choices}) == len(choices)
        for c in choices:
            assert c.label and c.hint and c.context == "Vocabulary"


def test_choice_lookup() -> None:
    assert choice(PERSON_ROLES, "first-contact").label == "Call first"
    with pytest.raises(KeyError):
        choice(PERSON_ROLES, "boss")


def test_helplines_are_exactly_the_checked_uk_numbers() -> None:
    assert {(h.key, h.number, h.how) for h in HELPLINES} == {
        ("nhs-111", "111", "Call"),
        ("emergency", "999", "Call"),
        ("samaritans", "116 123", "Call"),
        ("shout", "85258", "Text"),
    }
    assert "option 2" in helpline("nhs-111").description
    assert "free" in helpline("samaritans").description.lower()
    assert date(2026, 11, 27) == HELPLINES_CHECKED
    assert CHECKED_NOTE.format(date="27 November 2026").endswith("27 November 2026.")
    with pytest.raises(KeyError):
        helpline("nope")


def test_legal_words() -> None:
    assert "not legal advice" in NOT_LEGAL_ADVICE
    assert 3 <= len(WHICH_IS_WHICH) <= 5
    linked = {key for text in WHICH_IS_WHICH for key in glossary_keys(text)}
    assert {"advance-statement", "adrt", "scottish-advance-statement"} <= linked
    joined = " ".join(WHICH_IS_WHICH)
    assert "not legally binding" in joined
    assert "witness" in joined
