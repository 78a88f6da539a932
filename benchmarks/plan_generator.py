"""A plan kept for ten years: 40 passes, 40 versions, 2,000 entries, 30 people.

Grown the way a person grows a plan: each pass adds entries through the editor, rewords
and removes a few, rates the cycle's statements and freezes a version. Every benchmark
uses it as its "large plan".

    .venv/bin/python benchmarks/plan_generator.py OUT.wrapdesk   # also writes a vault
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wrapdesk.content import catalogue, cycle
from wrapdesk.model import CyclePass, Rating, Reflection
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase

PASSES = 40
PEOPLE = 30
ENTRIES = 2000
START = datetime(2016, 11, 1, 10, 0, tzinfo=UTC)
WORDS = (
    "walk", "sleep", "call", "sister", "tea", "music", "garden", "read", "bath", "friend", "cat",
    "park", "rest", "cook", "write", "listen", "breathe", "stretch", "nap", "swim", "draw", "bus",
    "library", "doctor", "bills", "quiet", "morning", "evening", "light", "window", "kettle",
    "soup", "bread", "phone", "message", "routine", "calendar", "plan", "notice", "change",
)  # fmt: skip


class Clock:
    """A clock the generator moves forward, so versions spread over ten years."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def _sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 11))
    return " ".join(words).capitalize()


def generate(seed: int = 10) -> PlanDatabase:
    """Build the ten-year plan in memory."""
    rng = random.Random(seed)
    clock = Clock()
    db = PlanDatabase.new()
    editor = PlanEditor(db, clock=clock)
    versions = Versions(editor)
    editor.update_owner(name="Robin Example", preferred_name="Robin", pronouns="she/her")
    people = [
        editor.add_person(
            f"Person {i}",
            relationship=rng.choice(("friend", "sister", "GP")),
            phone=f"07700 900{i:03d}",
            roles=["supporter"],
        )
        for i in range(PEOPLE)
    ]
    for i in range(20):
        editor.add_item(
            "medicines",
            name=f"Medicine {i}",
            dose="10 mg",
            status=rng.choice(("current", "acceptable", "avoid", "allergy")),
        )
    lists = [(s.key, lst.kind) for s in catalogue.SECTIONS for lst in s.lists]
    statements = [st.key for step in cycle.STEPS for st in step.statements]
    ratings = ("not-yet", "partly", "yes")
    per_pass = ENTRIES // PASSES
    for number in range(1, PASSES + 1):
        clock.now = START + timedelta(days=91 * number)
        for _ in range(per_pass + 3):
            key, kind = rng.choice(lists)
            editor.add_entry(
                key, kind, _sentence(rng), suggested_by=rng.choice([None, None, *people])
            )
        existing = [
            e.id
            for key in {k for k, _ in lists}
            for lst in editor.section(key).lists
            for e in lst.entries
        ]
        for entry_id in rng.sample(existing, 5):
            editor.update_entry(entry_id, text=_sentence(rng))
        for entry_id in rng.sample(existing, 3):
            editor.delete_entry(entry_id)
        session = editor.session
        cycle_pass = CyclePass(
            number=number,
            started_at=clock.now - timedelta(days=7),
            finished_at=clock.now,
            current_step="co-deliver",
            steps_done=["co-assess", "co-decide", "co-design", "co-deliver"],
            review_date=(clock.now + timedelta(days=182)).date(),
        )
        cycle_pass.ratings = [
            Rating(statement_key=k, value=rng.choice(ratings), comment="") for k in statements
        ]
        cycle_pass.reflections = [
            Reflection(step="co-assess", topic=a.key, text=_sentence(rng), position=i)
            for i, a in enumerate(cycle.LIFE_AREAS)
        ]
        session.add(cycle_pass)
        session.commit()
        versions.freeze(note=f"Review {number}", pass_id=cycle_pass.id)
    editor.close()
    return db


def main() -> None:
    start = time.perf_counter()
    db = generate()
    spent = time.perf_counter() - start
    counts = {
        table: db.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("entry", "person", "version", "cycle_pass")
    }
    print(f"generated in {spent:.1f} s: {counts}, {len(db.dump()) / 1e6:.1f} MB")
    if len(sys.argv) > 1:
        from wrapdesk.services.plan_file import PlanFile
        from wrapdesk.vault import FLOOR

        plan, key = PlanFile.create(Path(sys.argv[1]), "ten years", kdf=FLOOR, db=db)
        plan.close()
        print(f"wrote {sys.argv[1]} (passphrase 'ten years', recovery key {key.formatted()})")
    else:
        db.close()


if __name__ == "__main__":
    main()
