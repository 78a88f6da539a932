"""What changed between two plan documents, item by item and section by section.

The result is data, not sentences: the services layer words it in the person's language
with the catalogue's titles. Items are matched by their stable ids, so an edited entry is
"changed", not "removed" and "added".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Literal

from wrapdesk.document.types import EntryDoc, PlanDocument, SectionDoc

ChangeKind = Literal["added", "removed", "changed", "reordered"]

# Areas other than sections, in the order a person reads them.
STRUCTURED_AREAS = ("owner", "people", "medicines", "treatments", "places", "refusals", "advance")


@dataclass(frozen=True)
class Change:
    """One difference.

    ``area`` is ``"section:<key>"`` or one of :data:`STRUCTURED_AREAS`. ``label`` names
    the item (an entry's text, a person's name). For a changed field of a structured item,
    ``field`` names it and ``before``/``after`` hold the values.
    """

    area: str
    kind: ChangeKind
    label: str = ""
    list_kind: str | None = None
    item_id: int | None = None
    field: str | None = None
    before: str | None = None
    after: str | None = None


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _entry_changes(
    area: str, kind: str, old: Sequence[EntryDoc], new: Sequence[EntryDoc]
) -> list[Change]:
    before = {e.id: e for e in old}
    after = {e.id: e for e in new}
    out: list[Change] = []
    for e in new:
        if e.id not in before:
            out.append(Change(area, "added", e.text, kind, e.id))
        else:
            was = before[e.id]
            if was.text != e.text:
                out.append(Change(area, "changed", e.text, kind, e.id, "text", was.text, e.text))
            if was.suggested_by != e.suggested_by:
                out.append(
                    Change(
                        area,
                        "changed",
                        e.text,
                        kind,
                        e.id,
                        "suggested_by",
                        _text(was.suggested_by),
                        _text(e.suggested_by),
                    )
                )
    out.extend(Change(area, "removed", e.text, kind, e.id) for e in old if e.id not in after)
    kept_old = [e.id for e in old if e.id in after]
    kept_new = [e.id for e in new if e.id in before]
    if kept_old != kept_new:
        out.append(Change(area, "reordered", "", kind))
    return out


def _section_changes(old: SectionDoc | None, new: SectionDoc | None, key: str) -> list[Change]:
    area = f"section:{key}"
    out: list[Change] = []
    if old is not None and new is not None and old.title != new.title:
        out.append(
            Change(
                area, "changed", new.title or "", field="title", before=old.title, after=new.title
            )
        )
    kinds: list[str] = []
    for section in (new, old):
        for lst in section.lists if section else ():
            if lst.kind not in kinds:
                kinds.append(lst.kind)
    for kind in kinds:
        out.extend(
            _entry_changes(
                area,
                kind,
                old.entries(kind) if old else (),
                new.entries(kind) if new else (),
            )
        )
    return out


def _label(item: object) -> str:
    for name in ("name", "treatment"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    return ""


def _item_changes(area: str, old: Iterable[object], new: Iterable[object]) -> list[Change]:
    before = {getattr(i, "id"): i for i in old}  # noqa: B009 - items of several types
    after = {getattr(i, "id"): i for i in new}  # noqa: B009
    out: list[Change] = []
    for item_id, item in after.items():
        if item_id not in before:
            out.append(Change(area, "added", _label(item), item_id=item_id))
            continue
        was = before[item_id]
        for f in fields(item):  # type: ignore[arg-type]
            if f.name == "id":
                continue
            a, b = getattr(was, f.name), getattr(item, f.name)
            if a != b:
                out.append(
                    Change(
                        area,
                        "changed",
                        _label(item),
                        item_id=item_id,
                        field=f.name,
                        before=_text(a),
                        after=_text(b),
                    )
                )
    out.extend(
        Change(area, "removed", _label(i), item_id=item_id)
        for item_id, i in before.items()
        if item_id not in after
    )
    if [i for i in before if i in after] != [i for i in after if i in before]:
        out.append(Change(area, "reordered"))
    return out


def _fields_changes(area: str, old: object, new: object) -> list[Change]:
    out = []
    for f in fields(new):  # type: ignore[arg-type]
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a != b:
            out.append(Change(area, "changed", field=f.name, before=_text(a), after=_text(b)))
    return out


def diff(old: PlanDocument, new: PlanDocument) -> tuple[Change, ...]:
    """Every difference from ``old`` to ``new``: sections first (in ``new``'s order), then
    the owner, people, medicines, treatments, places, refusals and advance formalities."""
    changes: list[Change] = []
    keys = [s.key for s in new.sections]
    keys += [s.key for s in old.sections if s.key not in keys]
    for key in keys:
        changes.extend(_section_changes(old.section(key), new.section(key), key))
    changes.extend(_fields_changes("owner", old.owner, new.owner))
    changes.extend(_item_changes("people", old.people, new.people))
    changes.extend(_item_changes("medicines", old.medicines, new.medicines))
    changes.extend(_item_changes("treatments", old.treatments, new.treatments))
    changes.extend(_item_changes("places", old.places, new.places))
    changes.extend(_item_changes("refusals", old.refusals, new.refusals))
    changes.extend(_fields_changes("advance", old.advance, new.advance))
    return tuple(changes)
