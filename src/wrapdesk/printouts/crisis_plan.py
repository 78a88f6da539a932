"""The crisis plan for family: who to call first, then what to watch for and what helps.

Family read it in a hard moment, so it is short (two pages unless the person chooses
more), in large type, and ordered by what a helper needs first: who to call (people marked
"call first", other supporters with a number, then the helplines), the signs that others
need to take over, what helps and what doesn't and the jobs for named people, who not to
involve and how supporters settle disagreements, medicines (what must not be given first),
treatment places, treatments, care at home, the person's own crisis parts, and the signs
that the plan is no longer needed.

It is a sheet for acting, so two things stay in the full plan and the advance statement:
"What I'm like when I'm well" (family know; staff have the statement) and the longer
reasons behind preferred places and wanted treatments. Everything else is printed, every
entry: when it can't fit on two pages the person is told, and chooses what goes first or
to print it longer. Nothing is ever left out to make it fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from wrapdesk.content import CHECKED_NOTE, HELPLINES, HELPLINES_CHECKED, section
from wrapdesk.content.localizing import tr
from wrapdesk.document import PersonDoc, PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts import facts
from wrapdesk.printouts.blocks import bold, entry_bullets, gap, quiet, title_block
from wrapdesk.printouts.limits import MAX_CRISIS_PAGES, CrisisPlanTooLong
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import Sheet, content_width, render
from wrapdesk.printouts.sections import list_labels, section_lists, section_title
from wrapdesk.printouts.style import CRISIS_LARGE_SIZE, CRISIS_SIZE, Styles, make_styles
from wrapdesk.printouts.tables import boxed, number_grid, phone_book
from wrapdesk.printouts.words import (
    full_name,
    long_date,
    markup,
    name_line,
    newest_copy,
    number,
    page_of,
    which_copy,
)


@dataclass(frozen=True)
class _Part:
    """One part of the printout and the section it comes from (for the person's order)."""

    section: str
    flowables: list[Flowable]


def _headed(heading: str, body: list[Flowable], st: Styles) -> list[Flowable]:
    return [Paragraph(markup(heading), st.heading), *body] if body else []


def _person_to_call(person: PersonDoc, st: Styles) -> list[Flowable]:
    """Someone to call first: name and relationship, their number large, and their notes."""
    name = bold(person.name)
    if person.relationship.strip():
        name += " · " + markup(person.relationship)
    out: list[Flowable] = [Paragraph(name, st.strong)]
    if person.phone.strip():
        out.append(Paragraph(number(person.phone), st.call))
    elif person.email.strip():
        out.append(Paragraph(markup(person.email), st.call))
    if person.notes.strip():
        out.append(Paragraph(quiet(markup(person.notes), st), st.body))
    return out


def _who_to_call(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """People to call first (in a tinted box), other supporters, then the helplines."""
    first = facts.first_contacts(document)
    others = [p for p in facts.supporters(document) if p not in first and p.phone.strip()]
    if not first and others:  # no one is marked "call first": lead with the first number
        first, others = (others[0],), others[1:]
    heading = translate("Printouts", "Who to call first")
    out: list[Flowable] = [Paragraph(markup(heading), st.heading)]
    if first:
        box: list[Flowable] = []
        for person in first:
            box += _person_to_call(person, st)
        out.append(boxed(box, st))
    if others:
        out.append(Paragraph(markup(translate("Printouts", "Others you can call")), st.subheading))
        rows = [(bold(p.name), markup(p.relationship), number(p.phone)) for p in others]
        out.append(phone_book(rows, st))
    return out + _helplines(document, translate, st)


def _helplines(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """The helplines the person hasn't hidden, two to a row: name and number are what a
    helper needs here (what each is for is in the app and the full plan)."""
    shown = [h.localized(translate) for h in HELPLINES if h.key not in document.hidden_helplines]
    if not shown:
        return []
    pairs = [
        (
            bold(line.name),
            translate("Printouts", "{how} {number}", "a helpline: Call 116 123").format(
                how=markup(line.how), number=number(line.number)
            ),
        )
        for line in shown
    ]
    checked = tr(translate, "Helplines", CHECKED_NOTE).format(
        date=long_date(HELPLINES_CHECKED, translate)
    )
    return [
        Paragraph(markup(translate("Printouts", "Helplines")), st.subheading),
        number_grid(pairs, st),
        Paragraph(quiet(markup(checked), st), st.body),
    ]


def _parts(document: PlanDocument, translate: Translate, st: Styles) -> list[_Part]:
    """Every part of the crisis plan with something in it, in the default reading order."""

    def from_section(key: str) -> _Part | None:
        doc = document.section(key)
        if doc is None or not doc.entry_count:
            return None
        body = section_lists(doc, document, translate, st, credit=False, label_alone=False)
        return _Part(key, _headed(section_title(key, document, translate), body, st))

    def each_list(key: str) -> _Part | None:
        """A section whose lists stand alone ("What helps me", "What doesn't help")."""
        doc = document.section(key)
        if doc is None:
            return None
        labels = list_labels(doc, translate)
        flowables: list[Flowable] = []
        for lst in doc.lists:
            heading = labels.get(lst.kind, section_title(key, document, translate))
            flowables += _headed(
                heading, entry_bullets(lst.entries, document, translate, st, False), st
            )
        return _Part(key, flowables)

    def of_facts(key: str, shown: list[Flowable]) -> _Part:
        return _Part(key, _headed(section_title(key, document, translate), shown, st))

    supporters = document.section("crisis.supporters")
    disagreements = supporters.entries("disagreements") if supporters else ()
    disagreements_label = section("crisis.supporters").localized(translate).lists[0].label
    not_involved = translate("Printouts", "Please don't involve these people")
    own_parts = [s.key for s in document.sections if s.group == "crisis" and s.title is not None]
    candidates: list[_Part | None] = [
        _Part("crisis.supporters", _who_to_call(document, translate, st)),
        from_section("crisis.take-over-signs"),
        each_list("crisis.helps"),
        _Part(
            "crisis.supporters",
            _headed(not_involved, facts.people_not_involved(document, st, brief=True), st),
        ),
        _Part(
            "crisis.supporters",
            _headed(
                disagreements_label,
                entry_bullets(disagreements, document, translate, st, credit=False),
                st,
            ),
        ),
        of_facts("crisis.medicines", facts.medicines(document, translate, st, brief=True)),
        of_facts("crisis.places", facts.places(document, translate, st, brief=True)),
        of_facts("crisis.treatments", facts.treatments(document, translate, st, brief=True)),
        from_section("crisis.home-care"),
        *(from_section(key) for key in own_parts),
        from_section("crisis.no-longer-needed"),
    ]
    return [part for part in candidates if part is not None and part.flowables]


def _in_chosen_order(parts: list[_Part], chosen: tuple[str, ...]) -> list[_Part]:
    """The parts from the sections the person put first, in their order, then the rest."""
    rank = {key: index for index, key in enumerate(chosen)}
    return sorted(parts, key=lambda part: rank.get(part.section, len(rank)))


def _styles(options: PrintOptions) -> Styles:
    base = CRISIS_LARGE_SIZE if options.large_type else CRISIS_SIZE
    return make_styles(base, content_width(options.paper))


def _story(document: PlanDocument, translate: Translate, options: PrintOptions) -> list[Flowable]:
    st = _styles(options)
    intro = [
        markup(
            translate(
                "Printouts",
                "I wrote this while I was well, for the people I trust to help me.",
            )
        )
    ]
    story = title_block(
        name_line(document.owner), translate("Printouts", "My crisis plan"), intro, st
    )
    parts = _in_chosen_order(_parts(document, translate, st), options.crisis_order)
    for part in parts:
        story += part.flowables
    if len(parts) == 1:  # only the numbers to call: say so, rather than look unfinished
        nothing = translate("Printouts", "Nothing else is written in this crisis plan yet.")
        story += [gap(st), Paragraph(markup(nothing), st.body)]
    return story


def _sheet(document: PlanDocument, translate: Translate, options: PrintOptions) -> Sheet:
    name = full_name(document.owner, translate)
    return Sheet(
        title=translate("Printouts", "Crisis plan — {name}").format(name=name),
        author=name,
        subject=translate("Printouts", "A crisis plan, for the people helping in a hard moment"),
        language=options.language,
        paper=options.paper,
        footer=(newest_copy(document.owner, translate), which_copy(document, options, translate)),
        page_of=page_of(translate),
        footer_size=11.0 if options.large_type else 9.5,
    )


def render_crisis_plan(
    document: PlanDocument, translate: Translate, options: PrintOptions
) -> tuple[bytes, int]:
    """The crisis plan's PDF and its number of pages, however many that is."""
    return render(_story(document, translate, options), _sheet(document, translate, options))


def build_crisis_plan(document: PlanDocument, translate: Translate, options: PrintOptions) -> bytes:
    """The crisis plan's PDF; :class:`CrisisPlanTooLong` past two pages unless allowed."""
    pdf, pages = render_crisis_plan(document, translate, options)
    if pages > MAX_CRISIS_PAGES and not options.allow_long:
        raise CrisisPlanTooLong(pages)
    return pdf
