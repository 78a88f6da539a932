"""Building blocks shared by the printouts: titles, lists of entries, facts, and space.

Every function returns reportlab flowables laid out in reading order, so the text comes
out of the PDF (copied, or read aloud) in the order it is printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from wrapdesk.document import EntryDoc, PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.style import QUIET, Styles, hex_of
from wrapdesk.printouts.words import markup

BULLET = "•"


def title_block(eyebrow: str, title: str, intro: Sequence[str], st: Styles) -> list[Flowable]:
    """The top of a printout: the person's name, the title, and a line or two about it."""
    out: list[Flowable] = []
    if eyebrow:
        out.append(Paragraph(markup(eyebrow), st.eyebrow))
    out.append(Paragraph(markup(title), st.title))
    out += [Paragraph(text, st.intro) for text in intro]
    return out


def quiet(text: str, st: Styles) -> str:
    """Markup for secondary words inside a line of body text."""
    return f'<font color="{hex_of(QUIET)}" size="{st.quiet_size}">{text}</font>'


def bold(text: str) -> str:
    """Markup for the person's words in bold."""
    return f"<b>{markup(text)}</b>"


def bullets(items: Sequence[str], st: Styles) -> list[Flowable]:
    """A bulleted list; each item is already paragraph markup. The last two items of a
    longer list stay together, so no item is left alone at the top of a page."""
    shown: list[Flowable] = [Paragraph(item, st.bullet, bulletText=BULLET) for item in items]
    if len(shown) >= 3:
        shown[-2:] = [KeepTogether(shown[-2:])]
    return shown


def entry_text(
    entry: EntryDoc, document: PlanDocument, translate: Translate, st: Styles, credit: bool
) -> str:
    """An entry as markup, with who suggested it said quietly when ``credit`` is on."""
    text = markup(entry.text)
    person = document.person(entry.suggested_by) if credit else None
    if person is None:
        return text
    suggested = translate("Printouts", "suggested by {name}").format(name=markup(person.name))
    kept_whole = ("— " + suggested).replace(" ", "\u00a0")  # wraps as one, never mid-name
    return f"{text} {quiet(kept_whole, st)}"


def entry_bullets(
    entries: Sequence[EntryDoc],
    document: PlanDocument,
    translate: Translate,
    st: Styles,
    credit: bool = True,
) -> list[Flowable]:
    """The entries of one list, as bullets."""
    return bullets([entry_text(e, document, translate, st, credit) for e in entries], st)


def fact(name: str, details: Sequence[str]) -> str:
    """A structured item as markup: its name in bold, then its details. Details that end
    a sentence run on as sentences; short ones ("800 mg at night") are set apart by dots."""
    text = ""
    for detail in (d.strip() for d in details):
        if not detail:
            continue
        if text:
            text += " " if text.endswith((".", "!", "?")) else " · "
        text += detail
    return f"{bold(name)} — {markup(text)}" if text else bold(name)


def gap(st: Styles, lines: float = 0.6) -> Flowable:
    """Vertical space, in lines of body type."""
    return Spacer(1, st.base * lines)
