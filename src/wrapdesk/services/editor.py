"""Every edit the window makes to a plan, each one undoable, and reads for showing it.

The editor owns one ORM session over the plan's in-memory database. Each edit commits
at once (the database is in memory; the vault makes it durable when the plan is saved)
and is recorded for undo. Listeners hear which areas changed ("section:<key>", "people",
"medicines", …) so screens can refresh just those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wrapdesk.content import catalogue
from wrapdesk.document import (
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
from wrapdesk.i18n import QT_TRANSLATE_NOOP
from wrapdesk.model import (
    AdvanceDetails,
    Commitment,
    Entry,
    Medicine,
    PassSupporter,
    Person,
    Place,
    PlanOwner,
    Refusal,
    Section,
    ShareRecord,
    Treatment,
)
from wrapdesk.services import plan_document as docs
from wrapdesk.services.undo import Edit, History, Recorder, redo_edit, undo_edit
from wrapdesk.store import PlanDatabase

ItemKind = Literal["medicines", "treatments", "places", "refusals"]
_ITEMS: dict[str, type[Medicine | Treatment | Place | Refusal]] = {
    "medicines": Medicine,
    "treatments": Treatment,
    "places": Place,
    "refusals": Refusal,
}
_OWNER_FIELDS = {
    "name",
    "preferred_name",
    "pronouns",
    "communication_needs",
    "date_of_birth",
    "address",
}
_PERSON_FIELDS = {
    "name",
    "relationship",
    "phone",
    "email",
    "address",
    "notes",
    "roles",
    "may_receive",
    "do_not_involve",
    "not_involve_reason",
    "age_recipient",
}
_ITEM_FIELDS = {
    "medicines": {"name", "dose", "purpose", "status", "reason"},
    "treatments": {"name", "preference", "reason"},
    "places": {"name", "preference", "details", "reason"},
    "refusals": {"treatment", "circumstances", "life_sustaining"},
}

# Labels for the Edit menu ("Undo Add entry"), translated in the "Edits" context.
LABELS = {
    "add-entry": QT_TRANSLATE_NOOP("Edits", "Add entry"),
    "edit-entry": QT_TRANSLATE_NOOP("Edits", "Edit entry"),
    "delete-entry": QT_TRANSLATE_NOOP("Edits", "Delete entry"),
    "move-entry": QT_TRANSLATE_NOOP("Edits", "Move entry"),
    "edit-owner": QT_TRANSLATE_NOOP("Edits", "Edit your details"),
    "add-person": QT_TRANSLATE_NOOP("Edits", "Add person"),
    "edit-person": QT_TRANSLATE_NOOP("Edits", "Edit person"),
    "delete-person": QT_TRANSLATE_NOOP("Edits", "Remove person"),
    "move-person": QT_TRANSLATE_NOOP("Edits", "Move person"),
    "add-item": QT_TRANSLATE_NOOP("Edits", "Add"),
    "edit-item": QT_TRANSLATE_NOOP("Edits", "Edit"),
    "delete-item": QT_TRANSLATE_NOOP("Edits", "Delete"),
    "move-item": QT_TRANSLATE_NOOP("Edits", "Move"),
    "add-section": QT_TRANSLATE_NOOP("Edits", "Add your own part"),
    "rename-section": QT_TRANSLATE_NOOP("Edits", "Rename part"),
    "delete-section": QT_TRANSLATE_NOOP("Edits", "Delete part"),
    "edit-advance": QT_TRANSLATE_NOOP("Edits", "Edit advance statement details"),
    "helplines": QT_TRANSLATE_NOOP("Edits", "Show or hide a helpline"),
}


@dataclass(frozen=True)
class SearchHit:
    """Where some text was found: an area ("section:<key>", "people", …) and the item."""

    area: str
    item_id: int
    text: str
    list_kind: str | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class PlanEditor:
    """Reads and undoable edits over one open plan's database."""

    def __init__(self, db: PlanDatabase, clock: Callable[[], datetime] = _now) -> None:
        self._session: Session = db.session()
        self._clock = clock
        self._history = History()
        self._listeners: list[Callable[[set[str]], None]] = []
        self.revision = 0  # grows with every edit, undo and redo: autosave compares it
        self._ensure_singletons()

    # ------------------------------------------------------------------ plumbing

    @property
    def session(self) -> Session:
        """The ORM session (for the other services over the same plan)."""
        return self._session

    def clock(self) -> datetime:
        """Now, by the editor's clock (a fixed clock in tests)."""
        return self._clock()

    def subscribe(self, listener: Callable[[set[str]], None]) -> None:
        """Call ``listener(areas)`` after every edit, undo and redo."""
        self._listeners.append(listener)

    def _ensure_singletons(self) -> None:
        changed = False
        if self._session.get(PlanOwner, 1) is None:
            self._session.add(PlanOwner(id=1))
            changed = True
        if self._session.get(AdvanceDetails, 1) is None:
            self._session.add(AdvanceDetails(id=1))
            changed = True
        if changed:
            self._session.commit()

    def _changed(self, areas: set[str]) -> None:
        # Collections loaded before the edit (a section's entries) must not be served stale.
        self._session.expire_all()
        self.revision += 1
        for listener in list(self._listeners):
            listener(set(areas))

    @contextmanager
    def _edit(self, label_key: str, *areas: str) -> Iterator[Recorder]:
        edit = Edit(label=LABELS[label_key], areas=set(areas))
        recorder = Recorder(self._session, edit)
        try:
            yield recorder
            self._session.commit()
        except BaseException:
            self._session.rollback()
            raise
        if edit.changes:
            self._history.push(edit)
            self._changed(edit.areas)

    def record_external_edit(self, edit: Edit) -> None:
        """Put an edit made by another service (the cycle, versions) on the undo stack."""
        if edit.changes:
            self._history.push(edit)
            self._changed(edit.areas)

    def notify(self, *areas: str) -> None:
        """Tell listeners that another service changed ``areas`` (not undoable)."""
        self._changed(set(areas))

    # ------------------------------------------------------------------ undo / redo

    @property
    def can_undo(self) -> bool:
        """True if there is an edit to undo."""
        return self._history.undo_label is not None

    @property
    def can_redo(self) -> bool:
        """True if there is an edit to redo."""
        return self._history.redo_label is not None

    @property
    def undo_label(self) -> str | None:
        """The untranslated label of the edit Undo would undo."""
        return self._history.undo_label

    @property
    def redo_label(self) -> str | None:
        """The untranslated label of the edit Redo would redo."""
        return self._history.redo_label

    def forget_history(self) -> None:
        """Nothing before this point can be undone or redone any more."""
        self._history.clear()

    def undo(self) -> set[str]:
        """Undo the last edit; returns the areas it touched (empty if nothing to undo)."""
        edit = self._history.take_undo()
        if edit is None:
            return set()
        try:
            undo_edit(self._session, edit)
            self._session.commit()
        except BaseException:
            self._session.rollback()
            self._history.put_back_undo(edit)
            raise
        self._changed(edit.areas)
        return edit.areas

    def redo(self) -> set[str]:
        """Redo the last undone edit; returns the areas it touched."""
        edit = self._history.take_redo()
        if edit is None:
            return set()
        try:
            redo_edit(self._session, edit)
            self._session.commit()
        except BaseException:
            self._session.rollback()
            self._history.put_back_redo(edit)
            raise
        self._changed(edit.areas)
        return edit.areas

    def close(self) -> None:
        """Forget the history and close the session (on lock or close)."""
        self._history.clear()
        self._listeners.clear()
        self._session.close()

    # ------------------------------------------------------------------ reads

    def document(
        self, include: list[str] | None = None, version: VersionInfo | None = None
    ) -> PlanDocument:
        """The plan document for the whole plan or the chosen sections."""
        return docs.build_document(self._session, include, version)

    def section_keys(self) -> list[str]:
        """Every section key, in reading order (the person's own parts in their groups)."""
        return docs.all_section_keys(self._session)

    def custom_sections(self) -> list[tuple[str, str, str]]:
        """(key, title, group) of each part the person made."""
        return [(s.key, s.custom_title or "", s.group) for s in docs.custom_sections(self._session)]

    def section(self, key: str) -> SectionDoc:
        """One section with its entries (empty lists if nothing is written yet)."""
        row = self._section_row(key, create=False)
        if row is None:
            return SectionDoc(key=key, group=catalogue.section(key).group, lists=())
        return docs.section_doc(row)

    def entry_counts(self) -> dict[str, int]:
        """How many entries each section holds (sections with none are left out)."""
        rows = self._session.execute(
            select(Section.key, func.count(Entry.id)).join(Entry).group_by(Section.key)
        )
        return {key: int(count) for key, count in rows}

    def part_counts(self) -> dict[str, int]:
        """How much each part holds: its entries, plus the facts it shows (a medicines part
        counts the medicines). Parts holding nothing are left out."""
        counts = self.entry_counts()
        sizes = {
            "medicines": self._count(Medicine),
            "treatments": self._count(Treatment),
            "places": self._count(Place),
            "refusals": self._count(Refusal),
            "people": self._count(Person),
        }
        for definition in catalogue.SECTIONS:
            if definition.group == "advance" and definition.key == "advance-statement":
                continue  # it shows the shared facts, but they are written elsewhere
            extra = sum(sizes.get(kind, 0) for kind in definition.structured)
            if extra:
                counts[definition.key] = counts.get(definition.key, 0) + extra
        return counts

    def _count(self, entity: type[Medicine | Treatment | Place | Refusal | Person]) -> int:
        return int(self._session.scalar(select(func.count(entity.id))) or 0)

    def owner(self) -> OwnerDoc:
        """The plan's owner."""
        return docs.owner_doc(self._session.get(PlanOwner, 1))

    def hidden_helplines(self) -> tuple[str, ...]:
        """Keys of the built-in helplines the person chose to hide."""
        owner = self._session.get(PlanOwner, 1)
        return tuple(owner.hidden_helplines) if owner else ()

    def people(self) -> tuple[PersonDoc, ...]:
        """Everyone in the plan, in order."""
        return tuple(map(docs.person_doc, docs.ordered(self._session, Person)))

    def person_age_recipient(self, person_id: int) -> str | None:
        """A person's age public key, if they gave one."""
        person = self._session.get(Person, person_id)
        return person.age_recipient if person else None

    def medicines(self) -> tuple[MedicineDoc, ...]:
        """Every medicine, in order."""
        return tuple(map(docs.medicine_doc, docs.ordered(self._session, Medicine)))

    def treatments(self) -> tuple[TreatmentDoc, ...]:
        """Every treatment, in order."""
        return tuple(map(docs.treatment_doc, docs.ordered(self._session, Treatment)))

    def places(self) -> tuple[PlaceDoc, ...]:
        """Every place, in order."""
        return tuple(map(docs.place_doc, docs.ordered(self._session, Place)))

    def refusals(self) -> tuple[RefusalDoc, ...]:
        """Every refusal, in order."""
        return tuple(map(docs.refusal_doc, docs.ordered(self._session, Refusal)))

    def advance(self) -> dict[str, Any]:
        """The advance formalities as field values (dates as ``date`` objects)."""
        row = self._session.get(AdvanceDetails, 1)
        assert row is not None
        return {c: getattr(row, c) for c in AdvanceDetails.__table__.columns.keys() if c != "id"}  # noqa: SIM118

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Case-insensitive search across entries, people, medicines, treatments, places."""
        needle = text.strip().casefold()
        if not needle:
            return []
        hits: list[SearchHit] = []
        for section_key in self.section_keys():
            row = self._section_row(section_key, create=False)
            for entry in row.entries if row else ():
                if needle in entry.text.casefold():
                    hits.append(
                        SearchHit(f"section:{section_key}", entry.id, entry.text, entry.list_kind)
                    )
        structured: list[tuple[str, list[tuple[int, str]]]] = [
            (
                "people",
                [(p.id, f"{p.name} {p.relationship} {p.phone} {p.notes}") for p in self.people()],
            ),
            (
                "medicines",
                [(m.id, f"{m.name} {m.dose} {m.purpose} {m.reason}") for m in self.medicines()],
            ),
            ("treatments", [(t.id, f"{t.name} {t.reason}") for t in self.treatments()]),
            ("places", [(p.id, f"{p.name} {p.details} {p.reason}") for p in self.places()]),
            ("refusals", [(r.id, f"{r.treatment} {r.circumstances}") for r in self.refusals()]),
        ]
        for area, items in structured:
            hits += [SearchHit(area, i, t.strip()) for i, t in items if needle in t.casefold()]
        return hits[:limit]

    # ------------------------------------------------------------------ sections

    def _section_row(
        self, key: str, *, create: bool, rec: Recorder | None = None
    ) -> Section | None:
        row = self._session.scalars(select(Section).where(Section.key == key)).first()
        if row is None and create:
            assert rec is not None
            row = Section(key=key, group=catalogue.section(key).group, created_at=self._clock())
            rec.insert(row)
        return row

    def add_custom_section(self, title: str, group: str = "wrap") -> str:
        """A new part of the person's own, at the end of ``group``; returns its key."""
        with self._edit("add-section", "sections") as rec:
            used = {k for (k,) in self._session.execute(select(Section.key))}
            n = 1
            while f"custom-{n}" in used:
                n += 1
            last = self._session.scalar(
                select(func.max(Section.position)).where(Section.group == group)
            )
            rec.insert(
                Section(
                    key=f"custom-{n}",
                    custom_title=title,
                    group=group,
                    position=(last or 0) + 1,
                    created_at=self._clock(),
                )
            )
        return f"custom-{n}"

    def rename_section(self, key: str, title: str) -> None:
        """Rename one of the person's own parts."""
        row = self._custom(key)
        with self._edit("rename-section", "sections", f"section:{key}") as rec:
            rec.update(row, custom_title=title)

    def delete_section(self, key: str) -> None:
        """Delete one of the person's own parts and what is written in it (undoable)."""
        row = self._custom(key)
        with self._edit("delete-section", "sections", f"section:{key}") as rec:
            for entry in list(row.entries):
                rec.delete(entry)
            self._session.expire(row, ["entries"])
            rec.delete(row)

    def _custom(self, key: str) -> Section:
        row = self._section_row(key, create=False)
        if row is None or not row.is_custom:
            raise KeyError(key)
        return row

    # ------------------------------------------------------------------ entries

    def _list(self, section_id: int, kind: str) -> list[Entry]:
        return list(
            self._session.scalars(
                select(Entry)
                .where(Entry.section_id == section_id, Entry.list_kind == kind)
                .order_by(Entry.position, Entry.id)
            )
        )

    @staticmethod
    def _renumber(rec: Recorder, rows: list[Any]) -> None:
        for i, row in enumerate(rows):
            rec.update(row, position=i)

    def add_entry(
        self,
        section_key: str,
        kind: str,
        text: str,
        suggested_by: int | None = None,
        index: int | None = None,
    ) -> int:
        """Write a new entry in list ``kind`` of a section (at the end, or at ``index``)."""
        with self._edit("add-entry", f"section:{section_key}") as rec:
            section = self._section_row(section_key, create=True, rec=rec)
            assert section is not None
            siblings = self._list(section.id, kind)
            at = len(siblings) if index is None else max(0, min(index, len(siblings)))
            now = self._clock()
            entry = Entry(
                section_id=section.id,
                list_kind=kind,
                text=text,
                position=at,
                suggested_by_id=suggested_by,
                created_at=now,
                changed_at=now,
            )
            rec.insert(entry)
            self._renumber(rec, [*siblings[:at], entry, *siblings[at:]])
            return entry.id

    def _entry(self, entry_id: int) -> Entry:
        entry = self._session.get(Entry, entry_id)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def update_entry(self, entry_id: int, **values: Any) -> None:
        """Change an entry's ``text`` and/or ``suggested_by`` (a person id or None)."""
        entry = self._entry(entry_id)
        fields: dict[str, Any] = {}
        if "text" in values:
            fields["text"] = values.pop("text")
        if "suggested_by" in values:
            fields["suggested_by_id"] = values.pop("suggested_by")
        if values:
            raise TypeError(f"unknown entry fields {sorted(values)}")
        with self._edit("edit-entry", f"section:{entry.section.key}") as rec:
            if rec.update(entry, **fields):
                rec.update(entry, changed_at=self._clock())

    def delete_entry(self, entry_id: int) -> None:
        """Delete an entry (undoable)."""
        entry = self._entry(entry_id)
        with self._edit("delete-entry", f"section:{entry.section.key}") as rec:
            section_id, kind = entry.section_id, entry.list_kind
            rec.delete(entry)
            self._renumber(rec, self._list(section_id, kind))

    def move_entry(self, entry_id: int, index: int, kind: str | None = None) -> None:
        """Move an entry to ``index`` in its list (or in list ``kind`` of the same section)."""
        entry = self._entry(entry_id)
        with self._edit("move-entry", f"section:{entry.section.key}") as rec:
            old_kind = entry.list_kind
            new_kind = kind or old_kind
            if new_kind != old_kind:
                rec.update(entry, list_kind=new_kind)
                self._renumber(rec, self._list(entry.section_id, old_kind))
            rows = [e for e in self._list(entry.section_id, new_kind) if e.id != entry_id]
            at = max(0, min(index, len(rows)))
            self._renumber(rec, [*rows[:at], entry, *rows[at:]])

    # ------------------------------------------------------------------ owner, advance

    def update_owner(self, **values: Any) -> None:
        """Change the owner's details (name, preferred_name, pronouns, …)."""
        unknown = set(values) - _OWNER_FIELDS
        if unknown:
            raise TypeError(f"unknown owner fields {sorted(unknown)}")
        owner = self._session.get(PlanOwner, 1)
        assert owner is not None
        with self._edit("edit-owner", "owner") as rec:
            rec.update(owner, **values)

    def set_helpline_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show one of the built-in helplines."""
        owner = self._session.get(PlanOwner, 1)
        assert owner is not None
        keys = [k for k in owner.hidden_helplines if k != key] + ([key] if hidden else [])
        with self._edit("helplines", "helplines") as rec:
            rec.update(owner, hidden_helplines=sorted(keys))

    def update_advance(self, **values: Any) -> None:
        """Record advance formalities (dates signed and witnessed, witness, GP, copies)."""
        row = self._session.get(AdvanceDetails, 1)
        assert row is not None
        unknown = set(values) - set(self.advance())
        if unknown:
            raise TypeError(f"unknown advance fields {sorted(unknown)}")
        with self._edit("edit-advance", "advance") as rec:
            rec.update(row, **values)

    # ------------------------------------------------------------------ people

    def _person(self, person_id: int) -> Person:
        person = self._session.get(Person, person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def add_person(self, name: str, **values: Any) -> int:
        """Add someone to the plan, last in order; returns their id."""
        unknown = set(values) - _PERSON_FIELDS
        if unknown:
            raise TypeError(f"unknown person fields {sorted(unknown)}")
        with self._edit("add-person", "people") as rec:
            count = self._session.scalar(select(func.count(Person.id))) or 0
            now = self._clock()
            person = Person(name=name, position=count, created_at=now, changed_at=now, **values)
            rec.insert(person)
            return person.id

    def update_person(self, person_id: int, **values: Any) -> None:
        """Change someone's details."""
        unknown = set(values) - _PERSON_FIELDS
        if unknown:
            raise TypeError(f"unknown person fields {sorted(unknown)}")
        person = self._person(person_id)
        with self._edit("edit-person", "people") as rec:
            if rec.update(person, **values):
                rec.update(person, changed_at=self._clock())

    def delete_person(self, person_id: int) -> None:
        """Remove someone. Entries they suggested stay (as the owner's); undo brings all back."""
        person = self._person(person_id)
        areas = {"people", "cycle", "shares"}
        with self._edit("delete-person", *areas) as rec:
            for entry in self._session.scalars(
                select(Entry).where(Entry.suggested_by_id == person_id)
            ):
                rec.update(entry, suggested_by_id=None)
                rec.edit.areas.add(f"section:{entry.section.key}")
            for commitment in self._session.scalars(
                select(Commitment).where(Commitment.who_id == person_id)
            ):
                rec.update(commitment, who_id=None)
            for share in self._session.scalars(
                select(ShareRecord).where(ShareRecord.person_id == person_id)
            ):
                rec.update(share, person_id=None)
            for link in self._session.scalars(
                select(PassSupporter).where(PassSupporter.person_id == person_id)
            ):
                rec.delete(link)
            rec.delete(person)
            self._renumber(rec, docs.ordered(self._session, Person))

    def move_person(self, person_id: int, index: int) -> None:
        """Move someone to ``index`` in the order (first: who to contact first)."""
        person = self._person(person_id)
        with self._edit("move-person", "people") as rec:
            rows = [p for p in docs.ordered(self._session, Person) if p.id != person_id]
            at = max(0, min(index, len(rows)))
            self._renumber(rec, [*rows[:at], person, *rows[at:]])

    # ------------------------------------------------------------------ medicines & co

    def _item(self, kind: ItemKind, item_id: int) -> Medicine | Treatment | Place | Refusal:
        for row in self._items(kind):
            if row.id == item_id:
                return row
        raise KeyError(item_id)

    def _items(self, kind: ItemKind) -> list[Medicine | Treatment | Place | Refusal]:
        entity = _ITEMS[kind]
        return list(self._session.scalars(select(entity).order_by(entity.position, entity.id)))

    def add_item(self, kind: ItemKind, **values: Any) -> int:
        """Add a medicine, treatment, place or refusal, last in its list; returns its id."""
        unknown = set(values) - _ITEM_FIELDS[kind]
        if unknown:
            raise TypeError(f"unknown {kind} fields {sorted(unknown)}")
        entity = _ITEMS[kind]
        with self._edit("add-item", kind) as rec:
            count = self._session.scalar(select(func.count(entity.id))) or 0
            row = entity(position=count, changed_at=self._clock(), **values)
            rec.insert(row)
            return row.id

    def update_item(self, kind: ItemKind, item_id: int, **values: Any) -> None:
        """Change a medicine, treatment, place or refusal."""
        unknown = set(values) - _ITEM_FIELDS[kind]
        if unknown:
            raise TypeError(f"unknown {kind} fields {sorted(unknown)}")
        row = self._item(kind, item_id)
        with self._edit("edit-item", kind) as rec:
            if rec.update(row, **values):
                rec.update(row, changed_at=self._clock())

    def delete_item(self, kind: ItemKind, item_id: int) -> None:
        """Delete a medicine, treatment, place or refusal (undoable)."""
        row = self._item(kind, item_id)
        with self._edit("delete-item", kind) as rec:
            rec.delete(row)
            self._renumber(rec, self._items(kind))

    def move_item(self, kind: ItemKind, item_id: int, index: int) -> None:
        """Move a medicine, treatment, place or refusal to ``index`` in its list."""
        row = self._item(kind, item_id)
        with self._edit("move-item", kind) as rec:
            rows = [r for r in self._items(kind) if r.id != item_id]
            at = max(0, min(index, len(rows)))
            self._renumber(rec, [*rows[:at], row, *rows[at:]])
