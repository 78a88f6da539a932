"""What the three advance printouts share: the person's details, the page, and the notes.

Each of them is a paper to sign, so each ends in lines to sign on and the plain note that
WrapDesk is not legal advice, with where advice can be found.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from wrapdesk.content import NOT_LEGAL_ADVICE, plain
from wrapdesk.content.localizing import tr
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.blocks import gap
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import Sheet, content_width
from wrapdesk.printouts.style import BASE_SIZE, Styles, make_styles
from wrapdesk.printouts.tables import field_rows
from wrapdesk.printouts.words import (
    full_name,
    markup,
    newest_copy,
    page_of,
    which_copy,
    written_date,
)


def advance_styles(options: PrintOptions) -> Styles:
    """The styles of an advance printout on the chosen paper."""
    return make_styles(BASE_SIZE, content_width(options.paper))


def about_me(
    document: PlanDocument, translate: Translate, st: Styles, gp: bool = False
) -> list[Flowable]:
    """Name, date of birth and address (and GP), with a line to write any that is missing."""
    owner = document.owner
    rows = [
        (translate("Printouts", "Name"), owner.name.strip()),
        (translate("Printouts", "Date of birth"), written_date(owner.date_of_birth, translate)),
        (translate("Printouts", "Address"), owner.address.strip()),
    ]
    if gp:
        rows.append((translate("Printouts", "My GP"), document.advance.adrt_gp.strip()))
    return [field_rows(rows, st, write_in=True)]


def legal_note(translate: Translate, st: Styles) -> list[Flowable]:
    """That WrapDesk is not legal advice, and where advice can be found."""
    return [
        gap(st, 1.0),
        Paragraph(markup(plain(tr(translate, "Legal", NOT_LEGAL_ADVICE))), st.quiet),
    ]


def advance_sheet(
    document: PlanDocument, translate: Translate, options: PrintOptions, title: str
) -> Sheet:
    """The page of an advance printout titled ``title``."""
    name = full_name(document.owner, translate)
    return Sheet(
        title=translate("Printouts", "{title} — {name}").format(title=title, name=name),
        author=name,
        subject=title,
        language=options.language,
        paper=options.paper,
        footer=(newest_copy(document.owner, translate), which_copy(document, options, translate)),
        page_of=page_of(translate),
    )
