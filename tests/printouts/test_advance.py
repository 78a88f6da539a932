"""The three advance printouts: each ready to sign, each saying plainly what it is."""

from __future__ import annotations

import dataclasses

import pytest

from tests.printouts.conftest import OPTIONS, flat, in_order, pdf_text
from wrapdesk.document import AdvanceDoc, OwnerDoc, PlanDocument, RefusalDoc
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import Missing, build_pdf, check_adrt

NOT_LEGAL_ADVICE = "WrapDesk helps you write down your wishes, but it is not legal advice."


def printed(kind: str, document: PlanDocument) -> str:
    return flat(pdf_text(build_pdf(kind, document, untranslated, OPTIONS)))


def test_advance_statement_has_the_details_topics_facts_and_lines_to_sign(
    plan: PlanDocument,
) -> None:
    text = printed("advance-statement", plan)
    assert in_order(
        text,
        "Advance statement",
        "not legally binding, but anyone who decides what is in my best interests must take "
        "it into account",
        "Name Gwenllian Ŷr-Evans",
        "Date of birth 29 February 1988",
        "Address 3 Heol y Dŵr, Aberystwyth",
        "Treatment",
        "I'd want this Talking therapy",
        "Try care at home first",
        "Medicines",
        "Allergic Penicillin",
        "Who to contact",
        "Siân Ŷr-Evans",
        "Who not to contact",
        "Jordan Price",
        "Food and drink",
        "Vegetarian",
        "How to talk with me",
        "Text first, please.",
        "Short sentences, please",
        "Signing this statement",
        "My signature",
        "Date",
        "Witness (optional)",
        "Witness's signature",
        "Dr Rhys Owen Witness's name",
        NOT_LEGAL_ADVICE,
        "Citizens Advice",
    )


def test_adrt_names_each_refusal_and_its_circumstances(plan: PlanDocument) -> None:
    text = printed("adrt", plan)
    assert in_order(
        text,
        "Advance decision to refuse treatment",
        "Mental Capacity Act 2005",
        "Name Gwenllian Ŷr-Evans",
        "Date of birth 29 February 1988",
        "Address 3 Heol y Dŵr, Aberystwyth",
        "My GP Dr Rhys Owen, Stryd Fawr Surgery",
        "Refusal 1",
        "I refuse Electroconvulsive therapy",
        "When this applies In any situation",
        "Refusal 2",
        "I refuse Artificial ventilation",
        "When this applies If I have a stroke",
        "even if my life is at risk",
        "Where copies are kept",
        "Siân and my GP",
        "My signature",
        "Or signed for me, in my presence and at my direction",
        "Witness's signature",
        "Ffion Hughes Witness's name",
        NOT_LEGAL_ADVICE,
    )


def test_the_life_at_risk_words_stand_only_beside_life_sustaining_refusals(
    plan: PlanDocument,
) -> None:
    text = printed("adrt", plan)
    assert text.count("even if my life is at risk") == 1
    after_ventilation = text[text.index("Artificial ventilation") :]
    assert "even if my life is at risk" in after_ventilation
    none_life_sustaining = dataclasses.replace(
        plan, refusals=tuple(dataclasses.replace(r, life_sustaining=False) for r in plan.refusals)
    )
    assert "even if my life is at risk" not in printed("adrt", none_life_sustaining)


def test_a_complete_adrt_has_nothing_missing(plan: PlanDocument) -> None:
    assert check_adrt(plan, untranslated) == ()


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        ({"owner": OwnerDoc(date_of_birth="1988-02-29", address="x")}, "name", "full name"),
        ({"owner": OwnerDoc(name="G", address="x")}, "date-of-birth", "date of birth"),
        ({"owner": OwnerDoc(name="G", date_of_birth="1988-02-29")}, "address", "address"),
        ({"advance": AdvanceDoc(adrt_copies_held_by="Siân")}, "gp", "GP"),
        ({"advance": AdvanceDoc(adrt_gp="Dr Owen")}, "copies", "who has copies"),
        ({"refusals": ()}, "refusals", "no refusals yet"),
        (
            {"refusals": (RefusalDoc(id=9, treatment="Depot injections"),)},
            "refusal-9-circumstances",
            "Your refusal of “Depot injections” doesn't say when it applies",
        ),
        (
            {"refusals": (RefusalDoc(id=4, treatment=" ", circumstances="Always"),)},
            "refusal-4-treatment",
            "Refusal 1 doesn't name a treatment",
        ),
    ],
)
def test_the_check_names_each_missing_element(
    plan: PlanDocument, change: dict[str, object], key: str, words: str
) -> None:
    missing = check_adrt(dataclasses.replace(plan, **change), untranslated)  # type: ignore[arg-type]
    assert key in [m.key for m in missing]
    found = next(m for m in missing if m.key == key)
    assert isinstance(found, Missing) and words in found.message


def test_an_adrt_with_gaps_prints_lines_to_write_them_in(plan: PlanDocument) -> None:
    gaps = dataclasses.replace(
        plan,
        owner=OwnerDoc(name="Gwen Evans"),
        advance=AdvanceDoc(),
        refusals=(RefusalDoc(id=1, treatment="Depot injections"),),
    )
    text = printed("adrt", gaps)
    assert in_order(text, "Name Gwen Evans", "Date of birth", "Address", "My GP", "Refusal 1")
    assert "1988" not in text and "Stryd Fawr" not in text


def test_scottish_statement_carries_the_witness_certificate(plan: PlanDocument) -> None:
    text = printed("scottish-statement", plan)
    assert in_order(
        text,
        "Advance statement (Scotland)",
        "section 275 of the Mental Health (Care and Treatment) (Scotland) Act 2003",
        "Name Gwenllian Ŷr-Evans",
        "How I wish to be treated",
        "Treat me near my family",
        "How I do not wish to be treated",
        "No haloperidol",
        "My reasons",
        "It gave me spasms",
        "My signature",
        "Witness's certificate",
        "I certify that, in my opinion, when Gwenllian Ŷr-Evans made this statement they had "
        "the capacity to intend the wishes set out in it.",
        "doctor, nurse, social worker, psychologist, solicitor or occupational therapist",
        "Witness's signature",
        "Dr Iain Ross Witness's name",
        "Psychiatrist Profession",
        NOT_LEGAL_ADVICE,
    )
    assert "Try care at home first" not in text  # the England and Wales statement's words


def test_each_advance_printout_prints_even_when_nothing_is_written() -> None:
    empty = PlanDocument(owner=OwnerDoc(name="Gwen"), included=(), sections=())
    assert "Nothing is written in this statement yet." in printed("advance-statement", empty)
    assert "Nothing is written in this statement yet." in printed("scottish-statement", empty)
    assert in_order(printed("adrt", empty), "Refusal 1", "I refuse", "When this applies")
