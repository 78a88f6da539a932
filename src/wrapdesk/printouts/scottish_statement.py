"""The Scottish advance statement, with the witness's certificate.

Under the Mental Health (Care and Treatment) (Scotland) Act 2003 (ss275-276) it counts
only if it is in writing, signed by the person, and witnessed by someone from a
prescribed group (a doctor, nurse, social worker, psychologist, solicitor, occupational
therapist and others), who certifies in writing that the person had the capacity to intend
its wishes. The printout carries that certificate, ready for the witness to sign.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.advance import about_me, advance_sheet, advance_styles, legal_note
from wrapdesk.printouts.blocks import entry_bullets, title_block
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import render
from wrapdesk.printouts.sections import list_labels
from wrapdesk.printouts.style import Styles
from wrapdesk.printouts.tables import sign_here
from wrapdesk.printouts.words import call_name, markup, name_line

KEY = "scottish-statement"


def _wishes(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """The wanted, not-wanted and reasons lists, each under its own heading."""
    doc = document.section(KEY)
    if doc is None or not doc.entry_count:
        nothing = translate("Printouts", "Nothing is written in this statement yet.")
        return [Paragraph(markup(nothing), st.body)]
    labels = list_labels(doc, translate)
    out: list[Flowable] = []
    for lst in doc.lists:
        if not lst.entries:
            continue
        out.append(Paragraph(markup(labels.get(lst.kind, lst.kind)), st.heading))
        out += entry_bullets(lst.entries, document, translate, st, credit=False)
    return out


def _certificate(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """The witness's certificate of capacity, with lines for their signature and details."""
    advance = document.advance
    name = document.owner.name.strip() or call_name(document.owner)
    if name:
        text = translate(
            "Printouts",
            "I certify that, in my opinion, when {name} made this statement they had the "
            "capacity to intend the wishes set out in it.",
        ).format(name=name)
    else:
        text = translate(
            "Printouts",
            "I certify that, in my opinion, when the person named above made this statement "
            "they had the capacity to intend the wishes set out in it.",
        )
    groups = translate(
        "Printouts",
        "I belong to one of the groups of people who may witness an advance statement, such as "
        "a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.",
    )
    return [
        Paragraph(markup(translate("Printouts", "Witness's certificate")), st.heading),
        Paragraph(markup(text), st.body),
        Paragraph(markup(groups), st.body),
        *sign_here(
            [
                [
                    (translate("Printouts", "Witness's signature"), ""),
                    (translate("Printouts", "Date"), ""),
                ],
                [
                    (
                        translate("Printouts", "Witness's name"),
                        advance.scottish_witness_name.strip(),
                    )
                ],
                [
                    (
                        translate("Printouts", "Profession"),
                        advance.scottish_witness_profession.strip(),
                    )
                ],
            ],
            st,
        ),
        *legal_note(translate, st),
    ]


def _story(document: PlanDocument, translate: Translate, options: PrintOptions) -> list[Flowable]:
    st = advance_styles(options)
    intro = [
        markup(
            translate(
                "Printouts",
                "This is my advance statement. It says how I wish, and do not wish, to be treated "
                "for my mental health if my ability to make decisions about it becomes "
                "significantly impaired.",
            )
        ),
        markup(
            translate(
                "Printouts",
                "It is made under section 275 of the Mental Health (Care and Treatment) "
                "(Scotland) Act 2003.",
            )
        ),
    ]
    title = translate("Printouts", "Advance statement (Scotland)")
    story = title_block(name_line(document.owner), title, intro, st)
    story += about_me(document, translate, st)
    story += _wishes(document, translate, st)
    signing = sign_here(
        [[(translate("Printouts", "My signature"), ""), (translate("Printouts", "Date"), "")]],
        st,
        heading=translate("Printouts", "Signing this statement"),
    )
    # The person's signature and the witness's certificate stay on one page.
    return [*story, KeepTogether(signing + _certificate(document, translate, st))]


def build_scottish_statement(
    document: PlanDocument, translate: Translate, options: PrintOptions
) -> bytes:
    """The Scottish advance statement as a PDF, with the witness's certificate to sign."""
    title = translate("Printouts", "Advance statement (Scotland)")
    sheet = advance_sheet(document, translate, options, title)
    return render(_story(document, translate, options), sheet)[0]
