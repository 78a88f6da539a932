"""A plan section as print: its title, and each list under its label from the catalogue."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from wrapdesk.content import section
from wrapdesk.document import PlanDocument, SectionDoc
from wrapdesk.i18n import Translate
from wrapdesk.printouts.blocks import entry_bullets
from wrapdesk.printouts.style import Styles
from wrapdesk.printouts.words import markup


def section_title(key: str, document: PlanDocument, translate: Translate) -> str:
    """The title of section ``key``: the person's own for a part they made."""
    doc = document.section(key)
    if doc is not None and doc.title is not None:
        return doc.title
    return section(key).localized(translate).title


def list_labels(doc: SectionDoc, translate: Translate) -> dict[str, str]:
    """The printed label of each list kind in ``doc`` (a part the person made has none)."""
    if doc.title is not None:
        return {}
    return {lst.kind: lst.label for lst in section(doc.key).localized(translate).lists}


def section_lists(
    doc: SectionDoc,
    document: PlanDocument,
    translate: Translate,
    st: Styles,
    *,
    credit: bool,
    label_alone: bool = True,
) -> list[Flowable]:
    """Each list of ``doc`` with entries, under its label; a section's only list goes
    without its label unless ``label_alone``."""
    labels = list_labels(doc, translate)
    shown = [lst for lst in doc.lists if lst.entries]
    out: list[Flowable] = []
    for lst in shown:
        label = labels.get(lst.kind, "" if lst.kind == "item" else lst.kind)
        if label and (label_alone or len(shown) > 1):
            out.append(Paragraph(markup(label), st.subheading))
        out += entry_bullets(lst.entries, document, translate, st, credit)
    return out
