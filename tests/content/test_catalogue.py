from __future__ import annotations

import re

import pytest

from wrapdesk.content import (
    GROUPS,
    SECTIONS,
    STRUCTURED_KINDS,
    group,
    section,
    sections_in,
)

SECTION_KEY = re.compile(r"^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)?$")
KEBAB = re.compile(r"^[a-z]+(-[a-z]+)*$")

WRAP_KEYS = (
    "wellness-toolbox",
    "daily-plan",
    "triggers",
    "early-warning-signs",
    "breaking-down",
    "post-crisis",
)
CRISIS_KEYS = (
    "crisis.when-well",
    "crisis.take-over-signs",
    "crisis.supporters",
    "crisis.medicines",
    "crisis.treatments",
    "crisis.home-care",
    "crisis.places",
    "crisis.helps",
    "crisis.no-longer-needed",
)
ADVANCE_KEYS = ("advance-statement", "adrt", "scottish-statement")

REQUIRED_LISTS = {
    "daily-plan": {"well", "daily", "might", "goals"},
    "triggers": {"item", "must-do", "might-do"},
    "early-warning-signs": {"item", "must-do", "might-do"},
    "breaking-down": {"item", "must-do", "might-do"},
    "post-crisis": {"feel", "support", "steps", "learned"},
    "crisis.supporters": {"disagreements"},
    "crisis.helps": {"helps", "not-helps", "tasks"},
    "advance-statement": {
        "treatment",
        "medicines-notes",
        "hospital",
        "physical-health",
        "contact",
        "no-contact",
        "dependants",
        "home",
        "faith",
        "diet",
        "communication",
        "other",
    },
    "scottish-statement": {"wanted", "not-wanted", "reasons"},
}
REQUIRED_STRUCTURED = {
    "crisis.supporters": {"people", "not-involved"},
    "crisis.medicines": {"medicines"},
    "crisis.treatments": {"treatments"},
    "crisis.places": {"places"},
    "adrt": {"refusals", "adrt-details"},
    "scottish-statement": {"scottish-witness"},
    "advance-statement": {"medicines", "treatments", "places", "people", "not-involved"},
}


def test_sections_come_in_the_agreed_order() -> None:
    assert tuple(s.key for s in SECTIONS) == WRAP_KEYS + CRISIS_KEYS + ADVANCE_KEYS
    assert tuple(s.key for s in sections_in("wrap")) == WRAP_KEYS
    assert tuple(s.key for s in sections_in("crisis")) == CRISIS_KEYS
    assert tuple(s.key for s in sections_in("advance")) == ADVANCE_KEYS


def test_crisis_plan_has_exactly_nine_parts() -> None:
    assert len(sections_in("crisis")) == 9


def test_groups() -> None:
    assert tuple(g.key for g in GROUPS) == ("wrap", "crisis", "advance")
    assert group("wrap").title == "Your WRAP"
    assert group("crisis").title == "Crisis plan"
    assert group("advance").title == "Advance statements"
    for g in GROUPS:
        assert g.purpose.strip()
    with pytest.raises(KeyError):
        group("nope")  # type: ignore[arg-type]


def test_section_keys_are_unique_and_well_formed() -> None:
    keys = [s.key for s in SECTIONS]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert SECTION_KEY.match(key), key


@pytest.mark.parametrize("sec", SECTIONS, ids=lambda s: s.key)
def test_every_section_has_what_a_page_needs(sec: object) -> None:
    from wrapdesk.content import SectionDef

    assert isinstance(sec, SectionDef)
    assert sec.title.strip()
    assert sec.short_title.strip()
    assert len(sec.short_title) <= 22, sec.short_title
    assert sec.purpose.strip()
    assert 3 <= len(sec.prompts) <= 5
    assert 2 <= len(sec.examples) <= 3
    for text in (*sec.prompts, *sec.examples):
        assert text.strip() == text and text
    for prompt in sec.prompts:
        assert "?" in prompt, f"a prompt asks a question: {prompt}"
    kinds = [entry_list.kind for entry_list in sec.lists]
    assert len(kinds) == len(set(kinds)), kinds
    for entry_list in sec.lists:
        assert KEBAB.match(entry_list.kind), entry_list.kind
        assert entry_list.label.strip()
        assert entry_list.add_label.startswith("Add ")
    assert set(sec.structured) <= set(STRUCTURED_KINDS)
    assert len(sec.structured) == len(set(sec.structured))
    assert sec.lists or sec.structured, "a part with nothing to fill in"


def test_required_lists_and_structured_data_are_there() -> None:
    for key, kinds in REQUIRED_LISTS.items():
        assert kinds <= {entry_list.kind for entry_list in section(key).lists}, key
    for key, kinds in REQUIRED_STRUCTURED.items():
        assert set(section(key).structured) == kinds, key
    others = set(WRAP_KEYS + CRISIS_KEYS + ADVANCE_KEYS) - set(REQUIRED_STRUCTURED)
    for key in others:
        assert section(key).structured == (), key


def test_only_the_advance_parts_explain_themselves_and_none_claims_legal_advice() -> None:
    for sec in SECTIONS:
        if sec.group == "advance":
            assert len(sec.about) >= 4, sec.key
            assert any("It is not legal advice." in text for text in sec.about), sec.key
        else:
            assert sec.about == (), sec.key


def test_advance_statement_facts() -> None:
    about = " ".join(section("advance-statement").about)
    assert "not legally binding" in about
    assert "4(6)" in about
    assert "Mental Capacity Act 2005" in about
    assert "Mental Health Act" in about
    assert "witness" in about
    assert "once a year" in about
    for who in ("family", "GP", "care team"):
        assert who in about


def test_adrt_facts() -> None:
    about = " ".join(section("adrt").about)
    assert "“even if my life is at risk”" in about
    assert "18 or over" in about
    for word in ("in writing", "signed", "witness", "withdraw", "lasting power of attorney"):
        assert word in about, word
    assert "Mental Health Act 1983" in about
    for detail in ("name", "address", "date of birth", "GP", "copies"):
        assert detail in about, detail


def test_scottish_statement_facts() -> None:
    about = " ".join(section("scottish-statement").about)
    assert "sections 275 and 276" in about
    assert "Mental Health (Care and Treatment) (Scotland) Act 2003" in about
    assert "significantly impaired" in about
    for job in ("doctor", "nurse", "social worker", "psychologist", "solicitor"):
        assert job in about, job
    assert "occupational therapist" in about
    assert "Mental Welfare Commission" in about
    assert "register" in about
    assert "named person" in about
    assert "6 to 12 months" in about


def test_unknown_section_key_raises_key_error() -> None:
    with pytest.raises(KeyError):
        section("crisis.nope")
    assert section("crisis.medicines").group == "crisis"
