"""Looking back: past passes, the ratings chart, the review-due card and "after a crisis"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.services.cycle import Cycle
from wrapdesk.services.demo import build_demo_database
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.services.reviews import MAX_SCORE, NoPassFinished, Reviews
from wrapdesk.store import PlanDatabase


class Clock:
    """A clock the test sets; noon, so the day is the same in any time zone."""

    def __init__(self, day: date = date(2026, 3, 1)) -> None:
        self.set(day)

    def set(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Plan:
    editor: PlanEditor
    cycle: Cycle
    reviews: Reviews
    clock: Clock


def open_plan(db: PlanDatabase, clock: Clock) -> Plan:
    editor = PlanEditor(db, clock=clock)
    cycle = Cycle(editor)
    return Plan(editor, cycle, Reviews(editor, cycle), clock)


@pytest.fixture
def plan() -> Iterator[Plan]:
    db = PlanDatabase.new()
    opened = open_plan(db, Clock())
    yield opened
    opened.editor.close()
    db.close()


@pytest.fixture
def demo() -> Iterator[Plan]:
    db = build_demo_database()
    opened = open_plan(db, Clock(date(2026, 6, 1)))
    yield opened
    opened.editor.close()
    db.close()


def finish_a_pass(plan: Plan, ratings: dict[str, str], review_on: date | None = None) -> int:
    record = plan.cycle.start()
    for key, value in ratings.items():
        plan.cycle.notes.rate(key, value)
    plan.cycle.jump("co-deliver")
    plan.cycle.set_review_date(review_on)
    plan.cycle.finish()
    return record.number


# ---------------------------------------------------------------------- past passes


def test_the_demo_lists_its_three_passes_newest_first_with_all_they_hold(demo: Plan) -> None:
    passes = demo.reviews.passes()
    assert [p.number for p in passes] == [3, 2, 1]
    assert [p.version_number for p in passes] == [4, 3, 2]
    assert [p.after_crisis for p in passes] == [False, True, False]
    first = passes[-1]
    assert first.finished_at == datetime(2024, 9, 14, 14, 30, tzinfo=UTC)
    assert first.steps_done == ("co-assess", "co-decide", "co-design", "co-deliver")
    assert first.reflection("money") == "Letters I don't understand still make me freeze."
    assert first.goals[0].text == "Finish my advance statement while I'm well"
    chosen = [o.text for o in first.options if o.chosen]
    assert chosen == ["Draft it at home with Sam, then go through it with Tom"]
    assert [p.name for p in first.supporters] == ["Sam Morgan", "Tom Evans"]
    assert [(c.what, c.done) for c in first.commitments][-1] == (
        "Ask my manager about capping late shifts",
        False,
    )
    assert first.commitments[1].who is not None and first.commitments[1].who.name == (
        "Dr Helen Lewis"
    )
    assert len(first.ratings) == 15
    rating = first.rating("decide.choose-helpers")
    assert rating is not None and (rating.value, rating.comment) == ("yes", "I chose Sam and Tom")


def test_a_commitment_ticked_off_in_reviews_stays_ticked_after_reopening(
    vault_path: Path,
) -> None:
    file, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF, db=build_demo_database())
    opened = open_plan(file.db, Clock(date(2026, 6, 1)))
    undone = [c for c in opened.reviews.passes()[0].commitments if not c.done]
    assert [c.what for c in undone] == [
        "Print Priya a fresh copy of the crisis plan",
        "Talk to my manager about a fourth day",
    ]
    opened.reviews.tick_commitment(undone[0].id)
    file.save()
    opened.editor.close()
    file.close()

    with PlanFile.open(vault_path, PASSPHRASE) as again:
        reopened = open_plan(again.db, Clock(date(2026, 6, 2)))
        ticked = reopened.reviews.passes()[0].commitments[2]
        assert ticked.what == "Print Priya a fresh copy of the crisis plan"
        assert ticked.done and ticked.done_at == datetime(2026, 6, 1, 12, 0, 1, tzinfo=UTC)
        reopened.reviews.tick_commitment(ticked.id, done=False)
        assert not reopened.reviews.passes()[0].commitments[2].done
        reopened.editor.undo()  # ticking is an edit like any other
        assert reopened.reviews.passes()[0].commitments[2].done
        reopened.editor.close()


# ---------------------------------------------------------------------- the chart


def test_the_chart_scores_each_step_in_each_pass_of_the_demo(demo: Plan) -> None:
    chart = {series.step: series for series in demo.reviews.chart()}
    assert list(chart) == ["co-assess", "co-decide", "co-design", "co-deliver"]
    assert [s.statements for s in chart.values()] == [3, 5, 4, 3]
    assess = chart["co-assess"].points
    assert [p.pass_number for p in assess] == [1, 2, 3]  # oldest first, left to right
    assert [p.finished_on for p in assess] == [
        date(2024, 9, 14),
        date(2025, 5, 10),
        date(2026, 5, 16),
    ]
    # Pass 1: partly, partly, not yet. Pass 3: yes, yes, yes.
    assert (assess[0].not_yet, assess[0].partly, assess[0].yes) == (1, 2, 0)
    assert assess[0].score == pytest.approx(2 / 3)
    assert assess[2].score == MAX_SCORE
    # Co-deliver fell back in the pass after the crisis: people didn't keep their word.
    deliver = [p.score for p in chart["co-deliver"].points]
    assert deliver == pytest.approx([2 / 3, 2 / 3, 5 / 3])


def test_ratings_given_in_a_pass_persist_and_feed_the_chart(vault_path: Path) -> None:
    file, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    opened = open_plan(file.db, Clock())
    finish_a_pass(opened, {"assess.whole-life": "not-yet", "assess.listened-to": "partly"})
    opened.clock.set(date(2026, 9, 1))
    finish_a_pass(opened, {})  # a pass with no ratings at all
    opened.clock.set(date(2027, 3, 1))
    finish_a_pass(opened, {"assess.whole-life": "yes", "deliver.own-part": "yes"})
    file.save()
    opened.editor.close()
    file.close()

    with PlanFile.open(vault_path, PASSPHRASE) as again:
        reopened = open_plan(again.db, Clock(date(2027, 3, 2)))
        chart = {series.step: series.points for series in reopened.reviews.chart()}
        assert [p.score for p in chart["co-assess"]] == [0.5, None, 2.0]
        assert [p.rated for p in chart["co-assess"]] == [2, 0, 1]
        assert [p.score for p in chart["co-deliver"]] == [None, None, 2.0]
        assert [p.score for p in chart["co-decide"]] == [None, None, None]
        assert [p.finished_on for p in chart["co-design"]] == [
            date(2026, 3, 1),
            date(2026, 9, 1),
            date(2027, 3, 1),
        ]
        reopened.editor.close()


def test_a_pass_under_way_is_not_in_the_list_or_the_chart_yet(plan: Plan) -> None:
    finish_a_pass(plan, {"design.fits-me": "partly"})
    plan.cycle.start()
    plan.cycle.notes.rate("design.fits-me", "yes")
    assert [p.number for p in plan.reviews.passes()] == [1]
    (design,) = [s for s in plan.reviews.chart() if s.step == "co-design"]
    assert [p.score for p in design.points] == [1.0]


# ---------------------------------------------------------------------- review due


def test_a_review_is_due_from_the_review_date_on_and_not_before(plan: Plan) -> None:
    status = plan.reviews.status()
    assert (status.next_review, status.due, status.last_review) == (None, False, None)
    finish_a_pass(plan, {}, review_on=date(2026, 9, 1))
    plan.clock.set(date(2026, 8, 31))
    status = plan.reviews.status()
    assert status.next_review == date(2026, 9, 1) and status.last_review == date(2026, 3, 1)
    assert (status.due, status.days_left) == (False, 1)
    plan.clock.set(date(2026, 9, 1))
    assert (plan.reviews.status().due, plan.reviews.status().days_left) == (True, 0)
    plan.clock.set(date(2026, 11, 20))
    assert plan.reviews.status().due
    # Starting the review shows as under way; the date stays until this pass sets a new one.
    plan.cycle.start()
    plan.cycle.jump("co-design")
    status = plan.reviews.status()
    assert (status.open_pass, status.open_step, status.due) == (2, "co-design", True)
    assert status.open_steps_done == ("co-assess",)
    plan.cycle.jump("co-deliver")
    plan.cycle.finish()
    status = plan.reviews.status()
    assert status.next_review == date(2027, 5, 20) and not status.due
    assert status.open_pass is None and status.open_step is None


def test_the_next_review_can_be_moved(plan: Plan) -> None:
    with pytest.raises(NoPassFinished):
        plan.reviews.set_next_review(date(2026, 4, 1))
    finish_a_pass(plan, {}, review_on=date(2026, 9, 1))
    plan.reviews.set_next_review(date(2026, 4, 1))
    plan.clock.set(date(2026, 4, 1))
    assert plan.reviews.status().due
    assert plan.reviews.passes()[0].review_date == date(2026, 4, 1)


# ---------------------------------------------------------------------- after a crisis


def test_after_a_crisis_the_next_pass_is_marked_and_an_early_review_suggested(
    plan: Plan,
) -> None:
    finish_a_pass(plan, {}, review_on=date(2026, 9, 1))
    plan.clock.set(date(2026, 5, 10))
    crisis = plan.reviews.record_crisis()
    assert crisis.pass_number == 2
    assert [(s.months, s.on) for s in crisis.suggestions] == [
        (1, date(2026, 6, 10)),
        (3, date(2026, 8, 10)),
    ]
    status = plan.reviews.status()
    assert (status.open_pass, status.open_step, status.open_after_crisis) == (
        2,
        "co-assess",
        True,
    )
    record = plan.cycle.current()
    assert record.after_crisis and record.steps_done == ()
    assert [c.months for c in plan.cycle.review_date_choices()] == [1, 3]
    # Pressing it again (or during a pass) marks the pass under way; no second pass opens.
    assert plan.reviews.record_crisis().pass_number == 2
    plan.cycle.jump("co-deliver")
    assert plan.cycle.finish().review_date == date(2026, 6, 10)


def test_a_crisis_during_a_pass_marks_that_pass(plan: Plan) -> None:
    plan.cycle.start()
    plan.cycle.jump("co-decide")
    assert plan.reviews.record_crisis().pass_number == 1
    record = plan.cycle.current()
    assert record.after_crisis and record.current_step == "co-decide"
