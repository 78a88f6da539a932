"""The four-step cycle as a Qt-free state machine: start, move, leave, resume, finish.

A pass goes co-assess → co-decide → co-design → co-deliver, with Back, Skip and a jump to
any step. Every move is one row of :data:`TRANSITIONS`; nothing written is required to go
on. Where the person is lives in the plan's own database (``cycle_pass.current_step``),
so leaving is simply closing the wizard or the app, and :meth:`Cycle.open_pass` resumes
exactly there. Finishing freezes a version of the plan with the pass's note and records
the review date (the first suggestion if none was chosen, so the cycle always comes round).

Starting, moving and finishing are not edits and are not undone; what is written during
the pass is, through :attr:`Cycle.notes` (``cycle_notes.py``). Listeners hear ``"cycle"``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import ColumnElement, func, select

from wrapdesk.content.cycle import StepKey
from wrapdesk.document import Change, OwnerDoc, PlanDocument, diff
from wrapdesk.model import CyclePass, Version
from wrapdesk.services.cycle_notes import PassNotes
from wrapdesk.services.cycle_records import (
    STEP_KEYS,
    CycleError,
    PassAlreadyOpen,
    PassRecord,
    as_step,
    load_passes,
    open_pass_row,
    require_open_pass,
)
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.review_dates import ReviewDateChoice, local_day, suggest_review_dates
from wrapdesk.services.versions import Holder, Versions

Move = Literal["next", "back", "skip", "jump", "finish"]
Stage = StepKey | Literal["finished"]
FINISHED: Literal["finished"] = "finished"


class MoveNotAllowed(CycleError):
    """That move is not in the table from the step the pass is on."""


@dataclass(frozen=True)
class Transition:
    """From step ``source``, ``move`` leads to ``target``; the step left counts as ``marks``."""

    source: StepKey
    move: Move
    target: Stage
    marks: Literal["done", "skipped"]


TRANSITIONS: tuple[Transition, ...] = (
    Transition("co-assess", "next", "co-decide", "done"),
    Transition("co-assess", "skip", "co-decide", "skipped"),
    Transition("co-decide", "back", "co-assess", "done"),
    Transition("co-decide", "next", "co-design", "done"),
    Transition("co-decide", "skip", "co-design", "skipped"),
    Transition("co-design", "back", "co-decide", "done"),
    Transition("co-design", "next", "co-deliver", "done"),
    Transition("co-design", "skip", "co-deliver", "skipped"),
    Transition("co-deliver", "back", "co-design", "done"),
    Transition("co-deliver", "finish", FINISHED, "done"),
    Transition("co-deliver", "skip", FINISHED, "skipped"),
    # The drawn cycle lets the person go straight to any other step.
    *(Transition(a, "jump", b, "done") for a in STEP_KEYS for b in STEP_KEYS if a != b),
)
"""Every move of the wizard. A step left any way but Skip counts as gone through (done),
even with nothing written in it; at Finish, steps never reached count as skipped."""


def transition(source: StepKey, move: Move, target: StepKey | None = None) -> Transition:
    """The row of :data:`TRANSITIONS` for ``move`` from ``source`` (a jump names its
    ``target``); :class:`MoveNotAllowed` if there is none."""
    for row in TRANSITIONS:
        if row.source == source and row.move == move and (move != "jump" or row.target == target):
            return row
    raise MoveNotAllowed(f"cannot {move} from {source}" + (f" to {target}" if target else ""))


def moves_from(source: StepKey) -> tuple[Transition, ...]:
    """Every move the wizard can offer on step ``source``."""
    return tuple(row for row in TRANSITIONS if row.source == source)


@dataclass(frozen=True)
class PassChanges:
    """What changed in the plan during a pass, against the version before it began.

    ``highlight`` holds (section key, entry id) for each entry added or reworded, so the
    co-design step can mark them; ``areas`` names every part with any change.
    """

    since_version: int | None  # None: there was no version before, so everything is new
    changes: tuple[Change, ...]
    highlight: frozenset[tuple[str, int]]
    areas: frozenset[str]

    def is_new(self, section_key: str, entry_id: int) -> bool:
        """True if this entry was added or reworded in the pass."""
        return (section_key, entry_id) in self.highlight


@dataclass(frozen=True)
class OutdatedCopy:
    """Someone holding a copy older than the plan, and the parts of theirs that changed
    (empty when only the version number moved on)."""

    holder: Holder
    changed_areas: tuple[str, ...]


_NOTHING = PlanDocument(owner=OwnerDoc(), included=(), sections=())


def _pass_changes(since: int | None, changes: tuple[Change, ...]) -> PassChanges:
    highlight = frozenset(
        (c.area.removeprefix("section:"), c.item_id)
        for c in changes
        if c.area.startswith("section:") and c.kind in ("added", "changed") and c.item_id
    )
    return PassChanges(since, changes, highlight, frozenset(c.area for c in changes))


class Cycle:
    """The cycle of one open plan: the pass under way, its moves, and finishing it."""

    def __init__(self, editor: PlanEditor, versions: Versions | None = None) -> None:
        self._editor = editor
        self._session = editor.session
        self._versions = versions or Versions(editor)
        self.notes = PassNotes(editor)
        """Undoable edits to what is written in the pass under way."""

    def _save(self) -> None:
        try:
            self._session.commit()
        except BaseException:
            self._session.rollback()
            raise
        self._editor.notify("cycle")

    def _record(self, number: int) -> PassRecord:
        (record,) = load_passes(self._session, CyclePass.number == number)
        return record

    def _today(self) -> date:
        return local_day(self._editor.clock())

    def _pass_row(self, number: int | None) -> CyclePass:
        """Pass ``number`` (``KeyError`` if none), or with None the pass under way."""
        if number is None:
            return require_open_pass(self._session)
        row = self._session.scalars(select(CyclePass).where(CyclePass.number == number)).first()
        if row is None:
            raise KeyError(number)
        return row

    # ------------------------------------------------------------------ reads

    def open_pass(self) -> PassRecord | None:
        """The pass under way, to resume exactly where it was left; None if there is none."""
        row = open_pass_row(self._session)
        return None if row is None else self._record(row.number)

    def current(self) -> PassRecord:
        """The pass under way; :class:`NoOpenPass` if there is none."""
        return self._record(require_open_pass(self._session).number)

    def previous_pass(self) -> PassRecord | None:
        """The last finished pass before the one under way (or the last one at all), whose
        notes co-assess shows beside this time's."""
        row = open_pass_row(self._session)
        where: ColumnElement[bool] = CyclePass.finished_at.is_not(None)
        if row is not None:
            where = where & (CyclePass.number < row.number)
        found = load_passes(self._session, where, newest_first=True, limit=1)
        return found[0] if found else None

    def moves(self) -> tuple[Transition, ...]:
        """The moves the wizard can offer now, from the step the pass is on."""
        row = require_open_pass(self._session)
        return moves_from(as_step(row.current_step))

    # ------------------------------------------------------------------ moving

    def start(self, *, after_crisis: bool = False) -> PassRecord:
        """Begin the next pass at co-assess; :class:`PassAlreadyOpen` if one is under way."""
        if open_pass_row(self._session) is not None:
            raise PassAlreadyOpen("a pass of the cycle is already under way")
        number = (self._session.scalar(select(func.max(CyclePass.number))) or 0) + 1
        self._session.add(
            CyclePass(
                number=number,
                started_at=self._editor.clock(),
                current_step=STEP_KEYS[0],
                steps_done=[],
                steps_skipped=[],
                design_sections=[],
                after_crisis=after_crisis,
            )
        )
        self._save()
        return self._record(number)

    def go(self, move: Move, to: StepKey | None = None) -> PassRecord:
        """Make one move of :data:`TRANSITIONS` (``to`` names a jump's step)."""
        row = require_open_pass(self._session)
        step = as_step(row.current_step)
        rule = transition(step, move, to)
        done = [s for s in row.steps_done if s != step]
        skipped = [s for s in row.steps_skipped if s != step]
        (done if rule.marks == "done" else skipped).append(step)
        if rule.target == FINISHED:
            skipped += [s for s in STEP_KEYS if s not in done and s not in skipped]
        row.steps_done = [s for s in STEP_KEYS if s in done]
        row.steps_skipped = [s for s in STEP_KEYS if s in skipped]
        if rule.target == FINISHED:
            self._finish(row)
        else:
            row.current_step = rule.target
            self._save()
        return self._record(row.number)

    def _finish(self, row: CyclePass) -> None:
        """Close the pass, keep a review date, and freeze the plan as a version, together."""
        row.finished_at = self._editor.clock()
        if row.review_date is None:
            first, *_ = suggest_review_dates(self._today(), after_crisis=row.after_crisis)
            row.review_date = first.on
        try:
            self._versions.freeze(row.version_note, pass_id=row.id)  # commits the pass too
        except BaseException:
            self._session.rollback()
            raise
        self._editor.notify("cycle")

    def next(self) -> PassRecord:
        """On to the next step (the step left counts as done)."""
        return self.go("next")

    def back(self) -> PassRecord:
        """Back to the step before."""
        return self.go("back")

    def skip(self) -> PassRecord:
        """Leave this step out and go on; skipping co-deliver finishes the pass."""
        return self.go("skip")

    def jump(self, step: StepKey) -> PassRecord:
        """Go straight to ``step``."""
        return self.go("jump", step)

    def finish(self, note: str | None = None) -> PassRecord:
        """Finish the pass from co-deliver: freeze a version (with ``note``, or the note
        written earlier) and record the review date."""
        row = require_open_pass(self._session)
        transition(as_step(row.current_step), "finish")  # refuse before changing anything
        if note is not None:
            row.version_note = note
        return self.go("finish")

    # ------------------------------------------------------------------ the pass's choices

    def set_after_crisis(self, after_crisis: bool) -> None:
        """Say whether this pass comes after a crisis (it suggests an earlier review)."""
        require_open_pass(self._session).after_crisis = after_crisis
        self._save()

    def set_design_sections(self, keys: Sequence[str]) -> None:
        """Choose the plan parts to go through in co-design (empty, or all of them: every
        part, including any added later)."""
        every = self._editor.section_keys()
        unknown = set(keys) - set(every)
        if unknown:
            raise KeyError(sorted(unknown))
        chosen = [key for key in every if key in set(keys)]
        require_open_pass(self._session).design_sections = (
            [] if len(chosen) == len(every) else chosen
        )
        self._save()

    def sections_to_design(self) -> tuple[str, ...]:
        """The parts co-design goes through, in reading order."""
        every = self._editor.section_keys()
        chosen = set(require_open_pass(self._session).design_sections)
        return tuple(key for key in every if not chosen or key in chosen)

    def review_date_choices(self) -> tuple[ReviewDateChoice, ...]:
        """Review dates to offer in co-deliver: 6 or 12 months, or 1 or 3 after a crisis."""
        row = require_open_pass(self._session)
        return suggest_review_dates(self._today(), after_crisis=row.after_crisis)

    def set_review_date(self, on: date | None) -> None:
        """Choose when to look at the plan again (None: take the first suggestion at Finish)."""
        require_open_pass(self._session).review_date = on
        self._save()

    def set_version_note(self, note: str) -> None:
        """The note the finished pass's version will carry ("After February: …")."""
        require_open_pass(self._session).version_note = note
        self._save()

    # ------------------------------------------------------------------ co-design, co-deliver

    def changes_in_pass(self, number: int | None = None) -> PassChanges:
        """What changed in the plan during the pass under way (or finished pass ``number``),
        against the newest version made before the pass began."""
        row = self._pass_row(number)
        since = self._session.scalar(
            select(Version.number)
            .where(Version.created_at <= row.started_at)
            .order_by(Version.number.desc())
            .limit(1)
        )
        frozen = self._session.scalar(select(Version.number).where(Version.pass_id == row.id))
        if since is not None:
            return _pass_changes(since, self._versions.diff(since, frozen))
        after = self._versions.current() if frozen is None else self._versions.document(frozen)
        return _pass_changes(None, diff(_NOTHING, _unversioned(after)))

    def outdated_copies(self) -> tuple[OutdatedCopy, ...]:
        """People holding an older version, or a copy whose parts changed since: who should
        get a new copy."""
        latest = self._versions.latest_number() or 0
        out = []
        for holder in self._versions.holders():
            changed = tuple(dict.fromkeys(c.area for c in self._versions.diff_for_holder(holder)))
            if holder.version_number < latest or changed:
                out.append(OutdatedCopy(holder, changed))
        return tuple(out)


def _unversioned(document: PlanDocument) -> PlanDocument:
    return dataclasses.replace(document, version=None)
