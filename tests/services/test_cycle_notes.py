"""What the person writes during a pass: kept, reordered, rated, and undone like any edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from wrapdesk.content.cycle import LIFE_AREAS, STEPS
from wrapdesk.content.cycle import step as cycle_step
from wrapdesk.services.cycle import Cycle
from wrapdesk.services.cycle_notes import LABELS, LOOKING_BACK, REFLECTION_TOPICS
from wrapdesk.services.cycle_records import NoOpenPass, PassRecord
from wrapdesk.services.editor import PlanEditor
from wrapdesk.store import PlanDatabase


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def editor() -> Iterator[PlanEditor]:
    db = PlanDatabase.new()
    ed = PlanEditor(db, clock=Clock())
    yield ed
    ed.close()
    db.close()


@pytest.fixture
def cycle(editor: PlanEditor) -> Cycle:
    cycle = Cycle(editor)
    cycle.start()
    return cycle


def now(cycle: Cycle) -> PassRecord:
    return cycle.current()


def test_nothing_is_written_without_a_pass_under_way(editor: PlanEditor) -> None:
    notes = Cycle(editor).notes
    with pytest.raises(NoOpenPass):
        notes.add_goal("Sleep by eleven")
    with pytest.raises(NoOpenPass):
        notes.rate("assess.whole-life", "yes")
    with pytest.raises(NoOpenPass):
        notes.add_new_supporter("Sam")
    assert editor.people() == ()  # not even the new supporter was added to People


def test_reflections_by_life_area_and_looking_back(cycle: Cycle) -> None:
    notes = cycle.notes
    notes.write_reflection("want-to-change", "Act sooner on short nights.")
    notes.write_reflection("home", "Quieter now.")
    notes.write_reflection("what-worked", "Sam had my plan.")
    notes.write_reflection("home", "Quieter since the move.")
    record = now(cycle)
    # Shown in the page's order: life areas first, then looking back, whatever was written first.
    assert [(r.topic, r.text) for r in record.reflections] == [
        ("home", "Quieter since the move."),
        ("what-worked", "Sam had my plan."),
        ("want-to-change", "Act sooner on short nights."),
    ]
    notes.write_reflection("home", "   ")
    assert now(cycle).reflection("home") == ""
    assert [r.topic for r in now(cycle).reflections] == ["what-worked", "want-to-change"]
    with pytest.raises(KeyError):
        notes.write_reflection("astrology", "no such area")


def test_looking_back_questions_are_the_content_questions_by_key() -> None:
    questions = cycle_step("co-assess").questions
    assert {q.key: q.prompt for q in LOOKING_BACK} == {
        "what-worked": questions[1],
        "what-didnt": questions[2],
        "want-to-change": questions[3],
    }
    assert "worked well" in LOOKING_BACK[0].prompt and "hasn't" in LOOKING_BACK[1].prompt
    assert "change" in LOOKING_BACK[2].prompt
    assert REFLECTION_TOPICS[: len(LIFE_AREAS)] == tuple(a.key for a in LIFE_AREAS)
    shouted = LOOKING_BACK[0].localized(lambda _c, s, _d=None, _n=-1: s.upper())
    assert shouted.title == "WHAT WORKED" and shouted.prompt == questions[1].upper()


def test_goals_and_options_added_changed_moved_and_removed(cycle: Cycle) -> None:
    notes = cycle.notes
    sleep = notes.add_goal("Sleep by eleven")
    work = notes.add_goal("Three days at work")
    swim = notes.add_goal("Swim on Sundays")
    notes.update_goal(work, "Three days at work by June")
    notes.move("goals", swim, 0)
    notes.remove_goal(sleep)
    assert [g.text for g in now(cycle).goals] == ["Swim on Sundays", "Three days at work by June"]

    card = notes.add_option("Sam holds my bank card", good="Stops the spending")
    limit = notes.add_option("A daily limit in the app")
    notes.update_option(card, worries="Feels like losing control", chosen=True)
    notes.update_option(limit, good="I stay in charge")
    options = {o.text: o for o in now(cycle).options}
    assert options["Sam holds my bank card"].chosen
    assert options["Sam holds my bank card"].worries == "Feels like losing control"
    assert not options["A daily limit in the app"].chosen
    with pytest.raises(TypeError):
        notes.update_option(card, price="free")
    notes.move("options", limit, 0)
    assert [o.id for o in now(cycle).options] == [limit, card]
    notes.remove_option(limit)
    assert [o.id for o in now(cycle).options] == [card]


def test_supporters_from_people_or_added_new(cycle: Cycle, editor: PlanEditor) -> None:
    tom = editor.add_person("Tom", relationship="care coordinator")
    cycle.notes.add_supporter(tom)
    cycle.notes.add_supporter(tom)  # choosing twice keeps one
    priya = cycle.notes.add_new_supporter("Priya", relationship="friend")
    assert [p.name for p in editor.people()] == ["Tom", "Priya"]
    assert [(p.id, p.name) for p in now(cycle).supporters] == [(tom, "Tom"), (priya, "Priya")]
    cycle.notes.remove_supporter(tom)
    assert [p.name for p in now(cycle).supporters] == ["Priya"]
    assert [p.name for p in editor.people()] == ["Tom", "Priya"]  # still in People
    editor.delete_person(priya)
    assert now(cycle).supporters == ()
    with pytest.raises(KeyError):
        cycle.notes.add_supporter(9999)


def test_commitments_who_what_by_when(cycle: Cycle, editor: PlanEditor) -> None:
    sam = editor.add_person("Sam")
    draft = cycle.notes.add_commitment("Draft my advance statement", due=date(2026, 4, 1))
    card = cycle.notes.add_commitment("Keep my bank card if the signs start", who=sam)
    cycle.notes.update_commitment(draft, due=date(2026, 4, 15), what="Finish the draft")
    record = now(cycle)
    assert [(c.what, c.who, c.due) for c in record.commitments] == [
        ("Finish the draft", None, date(2026, 4, 15)),
        ("Keep my bank card if the signs start", record.commitments[1].who, None),
    ]
    assert record.commitments[1].who is not None and record.commitments[1].who.name == "Sam"
    cycle.notes.set_commitment_done(card)
    ticked = now(cycle).commitments[1]
    assert ticked.done and ticked.done_at is not None
    cycle.notes.set_commitment_done(card, False)
    assert not now(cycle).commitments[1].done and now(cycle).commitments[1].done_at is None
    editor.delete_person(sam)  # the commitment stays, now the owner's
    assert now(cycle).commitments[1].who is None
    with pytest.raises(KeyError):
        cycle.notes.add_commitment("Ring me", who=sam)
    with pytest.raises(TypeError):
        cycle.notes.update_commitment(draft, when="soon")
    cycle.notes.move("commitments", draft, 5)  # past the end: last
    assert [c.id for c in now(cycle).commitments] == [card, draft]
    cycle.notes.remove_commitment(draft)
    assert [c.id for c in now(cycle).commitments] == [card]


def test_each_statement_is_rated_once_per_pass_with_an_optional_comment(cycle: Cycle) -> None:
    notes = cycle.notes
    notes.rate("assess.listened-to", "partly", "Tom listened; the crisis team less so")
    notes.rate("assess.listened-to", "yes")  # comment kept when not given
    notes.rate("deliver.risks-ok", "not-yet")
    record = now(cycle)
    assert [(r.statement_key, r.step, r.value, r.comment) for r in record.ratings] == [
        ("assess.listened-to", "co-assess", "yes", "Tom listened; the crisis team less so"),
        ("deliver.risks-ok", "co-deliver", "not-yet", ""),
    ]
    assert [r.statement_key for r in record.ratings_for("co-deliver")] == ["deliver.risks-ok"]
    notes.rate("assess.listened-to", "yes", "")
    assert now(cycle).rating("assess.listened-to").comment == ""  # type: ignore[union-attr]
    notes.clear_rating("deliver.risks-ok")
    notes.clear_rating("deliver.risks-ok")  # already clear: nothing happens
    assert now(cycle).rating("deliver.risks-ok") is None
    with pytest.raises(ValueError, match="not-yet"):
        notes.rate("assess.whole-life", "maybe")
    with pytest.raises(KeyError):
        notes.rate("assess.horoscope", "yes")
    every = [st.key for s in STEPS for st in s.statements]
    for key in every:
        notes.rate(key, "yes")
    assert [r.statement_key for r in now(cycle).ratings] == every


def test_what_is_written_is_undone_and_redone_like_any_edit(
    cycle: Cycle, editor: PlanEditor
) -> None:
    notes = cycle.notes
    goal = notes.add_goal("Swim")
    assert editor.undo_label == LABELS["add-goal"]
    notes.update_goal(goal, "Swim on Sundays")
    notes.rate("decide.own-goals", "partly")
    notes.remove_goal(goal)
    assert now(cycle).goals == ()
    assert editor.undo() == {"cycle"}  # the goal comes back, as it was
    assert [g.text for g in now(cycle).goals] == ["Swim on Sundays"]
    editor.undo()  # the rating
    assert now(cycle).ratings == ()
    editor.undo()
    assert [g.text for g in now(cycle).goals] == ["Swim"]
    editor.redo()
    editor.redo()
    assert [g.text for g in now(cycle).goals] == ["Swim on Sundays"]
    assert now(cycle).rating("decide.own-goals") is not None
    # Moving between steps is not an edit: Undo does not take you back a step.
    cycle.next()
    assert editor.undo_label == LABELS["rate"]
    assert now(cycle).current_step == "co-decide"


def test_a_finished_pass_is_not_written_into_but_its_commitments_can_be_ticked(
    cycle: Cycle,
) -> None:
    goal = cycle.notes.add_goal("Swim")
    commitment = cycle.notes.add_commitment("Book the pool")
    cycle.jump("co-deliver")
    cycle.finish()
    cycle.start()
    with pytest.raises(KeyError):
        cycle.notes.update_goal(goal, "Run")  # belongs to pass 1, not the one under way
    cycle.notes.set_commitment_done(commitment)
    assert cycle.previous_pass().commitments[0].done  # type: ignore[union-attr]
