"""The crisis plan for family: who to call first, in order, on two pages, and current."""

from __future__ import annotations

import dataclasses

import pytest

from tests.printouts.conftest import (
    OPTIONS,
    body_only,
    body_size,
    flat,
    in_order,
    page_texts,
    pdf_text,
    reader,
    sample_plan,
)
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import (
    MAX_CRISIS_PAGES,
    CrisisPlanTooLong,
    build_pdf,
    crisis_plan_pages,
)

CRISIS_LISTS = (
    ("crisis.take-over-signs", "item"),
    ("crisis.helps", "helps"),
    ("crisis.helps", "not-helps"),
    ("crisis.helps", "tasks"),
    ("crisis.supporters", "disagreements"),
    ("crisis.home-care", "item"),
    ("crisis.no-longer-needed", "item"),
)
"""The lists the family printout carries, every entry of each."""


def crisis_plan(document: PlanDocument, **options: object) -> bytes:
    return build_pdf("crisis-plan", document, untranslated, dataclasses.replace(OPTIONS, **options))


def test_the_parts_come_in_the_order_a_helper_needs_them(plan: PlanDocument) -> None:
    text = pdf_text(crisis_plan(plan))
    assert in_order(
        text,
        "My crisis plan",
        "Who to call first",
        "Siân Ŷr-Evans",
        "07700 900111",
        "Others you can call",
        "Paweł Łukasik",
        "Helplines",
        "Samaritans",
        "Signs that others need to take over",
        "I stop eating for a day",
        "What helps me",
        "Speak slowly and kindly",
        "What doesn't help",
        "Jobs for people I trust",
        "Please don't involve these people",
        "Jordan Price",
        "If my supporters disagree",
        "Medicines",
        "Treatment places",
        "Treatments",
        "Care at home or respite",
        "When this plan is no longer needed",
        "I cook my own tea again",
    )


def test_who_to_call_puts_first_contacts_first_then_numbers(plan: PlanDocument) -> None:
    text = flat(pdf_text(crisis_plan(plan)))
    assert in_order(text, "Who to call first", "Siân Ŷr-Evans · Sister", "07700 900111")
    assert in_order(text, "Others you can call", "Paweł Łukasik", "Neighbour", "07700 900222")
    # A friend with no phone number is not a number to call in a hurry.
    assert "Ελένη" not in text


def test_helplines_show_their_checked_date_and_hidden_ones_stay_hidden(plan: PlanDocument) -> None:
    text = flat(pdf_text(crisis_plan(plan)))
    assert in_order(text, "NHS 111", "Call 111", "Emergency services", "Call 999")
    assert "Samaritans Call 116 123" in text
    assert "These numbers were last checked on 27 November 2026." in text
    assert "Shout" not in text and "85258" not in text


def test_people_not_to_involve_are_named_but_their_reason_stays_private(
    plan: PlanDocument,
) -> None:
    text = flat(pdf_text(crisis_plan(plan)))
    assert "Please don't involve these people • Jordan Price — Ex-partner" in text
    assert "It would set me back" not in text


def test_what_must_not_be_given_comes_first_and_is_said_in_words(plan: PlanDocument) -> None:
    text = flat(pdf_text(crisis_plan(plan)))
    assert in_order(
        text,
        "Allergic Penicillin — Swollen lips",
        "Please avoid Olanzapine — Made me flat",
        "Taking now Lithium — 800 mg at night",
        "Would accept Quetiapine — 25 mg",
    )


def test_every_page_says_which_copy_it_is_and_whom_to_ask(plan: PlanDocument) -> None:
    pdf = crisis_plan(plan, large_type=True, allow_long=True)
    pages = page_texts(pdf)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "Check this is the newest copy — ask Gwen" in page
        assert "Version 7 · 14 February 2027" in page
        assert f"Page {number} of {len(pages)}" in page


def test_an_unsaved_plan_says_so_with_the_day_it_was_printed(plan: PlanDocument) -> None:
    text = pdf_text(crisis_plan(dataclasses.replace(plan, version=None)))
    assert "Printed 4 March 2027 — not a saved version" in text


def test_type_is_large_and_the_extra_large_option_is_larger(plan: PlanDocument) -> None:
    assert body_size(crisis_plan(plan)) >= 12
    assert body_size(crisis_plan(plan, large_type=True, allow_long=True)) >= 16


def test_the_person_can_choose_what_goes_first(plan: PlanDocument) -> None:
    chosen = ("crisis.no-longer-needed", "crisis.medicines")
    text = pdf_text(crisis_plan(plan, crisis_order=chosen))
    assert in_order(
        text,
        "When this plan is no longer needed",
        "Medicines",
        "Who to call first",
        "Signs that others need to take over",
    )


def test_the_demo_plan_fits_on_two_pages(demo: PlanDocument) -> None:
    assert crisis_plan_pages(demo, untranslated, OPTIONS) <= MAX_CRISIS_PAGES
    pdf = crisis_plan(demo)
    assert len(reader(pdf).pages) <= MAX_CRISIS_PAGES
    text = flat(pdf_text(pdf))
    assert "Sam Morgan · Sister 07700 900417" in text
    for key, kind in CRISIS_LISTS:
        section = demo.section(key)
        assert section is not None
        for entry in section.entries(kind):
            assert flat(entry.text) in text, entry.text


@pytest.mark.slow
def test_a_ten_year_plan_is_never_cut_to_fit(ten_years: PlanDocument) -> None:
    pages = crisis_plan_pages(ten_years, untranslated, OPTIONS)
    assert pages > MAX_CRISIS_PAGES
    with pytest.raises(CrisisPlanTooLong) as told:
        crisis_plan(ten_years)
    assert told.value.pages == pages

    pdf = crisis_plan(ten_years, allow_long=True)
    assert len(reader(pdf).pages) == pages
    text = body_only(pdf)
    for key, kind in CRISIS_LISTS:
        section = ten_years.section(key)
        assert section is not None and section.entries(kind)
        for entry in section.entries(kind):
            assert flat(entry.text) in text, (key, entry.text)
    for person in ten_years.people:
        assert person.phone in text
    for medicine in ten_years.medicines:
        assert medicine.name in text


def test_a_plan_with_nothing_in_it_still_gives_the_numbers_and_says_so() -> None:
    empty = PlanDocument(owner=sample_plan().owner, included=(), sections=())
    text = flat(pdf_text(crisis_plan(empty)))
    assert in_order(text, "Who to call first", "Samaritans", "Nothing else is written in this")
