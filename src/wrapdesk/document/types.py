"""The plan document ``wrapdesk.plan/1``: typed, frozen, the one source for every output.

A saved version, a supporter export, a PDF and a diff between versions all read a
:class:`PlanDocument`; none of them reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA = "wrapdesk.plan/1"


@dataclass(frozen=True)
class EntryDoc:
    """One written entry; ``suggested_by`` is a person id (None: the plan's owner)."""

    id: int
    text: str
    suggested_by: int | None = None


@dataclass(frozen=True)
class EntryListDoc:
    """The entries of one list of a section (``kind`` as in the catalogue)."""

    kind: str
    entries: tuple[EntryDoc, ...]


@dataclass(frozen=True)
class SectionDoc:
    """A section and its lists; ``title`` is set only for sections the person made."""

    key: str
    group: str
    lists: tuple[EntryListDoc, ...]
    title: str | None = None

    def entries(self, kind: str) -> tuple[EntryDoc, ...]:
        """The entries of list ``kind`` (empty if there are none)."""
        return next((lst.entries for lst in self.lists if lst.kind == kind), ())

    @property
    def entry_count(self) -> int:
        """How many entries the section holds in all."""
        return sum(len(lst.entries) for lst in self.lists)


@dataclass(frozen=True)
class PersonDoc:
    """Someone in the plan."""

    id: int
    name: str
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    roles: tuple[str, ...] = ()
    may_receive: tuple[str, ...] = ()
    do_not_involve: bool = False
    not_involve_reason: str = ""


@dataclass(frozen=True)
class MedicineDoc:
    """A medicine and how the person feels about it."""

    id: int
    name: str
    status: str
    dose: str = ""
    purpose: str = ""
    reason: str = ""


@dataclass(frozen=True)
class TreatmentDoc:
    """A treatment wanted or to avoid."""

    id: int
    name: str
    preference: str
    reason: str = ""


@dataclass(frozen=True)
class PlaceDoc:
    """A place preferred or to avoid."""

    id: int
    name: str
    preference: str
    details: str = ""
    reason: str = ""


@dataclass(frozen=True)
class RefusalDoc:
    """A refusal of treatment in an advance decision."""

    id: int
    treatment: str
    circumstances: str = ""
    life_sustaining: bool = False


@dataclass(frozen=True)
class OwnerDoc:
    """The person whose plan it is."""

    name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    communication_needs: str = ""
    date_of_birth: str | None = None  # ISO date
    address: str = ""


@dataclass(frozen=True)
class AdvanceDoc:
    """Formalities recorded for the advance documents (dates as ISO text)."""

    statement_signed_on: str | None = None
    statement_witness_name: str = ""
    statement_witnessed_on: str | None = None
    adrt_gp: str = ""
    adrt_copies_held_by: str = ""
    adrt_signed_on: str | None = None
    adrt_witness_name: str = ""
    adrt_witnessed_on: str | None = None
    scottish_witness_name: str = ""
    scottish_witness_profession: str = ""
    scottish_signed_on: str | None = None
    scottish_witnessed_on: str | None = None


@dataclass(frozen=True)
class VersionInfo:
    """Which frozen version a document is, when it was made, and the person's note."""

    number: int
    created_at: str  # ISO 8601 UTC
    note: str = ""


@dataclass(frozen=True)
class PlanDocument:
    """A whole plan, or the chosen sections of it, frozen."""

    owner: OwnerDoc
    included: tuple[str, ...]  # section keys chosen for this document, in order
    sections: tuple[SectionDoc, ...]  # the chosen sections that have content
    people: tuple[PersonDoc, ...] = ()
    medicines: tuple[MedicineDoc, ...] = ()
    treatments: tuple[TreatmentDoc, ...] = ()
    places: tuple[PlaceDoc, ...] = ()
    refusals: tuple[RefusalDoc, ...] = ()
    advance: AdvanceDoc = field(default_factory=AdvanceDoc)
    hidden_helplines: tuple[str, ...] = ()
    version: VersionInfo | None = None
    schema: str = SCHEMA

    def section(self, key: str) -> SectionDoc | None:
        """The section ``key``, if it is in this document and has content."""
        return next((s for s in self.sections if s.key == key), None)

    def person(self, person_id: int | None) -> PersonDoc | None:
        """The person with ``person_id``, if present."""
        if person_id is None:
            return None
        return next((p for p in self.people if p.id == person_id), None)
