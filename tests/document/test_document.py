"""The plan document: canonical bytes, its schema, round trips and the diff."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wrapdesk.document import (
    SCHEMA,
    DocumentInvalid,
    EntryDoc,
    EntryListDoc,
    MedicineDoc,
    OwnerDoc,
    PersonDoc,
    PlanDocument,
    SectionDoc,
    UnknownSchema,
    VersionInfo,
    diff,
    dumps,
    json_schema,
    loads,
    to_dict,
)

text = st.text(max_size=60)
ids = st.integers(min_value=1, max_value=10_000)
keys = st.from_regex(r"^[a-z][a-z0-9-]{0,15}$", fullmatch=True)


@st.composite
def documents(draw: st.DrawFn) -> PlanDocument:
    people = draw(
        st.lists(
            st.builds(
                PersonDoc,
                id=ids,
                name=text,
                relationship=text,
                roles=st.tuples(keys),
                do_not_involve=st.booleans(),
            ),
            max_size=4,
            unique_by=lambda p: p.id,
        )
    )
    person_ids = [p.id for p in people]
    entry = st.builds(
        EntryDoc, id=ids, text=text, suggested_by=st.sampled_from([None, *person_ids])
    )
    sections = draw(
        st.lists(
            st.builds(
                SectionDoc,
                key=keys,
                group=st.sampled_from(["wrap", "crisis", "advance"]),
                lists=st.lists(
                    st.builds(
                        EntryListDoc, kind=keys, entries=st.lists(entry, max_size=4).map(tuple)
                    ),
                    max_size=3,
                ).map(tuple),
                title=st.one_of(st.none(), text),
            ),
            max_size=4,
            unique_by=lambda s: s.key,
        )
    )
    # Entry ids are unique across a plan (they are its database keys): renumber to keep that.
    counter = iter(range(1, 1_000_000))
    sections = [
        dataclasses.replace(
            section,
            lists=tuple(
                dataclasses.replace(
                    lst,
                    entries=tuple(dataclasses.replace(e, id=next(counter)) for e in lst.entries),
                )
                for lst in section.lists
            ),
        )
        for section in sections
    ]
    return PlanDocument(
        owner=draw(
            st.builds(
                OwnerDoc,
                name=text,
                date_of_birth=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
            )
        ),
        included=tuple(s.key for s in sections),
        sections=tuple(sections),
        people=tuple(people),
        medicines=tuple(
            draw(
                st.lists(
                    st.builds(
                        MedicineDoc,
                        id=ids,
                        name=text,
                        status=st.sampled_from(["current", "acceptable", "avoid", "allergy"]),
                    ),
                    max_size=3,
                    unique_by=lambda m: m.id,
                )
            )
        ),
        version=draw(
            st.one_of(
                st.none(),
                st.builds(
                    VersionInfo, number=ids, created_at=st.just("2026-11-27T06:55:01Z"), note=text
                ),
            )
        ),
    )


@settings(max_examples=150, deadline=None)
@given(documents())
def test_round_trip_and_canonical_bytes(document: PlanDocument) -> None:
    raw = dumps(document)
    again = loads(raw)
    assert again == document
    assert dumps(again) == raw, "same plan, same bytes"
    # Canonical: sorted keys, no spaces, UTF-8 (not \\u escapes).
    parsed = json.loads(raw)
    assert raw == json.dumps(
        parsed, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(documents())
def test_a_document_never_differs_from_itself(document: PlanDocument) -> None:
    assert diff(document, document) == ()


def test_schema_is_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json_schema())


def base_doc() -> PlanDocument:
    return PlanDocument(
        owner=OwnerDoc(name="Alex"),
        included=("triggers",),
        sections=(SectionDoc("triggers", "wrap", (EntryListDoc("item", (EntryDoc(1, "x"),)),)),),
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(schema="wrapdesk.plan/2"), UnknownSchema),
        (lambda d: d.pop("owner"), DocumentInvalid),
        (lambda d: d.update(extra=1), DocumentInvalid),
        (lambda d: d["sections"][0].update(key="../../etc"), DocumentInvalid),
        (lambda d: d["sections"][0]["lists"][0]["entries"][0].update(id="1"), DocumentInvalid),
        (
            lambda d: d["sections"][0]["lists"][0]["entries"][0].update(text="x" * 30_000),
            DocumentInvalid,
        ),
        (
            lambda d: d["medicines"].append(
                {"id": 1, "name": "x", "status": "maybe", "dose": "", "purpose": "", "reason": ""}
            ),
            DocumentInvalid,
        ),
    ],
    ids=["newer-schema", "missing", "extra", "bad-key", "bad-id-type", "too-long", "bad-enum"],
)
def test_invalid_documents_are_refused(mutate: object, expected: type[Exception]) -> None:
    data = to_dict(base_doc())
    assert callable(mutate)
    mutate(data)
    with pytest.raises(expected):
        loads(json.dumps(data).encode())


def test_duplicate_ids_are_refused() -> None:
    data = to_dict(base_doc())
    entries = data["sections"][0]["lists"][0]["entries"]
    entries.append(dict(entries[0]))
    with pytest.raises(DocumentInvalid, match="same id"):
        loads(json.dumps(data).encode())


@pytest.mark.parametrize(
    "raw",
    [b"", b"not json", b"\xff\xfe", b"[]", b"null", b"[" * 100_000 + b"]" * 100_000],
    ids=["empty", "text", "bad-utf8", "list", "null", "deep-nesting"],
)
def test_garbage_is_refused_not_a_crash(raw: bytes) -> None:
    with pytest.raises(DocumentInvalid):
        loads(raw)


def test_diff_names_each_kind_of_change() -> None:
    old = PlanDocument(
        owner=OwnerDoc(name="Alex"),
        included=("triggers", "early-warning-signs"),
        sections=(
            SectionDoc(
                "triggers",
                "wrap",
                (
                    EntryListDoc(
                        "item",
                        (
                            EntryDoc(1, "Crowds"),
                            EntryDoc(2, "Anniversaries"),
                            EntryDoc(3, "Noise"),
                        ),
                    ),
                ),
            ),
            SectionDoc(
                "early-warning-signs",
                "wrap",
                (EntryListDoc("item", (EntryDoc(4, "Sleeping badly"),)),),
            ),
        ),
        people=(PersonDoc(1, "Sam", phone="07700 900001"), PersonDoc(2, "Jo")),
        medicines=(MedicineDoc(1, "Lithium", "current"),),
    )
    new = dataclasses.replace(
        old,
        owner=OwnerDoc(name="Alex Morgan"),
        sections=(
            SectionDoc(
                "triggers",
                "wrap",
                (
                    EntryListDoc(
                        "item",
                        (
                            EntryDoc(3, "Noise"),
                            EntryDoc(1, "Big crowds", suggested_by=1),
                            EntryDoc(5, "Deadlines"),
                        ),
                    ),
                ),
            ),
        ),
        people=(PersonDoc(1, "Sam", phone="07700 900999"), PersonDoc(3, "Priya")),
        medicines=(MedicineDoc(1, "Lithium", "avoid"),),
    )
    found = {(c.area, c.kind, c.label, c.field) for c in diff(old, new)}
    assert ("section:triggers", "changed", "Big crowds", "text") in found
    assert ("section:triggers", "changed", "Big crowds", "suggested_by") in found
    assert ("section:triggers", "added", "Deadlines", None) in found
    assert ("section:triggers", "removed", "Anniversaries", None) in found
    assert ("section:triggers", "reordered", "", None) in found
    assert ("section:early-warning-signs", "removed", "Sleeping badly", None) in found
    assert ("owner", "changed", "", "name") in found
    assert ("people", "changed", "Sam", "phone") in found
    assert ("people", "added", "Priya", None) in found
    assert ("people", "removed", "Jo", None) in found
    assert ("medicines", "changed", "Lithium", "status") in found
    assert len(found) == 11


def test_schema_constant() -> None:
    assert base_doc().schema == SCHEMA == "wrapdesk.plan/1"
