"""Freezing versions, who holds which, and what changed, in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from wrapdesk.i18n import untranslated
from wrapdesk.services.change_text import describe_changes
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def plan() -> Iterator[tuple[PlanEditor, Versions]]:
    db = PlanDatabase.new()
    editor = PlanEditor(db, clock=Clock())
    yield editor, Versions(editor)
    editor.close()
    db.close()


def test_freeze_list_and_read_back(plan: tuple[PlanEditor, Versions]) -> None:
    editor, versions = plan
    assert versions.latest_number() is None and versions.changed_since_latest()
    editor.add_entry("triggers", "item", "Crowds")
    first = versions.freeze("First plan")
    assert first.number == 1
    assert not versions.changed_since_latest()
    editor.add_entry("triggers", "item", "Deadlines")
    assert versions.changed_since_latest()
    versions.freeze("After my review")
    summaries = versions.summaries()
    assert [(s.number, s.note) for s in summaries] == [(2, "After my review"), (1, "First plan")]
    doc = versions.document(1)
    assert doc.version is not None and doc.version.note == "First plan"
    assert [e.text for e in doc.sections[0].entries("item")] == ["Crowds"]


def test_diff_between_versions_and_against_now(plan: tuple[PlanEditor, Versions]) -> None:
    editor, versions = plan
    crowds = editor.add_entry("triggers", "item", "Crowds")
    versions.freeze()
    editor.update_entry(crowds, text="Big crowds")
    editor.add_entry("early-warning-signs", "item", "Sleeping less")
    versions.freeze()
    editor.add_person("Sam", relationship="sister")
    assert {(c.area, c.kind) for c in versions.diff(1, 2)} == {
        ("section:triggers", "changed"),
        ("section:early-warning-signs", "added"),
    }
    assert {(c.area, c.kind) for c in versions.diff(2)} == {("people", "added")}
    assert versions.diff(2, 2) == ()


def test_holders_and_what_changed_since_their_copy(plan: tuple[PlanEditor, Versions]) -> None:
    editor, versions = plan
    sam = editor.add_person("Sam")
    editor.add_entry("crisis.take-over-signs", "item", "Not eating")
    editor.add_entry("wellness-toolbox", "item", "Music")
    versions.freeze()
    versions.record_share(1, sam, "Sam", ("crisis.take-over-signs",), "passphrase")
    editor.add_entry("crisis.take-over-signs", "item", "Not sleeping")
    editor.add_entry("wellness-toolbox", "item", "Walking")  # not in Sam's copy
    versions.freeze()
    (holder,) = versions.holders()
    assert (holder.person_name, holder.version_number) == ("Sam", 1)
    assert [s.holders for s in versions.summaries()][1] == (holder,)
    changes = versions.diff_for_holder(holder)
    assert [(c.area, c.label) for c in changes] == [
        ("section:crisis.take-over-signs", "Not sleeping")
    ]
    versions.record_share(2, sam, "Sam", ("crisis.take-over-signs",), "age-key")
    (holder,) = versions.holders()
    assert holder.version_number == 2


def test_changes_are_worded_by_part(plan: tuple[PlanEditor, Versions]) -> None:
    editor, versions = plan
    sam = editor.add_person("Sam", phone="07700 900001")
    crowds = editor.add_entry("triggers", "item", "Crowds")
    versions.freeze()
    editor.update_entry(crowds, text="Big crowds", suggested_by=sam)
    editor.update_person(sam, phone="07700 900002")
    groups = describe_changes(versions.diff(1), untranslated, {sam: "Sam"})
    by_title = {g.title: g.lines for g in groups}
    assert by_title["Triggers"] == (
        "My triggers: “Crowds” now reads “Big crowds”",
        "My triggers: “Big crowds” is now noted as suggested by Sam",
    )
    assert by_title["People"] == (
        "Sam: phone number changed from “07700 900001” to “07700 900002”",
    )


def test_undo_never_reaches_behind_a_frozen_version(
    plan: tuple[PlanEditor, Versions],
) -> None:
    """Finishing a review freezes a version: a few Ctrl+Z must not unpick its answers."""
    editor, versions = plan
    editor.add_entry("triggers", "item", "Crowds")
    assert editor.can_undo
    versions.freeze("After my review")
    assert not editor.can_undo and editor.undo() == set()
    assert [e.text for e in editor.section("triggers").entries("item")] == ["Crowds"]
