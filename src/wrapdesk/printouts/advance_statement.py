"""The advance statement for England and Wales: the person's wishes, ready to sign.

Every topic the person wrote about prints under its label, with the medicines, treatments,
places and people from the same rows as the crisis plan placed beside the topic they
belong to. It says plainly what the statement is in law, and ends in lines to sign.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from wrapdesk.content import section
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts import facts
from wrapdesk.printouts.advance import about_me, advance_sheet, advance_styles, legal_note
from wrapdesk.printouts.blocks import entry_bullets, title_block
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import render
from wrapdesk.printouts.style import Styles
from wrapdesk.printouts.tables import notice, sign_here
from wrapdesk.printouts.words import markup, name_line

KEY = "advance-statement"


def _said_once(text: str, st: Styles) -> list[Flowable]:
    """Something the person wrote once about themselves (how to talk with them)."""
    return [Paragraph(markup(text), st.body)] if text.strip() else []


def _topics(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """Each topic with something in it, in the catalogue's order: its heading, the facts
    that belong with it (medicines with the notes about medicines, places with hospital,
    how to talk with the person), then their entries. Unknown lists come last."""
    beside: dict[str, Callable[[], list[Flowable]]] = {
        "treatment": lambda: facts.treatments(document, translate, st),
        "medicines-notes": lambda: facts.medicines(document, translate, st),
        "hospital": lambda: facts.places(document, translate, st),
        "contact": lambda: facts.people(document, translate, st),
        "no-contact": lambda: facts.people_not_involved(document, st),
        "communication": lambda: _said_once(document.owner.communication_needs, st),
    }
    doc = document.section(KEY)
    lists = section(KEY).localized(translate).lists
    known = {lst.kind for lst in lists}
    extra = [lst.kind for lst in doc.lists if lst.kind not in known] if doc else []
    out: list[Flowable] = []
    for kind, label in [*((lst.kind, lst.label) for lst in lists), *((k, k) for k in extra)]:
        shown = beside[kind]() if kind in beside else []
        entries = doc.entries(kind) if doc is not None else ()
        if not shown and not entries:
            continue
        if kind == "medicines-notes" and shown:
            out += [Paragraph(markup(translate("Printouts", "Medicines")), st.heading), *shown]
            if entries:
                out.append(Paragraph(markup(label), st.subheading))
        else:
            out += [Paragraph(markup(label), st.heading), *shown]
        out += entry_bullets(entries, document, translate, st, credit=False)
    return out


def _story(document: PlanDocument, translate: Translate, options: PrintOptions) -> list[Flowable]:
    st = advance_styles(options)
    intro = [
        markup(
            translate(
                "Printouts",
                "I wrote this while I was able to make decisions for myself. It says how I would "
                "like to be cared for if a time comes when I can't decide or say what I want.",
            )
        )
    ]
    story = title_block(
        name_line(document.owner), translate("Printouts", "Advance statement"), intro, st
    )
    story.append(
        notice(
            markup(
                translate(
                    "Printouts",
                    "This statement is not legally binding, but anyone who decides what is in "
                    "my best interests must take it into account (Mental Capacity Act 2005, "
                    "section 4(6)). It can't stop treatment under the Mental Health Act.",
                )
            ),
            st,
        )
    )
    story += about_me(document, translate, st)
    topics = _topics(document, translate, st)
    story += topics
    if not topics:
        story.append(
            Paragraph(
                markup(translate("Printouts", "Nothing is written in this statement yet.")), st.body
            )
        )
    signing = sign_here(
        [[(translate("Printouts", "My signature"), ""), (translate("Printouts", "Date"), "")]],
        st,
        heading=translate("Printouts", "Signing this statement"),
    )
    witness = sign_here(
        [
            [
                (translate("Printouts", "Witness's signature"), ""),
                (translate("Printouts", "Date"), ""),
            ],
            [
                (
                    translate("Printouts", "Witness's name"),
                    document.advance.statement_witness_name.strip(),
                )
            ],
        ],
        st,
        heading=translate("Printouts", "Witness (optional)"),
    )
    # The signature and the witness's stay on one page: the witness saw that signature made.
    return [*story, KeepTogether(signing + witness + legal_note(translate, st))]


def build_advance_statement(
    document: PlanDocument, translate: Translate, options: PrintOptions
) -> bytes:
    """The advance statement (England and Wales) as a PDF, with lines to sign."""
    title = translate("Printouts", "Advance statement")
    sheet = advance_sheet(document, translate, options, title)
    return render(_story(document, translate, options), sheet)[0]
