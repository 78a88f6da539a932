"""The built-in demo: every part filled in, with a real history, opened with no passphrase."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.helpers import files_containing
from wrapdesk.content import catalogue
from wrapdesk.model import CyclePass, Rating
from wrapdesk.services.demo import DemoPlan, build_demo_database
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.versions import Versions


def test_every_section_of_the_demo_has_content() -> None:
    db = build_demo_database()
    editor = PlanEditor(db)
    document = editor.document()
    for definition in catalogue.SECTIONS:
        section = document.section(definition.key)
        if definition.lists:
            assert section is not None, definition.key
            for lst in definition.lists:
                assert section.entries(lst.kind), (definition.key, lst.kind)
    assert document.people and document.medicines and document.treatments
    assert document.places and document.refusals
    assert any(p.do_not_involve for p in document.people)
    assert editor.custom_sections()
    editor.close()
    db.close()


def test_the_demo_has_three_rated_passes_four_versions_and_an_outdated_copy() -> None:
    db = build_demo_database()
    editor = PlanEditor(db)
    versions = Versions(editor)
    session = editor.session
    assert session.scalar(select(func.count(CyclePass.id))) == 3
    assert session.scalar(select(func.count(Rating.id))) == 3 * 15
    assert [s.number for s in versions.summaries()] == [4, 3, 2, 1]
    holders = {h.person_name: h.version_number for h in versions.holders()}
    assert len(holders) == 2 and max(holders.values()) == 4 and min(holders.values()) < 4
    assert versions.changed_since_latest()
    # Each version really differs from the one before it.
    for old in (1, 2, 3):
        assert versions.diff(old, old + 1)
    editor.close()
    db.close()


def test_demo_opens_from_an_encrypted_throwaway_copy() -> None:
    marker = json.loads(Path("resources/demo/demo-plan.json").read_text())["owner"]["address"]
    started = time.time() - 1
    demo = DemoPlan()
    folder = demo.folder
    assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700
    assert demo.plan.path.parent == folder
    demo.plan.save()
    roots = (folder, Path(tempfile.gettempdir()))
    assert files_containing(marker.encode(), *roots, since=started) == []
    demo.close()
    assert not folder.exists()
