"""The plan's structured facts as print: people, medicines, treatments and places.

Each fact is written once in the plan and printed wherever it belongs: the crisis plan,
the full plan and the advance statements all call these. Each item carries the app's own
words for where it stands ("Please avoid", "Allergic"), so nothing depends on colour.
``brief`` gives the crisis plan's shorter form: what a helper needs in the moment, with the
longer reasons left to the full plan and the advance statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from wrapdesk.content import (
    MEDICINE_STATUSES,
    PERSON_ROLES,
    PLACE_PREFERENCES,
    TREATMENT_PREFERENCES,
    Choice,
    choice,
)
from wrapdesk.document import PersonDoc, PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.blocks import bold, bullets, fact, quiet
from wrapdesk.printouts.style import Styles
from wrapdesk.printouts.tables import labelled_rows, phone_book
from wrapdesk.printouts.words import markup, number

MEDICINES_FOR_CRISIS = ("allergy", "avoid", "current", "acceptable")
"""In a crisis, what must not be given comes first."""


def supporters(document: PlanDocument) -> tuple[PersonDoc, ...]:
    """Everyone in the plan who may be involved, in the person's order."""
    return tuple(p for p in document.people if not p.do_not_involve)


def first_contacts(document: PlanDocument) -> tuple[PersonDoc, ...]:
    """The people to call first."""
    return tuple(p for p in supporters(document) if "first-contact" in p.roles)


def not_involved(document: PlanDocument) -> tuple[PersonDoc, ...]:
    """The people the person does not want involved."""
    return tuple(p for p in document.people if p.do_not_involve)


def label_of(choices: tuple[Choice, ...], key: str, translate: Translate) -> str:
    """The words for a stored choice, or the key itself if the catalogue doesn't know it."""
    try:
        return choice(choices, key).localized(translate).label
    except KeyError:
        return key


def role_labels(person: PersonDoc, translate: Translate) -> str:
    """The person's roles in the plan, in words ("Call first, Supporter")."""
    return ", ".join(label_of(PERSON_ROLES, key, translate) for key in person.roles)


def _in_order(keys: Sequence[str], items: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(label, markup) rows sorted by where their key stands in ``keys``; unknown keys last,
    in the person's order (sorting is stable)."""
    rank = {key: index for index, key in enumerate(keys)}
    ordered = sorted(items, key=lambda item: rank.get(item[0], len(rank)))
    return [(label, text) for _key, label, text in ordered]


def _rows(rows: list[tuple[str, str]], translate: Translate, st: Styles) -> list[Flowable]:
    every_label = [
        c.localized(translate).label
        for c in (*MEDICINE_STATUSES, *TREATMENT_PREFERENCES, *PLACE_PREFERENCES)
    ]
    return labelled_rows(rows, st, every_label) if rows else []


def people(document: PlanDocument, translate: Translate, st: Styles) -> list[Flowable]:
    """Everyone who may be involved: who they are, their part and notes, and their number."""
    rows = []
    for person in supporters(document):
        who = bold(person.name)
        if person.relationship.strip():
            who += "<br/>" + quiet(markup(person.relationship), st)
        about = [
            role_labels(person, translate),
            person.notes,
            " · ".join(x.strip() for x in (person.email, person.address) if x.strip()),
        ]
        rows.append(
            (who, "<br/>".join(markup(x) for x in about if x.strip()), number(person.phone))
        )
    return [phone_book(rows, st)] if rows else []


def people_not_involved(document: PlanDocument, st: Styles, brief: bool = False) -> list[Flowable]:
    """The people not to involve, with the person's reason when they gave one. ``brief``
    (a sheet that may be left on a fridge) says who they are, and keeps the reason private."""
    return bullets(
        [
            fact(p.name, (p.relationship,) if brief else (p.relationship, p.not_involve_reason))
            for p in not_involved(document)
        ],
        st,
    )


def medicines(
    document: PlanDocument, translate: Translate, st: Styles, brief: bool = False
) -> list[Flowable]:
    """Each medicine with where it stands: allergies and ones to avoid first when ``brief``."""
    items = []
    for m in document.medicines:
        if brief and m.status in ("current", "acceptable"):
            details: tuple[str, ...] = (m.dose,)
        elif brief:
            details = (m.reason,)
        else:
            details = (m.dose, m.purpose, m.reason)
        label = label_of(MEDICINE_STATUSES, m.status, translate)
        items.append((m.status, label, fact(m.name, details)))
    order = MEDICINES_FOR_CRISIS if brief else tuple(c.key for c in MEDICINE_STATUSES)
    return _rows(_in_order(order, items), translate, st)


def treatments(
    document: PlanDocument, translate: Translate, st: Styles, brief: bool = False
) -> list[Flowable]:
    """Treatments wanted, then treatments to avoid (with why, when it matters most)."""
    items = []
    for treatment in document.treatments:
        wanted = treatment.preference == "wanted"
        details = () if brief and wanted else (treatment.reason,)
        label = label_of(TREATMENT_PREFERENCES, treatment.preference, translate)
        items.append((treatment.preference, label, fact(treatment.name, details)))
    return _rows(_in_order([c.key for c in TREATMENT_PREFERENCES], items), translate, st)


def places(
    document: PlanDocument, translate: Translate, st: Styles, brief: bool = False
) -> list[Flowable]:
    """Places preferred, then places to avoid (with why, when ``brief``)."""
    items = []
    for p in document.places:
        details: tuple[str, ...]
        if brief:
            details = () if p.preference == "preferred" else (p.reason,)
        else:
            details = (p.details, p.reason)
        label = label_of(PLACE_PREFERENCES, p.preference, translate)
        items.append((p.preference, label, fact(p.name, details)))
    return _rows(_in_order([c.key for c in PLACE_PREFERENCES], items), translate, st)
