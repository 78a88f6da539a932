"""``wrapdesk history``: reviews and versions, readable as text and stable as JSON."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk import cli
from wrapdesk.content.cycle import STEPS
from wrapdesk.services.cycle import Cycle
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def paragraphs(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if block.strip()]


def test_the_demo_history_as_text() -> None:
    code, out, err = run("history", "--demo")
    assert (code, err) == (cli.EXIT_OK, "")
    blocks = paragraphs(out)
    passes = [b for b in blocks if b.startswith("Review ") and ": " in b.splitlines()[0]]
    assert [b.splitlines()[0] for b in passes] == [
        "Review 1: 2024-08-24 to 2024-09-14",
        "Review 2: 2025-04-05 to 2025-05-10",
        "Review 3: 2026-04-18 to 2026-05-16",
    ]
    # The window's word: each pass of the cycle is a review ("Review 2"), never a "Pass".
    assert out.startswith("Reviews\n") and "Pass" not in out
    first, second, _third = passes
    assert "  Steps done: Co-assess, Co-decide, Co-design, Co-deliver" in first
    assert "  Review date: 2025-03-14" in first and "  Saved as version 2." in first
    assert "After a crisis." in second and "After a crisis." not in first
    # Every statement's rating, with the person's comment under it.
    assert first.count("    Partly ") == 8 and first.count("    Not yet ") == 4
    assert first.count("    Yes ") == 3
    assert "    Yes      If I want help to plan, I pick who helps me" in first
    assert "             “I chose Sam and Tom”" in first
    versions = [b for b in blocks if b.startswith("Version ")]
    assert [b.splitlines()[0] for b in versions] == [
        "Version 1, 2024-03-02",
        "Version 2, 2024-09-14",
        "Version 3, 2025-05-10",
        "Version 4, 2026-05-16",
    ]
    assert versions[0].splitlines()[1].startswith("  My first plan.")
    assert "  Held by Priya Shah (given 2024-09-15)." in versions[1]
    assert "  Held by Sam Morgan (given 2026-05-17)." in versions[3]
    assert "Held by" not in versions[0] + versions[2]
    assert "Next review: 2026-11-16." in out
    assert max(len(line) for line in out.splitlines()) <= 78


def test_the_demo_history_as_json() -> None:
    code, out, _ = run("history", "--demo", "--json")
    assert code == cli.EXIT_OK
    history = json.loads(out)
    assert history["format"] == "wrapdesk.history/1"
    assert history["next_review"] == "2026-11-16"
    assert isinstance(history["review_due"], bool)
    passes = history["passes"]
    assert [(p["number"], p["version"], p["after_crisis"]) for p in passes] == [
        (1, 2, False),
        (2, 3, True),
        (3, 4, False),
    ]
    assert [p["review_date"] for p in passes] == ["2025-03-14", "2025-11-10", "2026-11-16"]
    assert passes[0]["started_at"] == "2024-08-24T10:00:00Z"
    assert passes[0]["finished_at"] == "2024-09-14T14:30:00Z"
    assert {p["current_step"] for p in passes} == {None}
    every = [st.key for s in STEPS for st in s.statements]
    for p in passes:
        assert p["steps_done"] == ["co-assess", "co-decide", "co-design", "co-deliver"]
        assert [r["statement"] for r in p["ratings"]] == every
        assert {r["rating"] for r in p["ratings"]} <= {"not-yet", "partly", "yes"}
    assert passes[0]["ratings"][0] == {
        "statement": "assess.whole-life",
        "step": "co-assess",
        "rating": "partly",
        "comment": "Still mostly about symptoms",
    }
    versions = history["versions"]
    assert [(v["number"], v["pass"]) for v in versions] == [(1, None), (2, 1), (3, 2), (4, 3)]
    assert versions[3]["created_at"] == "2026-05-16T15:45:00Z"
    assert versions[3]["note"].startswith("Yearly review.")
    holders = {v["number"]: [h["name"] for h in v["holders"]] for v in versions}
    assert holders == {1: [], 2: ["Priya Shah"], 3: [], 4: ["Sam Morgan"]}
    (sam,) = versions[3]["holders"]
    assert sam["method"] == "passphrase" and sam["shared_at"] == "2026-05-17T09:30:00Z"
    assert "crisis.when-well" in sam["sections"] and isinstance(sam["person_id"], int)


@pytest.fixture
def plan_path(vault_path: Path) -> Path:
    """A plan with one finished pass and one resting at co-decide."""
    file, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    now = [datetime(2026, 3, 1, 12, 0, tzinfo=UTC)]
    editor = PlanEditor(file.db, clock=lambda: now[0])
    cycle = Cycle(editor)
    cycle.start()
    cycle.notes.rate("assess.whole-life", "yes", "All of it, this time")
    cycle.skip()  # co-assess
    cycle.jump("co-deliver")  # from co-decide, past co-design
    now[0] = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    cycle.finish("A first look")
    now[0] = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    cycle.start(after_crisis=True)
    cycle.next()
    file.save()
    editor.close()
    file.close()
    return vault_path


def test_a_plan_file_read_with_its_passphrase_and_left_untouched(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    code, out, err = run("history", str(plan_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (code, err) == (cli.EXIT_OK, "")
    blocks = paragraphs(out)
    assert blocks[1].splitlines() == [
        "Review 1: 2026-03-01 to 2026-03-04",
        "  Steps done: Co-decide, Co-deliver",
        "  Steps skipped: Co-assess, Co-design",
        "  Review date: 2026-09-04",
        "  Saved as version 1.",
        "  What I can expect in Co-assess:",
        "    Yes      My plan covers my whole life and the things I care about, not",
        "             only the needs someone has assessed.",
        "             “All of it, this time”",
    ]
    assert blocks[2].splitlines() == [
        "Review 2: started 2026-03-05, under way at Co-decide.",
        "  After a crisis.",
        "  Steps done: Co-assess",
        "  No statements rated.",
    ]
    assert "Version 1, 2026-03-04\n  A first look\n" in out
    assert plan_path.read_bytes() == before

    code, out, _ = run(
        "history", str(plan_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n"
    )
    under_way = json.loads(out)["passes"][1]
    assert (under_way["finished_at"], under_way["current_step"], under_way["version"]) == (
        None,
        "co-decide",
        None,
    )


def test_a_wrong_passphrase_is_one_plain_sentence(plan_path: Path) -> None:
    code, out, err = run("history", str(plan_path), "--passphrase-stdin", stdin="not it\n")
    assert code == cli.EXIT_WRONG_KEY
    assert out == "" and "Traceback" not in err and err.count("\n") == 1


def test_a_new_plan_has_no_history_yet(vault_path: Path) -> None:
    PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    code, out, _ = run("history", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_OK
    assert out.startswith("Reviews\n\nNo review yet.\n") and "No version saved yet." in out
    assert "Next review" not in out
    code, out, _ = run(
        "history", str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n"
    )
    assert json.loads(out) == {
        "format": "wrapdesk.history/1",
        "next_review": None,
        "review_due": False,
        "passes": [],
        "versions": [],
    }


def test_history_needs_a_plan_to_read() -> None:
    code, out, err = run("history")
    assert code == cli.EXIT_USAGE and out == ""
    assert "--demo" in err
