"""What a pass of the cycle holds, as plain frozen records for the screens and the CLI.

Records are read with column queries, never handed out as ORM objects, so each one is
what the plan holds at that moment, whichever service last changed it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from wrapdesk.content.cycle import STEPS, StepKey
from wrapdesk.model import (
    Commitment,
    CyclePass,
    Goal,
    Option,
    PassSupporter,
    Person,
    Rating,
    Reflection,
    Version,
)

RatingValue = Literal["not-yet", "partly", "yes"]
"""How true a statement felt, by its stable key (content/cycle.py ``RATINGS``)."""

RATING_VALUES: tuple[RatingValue, ...] = ("not-yet", "partly", "yes")

StepState = Literal["current", "done", "skipped", "waiting"]
"""Where a step stands in a pass: being worked on, gone through, skipped, not reached."""

STEP_KEYS: tuple[StepKey, ...] = tuple(s.key for s in STEPS)
"""The four steps, in cycle order."""

STATEMENT_STEP: dict[str, StepKey] = {st.key: s.key for s in STEPS for st in s.statements}
"""Each "what I can expect" statement's step."""

_STATEMENT_ORDER = {key: i for i, key in enumerate(STATEMENT_STEP)}


class CycleError(Exception):
    """A cycle action that cannot be done as asked (the screens should not offer it)."""


class NoOpenPass(CycleError):
    """There is no pass under way: start one first."""


class PassAlreadyOpen(CycleError):
    """A pass is already under way: resume it rather than start another."""


def as_step(value: str) -> StepKey:
    """``value`` as a step key; :class:`CycleError` if it names no step."""
    for step in STEP_KEYS:
        if step == value:
            return step
    raise CycleError(f"no step of the cycle is called {value!r}")


def open_pass_row(session: Session) -> CyclePass | None:
    """The pass under way, if any (at most one is ever unfinished)."""
    return session.scalars(
        select(CyclePass).where(CyclePass.finished_at.is_(None)).order_by(CyclePass.number)
    ).first()


def require_open_pass(session: Session) -> CyclePass:
    """The pass under way; :class:`NoOpenPass` if there is none."""
    row = open_pass_row(session)
    if row is None:
        raise NoOpenPass("no pass of the cycle is under way")
    return row


@dataclass(frozen=True)
class PersonRef:
    """Someone in the plan, by id and name."""

    id: int
    name: str


@dataclass(frozen=True)
class ReflectionRecord:
    """Something written while looking back (``topic``: a life area or a question key)."""

    id: int
    step: str
    topic: str
    text: str


@dataclass(frozen=True)
class GoalRecord:
    """A goal or next step."""

    id: int
    text: str


@dataclass(frozen=True)
class OptionRecord:
    """An option weighed up: what is good about it, what worries me, chosen or not."""

    id: int
    text: str
    good: str
    worries: str
    chosen: bool


@dataclass(frozen=True)
class CommitmentRecord:
    """Who does what by when; ``who`` None means the plan's owner."""

    id: int
    what: str
    who: PersonRef | None
    due: date | None
    done: bool
    done_at: datetime | None


@dataclass(frozen=True)
class RatingRecord:
    """How true one "what I can expect" statement felt in a pass."""

    statement_key: str
    step: StepKey
    value: RatingValue
    comment: str


@dataclass(frozen=True)
class PassRecord:
    """One pass of the cycle, finished or under way, with everything written in it."""

    number: int
    started_at: datetime
    finished_at: datetime | None
    current_step: StepKey
    steps_done: tuple[StepKey, ...]
    steps_skipped: tuple[StepKey, ...]
    after_crisis: bool
    review_date: date | None
    version_note: str
    design_sections: tuple[str, ...]  # empty: every part of the plan
    reflections: tuple[ReflectionRecord, ...]
    goals: tuple[GoalRecord, ...]
    options: tuple[OptionRecord, ...]
    supporters: tuple[PersonRef, ...]
    commitments: tuple[CommitmentRecord, ...]
    ratings: tuple[RatingRecord, ...]
    version_number: int | None  # the version finishing this pass froze

    @property
    def is_finished(self) -> bool:
        """True once the pass is finished and its version frozen."""
        return self.finished_at is not None

    def state(self, step: StepKey) -> StepState:
        """Where ``step`` stands in this pass (for drawing the cycle)."""
        if not self.is_finished and step == self.current_step:
            return "current"
        if step in self.steps_done:
            return "done"
        if step in self.steps_skipped:
            return "skipped"
        return "waiting"

    def reflection(self, topic: str) -> str:
        """What was written on ``topic`` while looking back ("" if nothing)."""
        return next((r.text for r in self.reflections if r.topic == topic), "")

    def rating(self, statement_key: str) -> RatingRecord | None:
        """The rating given to one statement, if any."""
        return next((r for r in self.ratings if r.statement_key == statement_key), None)

    def ratings_for(self, step: StepKey) -> tuple[RatingRecord, ...]:
        """The ratings given to ``step``'s statements, in the statements' order."""
        return tuple(r for r in self.ratings if r.step == step)


def _steps(values: Sequence[str]) -> tuple[StepKey, ...]:
    """The steps named in ``values``, in cycle order (unknown names dropped)."""
    return tuple(step for step in STEP_KEYS if step in values)


def load_passes(
    session: Session,
    where: ColumnElement[bool] | None = None,
    *,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[PassRecord]:
    """The passes matching ``where`` (all by default), ordered by number, at most ``limit``."""
    query = select(
        CyclePass.id,
        CyclePass.number,
        CyclePass.started_at,
        CyclePass.finished_at,
        CyclePass.current_step,
        CyclePass.steps_done,
        CyclePass.steps_skipped,
        CyclePass.after_crisis,
        CyclePass.review_date,
        CyclePass.version_note,
        CyclePass.design_sections,
    ).order_by(CyclePass.number.desc() if newest_first else CyclePass.number)
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    # Everyone, in the person's order: supporters are listed the way People lists them.
    people = {
        pid: PersonRef(pid, name)
        for pid, name in session.execute(
            select(Person.id, Person.name).order_by(Person.position, Person.id)
        )
    }
    person_order = {pid: i for i, pid in enumerate(people)}

    reflections: dict[int, list[ReflectionRecord]] = defaultdict(list)
    for r in session.execute(
        select(
            Reflection.pass_id, Reflection.id, Reflection.step, Reflection.topic, Reflection.text
        )
        .where(Reflection.pass_id.in_(ids))
        .order_by(Reflection.position, Reflection.id)
    ):
        reflections[r.pass_id].append(ReflectionRecord(r.id, r.step, r.topic, r.text))
    goals: dict[int, list[GoalRecord]] = defaultdict(list)
    for g in session.execute(
        select(Goal.pass_id, Goal.id, Goal.text)
        .where(Goal.pass_id.in_(ids))
        .order_by(Goal.position, Goal.id)
    ):
        goals[g.pass_id].append(GoalRecord(g.id, g.text))
    options: dict[int, list[OptionRecord]] = defaultdict(list)
    for o in session.execute(
        select(Option.pass_id, Option.id, Option.text, Option.good, Option.worries, Option.chosen)
        .where(Option.pass_id.in_(ids))
        .order_by(Option.position, Option.id)
    ):
        options[o.pass_id].append(OptionRecord(o.id, o.text, o.good, o.worries, o.chosen))
    supporters: dict[int, list[PersonRef]] = defaultdict(list)
    for s in session.execute(
        select(PassSupporter.pass_id, PassSupporter.person_id).where(PassSupporter.pass_id.in_(ids))
    ):
        if s.person_id in people:
            supporters[s.pass_id].append(people[s.person_id])
    commitments: dict[int, list[CommitmentRecord]] = defaultdict(list)
    for c in session.execute(
        select(
            Commitment.pass_id,
            Commitment.id,
            Commitment.what,
            Commitment.who_id,
            Commitment.due,
            Commitment.done,
            Commitment.done_at,
        )
        .where(Commitment.pass_id.in_(ids))
        .order_by(Commitment.position, Commitment.id)
    ):
        who = people.get(c.who_id) if c.who_id is not None else None
        commitments[c.pass_id].append(CommitmentRecord(c.id, c.what, who, c.due, c.done, c.done_at))
    ratings: dict[int, list[RatingRecord]] = defaultdict(list)
    for rt in session.execute(
        select(Rating.pass_id, Rating.statement_key, Rating.value, Rating.comment).where(
            Rating.pass_id.in_(ids)
        )
    ):
        step = STATEMENT_STEP.get(rt.statement_key)
        if step is not None:  # a statement since retired from the content stays in the file
            value = cast(RatingValue, rt.value)
            ratings[rt.pass_id].append(RatingRecord(rt.statement_key, step, value, rt.comment))
    frozen = select(Version.pass_id, Version.number).where(Version.pass_id.in_(ids))
    versions: dict[int | None, int] = dict(session.execute(frozen).all())

    return [
        PassRecord(
            number=row.number,
            started_at=row.started_at,
            finished_at=row.finished_at,
            current_step=as_step(row.current_step),
            steps_done=_steps(row.steps_done),
            steps_skipped=_steps(row.steps_skipped),
            after_crisis=row.after_crisis,
            review_date=row.review_date,
            version_note=row.version_note,
            design_sections=tuple(row.design_sections),
            reflections=tuple(reflections[row.id]),
            goals=tuple(goals[row.id]),
            options=tuple(options[row.id]),
            supporters=tuple(
                sorted(supporters[row.id], key=lambda p: person_order.get(p.id, len(people)))
            ),
            commitments=tuple(commitments[row.id]),
            ratings=tuple(sorted(ratings[row.id], key=lambda r: _STATEMENT_ORDER[r.statement_key])),
            version_number=versions.get(row.id),
        )
        for row in rows
    ]
