from __future__ import annotations

import re

import pytest

from wrapdesk.content import LIFE_AREAS, RATINGS, STEPS, choice, statement, step

PREFIX = {
    "co-assess": "assess.",
    "co-decide": "decide.",
    "co-design": "design.",
    "co-deliver": "deliver.",
}


def test_steps_go_round_in_order_with_the_seed_statement_counts() -> None:
    assert tuple(s.key for s in STEPS) == ("co-assess", "co-decide", "co-design", "co-deliver")
    assert tuple(len(s.statements) for s in STEPS) == (3, 5, 4, 3)


def test_statement_keys_are_unique_and_belong_to_their_step() -> None:
    keys = [st.key for s in STEPS for st in s.statements]
    assert len(keys) == len(set(keys)) == 15
    for s in STEPS:
        for st in s.statements:
            assert st.key.startswith(PREFIX[s.key]), st.key
            assert re.match(r"^[a-z]+\.[a-z]+(-[a-z]+)*$", st.key), st.key
            assert statement(st.key) is st


@pytest.mark.parametrize("s", STEPS, ids=lambda s: s.key)
def test_each_step_has_words_and_questions(s: object) -> None:
    from wrapdesk.content import CycleStepDef

    assert isinstance(s, CycleStepDef)
    assert s.title.strip() and s.purpose.strip()
    assert s.short_title and len(s.short_title) <= 22
    assert 3 <= len(s.questions) <= 5
    for question in s.questions:
        assert question.endswith("?"), question
    assert len({st.text for st in s.statements}) == len(s.statements)


def test_questions_cover_what_each_step_is_about() -> None:
    def said(key: str) -> str:
        return " ".join(step(key).questions).lower()

    assert "matters" in said("co-assess")
    assert "worked" in said("co-assess")
    assert "change" in said("co-assess")
    assert "goals" in said("co-decide")
    assert "options" in said("co-decide")
    assert "support" in said("co-decide")
    assert "write" in said("co-design")
    assert "idea" in said("co-design")
    assert "by when" in said("co-deliver")
    assert "again" in said("co-deliver")
    assert "copy" in said("co-deliver")


def test_life_areas() -> None:
    assert 8 <= len(LIFE_AREAS) <= 10
    keys = [area.key for area in LIFE_AREAS]
    assert len(keys) == len(set(keys))
    for required in ("home", "relationships", "work-study", "money", "physical-health", "mind"):
        assert required in keys
    for area in LIFE_AREAS:
        assert area.title.strip()
        assert area.prompt.endswith("?")


def test_ratings() -> None:
    assert tuple(r.key for r in RATINGS) == ("not-yet", "partly", "yes")
    assert choice(RATINGS, "partly").label == "Partly"
    assert all(r.context == "Cycle" for r in RATINGS)


def test_lookups_raise_key_error() -> None:
    with pytest.raises(KeyError):
        step("co-nothing")
    with pytest.raises(KeyError):
        statement("assess.nothing")
