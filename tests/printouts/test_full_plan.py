"""The full plan ("wrap"): every section present, in order, and nothing that was left out."""

from __future__ import annotations

import dataclasses

from tests.printouts.conftest import OPTIONS, body_only, flat, in_order, pdf_text
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import build_pdf


def wrap(document: PlanDocument) -> bytes:
    return build_pdf("wrap", document, untranslated, OPTIONS)


def chosen(document: PlanDocument, *keys: str, facts: tuple[str, ...] = ()) -> PlanDocument:
    """The document as the plan builds it for chosen sections: only their entries, and only
    the facts those sections show."""
    empty = dict.fromkeys(("people", "medicines", "treatments", "places", "refusals"), ())
    return dataclasses.replace(
        document,
        included=tuple(k for k in document.included if k in keys),
        sections=tuple(s for s in document.sections if s.key in keys),
        **{name: value for name, value in empty.items() if name not in facts},
    )


def test_every_section_prints_in_order_under_its_group(plan: PlanDocument) -> None:
    text = flat(pdf_text(wrap(plan)))
    assert in_order(
        text,
        "My plan",
        "Please call me Gwen",
        "My Wellness Recovery Action Plan (WRAP)",
        "Wellness toolbox",
        "Things that help me",
        "Walk to Llyn y Fan with Siân",
        "Early warning signs",
        "My early warning signs",
        "Sleeping under five hours",
        "Things I must do",
        "Tell Siân the same day",
        "My allotment",
        "Bean rows in May",
        "My crisis plan",
        "What I'm like when I'm well",
        "I hum while I cook",
        "Signs that others need to take over",
        "My supporters",
        "If my supporters disagree",
        "People who support me",
        "Siân Ŷr-Evans",
        "Please don't involve these people",
        "Jordan Price",
        "It would set me back.",
        "Medicines",
        "Taking now Lithium",
        "Allergic Penicillin",
        "Treatments",
        "Care at home or respite",
        "Treatment places",
        "What helps and what doesn't",
        "When this plan is no longer needed",
        "My advance statements",
        "Advance statement (England and Wales)",
        "Try care at home first",
        "Witness Dr Rhys Owen",
        "Advance decision to refuse treatment",
        "Electroconvulsive therapy — In any situation",
        "Artificial ventilation",
        "This refusal applies even if my life is at risk.",
        "Details of my advance decision",
        "Dr Rhys Owen, Stryd Fawr Surgery",
        "Advance statement (Scotland)",
        "Treat me near my family",
        "Psychiatrist",
    )


def test_who_suggested_an_entry_is_said_quietly(plan: PlanDocument) -> None:
    text = flat(pdf_text(wrap(plan)))
    assert "Speak slowly and kindly — suggested by Siân Ŷr-Evans" in text


def test_each_fact_prints_once_and_later_parts_say_where_it_is(plan: PlanDocument) -> None:
    text = flat(pdf_text(wrap(plan)))
    assert text.count("Lithium") == 1
    assert text.count("Talking therapy") == 1
    assert in_order(
        text,
        "Advance statement (England and Wales)",
        "listed earlier in this plan belong to this part too",
        "Advance decision to refuse treatment",
    )


def test_a_supporter_copy_holds_the_chosen_sections_and_nothing_else(
    plan: PlanDocument,
) -> None:
    copy = chosen(plan, "crisis.take-over-signs", "crisis.medicines", facts=("medicines",))
    text = flat(pdf_text(wrap(copy)))
    assert in_order(text, "My crisis plan", "Signs that others", "Medicines", "Penicillin")
    for left_out in (
        "Walk to Llyn y Fan",
        "Wellness toolbox",
        "Bean rows",
        "I hum while I cook",
        "Speak slowly",
        "Siân has the final say",
        "Jordan Price",
        "Talking therapy",
        "Try care at home first",
        "Electroconvulsive",
        "Treat me near my family",
        "My advance statements",
    ):
        assert left_out not in text, left_out


def test_the_advance_part_alone_still_carries_its_facts(plan: PlanDocument) -> None:
    copy = chosen(plan, "advance-statement", facts=("people", "medicines", "treatments", "places"))
    text = flat(pdf_text(wrap(copy)))
    assert in_order(
        text, "Advance statement (England and Wales)", "Try care at home first", "Lithium"
    )
    assert "listed earlier" not in text


def test_facts_no_printed_section_shows_are_still_printed(plan: PlanDocument) -> None:
    copy = chosen(plan, "wellness-toolbox", facts=("medicines",))
    text = flat(pdf_text(wrap(copy)))
    assert in_order(text, "Wellness toolbox", "More from my plan", "Penicillin")


def test_every_entry_of_the_demo_is_printed(demo: PlanDocument) -> None:
    text = body_only(wrap(demo))
    for section in demo.sections:
        for lst in section.lists:
            for entry in lst.entries:
                assert flat(entry.text) in text, (section.key, entry.text)
    for person in demo.people:
        assert person.name in text
