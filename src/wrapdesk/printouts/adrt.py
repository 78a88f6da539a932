"""The advance decision to refuse treatment (England and Wales), and the check before it.

The Mental Capacity Act 2005 (ss24-26) asks for each treatment refused and the situations
the refusal applies to; for treatment that keeps the person alive, a written decision
signed in front of a witness who signs too, saying it applies "even if my life is at
risk" (s25(5)-(6)). Anything missing prints as a line to write on, and
:func:`~wrapdesk.printouts.adrt_check.check_adrt` names it beforehand.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from wrapdesk.document import PlanDocument, RefusalDoc
from wrapdesk.i18n import Translate
from wrapdesk.printouts.advance import about_me, advance_sheet, advance_styles, legal_note
from wrapdesk.printouts.blocks import title_block
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import render
from wrapdesk.printouts.style import Styles
from wrapdesk.printouts.tables import field_rows, notice, sign_here
from wrapdesk.printouts.words import markup, name_line


def _refusal(number: int, refusal: RefusalDoc, translate: Translate, st: Styles) -> Flowable:
    """One refusal: the treatment, when it applies (or lines to write it), and for
    life-sustaining treatment the words the law asks for."""
    heading = translate("Printouts", "Refusal {number}").format(number=number)
    parts: list[Flowable] = [Paragraph(markup(heading), st.subheading)]
    rows = [
        (translate("Printouts", "I refuse"), refusal.treatment.strip()),
        (translate("Printouts", "When this applies"), refusal.circumstances.strip()),
    ]
    parts.append(field_rows(rows, st, write_in=True))
    if refusal.life_sustaining:
        parts.append(
            notice(
                "<b>"
                + markup(
                    translate(
                        "Printouts",
                        "I refuse this treatment even if my life is at risk as a result.",
                    )
                )
                + "</b>",
                st,
            )
        )
    return KeepTogether(parts)


def _story(document: PlanDocument, translate: Translate, options: PrintOptions) -> list[Flowable]:
    st = advance_styles(options)
    intro = [
        markup(
            translate(
                "Printouts",
                "I am 18 or over, and I make this decision while I am able to make decisions "
                "about my treatment. If a time comes when I can't make or share these "
                "decisions, I refuse the treatments below, in the situations I describe.",
            )
        ),
        markup(
            translate(
                "Printouts",
                "This is an advance decision under the Mental Capacity Act 2005, sections 24 "
                "to 26.",
            )
        ),
    ]
    title = translate("Printouts", "Advance decision to refuse treatment")
    story = title_block(name_line(document.owner), title, intro, st)
    story += about_me(document, translate, st, gp=True)
    story.append(Paragraph(markup(translate("Printouts", "The treatments I refuse")), st.heading))
    if document.refusals:
        story += [_refusal(n, r, translate, st) for n, r in enumerate(document.refusals, start=1)]
    else:
        blank = RefusalDoc(id=0, treatment="")
        story.append(_refusal(1, blank, translate, st))
    copies = document.advance.adrt_copies_held_by.strip()
    story.append(Paragraph(markup(translate("Printouts", "Where copies are kept")), st.heading))
    story.append(
        field_rows([(translate("Printouts", "Copies are kept by"), copies)], st, write_in=True)
    )
    return [*story, _signing(document, translate, st)]


def _signing(document: PlanDocument, translate: Translate, st: Styles) -> Flowable:
    """The person's signature and the witness's, kept on one page: a witness signs to say
    they saw that signature made."""
    signed_for_me = translate(
        "Printouts", "Or signed for me, in my presence and at my direction, by (name)"
    )
    signing = sign_here(
        [
            [(translate("Printouts", "My signature"), ""), (translate("Printouts", "Date"), "")],
            [(signed_for_me, "")],
        ],
        st,
        heading=translate("Printouts", "Signing this decision"),
    )
    known_witness = document.advance.adrt_witness_name.strip()
    witness = sign_here(
        [
            [
                (translate("Printouts", "Witness's signature"), ""),
                (translate("Printouts", "Date"), ""),
            ],
            [(translate("Printouts", "Witness's name"), known_witness)],
            [(translate("Printouts", "Witness's address"), "")],
        ],
        st,
        heading=translate("Printouts", "Witness: I saw this decision signed"),
    )
    return KeepTogether(signing + witness + legal_note(translate, st))


def build_adrt(document: PlanDocument, translate: Translate, options: PrintOptions) -> bytes:
    """The advance decision to refuse treatment as a PDF, with lines to sign and witness.

    Anything missing prints as a line to write on; :func:`check_adrt` says what it is.
    """
    title = translate("Printouts", "Advance decision to refuse treatment")
    sheet = advance_sheet(document, translate, options, title)
    return render(_story(document, translate, options), sheet)[0]
