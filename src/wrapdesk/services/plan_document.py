"""Build the plan document from the database: for all of the plan, or for chosen sections.

Rows become document items here and only here, so every output (versions, exports,
printouts, diffs) sees the plan the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from wrapdesk.content import catalogue
from wrapdesk.document import (
    AdvanceDoc,
    EntryDoc,
    EntryListDoc,
    MedicineDoc,
    OwnerDoc,
    PersonDoc,
    PlaceDoc,
    PlanDocument,
    RefusalDoc,
    SectionDoc,
    TreatmentDoc,
    VersionInfo,
)
from wrapdesk.model import (
    AdvanceDetails,
    Entry,
    Medicine,
    Person,
    Place,
    PlanOwner,
    Refusal,
    Section,
    Treatment,
)

# Names that stand for several sections at once (the CLI's --sections, export presets).
GROUP_ALIASES = {
    "wrap": "wrap",
    "crisis-plan": "crisis",
    "advance-statements": "advance",
}


def expand_section_keys(keys: Iterable[str], custom_keys: Sequence[str] = ()) -> list[str]:
    """Section keys with group names (``crisis-plan``, ``wrap``, ``advance-statements``)
    expanded, in catalogue order. Unknown keys raise ``KeyError``."""
    wanted: set[str] = set()
    for key in keys:
        if key in GROUP_ALIASES:
            group = GROUP_ALIASES[key]
            wanted.update(s.key for s in catalogue.SECTIONS if s.group == group)
        elif key in custom_keys:
            wanted.add(key)
        else:
            wanted.add(catalogue.section(key).key)
    order = [s.key for s in catalogue.SECTIONS] + list(custom_keys)
    return [k for k in order if k in wanted]


def owner_doc(owner: PlanOwner | None, *, private: bool = True) -> OwnerDoc:
    """The owner as a document item; ``private=False`` leaves out birth date and address."""
    if owner is None:
        return OwnerDoc()
    return OwnerDoc(
        name=owner.name,
        preferred_name=owner.preferred_name,
        pronouns=owner.pronouns,
        communication_needs=owner.communication_needs,
        date_of_birth=owner.date_of_birth.isoformat()
        if (private and owner.date_of_birth)
        else None,
        address=owner.address if private else "",
    )


def entry_doc(entry: Entry, keep_people: bool = True) -> EntryDoc:
    """An entry as a document item."""
    return EntryDoc(
        id=entry.id, text=entry.text, suggested_by=entry.suggested_by_id if keep_people else None
    )


def section_doc(section: Section, keep_people: bool = True) -> SectionDoc:
    """A section with its lists in catalogue order (then any other kinds, by name)."""
    by_kind: dict[str, list[Entry]] = {}
    for entry in sorted(section.entries, key=lambda e: (e.list_kind, e.position, e.id)):
        by_kind.setdefault(entry.list_kind, []).append(entry)
    known = [] if section.is_custom else [lst.kind for lst in catalogue.section(section.key).lists]
    kinds = [k for k in known if k in by_kind] + sorted(k for k in by_kind if k not in known)
    return SectionDoc(
        key=section.key,
        group=section.group,
        title=section.custom_title,
        lists=tuple(
            EntryListDoc(kind=k, entries=tuple(entry_doc(e, keep_people) for e in by_kind[k]))
            for k in kinds
        ),
    )


def person_doc(person: Person) -> PersonDoc:
    """A person as a document item (their age key stays in the plan, never in documents)."""
    return PersonDoc(
        id=person.id,
        name=person.name,
        relationship=person.relationship,
        phone=person.phone,
        email=person.email,
        address=person.address,
        notes=person.notes,
        roles=tuple(person.roles),
        may_receive=tuple(person.may_receive),
        do_not_involve=person.do_not_involve,
        not_involve_reason=person.not_involve_reason,
    )


def medicine_doc(m: Medicine) -> MedicineDoc:
    """A medicine as a document item."""
    return MedicineDoc(
        id=m.id, name=m.name, status=m.status, dose=m.dose, purpose=m.purpose, reason=m.reason
    )


def treatment_doc(t: Treatment) -> TreatmentDoc:
    """A treatment as a document item."""
    return TreatmentDoc(id=t.id, name=t.name, preference=t.preference, reason=t.reason)


def place_doc(p: Place) -> PlaceDoc:
    """A place as a document item."""
    return PlaceDoc(
        id=p.id, name=p.name, preference=p.preference, details=p.details, reason=p.reason
    )


def refusal_doc(r: Refusal) -> RefusalDoc:
    """A refusal as a document item."""
    return RefusalDoc(
        id=r.id,
        treatment=r.treatment,
        circumstances=r.circumstances,
        life_sustaining=r.life_sustaining,
    )


def advance_doc(a: AdvanceDetails | None) -> AdvanceDoc:
    """Advance formalities as a document item."""
    if a is None:
        return AdvanceDoc()

    def iso(value: object) -> str | None:
        return value.isoformat() if value is not None else None  # type: ignore[attr-defined]

    return AdvanceDoc(
        statement_signed_on=iso(a.statement_signed_on),
        statement_witness_name=a.statement_witness_name,
        statement_witnessed_on=iso(a.statement_witnessed_on),
        adrt_gp=a.adrt_gp,
        adrt_copies_held_by=a.adrt_copies_held_by,
        adrt_signed_on=iso(a.adrt_signed_on),
        adrt_witness_name=a.adrt_witness_name,
        adrt_witnessed_on=iso(a.adrt_witnessed_on),
        scottish_witness_name=a.scottish_witness_name,
        scottish_witness_profession=a.scottish_witness_profession,
        scottish_signed_on=iso(a.scottish_signed_on),
        scottish_witnessed_on=iso(a.scottish_witnessed_on),
    )


Ordered = TypeVar("Ordered", Person, Medicine, Treatment, Place, Refusal)


def ordered(session: Session, entity: type[Ordered]) -> list[Ordered]:
    """Every row of ``entity`` in the person's order."""
    return list(session.scalars(select(entity).order_by(entity.position, entity.id)))


def custom_sections(session: Session) -> list[Section]:
    """The sections the person made, in their groups' order."""
    rows = session.scalars(select(Section).where(Section.custom_title.is_not(None)))
    groups: list[str] = [g.key for g in catalogue.GROUPS]
    return sorted(rows, key=lambda s: (groups.index(s.group), s.position, s.id))


def all_section_keys(session: Session) -> list[str]:
    """Every section key in reading order: catalogue sections, each group followed by the
    person's own sections in that group."""
    customs = custom_sections(session)
    keys: list[str] = []
    for group in catalogue.GROUPS:
        keys += [s.key for s in catalogue.SECTIONS if s.group == group.key]
        keys += [s.key for s in customs if s.group == group.key]
    return keys


def build_document(
    session: Session,
    include: Sequence[str] | None = None,
    version: VersionInfo | None = None,
) -> PlanDocument:
    """The plan document for the whole plan (``include=None``) or the chosen sections.

    Structured facts (people, medicines, …) come along only when a chosen section shows
    them; with the whole plan, everything comes.
    """
    every = all_section_keys(session)
    included = every if include is None else [k for k in every if k in set(include)]
    rows = {
        s.key: s
        for s in session.scalars(
            select(Section).where(Section.key.in_(included)).options(selectinload(Section.entries))
        )
    }
    whole = include is None
    shown: set[str] = set()
    for key in included:
        if key in rows and rows[key].is_custom:
            continue
        shown.update(catalogue.section(key).structured)
    keep_people = whole or bool({"people", "not-involved"} & shown)
    any_advance = whole or any(
        (not (k in rows and rows[k].is_custom)) and catalogue.section(k).group == "advance"
        for k in included
    )

    def wanted(name: str) -> bool:
        return whole or name in shown

    sections = tuple(
        section_doc(rows[k], keep_people)
        for k in included
        if k in rows and (rows[k].entries or rows[k].is_custom)
    )
    owner = session.get(PlanOwner, 1)
    return PlanDocument(
        owner=owner_doc(owner, private=any_advance),
        included=tuple(included),
        sections=sections,
        people=tuple(map(person_doc, ordered(session, Person))) if keep_people else (),
        medicines=tuple(map(medicine_doc, ordered(session, Medicine)))
        if wanted("medicines")
        else (),
        treatments=tuple(map(treatment_doc, ordered(session, Treatment)))
        if wanted("treatments")
        else (),
        places=tuple(map(place_doc, ordered(session, Place))) if wanted("places") else (),
        refusals=tuple(map(refusal_doc, ordered(session, Refusal))) if wanted("refusals") else (),
        advance=advance_doc(session.get(AdvanceDetails, 1)) if any_advance else AdvanceDoc(),
        hidden_helplines=tuple(owner.hidden_helplines) if owner else (),
        version=version,
    )
