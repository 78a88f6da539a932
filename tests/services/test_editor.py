"""Every kind of edit works, and undo/redo returns the plan exactly as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from wrapdesk.document import dumps
from wrapdesk.services.editor import PlanEditor
from wrapdesk.store import PlanDatabase


@pytest.fixture
def editor() -> Iterator[PlanEditor]:
    db = PlanDatabase.new()
    ed = PlanEditor(db)
    yield ed
    ed.close()
    db.close()


def texts(editor: PlanEditor, key: str, kind: str = "item") -> list[str]:
    return [e.text for e in editor.section(key).entries(kind)]


def snapshot(editor: PlanEditor) -> bytes:
    """Everything the plan holds, as the canonical document (plus the agey bits)."""
    return (
        dumps(editor.document())
        + repr([editor.person_age_recipient(p.id) for p in editor.people()]).encode()
    )


def test_entries_add_insert_edit_move_delete(editor: PlanEditor) -> None:
    a = editor.add_entry("early-warning-signs", "item", "Sleeping badly")
    b = editor.add_entry("early-warning-signs", "item", "Not answering messages")
    c = editor.add_entry("early-warning-signs", "item", "First!", index=0)
    assert texts(editor, "early-warning-signs") == [
        "First!",
        "Sleeping badly",
        "Not answering messages",
    ]
    editor.update_entry(a, text="Sleeping less than five hours")
    editor.move_entry(b, 0)
    assert texts(editor, "early-warning-signs") == [
        "Not answering messages",
        "First!",
        "Sleeping less than five hours",
    ]
    editor.move_entry(c, 0, kind="must-do")
    assert texts(editor, "early-warning-signs", "must-do") == ["First!"]
    editor.delete_entry(a)
    assert texts(editor, "early-warning-signs") == ["Not answering messages"]
    assert editor.entry_counts() == {"early-warning-signs": 2}


def test_undo_redo_every_kind_of_edit(editor: PlanEditor) -> None:
    """Apply each edit; undo must restore the exact state before, redo the state after."""
    sam = editor.add_person("Sam", relationship="sister", phone="07700 900123")
    first = editor.add_entry("triggers", "item", "Anniversaries", suggested_by=sam)
    editor.add_entry("triggers", "item", "Crowds")
    med = editor.add_item("medicines", name="Lithium", status="current", dose="400 mg")
    custom = editor.add_custom_section("My allotment")
    editor.add_entry(custom, "item", "Digging the beds")

    edits: list[tuple[str, Callable[[], object]]] = [
        ("add entry", lambda: editor.add_entry("triggers", "might-do", "Go for a walk")),
        ("edit text", lambda: editor.update_entry(first, text="Anniversaries, esp. March")),
        ("suggested by", lambda: editor.update_entry(first, suggested_by=None)),
        ("move", lambda: editor.move_entry(first, 1)),
        ("delete entry", lambda: editor.delete_entry(first)),
        ("owner", lambda: editor.update_owner(name="Alex", date_of_birth=date(1990, 1, 2))),
        ("helpline", lambda: editor.set_helpline_hidden("shout", True)),
        ("advance", lambda: editor.update_advance(adrt_gp="Dr Lewis")),
        ("add person", lambda: editor.add_person("Priya", roles=["task-helper"])),
        (
            "edit person",
            lambda: editor.update_person(sam, phone="07700 900999", age_recipient="age1xyz"),
        ),
        ("move person", lambda: editor.move_person(sam, 5)),
        ("delete person", lambda: editor.delete_person(sam)),
        ("add medicine", lambda: editor.add_item("medicines", name="Olanzapine", status="avoid")),
        ("edit medicine", lambda: editor.update_item("medicines", med, status="avoid")),
        ("move medicine", lambda: editor.move_item("medicines", med, 3)),
        ("delete medicine", lambda: editor.delete_item("medicines", med)),
        ("treatment", lambda: editor.add_item("treatments", name="Talking therapy")),
        ("place", lambda: editor.add_item("places", name="Ty Enfys", preference="preferred")),
        ("refusal", lambda: editor.add_item("refusals", treatment="ECT", life_sustaining=True)),
        ("rename part", lambda: editor.rename_section(custom, "The allotment")),
        ("delete part", lambda: editor.delete_section(custom)),
        ("add part", lambda: editor.add_custom_section("Music", group="crisis")),
    ]
    for name, apply in edits:
        before = snapshot(editor)
        apply()
        after = snapshot(editor)
        assert after != before, f"{name}: the edit changed nothing"
        assert editor.can_undo
        editor.undo()
        assert snapshot(editor) == before, f"undo of {name}"
        editor.redo()
        assert snapshot(editor) == after, f"redo of {name}"


def test_undo_all_the_way_back_then_redo_all(editor: PlanEditor) -> None:
    empty = snapshot(editor)
    sam = editor.add_person("Sam")
    e = editor.add_entry("wellness-toolbox", "item", "Tea with Sam", suggested_by=sam)
    editor.update_entry(e, text="Tea and cake with Sam")
    editor.delete_person(sam)
    full = snapshot(editor)
    steps = 0
    while editor.can_undo:
        editor.undo()
        steps += 1
    assert steps == 4 and snapshot(editor) == empty
    while editor.can_redo:
        editor.redo()
    assert snapshot(editor) == full


def test_a_new_edit_clears_redo_and_labels_say_what(editor: PlanEditor) -> None:
    editor.add_entry("triggers", "item", "Crowds")
    assert editor.undo_label == "Add entry"
    editor.undo()
    assert editor.redo_label == "Add entry"
    editor.add_person("Sam")
    assert not editor.can_redo and editor.undo_label == "Add person"


def test_edits_that_change_nothing_are_not_undo_steps(editor: PlanEditor) -> None:
    e = editor.add_entry("triggers", "item", "Crowds")
    revision = editor.revision
    editor.update_entry(e, text="Crowds")
    assert editor.revision == revision
    editor.undo()
    assert not editor.can_undo


def test_listeners_hear_which_areas_changed(editor: PlanEditor) -> None:
    heard: list[set[str]] = []
    editor.subscribe(heard.append)
    editor.add_entry("triggers", "item", "Crowds")
    editor.add_person("Sam")
    editor.undo()
    assert heard == [{"section:triggers"}, {"people"}, {"people"}]


def test_deleting_a_person_keeps_their_suggestions_as_yours(editor: PlanEditor) -> None:
    sam = editor.add_person("Sam")
    e = editor.add_entry("triggers", "item", "Crowds", suggested_by=sam)
    editor.delete_person(sam)
    (entry,) = editor.section("triggers").entries("item")
    assert entry.id == e and entry.suggested_by is None
    editor.undo()
    (entry,) = editor.section("triggers").entries("item")
    assert entry.suggested_by == sam


def test_unknown_fields_are_refused(editor: PlanEditor) -> None:
    with pytest.raises(TypeError):
        editor.add_person("Sam", password="x")
    with pytest.raises(TypeError):
        editor.add_item("medicines", colour="blue")
    with pytest.raises(KeyError):
        editor.update_entry(999, text="nobody")
    assert not editor.can_undo


def test_search_finds_entries_and_people(editor: PlanEditor) -> None:
    editor.add_entry("triggers", "item", "Loud PARTIES at night")
    editor.add_person("Sam Parties-Jones")
    editor.add_item("medicines", name="Sertraline", reason="helps at parties")
    hits = editor.search("parties")
    assert [h.area for h in hits] == ["section:triggers", "people", "medicines"]
    assert editor.search("   ") == []


def test_reads_after_an_edit_are_never_stale(editor: PlanEditor) -> None:
    """Regression: a section read before a delete kept showing the deleted entry."""
    seen: list[list[str]] = []
    editor.subscribe(lambda _areas: seen.append(texts(editor, "triggers")))  # as a screen does
    first = editor.add_entry("triggers", "item", "Crowds")
    editor.add_entry("triggers", "item", "Deadlines")
    assert texts(editor, "triggers") == ["Crowds", "Deadlines"]  # loads the collection
    editor.update_entry(first, text="Big crowds")
    assert texts(editor, "triggers") == ["Big crowds", "Deadlines"]
    editor.delete_entry(first)
    assert texts(editor, "triggers") == ["Deadlines"]
    assert seen[-1] == ["Deadlines"]
    editor.undo()
    assert texts(editor, "triggers") == ["Big crowds", "Deadlines"]
