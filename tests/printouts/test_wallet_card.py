"""The wallet card: bank-card size, folded, saying there is a plan and who to call."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.units import mm

from tests.printouts.conftest import OPTIONS, flat, in_order, pdf_text, reader
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import build_pdf
from wrapdesk.printouts.wallet_card import CARD_HEIGHT, CARD_WIDTH, WalletCard, card_words


def card(document: PlanDocument) -> bytes:
    return build_pdf("wallet-card", document, untranslated, OPTIONS)


def read_aloud(pdf: bytes) -> str:
    """The card's two panels sit side by side, so read them in the order they are drawn
    (front, then back), as a screen reader does, not line by line across the fold."""
    return flat(pdf_text(pdf, mode="-raw"))


def test_the_card_says_there_is_a_plan_and_who_to_contact(plan: PlanDocument) -> None:
    pdf = card(plan)
    assert len(reader(pdf).pages) == 1
    text = read_aloud(pdf)
    one_card = (
        "I have a crisis plan and an advance statement.",
        "If I can't speak for myself, please contact:",
        "Siân Ŷr-Evans · Sister",
        "07700 900111",
        "Name",
        "Gwenllian Ŷr-Evans · she/her",
        "Allergies",
        "Penicillin",
        "Version 7 · 14 February 2027",
        "Check this is the newest copy — ask Gwen",
    )
    assert in_order(text, "Wallet card", "Cut along the corner marks", *one_card, *one_card)


def test_folded_it_is_the_size_of_a_bank_card(plan: PlanDocument) -> None:
    assert (round(CARD_WIDTH / mm, 1), round(CARD_HEIGHT / mm, 1)) == (85.6, 54.0)
    unfolded = WalletCard(card_words(plan, untranslated, OPTIONS))
    width, height = unfolded.wrap(500, 500)
    # Two panels side by side, with room for the corner marks all round.
    assert width - 2 * CARD_WIDTH == pytest.approx(height - CARD_HEIGHT)
    assert width > 2 * CARD_WIDTH


def test_without_advance_wishes_it_says_crisis_plan_only(plan: PlanDocument) -> None:
    crisis_only = dataclasses.replace(
        plan,
        sections=tuple(s for s in plan.sections if s.group != "advance"),
        refusals=(),
    )
    text = read_aloud(card(crisis_only))
    assert "I have a crisis plan." in text and "advance statement" not in text


def test_with_no_one_marked_first_it_gives_the_first_supporter_with_a_number(
    plan: PlanDocument,
) -> None:
    nobody_first = dataclasses.replace(
        plan, people=tuple(dataclasses.replace(p, roles=()) for p in plan.people)
    )
    text = read_aloud(card(nobody_first))
    assert "please contact: Siân Ŷr-Evans · Sister 07700 900111" in text
