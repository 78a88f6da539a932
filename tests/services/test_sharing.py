"""Sharing with a supporter: versions frozen, shares recorded, the supporter's key kept."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE, files_containing
from wrapdesk.exchange import AgeIdentity, WrongShareKey, new_identity
from wrapdesk.i18n import untranslated
from wrapdesk.services import sharing
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.messages import describe
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.services.sharing import (
    NoSectionsChosen,
    NoSupporterKeyYet,
    NotSentAsFile,
    RecipientMissing,
    UnknownSection,
    export_for,
    open_shared,
    open_with_my_key,
    record_export,
    supporter_key,
    update_for,
)
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase

MARKER = "tea-with-the-blue-teapot"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


class Plan:
    """A small plan: Alex, their sister Sam, a few entries in the crisis plan and the WRAP."""

    def __init__(self) -> None:
        self.db = PlanDatabase.new()
        self.editor = PlanEditor(self.db, clock=Clock())
        self.versions = Versions(self.editor)
        e = self.editor
        e.update_owner(name="Alex Example", preferred_name="Alex")
        self.sam = e.add_person("Sam", relationship="sister", may_receive=["crisis-plan"])
        self.jo = e.add_person("Jo", relationship="friend")
        e.add_entry("crisis.when-well", "item", f"I make {MARKER}", suggested_by=self.sam)
        e.add_entry("crisis.take-over-signs", "item", "I stop answering the phone")
        e.add_entry("triggers", "item", "Crowds on the bus")
        e.add_item("medicines", name="Sertraline", status="current", dose="50 mg")

    def close(self) -> None:
        self.editor.close()
        self.db.close()


@pytest.fixture
def plan() -> Iterator[Plan]:
    p = Plan()
    yield p
    p.close()


@pytest.fixture(scope="module")
def sam_key() -> AgeIdentity:
    return new_identity()


def export_to_key(plan: Plan, key: AgeIdentity, **choices: object) -> sharing.ExportResult:
    options: dict[str, object] = {
        "person_id": plan.sam,
        "sections": ["crisis-plan"],
        "method": "age-key",
        "recipient": key.recipients[0],
    }
    options.update(choices)
    return export_for(plan.editor, plan.versions, **options)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- exporting


def test_export_freezes_a_version_and_records_the_share(plan: Plan, sam_key: AgeIdentity) -> None:
    assert plan.versions.latest_number() is None
    result = export_to_key(plan, sam_key)
    assert result.version_number == 1
    assert (result.person_id, result.person_name, result.method) == (plan.sam, "Sam", "age-key")
    assert result.sections == ("crisis-plan",) and result.passphrase is None
    (summary,) = plan.versions.summaries()
    assert summary.note == "Shared with Sam"
    (holder,) = plan.versions.holders()
    assert (holder.person_id, holder.version_number, holder.sections, holder.method) == (
        plan.sam,
        1,
        ("crisis-plan",),
        "age-key",
    )


def test_an_unchanged_plan_shares_its_newest_version(plan: Plan, sam_key: AgeIdentity) -> None:
    plan.versions.freeze("After my review")
    result = export_to_key(plan, sam_key)
    assert result.version_number == 1 and plan.versions.latest_number() == 1
    plan.editor.add_entry("crisis.home-care", "item", "My neighbour feeds the cat")
    again = export_to_key(plan, sam_key)
    assert again.version_number == 2
    assert [s.holders[0].person_name for s in plan.versions.summaries() if s.holders] == ["Sam"]


def test_the_share_holds_only_the_chosen_parts(plan: Plan, sam_key: AgeIdentity) -> None:
    result = export_to_key(plan, sam_key)
    shared = open_shared(result.data, sam_key)
    document = shared.document
    assert document.version is not None and document.version.number == 1
    assert all(key.startswith("crisis.") for key in document.included)
    assert {s.key for s in document.sections} == {"crisis.when-well", "crisis.take-over-signs"}
    assert "Crowds on the bus" not in str(document)
    assert [m.name for m in document.medicines] == ["Sertraline"]  # the crisis plan shows them
    assert [p.name for p in document.people] == ["Sam", "Jo"]  # and the supporters
    assert shared.pdf.startswith(b"%PDF-")
    assert "A plan Alex shared with you" in shared.readme


def test_a_passphrase_export_opens_with_its_words_only(plan: Plan) -> None:
    result = export_for(
        plan.editor,
        plan.versions,
        person_id=plan.jo,
        sections=["triggers"],
        method="passphrase",
        armor=True,
    )
    assert result.passphrase is not None and len(result.passphrase.split(" ")) == 6
    assert result.data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert result.passphrase not in repr(result)
    assert sharing.share_needs(result.data) == "passphrase"
    document = open_shared(result.data, result.passphrase).document
    assert [s.key for s in document.sections] == ["triggers"]
    assert document.people == ()  # the triggers part shows nobody
    with pytest.raises(WrongShareKey):
        open_shared(result.data, new_identity())


def test_a_key_given_for_a_person_is_kept_and_used_next_time(
    plan: Plan, sam_key: AgeIdentity
) -> None:
    export_to_key(plan, sam_key, recipient=f"# Sam's key\n{sam_key.recipients[0].upper()}\n")
    assert plan.editor.person_age_recipient(plan.sam) == sam_key.recipients[0]
    again = export_to_key(plan, sam_key, recipient=None)
    assert open_shared(again.data, sam_key).document.version is not None


def test_a_key_alone_finds_its_person(plan: Plan, sam_key: AgeIdentity) -> None:
    plan.editor.update_person(plan.sam, age_recipient=sam_key.recipients[0])
    result = export_to_key(plan, sam_key, person_id=None)
    assert (result.person_id, result.person_name) == (plan.sam, "Sam")
    stranger = export_to_key(plan, new_identity(), person_id=None)
    assert (stranger.person_id, stranger.person_name) == (None, "")


def test_no_key_for_the_person(plan: Plan) -> None:
    with pytest.raises(RecipientMissing) as caught:
        export_for(
            plan.editor,
            plan.versions,
            person_id=plan.jo,
            sections=["crisis-plan"],
            method="age-key",
        )
    assert describe(caught.value).startswith("To send to a supporter key, paste the key Jo sent")
    assert plan.versions.latest_number() is None  # nothing frozen for a share that never was


@pytest.mark.parametrize(
    ("sections", "error", "words"),
    [
        ([], NoSectionsChosen, "Choose at least one part"),
        ([" ", ""], NoSectionsChosen, "Choose at least one part"),
        (["crisis-plan", "the-whole-lot"], UnknownSection, "no part called the-whole-lot"),
    ],
)
def test_choices_that_cannot_be_shared(
    sections: list[str], error: type[Exception], words: str, plan: Plan, sam_key: AgeIdentity
) -> None:
    with pytest.raises(error) as caught:
        export_to_key(plan, sam_key, sections=sections)
    assert words in describe(caught.value)
    assert plan.versions.holders() == []


def test_record_false_leaves_recording_to_the_caller(plan: Plan, sam_key: AgeIdentity) -> None:
    result = export_to_key(plan, sam_key, record=False)
    assert plan.versions.holders() == []
    record_export(plan.versions, result)
    assert [h.person_name for h in plan.versions.holders()] == ["Sam"]


def test_exporting_writes_no_file_anywhere(
    plan: Plan, sam_key: AgeIdentity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    since = time.time() - 1
    result = export_to_key(plan, sam_key)
    open_shared(result.data, sam_key)
    roots = [tmp_path, Path(os.environ["HOME"]), Path(tempfile.gettempdir())]
    assert files_containing(MARKER.encode(), *roots, since=since) == []
    assert list(temp.iterdir()) == []


# ---------------------------------------------------------------------------- updates


def test_update_sends_the_same_choices_with_a_new_passphrase(plan: Plan) -> None:
    first = export_for(
        plan.editor,
        plan.versions,
        person_id=plan.jo,
        sections=["crisis-plan", "triggers"],
        method="passphrase",
    )
    plan.editor.add_entry("triggers", "item", "Loud music late at night")
    (holder,) = plan.versions.holders()
    update = update_for(plan.editor, plan.versions, holder)
    assert update.passphrase and update.passphrase != first.passphrase
    assert (update.sections, update.method, update.person_id) == (
        first.sections,
        "passphrase",
        plan.jo,
    )
    assert update.version_number == first.version_number + 1
    assert plan.versions.holders()[0].version_number == update.version_number


def test_update_to_a_key_uses_the_key_kept_for_the_person(plan: Plan, sam_key: AgeIdentity) -> None:
    custom = plan.editor.add_custom_section("Music that helps", group="crisis")
    plan.editor.add_entry(custom, "item", "Nina Simone")
    export_to_key(plan, sam_key, sections=["crisis-plan", custom])
    plan.editor.delete_section(custom)
    (holder,) = plan.versions.holders()
    update = update_for(plan.editor, plan.versions, holder)
    assert update.sections == ("crisis-plan",)  # the deleted part is left out
    assert open_shared(update.data, sam_key).document.version is not None


def test_update_for_a_removed_person_keeps_their_name(plan: Plan) -> None:
    export_for(
        plan.editor, plan.versions, person_id=plan.jo, sections=["triggers"], method="passphrase"
    )
    plan.editor.delete_person(plan.jo)
    (holder,) = plan.versions.holders()
    assert holder.person_id is None
    update = update_for(plan.editor, plan.versions, holder)
    assert (update.person_id, update.person_name) == (None, "Jo")


def test_a_printed_copy_cannot_be_sent_again(plan: Plan) -> None:
    plan.versions.freeze()
    plan.versions.record_share(1, plan.sam, "Sam", ("crisis-plan",), "printed")
    (holder,) = plan.versions.holders()
    with pytest.raises(NotSentAsFile) as caught:
        update_for(plan.editor, plan.versions, holder)
    assert describe(caught.value).startswith("Sam was given a printed copy")


# ---------------------------------------------------------------------------- choosing


def test_presets_and_suggestions(plan: Plan) -> None:
    custom = plan.editor.add_custom_section("My own part")
    assert sharing.preset_sections(plan.editor, "crisis-plan") == ("crisis-plan",)
    whole = sharing.preset_sections(plan.editor, "whole-plan")
    assert whole == ("wrap", "crisis-plan", "advance-statements", custom)
    assert sharing.suggested_sections(plan.editor, plan.sam) == ("crisis-plan",)
    assert sharing.suggested_sections(plan.editor, plan.jo) == ("crisis-plan",)
    assert sharing.suggested_sections(plan.editor, None) == ("crisis-plan",)


def test_instructions_to_send_with_the_file() -> None:
    note = sharing.opening_instructions("age-key", "for-sam.age", untranslated)
    assert "age -d -i key.txt -o plan.zip for-sam.age" in note


# ---------------------------------------------------------------------------- supporter side


def test_supporter_key_is_made_once_and_kept_in_the_vault(vault_path: Path) -> None:
    plan, _recovery = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    editor = PlanEditor(plan.db)
    assert not sharing.has_supporter_key(editor)
    recipient, identity = supporter_key(editor)
    assert recipient == identity.recipients[0] and recipient.startswith("age1")
    assert supporter_key(editor) == (recipient, identity)
    plan.save()
    editor.close()
    plan.close()
    assert recipient.encode() not in vault_path.read_bytes()  # the vault is encrypted
    with PlanFile.open(vault_path, PASSPHRASE) as reopened:
        editor = PlanEditor(reopened.db)
        assert sharing.has_supporter_key(editor)
        assert supporter_key(editor).recipient == recipient
        editor.close()


def test_a_plan_shared_to_my_key_opens_with_it(plan: Plan) -> None:
    supporter_db = PlanDatabase.new()
    supporter = PlanEditor(supporter_db)
    try:
        with pytest.raises(NoSupporterKeyYet) as caught:
            open_with_my_key(supporter, export_to_key(plan, new_identity()).data)
        assert "hasn't made one yet" in describe(caught.value)
        mine = supporter_key(supporter)
        result = export_to_key(plan, mine.identity, recipient=mine.recipient)
        shared = open_with_my_key(supporter, result.data)
        assert shared.document.owner.preferred_name == "Alex"
        with pytest.raises(WrongShareKey):
            open_with_my_key(supporter, export_to_key(plan, new_identity()).data)
    finally:
        supporter.close()
        supporter_db.close()


def test_the_viewer_pdf_is_made_here_not_taken_from_the_file(
    plan: Plan, sam_key: AgeIdentity
) -> None:
    from wrapdesk.exchange import make_share, readme_text

    document = plan.editor.document(["crisis.when-well"])
    odd_pdf = b"%PDF-1.7\n% a PDF made somewhere else, perhaps to attack a renderer\n"
    data = make_share(
        document,
        odd_pdf,
        readme_text(document, "age-key", untranslated),
        recipient=sam_key.recipients[0],
    )
    shared = open_shared(data, sam_key)
    assert shared.pdf != odd_pdf and shared.pdf.startswith(b"%PDF-")
    assert len(shared.pdf) > 1000
