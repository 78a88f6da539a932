"""The cycle's state machine: every move of the table, leave and resume, skip, finish."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.content.cycle import STEPS, StepKey
from wrapdesk.services.cycle import (
    FINISHED,
    TRANSITIONS,
    Cycle,
    MoveNotAllowed,
    Transition,
    moves_from,
    transition,
)
from wrapdesk.services.cycle_records import STEP_KEYS, NoOpenPass, PassAlreadyOpen
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.services.review_dates import add_months, suggest_review_dates
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase


class Clock:
    """Noon on 1 March 2026 (the same day in any time zone), a minute later at each call."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclass
class Plan:
    editor: PlanEditor
    versions: Versions
    cycle: Cycle
    clock: Clock


@pytest.fixture
def plan() -> Iterator[Plan]:
    db = PlanDatabase.new()
    clock = Clock()
    editor = PlanEditor(db, clock=clock)
    versions = Versions(editor)
    yield Plan(editor, versions, Cycle(editor, versions), clock)
    editor.close()
    db.close()


def _label(t: Transition) -> str:
    return f"{t.source}-{t.move}-{t.target}"


# ---------------------------------------------------------------------- the table


def test_the_table_has_every_move_the_wizard_offers_and_no_other() -> None:
    plain = {(t.source, t.move): (t.target, t.marks) for t in TRANSITIONS if t.move != "jump"}
    assert plain == {
        ("co-assess", "next"): ("co-decide", "done"),
        ("co-assess", "skip"): ("co-decide", "skipped"),
        ("co-decide", "back"): ("co-assess", "done"),
        ("co-decide", "next"): ("co-design", "done"),
        ("co-decide", "skip"): ("co-design", "skipped"),
        ("co-design", "back"): ("co-decide", "done"),
        ("co-design", "next"): ("co-deliver", "done"),
        ("co-design", "skip"): ("co-deliver", "skipped"),
        ("co-deliver", "back"): ("co-design", "done"),
        ("co-deliver", "finish"): (FINISHED, "done"),
        ("co-deliver", "skip"): (FINISHED, "skipped"),
    }
    jumps = {(t.source, t.target) for t in TRANSITIONS if t.move == "jump"}
    assert jumps == {(a, b) for a in STEP_KEYS for b in STEP_KEYS if a != b}
    assert tuple(s.key for s in STEPS) == STEP_KEYS


@pytest.mark.parametrize("rule", TRANSITIONS, ids=_label)
def test_every_transition_moves_the_pass_and_records_the_step_left(
    plan: Plan, rule: Transition
) -> None:
    plan.cycle.start()
    if rule.source != "co-assess":
        plan.cycle.jump(rule.source)
    assert plan.cycle.current().current_step == rule.source
    assert rule in plan.cycle.moves()

    after = plan.cycle.go(rule.move, rule.target if rule.move == "jump" else None)

    assert after.state(rule.source) == rule.marks
    if rule.target == FINISHED:
        assert after.is_finished and after.version_number == 1
        assert plan.cycle.open_pass() is None
        assert plan.versions.latest_number() == 1
    else:
        assert not after.is_finished and after.current_step == rule.target
        assert after.state(rule.target) == "current"
        assert plan.cycle.open_pass() == after
        assert plan.versions.latest_number() is None


@pytest.mark.parametrize(
    ("on", "move", "to"),
    [
        ("co-assess", "back", None),
        ("co-assess", "finish", None),
        ("co-decide", "finish", None),
        ("co-design", "finish", None),
        ("co-deliver", "next", None),
        ("co-design", "jump", "co-design"),
        ("co-design", "jump", None),
    ],
)
def test_moves_not_in_the_table_are_refused_and_change_nothing(
    plan: Plan, on: StepKey, move: str, to: StepKey | None
) -> None:
    plan.cycle.start()
    if on != "co-assess":
        plan.cycle.jump(on)
    before = plan.cycle.current()
    with pytest.raises(MoveNotAllowed):
        plan.cycle.go(move, to)  # type: ignore[arg-type]
    assert plan.cycle.current() == before
    assert plan.versions.latest_number() is None


def test_finish_from_another_step_is_refused_before_the_note_is_touched(plan: Plan) -> None:
    plan.cycle.start()
    plan.cycle.set_version_note("Draft note")
    with pytest.raises(MoveNotAllowed):
        plan.cycle.finish("Other note")
    assert plan.cycle.current().version_note == "Draft note"


def test_the_moves_offered_are_the_table_rows_for_the_current_step(plan: Plan) -> None:
    plan.cycle.start()
    for step in STEP_KEYS:
        if step != "co-assess":
            plan.cycle.jump(step)
        assert plan.cycle.moves() == moves_from(step)
        assert {t.move for t in plan.cycle.moves()} >= {"jump", "skip"}
    assert transition("co-deliver", "finish").target == FINISHED


# ---------------------------------------------------------------------- passes


def test_nothing_can_move_without_a_pass_and_only_one_pass_is_open(plan: Plan) -> None:
    assert plan.cycle.open_pass() is None
    with pytest.raises(NoOpenPass):
        plan.cycle.next()
    with pytest.raises(NoOpenPass):
        plan.cycle.current()
    first = plan.cycle.start()
    assert (first.number, first.current_step, first.after_crisis) == (1, "co-assess", False)
    with pytest.raises(PassAlreadyOpen):
        plan.cycle.start()
    plan.cycle.jump("co-deliver")
    plan.cycle.finish()
    second = plan.cycle.start(after_crisis=True)
    assert (second.number, second.after_crisis, second.steps_done) == (2, True, ())


def test_a_pass_with_nothing_filled_in_goes_all_the_way_round(plan: Plan) -> None:
    plan.cycle.start()
    for _ in range(3):
        plan.cycle.next()
    done = plan.cycle.finish()
    assert done.is_finished
    assert done.steps_done == STEP_KEYS and done.steps_skipped == ()
    assert done.reflections == done.goals == done.options == done.commitments == ()
    assert done.supporters == done.ratings == ()
    # No date was chosen, so the usual first suggestion is kept: six months on.
    assert done.review_date == date(2026, 9, 1)
    assert done.version_number == 1
    assert plan.versions.summaries()[0].note == ""


def test_skipped_steps_are_recorded_and_skipping_co_deliver_finishes(plan: Plan) -> None:
    plan.cycle.start()
    plan.cycle.skip()  # co-assess
    plan.cycle.next()  # co-decide
    plan.cycle.skip()  # co-design
    plan.cycle.set_version_note("Only a quick look this time")
    done = plan.cycle.skip()  # co-deliver
    assert done.is_finished
    assert done.steps_done == ("co-decide",)
    assert done.steps_skipped == ("co-assess", "co-design", "co-deliver")
    assert [s.note for s in plan.versions.summaries()] == ["Only a quick look this time"]


def test_steps_jumped_over_count_as_skipped_at_finish(plan: Plan) -> None:
    plan.cycle.start()
    plan.cycle.jump("co-deliver")
    done = plan.cycle.finish()
    assert done.steps_done == ("co-assess", "co-deliver")
    assert done.steps_skipped == ("co-decide", "co-design")
    assert {s: done.state(s) for s in STEP_KEYS} == {
        "co-assess": "done",
        "co-decide": "skipped",
        "co-design": "skipped",
        "co-deliver": "done",
    }


def test_a_skipped_step_gone_back_to_and_through_counts_as_done(plan: Plan) -> None:
    plan.cycle.start()
    plan.cycle.skip()
    assert plan.cycle.current().state("co-assess") == "skipped"
    plan.cycle.back()
    record = plan.cycle.current()
    assert record.state("co-assess") == "current" and record.state("co-decide") == "done"
    plan.cycle.next()
    record = plan.cycle.current()
    assert record.steps_done == ("co-assess", "co-decide") and record.steps_skipped == ()
    assert record.state("co-design") == "waiting"


def test_leave_and_resume_exactly_where_you_were_through_a_real_file(vault_path: Path) -> None:
    file, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    editor = PlanEditor(file.db, clock=Clock())
    cycle = Cycle(editor)
    cycle.start()
    cycle.notes.write_reflection("home", "The flat is quieter since the neighbours left.")
    cycle.next()
    goal = cycle.notes.add_goal("Walk by the river twice a week")
    cycle.next()
    cycle.skip()  # co-design left out for now...
    cycle.back()  # ...then back to it from co-deliver, where the person closes the app
    cycle.notes.rate("design.trusted-to-write", "partly", "Tom wrote most of it")
    file.save()
    editor.close()
    file.close()

    with PlanFile.open(vault_path, PASSPHRASE) as reopened:
        editor = PlanEditor(reopened.db, clock=Clock())
        cycle = Cycle(editor)
        resumed = cycle.open_pass()
        assert resumed is not None
        assert resumed.current_step == "co-design"
        assert resumed.state("co-design") == "current"
        assert resumed.steps_done == ("co-assess", "co-decide", "co-deliver")
        assert resumed.steps_skipped == ("co-design",)
        assert resumed.reflection("home") == "The flat is quieter since the neighbours left."
        assert [(g.id, g.text) for g in resumed.goals] == [(goal, "Walk by the river twice a week")]
        rating = resumed.rating("design.trusted-to-write")
        assert rating is not None and (rating.value, rating.comment) == (
            "partly",
            "Tom wrote most of it",
        )
        cycle.next()
        assert cycle.finish("Back after a break").version_number == 1
        editor.close()


# ---------------------------------------------------------------------- co-assess


def test_the_last_pass_is_beside_co_assess(plan: Plan) -> None:
    assert plan.cycle.previous_pass() is None
    plan.cycle.start()
    assert plan.cycle.previous_pass() is None
    plan.cycle.notes.write_reflection("what-didnt", "Evenings were hard.")
    plan.cycle.jump("co-deliver")
    plan.cycle.finish()
    assert plan.cycle.previous_pass() is not None  # between passes: the last one
    plan.cycle.start()
    plan.cycle.notes.write_reflection("what-didnt", "Mornings, now.")
    beside = plan.cycle.previous_pass()
    assert beside is not None and beside.number == 1
    assert beside.reflection("what-didnt") == "Evenings were hard."
    assert plan.cycle.current().reflection("what-didnt") == "Mornings, now."


# ---------------------------------------------------------------------- co-design


def test_design_sections_default_to_every_part(plan: Plan) -> None:
    plan.cycle.start()
    every = tuple(plan.editor.section_keys())
    assert plan.cycle.sections_to_design() == every
    plan.cycle.set_design_sections(["triggers", "wellness-toolbox"])
    # Kept in reading order, whatever order they were picked in.
    assert plan.cycle.sections_to_design() == ("wellness-toolbox", "triggers")
    assert plan.cycle.current().design_sections == ("wellness-toolbox", "triggers")
    mine = plan.editor.add_custom_section("Allotment")
    plan.cycle.set_design_sections(plan.editor.section_keys())
    assert plan.cycle.current().design_sections == ()  # all of them: every part, always
    assert mine in plan.cycle.sections_to_design()
    with pytest.raises(KeyError):
        plan.cycle.set_design_sections(["no-such-part"])


def test_finishing_freezes_a_version_whose_diff_names_exactly_the_pass_edits(plan: Plan) -> None:
    editor, cycle = plan.editor, plan.cycle
    crowds = editor.add_entry("triggers", "item", "Crowds")
    editor.add_entry("triggers", "item", "Loud music")
    deadlines = editor.add_entry("triggers", "item", "Deadlines")
    plan.versions.freeze("My first plan")

    cycle.start()
    cycle.jump("co-design")
    editor.update_entry(crowds, text="Big crowds, when I'm tired")
    editor.delete_entry(deadlines)
    sleep = editor.add_entry("early-warning-signs", "item", "Sleeping under five hours")
    sam = cycle.notes.add_new_supporter("Sam", relationship="sister")

    during = cycle.changes_in_pass()
    assert during.since_version == 1
    assert during.highlight == {("triggers", crowds), ("early-warning-signs", sleep)}
    assert during.is_new("triggers", crowds) and not during.is_new("triggers", deadlines)
    assert during.areas == {"section:triggers", "section:early-warning-signs", "people"}

    cycle.next()
    done = cycle.finish("After my spring review")
    assert done.version_number == 2
    assert [(s.number, s.note) for s in plan.versions.summaries()] == [
        (2, "After my spring review"),
        (1, "My first plan"),
    ]
    named = {(c.area, c.kind, c.label, c.item_id) for c in plan.versions.diff(1, 2)}
    assert named == {
        ("section:triggers", "changed", "Big crowds, when I'm tired", crowds),
        ("section:triggers", "removed", "Deadlines", deadlines),
        ("section:early-warning-signs", "added", "Sleeping under five hours", sleep),
        ("people", "added", "Sam", sam),
    }
    assert not plan.versions.changed_since_latest()
    # The finished pass still knows what changed in it.
    assert cycle.changes_in_pass(done.number).highlight == during.highlight
    with pytest.raises(KeyError):
        cycle.changes_in_pass(7)


def test_with_no_earlier_version_everything_is_new_in_the_pass(plan: Plan) -> None:
    plan.cycle.start()
    walk = plan.editor.add_entry("wellness-toolbox", "item", "A walk")
    changes = plan.cycle.changes_in_pass()
    assert changes.since_version is None
    assert changes.highlight == {("wellness-toolbox", walk)}


# ---------------------------------------------------------------------- co-deliver


def test_review_dates_suggested_are_six_or_twelve_months_or_sooner_after_a_crisis(
    plan: Plan,
) -> None:
    plan.cycle.start()
    usual = plan.cycle.review_date_choices()
    assert [(c.months, c.on) for c in usual] == [(6, date(2026, 9, 1)), (12, date(2027, 3, 1))]
    plan.cycle.set_after_crisis(True)
    crisis = plan.cycle.review_date_choices()
    assert [(c.months, c.on) for c in crisis] == [(1, date(2026, 4, 1)), (3, date(2026, 6, 1))]
    assert crisis[0].label(lambda _c, s, _d=None, n=-1: s.replace("%n", str(n))) == "In 1 month(s)"
    plan.cycle.jump("co-deliver")
    plan.cycle.set_review_date(date(2026, 5, 20))
    assert plan.cycle.current().review_date == date(2026, 5, 20)
    assert plan.cycle.finish().review_date == date(2026, 5, 20)


def test_a_pass_after_a_crisis_left_without_a_date_comes_round_in_a_month(plan: Plan) -> None:
    plan.cycle.start(after_crisis=True)
    plan.cycle.jump("co-deliver")
    assert plan.cycle.finish().review_date == date(2026, 4, 1)


def test_months_are_added_by_the_calendar() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 1) == date(2026, 12, 15)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert [c.months for c in suggest_review_dates(date(2026, 1, 1), after_crisis=False)] == [
        6,
        12,
    ]


def test_people_with_an_older_copy_are_listed_for_a_new_one(plan: Plan) -> None:
    editor, versions = plan.editor, plan.versions
    sam = editor.add_person("Sam")
    priya = editor.add_person("Priya")
    editor.add_entry("crisis.take-over-signs", "item", "Not eating")
    editor.add_entry("wellness-toolbox", "item", "Music")
    versions.freeze("One")
    versions.record_share(1, sam, "Sam", ("crisis.take-over-signs",), "passphrase")
    versions.freeze("Two")
    versions.record_share(2, priya, "Priya", ("wellness-toolbox",), "printed")

    plan.cycle.start()
    assert [c.holder.person_name for c in plan.cycle.outdated_copies()] == ["Sam"]
    (sams,) = plan.cycle.outdated_copies()
    assert sams.changed_areas == ()  # an older version, though the same words in Sam's part

    editor.add_entry("wellness-toolbox", "item", "Baking")
    by_name = {c.holder.person_name: c for c in plan.cycle.outdated_copies()}
    assert set(by_name) == {"Sam", "Priya"}
    assert by_name["Priya"].changed_areas == ("section:wellness-toolbox",)
    assert by_name["Priya"].holder.version_number == 2
