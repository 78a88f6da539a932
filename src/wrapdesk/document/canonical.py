"""Canonical JSON for the plan document: same plan, same bytes; and a strict reader.

Canonical means UTF-8, keys sorted, no insignificant spaces, and lists in the order the
document holds them (which the builder makes stable). Reading checks the bytes against
the published JSON Schema (``plan-1.schema.json``) before anything else is trusted, so a
hostile or damaged document is refused with :class:`DocumentInvalid`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib import resources
from typing import Any

from wrapdesk.document.types import (
    SCHEMA,
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

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


class DocumentInvalid(ValueError):
    """The bytes are not a plan document this WrapDesk can read."""


class UnknownSchema(DocumentInvalid):
    """A plan document of a schema this WrapDesk does not know (likely a newer one)."""

    def __init__(self, schema: object) -> None:
        super().__init__(f"unknown plan document schema {schema!r}")
        self.schema = schema


def _tuples_to_lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_tuples_to_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _tuples_to_lists(v) for k, v in value.items()}
    return value


def to_dict(document: PlanDocument) -> dict[str, Any]:
    """The document as plain JSON-ready data."""
    data: dict[str, Any] = _tuples_to_lists(asdict(document))
    return data


def dumps(document: PlanDocument) -> bytes:
    """The document's canonical bytes."""
    return json.dumps(
        to_dict(document), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


@cache
def json_schema() -> dict[str, Any]:
    """The published JSON Schema of ``wrapdesk.plan/1``."""
    text = resources.files("wrapdesk.document").joinpath("plan-1.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate(data: object) -> None:
    """Raise :class:`DocumentInvalid` unless ``data`` matches the schema."""
    from jsonschema import Draft202012Validator

    if isinstance(data, dict) and data.get("schema") != SCHEMA:
        raise UnknownSchema(data.get("schema"))
    validator = Draft202012Validator(json_schema())
    error = next(iter(validator.iter_errors(data)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise DocumentInvalid(f"{where}: {error.message[:200]}")


def _check_ids(data: dict[str, Any]) -> None:
    """Ids are unique within their kind: a diff matches items by them."""
    entry_ids = [e["id"] for s in data["sections"] for lst in s["lists"] for e in lst["entries"]]
    groups = {
        "entries": entry_ids,
        "sections": [s["key"] for s in data["sections"]],
        **{
            name: [i["id"] for i in data[name]]
            for name in ("people", "medicines", "treatments", "places", "refusals")
        },
    }
    for name, ids in groups.items():
        if len(ids) != len(set(ids)):
            raise DocumentInvalid(f"{name}: the same id is used twice")


def _entries(raw: list[dict[str, Any]]) -> tuple[EntryDoc, ...]:
    return tuple(EntryDoc(**e) for e in raw)


def from_dict(data: object, *, trusted: bool = False) -> PlanDocument:
    """Build a document from JSON data, after checking it against the schema.

    ``trusted`` skips the schema check, for documents WrapDesk itself froze into an
    authenticated vault; anything that arrives from outside is checked.
    """
    if not trusted:
        validate(data)
        assert isinstance(data, dict)
        _check_ids(data)
    assert isinstance(data, dict)
    version = data["version"]
    return PlanDocument(
        schema=data["schema"],
        version=VersionInfo(**version) if version is not None else None,
        owner=OwnerDoc(**data["owner"]),
        included=tuple(data["included"]),
        sections=tuple(
            SectionDoc(
                key=s["key"],
                group=s["group"],
                title=s["title"],
                lists=tuple(
                    EntryListDoc(kind=lst["kind"], entries=_entries(lst["entries"]))
                    for lst in s["lists"]
                ),
            )
            for s in data["sections"]
        ),
        people=tuple(
            PersonDoc(**{**p, "roles": tuple(p["roles"]), "may_receive": tuple(p["may_receive"])})
            for p in data["people"]
        ),
        medicines=tuple(MedicineDoc(**m) for m in data["medicines"]),
        treatments=tuple(TreatmentDoc(**t) for t in data["treatments"]),
        places=tuple(PlaceDoc(**p) for p in data["places"]),
        refusals=tuple(RefusalDoc(**r) for r in data["refusals"]),
        advance=AdvanceDoc(**data["advance"]),
        hidden_helplines=tuple(data["hidden_helplines"]),
    )


def loads(raw: bytes, *, trusted: bool = False) -> PlanDocument:
    """Read canonical (or any valid) JSON bytes into a document (see :func:`from_dict`)."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentInvalid("the document is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DocumentInvalid(f"not JSON: {exc}") from exc
    return from_dict(data, trusted=trusted)
