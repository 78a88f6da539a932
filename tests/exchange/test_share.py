"""A whole share: the plan document inside is checked, and the note says what it should."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.exchange.conftest import PDF, README, assert_plain_sentence, good_package
from wrapdesk.document import PlanDocument, dumps
from wrapdesk.exchange import (
    AgeIdentity,
    SharedPlanInvalid,
    SharedPlanTooNew,
    make_share,
    open_share,
    opening_instructions,
    readme_text,
    section_titles,
)
from wrapdesk.exchange.age_file import seal_to_recipient
from wrapdesk.i18n import untranslated


def sealed_document(plan_json: bytes, recipient: str) -> bytes:
    return seal_to_recipient(good_package(plan_json), recipient)


def test_unknown_plan_document_schema(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    data = json.loads(dumps(document))
    data["schema"] = "wrapdesk.plan/2"
    data["new_things"] = ["from the future"]
    with pytest.raises(SharedPlanTooNew) as caught:
        open_share(sealed_document(json.dumps(data).encode(), recipient), identity)
    assert caught.value.schema == "wrapdesk.plan/2"
    assert "newer version of WrapDesk" in assert_plain_sentence(caught.value)


@pytest.mark.parametrize(
    "breakage",
    ["extra-field", "wrong-type", "missing-owner", "not-json", "deep-nesting", "not-utf8"],
)
def test_plan_document_that_fails_its_schema(
    breakage: str, document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    data = json.loads(dumps(document))
    if breakage == "extra-field":
        data["owner"]["script"] = "<img src=x onerror=alert(1)>"
    elif breakage == "wrong-type":
        data["sections"][0]["lists"][0]["entries"][0]["id"] = "one"
    elif breakage == "missing-owner":
        del data["owner"]
    raw = json.dumps(data).encode()
    if breakage == "not-json":
        raw = b"{this is not json"
    elif breakage == "deep-nesting":
        raw = b"[" * 100_000 + b"]" * 100_000
    elif breakage == "not-utf8":
        raw = b'{"schema": "\xff"}'
    with pytest.raises(SharedPlanInvalid) as caught:
        open_share(sealed_document(raw, recipient), identity)
    assert not isinstance(caught.value, SharedPlanTooNew)
    assert "isn't one WrapDesk can read" in assert_plain_sentence(caught.value)


def test_the_document_read_back_is_the_one_sent(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    share = open_share(make_share(document, PDF, README, recipient=recipient), identity)
    assert dumps(share.document) == dumps(document)
    assert share.document.version == document.version


def test_make_share_needs_exactly_one_way_to_open(document: PlanDocument, recipient: str) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        make_share(document, PDF, README)
    with pytest.raises(ValueError, match="exactly one"):
        make_share(document, PDF, README, passphrase="a b c d e f", recipient=recipient)


def test_readme_says_what_it_is_who_it_is_from_and_how_to_open_it(
    document: PlanDocument,
) -> None:
    text = readme_text(document, "passphrase", untranslated)
    assert text.startswith("A plan Alex shared with you from WrapDesk\n====")
    assert "version 3 of the plan, from 2026-03-01" in text
    for title in ("When I'm well", "Supporters"):
        assert any(title.lower() in line.lower() for line in text.splitlines()), title
    assert "age -d -o plan.zip FILE.age" in text and "unzip plan.zip" in text
    assert "Open a plan someone shared…" in text
    assert "keep it private" in text
    key_text = readme_text(document, "age-key", untranslated)
    assert "age -d -i key.txt -o plan.zip FILE.age" in key_text
    nameless = dataclasses.replace(document, owner=dataclasses.replace(document.owner, name=""))
    nameless = dataclasses.replace(
        nameless, owner=dataclasses.replace(nameless.owner, preferred_name="")
    )
    assert readme_text(nameless, "passphrase", untranslated).startswith(
        "A plan shared with you from WrapDesk"
    )


def test_readme_goes_through_translate(document: PlanDocument) -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, source))
        return f"«{source}»"

    text = readme_text(document, "passphrase", translate)
    # Each sentence is translated whole, and the name filled in after translating.
    assert text.startswith("«A plan Alex shared with you from WrapDesk»")
    assert "«The parts shared with you:»" in text
    assert {context for context, _ in seen} >= {"Sharing", "Sections"}


def test_section_titles_and_instructions(document: PlanDocument) -> None:
    titles = section_titles(document, untranslated)
    assert len(titles) == len(document.included) == 3
    note = opening_instructions("passphrase", "plan-for-sam.age", untranslated)
    assert "age -d -o plan.zip plan-for-sam.age" in note
