"""The whole plan, or the sections chosen for a supporter: every entry, every fact.

Sections print in the document's order under their group's heading, each list under its
label, with who suggested an entry said quietly. The structured facts (people, medicines,
treatments, places, refusals) print once, in the first section that shows them; a later
section that shows them too says where they are. This is also the PDF inside a supporter
export, so it works for any set of sections.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from wrapdesk.content import SECTIONS, section
from wrapdesk.document import PlanDocument, RefusalDoc
from wrapdesk.i18n import Translate
from wrapdesk.printouts import facts
from wrapdesk.printouts.blocks import bullets, fact, title_block
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import Sheet, content_width, render
from wrapdesk.printouts.sections import section_lists, section_title
from wrapdesk.printouts.style import BASE_SIZE, Styles, make_styles
from wrapdesk.printouts.tables import field_rows, rule
from wrapdesk.printouts.words import (
    full_name,
    markup,
    name_line,
    newest_copy,
    page_of,
    which_copy,
    written_date,
)

Facts = Callable[[], list[Flowable]]

_BUILT_IN = frozenset(s.key for s in SECTIONS)


def _group_titles(translate: Translate) -> dict[str, str]:
    return {
        "wrap": translate("Printouts", "My Wellness Recovery Action Plan (WRAP)"),
        "crisis": translate("Printouts", "My crisis plan"),
        "advance": translate("Printouts", "My advance statements"),
    }


def refusal_items(refusals: tuple[RefusalDoc, ...], translate: Translate, st: Styles) -> list[str]:
    """Each refusal with when it applies, and the life-at-risk words where they belong."""
    items = []
    for refusal in refusals:
        text = fact(refusal.treatment, (refusal.circumstances,))
        if refusal.life_sustaining:
            text += (
                "<br/><b>"
                + markup(translate("Printouts", "This refusal applies even if my life is at risk."))
                + "</b>"
            )
        items.append(text)
    return items


class _FullPlan:
    """Lays out one document; remembers which facts are already printed."""

    def __init__(self, document: PlanDocument, translate: Translate, st: Styles) -> None:
        self.document = document
        self.translate = translate
        self.st = st
        self.printed: set[str] = set()

    # ------------------------------------------------------------------ the facts

    def _facts(self) -> dict[str, tuple[str, Facts]]:
        """Each structured kind: its subheading and how to print it (empty when absent)."""
        d, translate, st = self.document, self.translate, self.st
        advance = d.advance
        return {
            "people": (
                translate("Printouts", "People who support me"),
                lambda: facts.people(d, translate, st),
            ),
            "not-involved": (
                translate("Printouts", "Please don't involve these people"),
                lambda: facts.people_not_involved(d, st),
            ),
            "medicines": (
                translate("Printouts", "My medicines"),
                lambda: facts.medicines(d, translate, st),
            ),
            "treatments": (
                translate("Printouts", "Treatments"),
                lambda: facts.treatments(d, translate, st),
            ),
            "places": (
                translate("Printouts", "Places of treatment"),
                lambda: facts.places(d, translate, st),
            ),
            "refusals": (
                translate("Printouts", "Treatments I refuse"),
                lambda: bullets(refusal_items(d.refusals, translate, st), st),
            ),
            "adrt-details": (
                translate("Printouts", "Details of my advance decision"),
                lambda: self._rows(
                    (translate("Printouts", "My GP"), advance.adrt_gp),
                    (translate("Printouts", "Copies are kept by"), advance.adrt_copies_held_by),
                    (
                        translate("Printouts", "Signed on"),
                        written_date(advance.adrt_signed_on, translate),
                    ),
                    (translate("Printouts", "Witness"), advance.adrt_witness_name),
                    (
                        translate("Printouts", "Witnessed on"),
                        written_date(advance.adrt_witnessed_on, translate),
                    ),
                ),
            ),
            "scottish-witness": (
                translate("Printouts", "Signing and witness"),
                lambda: self._rows(
                    (
                        translate("Printouts", "Signed on"),
                        written_date(advance.scottish_signed_on, translate),
                    ),
                    (translate("Printouts", "Witness"), advance.scottish_witness_name),
                    (
                        translate("Printouts", "Their profession"),
                        advance.scottish_witness_profession,
                    ),
                    (
                        translate("Printouts", "Witnessed on"),
                        written_date(advance.scottish_witnessed_on, translate),
                    ),
                ),
            ),
            "statement-signing": (
                translate("Printouts", "Signing and witness"),
                lambda: self._rows(
                    (
                        translate("Printouts", "Signed on"),
                        written_date(advance.statement_signed_on, translate),
                    ),
                    (translate("Printouts", "Witness"), advance.statement_witness_name),
                    (
                        translate("Printouts", "Witnessed on"),
                        written_date(advance.statement_witnessed_on, translate),
                    ),
                ),
            ),
        }

    def _rows(self, *rows: tuple[str, str]) -> list[Flowable]:
        shown = [(label, value) for label, value in rows if value.strip()]
        return [field_rows(shown, self.st)] if shown else []

    # ------------------------------------------------------------------ sections

    def _structured_kinds(self, key: str) -> tuple[str, ...]:
        doc = self.document.section(key)
        if doc is not None and doc.title is not None:
            return ()
        kinds: tuple[str, ...] = section(key).structured
        return (*kinds, "statement-signing") if key == "advance-statement" else kinds

    def section(self, key: str) -> list[Flowable]:
        """One section: its lists, then the facts it shows that aren't printed yet."""
        d, translate, st = self.document, self.translate, self.st
        doc = d.section(key)
        body = section_lists(doc, d, translate, st, credit=True) if doc is not None else []
        noted = False
        kinds = self._structured_kinds(key)
        every_fact = self._facts()
        for kind in kinds:
            heading, draw = every_fact[kind]
            shown = draw()
            if not shown:
                continue
            if kind in self.printed:  # one fact, one place: say where, once
                if not noted:
                    note = translate(
                        "Printouts",
                        "The people, medicines, treatments and places listed earlier in this "
                        "plan belong to this part too.",
                    )
                    body.append(Paragraph(markup(note), st.quiet))
                    noted = True
                continue
            self.printed.add(kind)
            if body or len(kinds) > 1:
                body.append(Paragraph(markup(heading), st.subheading))
            body += shown
        if not body:
            return []
        return [Paragraph(markup(section_title(key, d, translate)), st.heading), *body]

    def leftovers(self) -> list[Flowable]:
        """Facts in the document that no printed section showed: printed, never dropped."""
        out: list[Flowable] = []
        for kind, (heading, draw) in self._facts().items():
            if kind in self.printed or kind == "statement-signing":
                continue
            shown = draw()
            if shown:
                out += [Paragraph(markup(heading), self.st.heading), *shown]
        return out

    def about_me(self) -> list[Flowable]:
        """The person's own details, where the document has them."""
        owner, translate = self.document.owner, self.translate
        return self._rows(
            (translate("Printouts", "Name"), owner.name),
            (translate("Printouts", "Please call me"), owner.preferred_name),
            (translate("Printouts", "Pronouns"), owner.pronouns),
            (translate("Printouts", "Date of birth"), written_date(owner.date_of_birth, translate)),
            (translate("Printouts", "Address"), owner.address),
            (translate("Printouts", "How to talk with me"), owner.communication_needs),
        )

    def story(self) -> list[Flowable]:
        """The whole printout."""
        d, translate, st = self.document, self.translate, self.st
        story = title_block(name_line(d.owner), translate("Printouts", "My plan"), [], st)
        story += self.about_me()
        begun = len(story)
        groups = _group_titles(translate)
        current = ""
        for key in d.included:
            doc = d.section(key)
            if doc is not None:
                group = doc.group
            elif key in _BUILT_IN:
                group = section(key).group
            else:
                continue  # a part the person made, with nothing in it
            flowables = self.section(key)
            if not flowables:
                continue
            if group != current:
                current = group
                story += [Paragraph(markup(groups.get(group, group)), st.group), rule(st)]
            story += flowables
        extra = self.leftovers()
        if extra:
            story += [
                Paragraph(markup(translate("Printouts", "More from my plan")), st.group),
                rule(st),
            ]
            story += extra
        if len(story) == begun:
            story.append(
                Paragraph(markup(translate("Printouts", "Nothing is written here yet.")), st.body)
            )
        return story


def build_full_plan(document: PlanDocument, translate: Translate, options: PrintOptions) -> bytes:
    """Every section in the document, in order, with its entries and facts, as a PDF."""
    st = make_styles(BASE_SIZE, content_width(options.paper))
    name = full_name(document.owner, translate)
    sheet = Sheet(
        title=translate("Printouts", "Plan — {name}").format(name=name),
        author=name,
        subject=translate(
            "Printouts", "A wellness and recovery plan, with its crisis plan and wishes"
        ),
        language=options.language,
        paper=options.paper,
        footer=(newest_copy(document.owner, translate), which_copy(document, options, translate)),
        page_of=page_of(translate),
    )
    return render(_FullPlan(document, translate, st).story(), sheet)[0]
