"""Shared pieces for the exchange tests: a small plan document, keys, packages, checks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest

from wrapdesk.document import PlanDocument, VersionInfo
from wrapdesk.exchange import AgeIdentity, ShareError, new_identity
from wrapdesk.exchange.package import Package, pack
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.messages import describe
from wrapdesk.store import PlanDatabase

PDF = b"%PDF-1.4\n% a stand-in for the printout\n%%EOF\n"
README = "A plan shared with you from WrapDesk\n"
WHEN = (2026, 3, 1, 9, 30, 0)


@pytest.fixture(scope="session")
def document() -> Iterator[PlanDocument]:
    """A small crisis-plan document, as an export makes it."""
    db = PlanDatabase.new()
    editor = PlanEditor(db)
    editor.update_owner(name="Alex Example", preferred_name="Alex")
    sam = editor.add_person("Sam", relationship="sister", phone="0700 900 123")
    editor.add_entry("crisis.when-well", "item", "I make tea for everyone", suggested_by=sam)
    editor.add_entry("crisis.take-over-signs", "item", "I stop answering the phone")
    yield editor.document(
        ["crisis.when-well", "crisis.take-over-signs", "crisis.supporters"],
        version=VersionInfo(number=3, created_at="2026-03-01T09:30:00Z", note="For Sam"),
    )
    editor.close()
    db.close()


@pytest.fixture(scope="session")
def identity() -> AgeIdentity:
    """The supporter's key for these tests."""
    return new_identity()


@pytest.fixture(scope="session")
def recipient(identity: AgeIdentity) -> str:
    return identity.recipients[0]


def zip_bytes(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A zip made by hand, for packages WrapDesk would never write."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)
    return buffer.getvalue()


def good_package(plan_json: bytes) -> bytes:
    return pack(Package(plan_json=plan_json, pdf=PDF, readme=README), WHEN)


def assert_plain_sentence(error: ShareError) -> str:
    """The error reads as one or two plain sentences: no jargon from the code, no traceback."""
    text = describe(error)
    assert text and text[0].isupper() and text.rstrip().endswith((".", "”."))
    assert "\n" not in text and "Traceback" not in text and "Error" not in text
    assert "Something unexpected" not in text
    assert len(text) < 400
    return text
