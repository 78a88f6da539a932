"""Looking back over the cycle: past passes, the ratings chart, and when a review is due.

The Reviews page lists the finished passes, newest first, with everything written in
them, and paints a small chart from :meth:`Reviews.chart`. The Overview asks
:meth:`Reviews.status` whether a review is due: from the review date on, by the editor's
clock, and not a day before. "I've been through a crisis" is :meth:`Reviews.record_crisis`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wrapdesk.content.cycle import STEPS, StepKey
from wrapdesk.model import CyclePass, Rating
from wrapdesk.services.cycle import Cycle, PassChanges
from wrapdesk.services.cycle_records import (
    STATEMENT_STEP,
    CycleError,
    PassRecord,
    load_passes,
    open_pass_row,
)
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.review_dates import ReviewDateChoice, local_day, suggest_review_dates

SCORES = {"not-yet": 0, "partly": 1, "yes": 2}
"""Each rating's weight in a step's score; a score runs from 0 to :data:`MAX_SCORE`."""

MAX_SCORE = 2


class NoPassFinished(CycleError):
    """No pass has been finished yet, so there is no review date to change."""


@dataclass(frozen=True)
class ChartPoint:
    """How one step's statements were rated in one finished pass."""

    pass_number: int
    finished_on: date
    not_yet: int
    partly: int
    yes: int

    @property
    def rated(self) -> int:
        """How many of the step's statements were rated."""
        return self.not_yet + self.partly + self.yes

    @property
    def score(self) -> float | None:
        """The mean rating, from 0 (all "not yet") to 2 (all "yes"); None if none was rated."""
        if not self.rated:
            return None
        return (self.partly * SCORES["partly"] + self.yes * SCORES["yes"]) / self.rated


@dataclass(frozen=True)
class StepSeries:
    """One line of the chart: a step's score in each finished pass, oldest first."""

    step: StepKey
    statements: int  # how many statements the step has to rate
    points: tuple[ChartPoint, ...]


@dataclass(frozen=True)
class ReviewStatus:
    """What the Overview's review card needs."""

    today: date
    next_review: date | None  # None until a pass is finished
    due: bool  # today is on or after the review date
    last_review: date | None  # the day the latest pass was finished
    open_pass: int | None  # the number of a pass under way, to offer "carry on"
    open_step: StepKey | None
    open_steps_done: tuple[StepKey, ...]  # for ticking the drawn cycle
    open_after_crisis: bool

    @property
    def days_left(self) -> int | None:
        """Days until the review date (0 on the day, negative after it)."""
        return None if self.next_review is None else (self.next_review - self.today).days


@dataclass(frozen=True)
class CrisisReview:
    """After "I've been through a crisis": the pass now marked as after a crisis, and the
    earlier review dates it will suggest."""

    pass_number: int
    suggestions: tuple[ReviewDateChoice, ...]


class Reviews:
    """Past passes, their ratings over time, and the review date, for one open plan."""

    def __init__(self, editor: PlanEditor, cycle: Cycle | None = None) -> None:
        self._editor = editor
        self._session = editor.session
        self._cycle = cycle or Cycle(editor)

    def _today(self) -> date:
        return local_day(self._editor.clock())

    def passes(self) -> tuple[PassRecord, ...]:
        """Every finished pass, newest first, with all that was written in it."""
        return tuple(
            load_passes(self._session, CyclePass.finished_at.is_not(None), newest_first=True)
        )

    def changes_in(self, number: int) -> PassChanges:
        """What changed in the plan during finished pass ``number``."""
        return self._cycle.changes_in_pass(number)

    def chart(self) -> tuple[StepSeries, ...]:
        """For each step, in cycle order, its score in every finished pass (oldest first)."""
        query = (
            select(CyclePass.id, CyclePass.number, CyclePass.finished_at)
            .where(CyclePass.finished_at.is_not(None))
            .order_by(CyclePass.number)
        )
        finished = [
            (pid, number, local_day(at)) for pid, number, at in self._session.execute(query) if at
        ]
        counts: dict[tuple[int, StepKey], Counter[str]] = defaultdict(Counter)
        ratings = select(Rating.pass_id, Rating.statement_key, Rating.value).where(
            Rating.pass_id.in_([pid for pid, _, _ in finished])
        )
        for pass_id, key, value in self._session.execute(ratings):
            step = STATEMENT_STEP.get(key)
            if step is not None and value in SCORES:
                counts[pass_id, step][value] += 1

        def point(pass_id: int, number: int, finished_on: date, step: StepKey) -> ChartPoint:
            tally = counts.get((pass_id, step), Counter())
            return ChartPoint(number, finished_on, tally["not-yet"], tally["partly"], tally["yes"])

        return tuple(
            StepSeries(
                step=definition.key,
                statements=len(definition.statements),
                points=tuple(point(*row, definition.key) for row in finished),
            )
            for definition in STEPS
        )

    def _latest_finished(self) -> CyclePass | None:
        return self._session.scalars(
            select(CyclePass)
            .where(CyclePass.finished_at.is_not(None))
            .order_by(CyclePass.number.desc())
            .limit(1)
        ).first()

    def status(self) -> ReviewStatus:
        """When the next review is, and whether it is due today (by the editor's clock)."""
        today = self._today()
        latest = self._latest_finished()
        under_way = self._cycle.open_pass()
        next_review = latest.review_date if latest is not None else None
        return ReviewStatus(
            today=today,
            next_review=next_review,
            due=next_review is not None and today >= next_review,
            last_review=local_day(latest.finished_at) if latest and latest.finished_at else None,
            open_pass=under_way.number if under_way is not None else None,
            open_step=under_way.current_step if under_way is not None else None,
            open_steps_done=under_way.steps_done if under_way is not None else (),
            open_after_crisis=under_way is not None and under_way.after_crisis,
        )

    def set_next_review(self, on: date) -> None:
        """Move the next review to another day (the review date of the latest pass)."""
        latest = self._latest_finished()
        if latest is None:
            raise NoPassFinished("no pass is finished yet")
        latest.review_date = on
        try:
            self._session.commit()
        except BaseException:
            self._session.rollback()
            raise
        self._editor.notify("cycle")

    def record_crisis(self) -> CrisisReview:
        """Say "I've been through a crisis": mark the next pass as after a crisis, so it
        looks back at the crisis and suggests an early next review.

        The pass under way is marked; with none under way, the next pass is opened now,
        marked and waiting at co-assess for whenever the person is ready (the plan has
        nowhere else to keep the mark).
        """
        if open_pass_row(self._session) is None:
            record = self._cycle.start(after_crisis=True)
        else:
            self._cycle.set_after_crisis(True)
            record = self._cycle.current()
        return CrisisReview(
            pass_number=record.number,
            suggestions=suggest_review_dates(self._today(), after_crisis=True),
        )

    def tick_commitment(self, commitment_id: int, done: bool = True) -> None:
        """Tick a commitment of any pass off as done (or back), undoably."""
        self._cycle.notes.set_commitment_done(commitment_id, done)
