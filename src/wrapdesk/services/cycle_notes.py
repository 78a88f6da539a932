"""What the person writes during a pass: reflections, goals, options, supporters,
commitments and ratings.

Each change is one undoable edit on the plan's Edit menu, like an edit to the plan
itself, and listeners hear the area ``"cycle"``. Everything here belongs to the pass
under way, except ticking off a commitment, which works on any pass (the Reviews page).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

from sqlalchemy import func, select

from wrapdesk.content.cycle import LIFE_AREAS
from wrapdesk.content.cycle import step as cycle_step
from wrapdesk.content.localizing import tr
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate
from wrapdesk.model import Commitment, Goal, Option, PassSupporter, Person, Rating, Reflection
from wrapdesk.services.cycle_records import RATING_VALUES, STATEMENT_STEP, require_open_pass
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.undo import Edit, Recorder

# Labels for the Edit menu ("Undo Add goal"), translated in the "Edits" context like the
# editor's own.
LABELS = {
    "reflection": QT_TRANSLATE_NOOP("Edits", "Write a reflection"),
    "add-goal": QT_TRANSLATE_NOOP("Edits", "Add goal"),
    "edit-goal": QT_TRANSLATE_NOOP("Edits", "Edit goal"),
    "delete-goal": QT_TRANSLATE_NOOP("Edits", "Delete goal"),
    "add-option": QT_TRANSLATE_NOOP("Edits", "Add option"),
    "edit-option": QT_TRANSLATE_NOOP("Edits", "Edit option"),
    "delete-option": QT_TRANSLATE_NOOP("Edits", "Delete option"),
    "add-supporter": QT_TRANSLATE_NOOP("Edits", "Choose a supporter"),
    "remove-supporter": QT_TRANSLATE_NOOP("Edits", "Remove a supporter"),
    "add-commitment": QT_TRANSLATE_NOOP("Edits", "Add commitment"),
    "edit-commitment": QT_TRANSLATE_NOOP("Edits", "Edit commitment"),
    "delete-commitment": QT_TRANSLATE_NOOP("Edits", "Delete commitment"),
    "tick": QT_TRANSLATE_NOOP("Edits", "Tick off commitment"),
    "move": QT_TRANSLATE_NOOP("Edits", "Move"),
    "rate": QT_TRANSLATE_NOOP("Edits", "Rate a statement"),
    "clear-rating": QT_TRANSLATE_NOOP("Edits", "Clear a rating"),
}

ItemKind = Literal["goals", "options", "commitments"]
_Item = TypeVar("_Item", Goal, Option, Commitment)
_OPTION_FIELDS = {"text", "good", "worries", "chosen"}
_COMMITMENT_FIELDS = {"what": "what", "who": "who_id", "due": "due"}
_QUESTIONS = cycle_step("co-assess").questions  # what matters, worked, didn't, change


@dataclass(frozen=True)
class LookingBack:
    """A question for looking back in co-assess, beside the life areas."""

    key: str
    title: str
    prompt: str

    def localized(self, translate: Translate) -> LookingBack:
        """A copy with the title and prompt translated in the "Cycle" context."""
        return dataclasses.replace(
            self,
            title=tr(translate, "Cycle", self.title),
            prompt=tr(translate, "Cycle", self.prompt),
        )


LOOKING_BACK: tuple[LookingBack, ...] = (
    LookingBack("what-worked", QT_TRANSLATE_NOOP("Cycle", "What worked"), _QUESTIONS[1]),
    LookingBack("what-didnt", QT_TRANSLATE_NOOP("Cycle", "What didn't work"), _QUESTIONS[2]),
    LookingBack(
        "want-to-change", QT_TRANSLATE_NOOP("Cycle", "What I want to change"), _QUESTIONS[3]
    ),
)
"""What worked, what didn't, what I want to change: the co-assess questions kept by key."""

REFLECTION_TOPICS: tuple[str, ...] = (
    *(area.key for area in LIFE_AREAS),
    *(question.key for question in LOOKING_BACK),
)
"""Every co-assess topic, in the order they are shown: life areas, then looking back."""


class PassNotes:
    """Undoable edits to what is written in the pass under way."""

    def __init__(self, editor: PlanEditor) -> None:
        self._editor = editor
        self._session = editor.session

    @contextmanager
    def _edit(self, label: str) -> Iterator[Recorder]:
        edit = Edit(label=LABELS[label], areas={"cycle"})
        recorder = Recorder(self._session, edit)
        try:
            yield recorder
            self._session.commit()
        except BaseException:
            self._session.rollback()
            raise
        self._editor.record_external_edit(edit)

    def _pass_id(self) -> int:
        return require_open_pass(self._session).id

    def _own(self, entity: type[_Item], item_id: int) -> _Item:
        """A goal, option or commitment of the pass under way; ``KeyError`` otherwise."""
        row = self._session.get(entity, item_id)
        if row is None or row.pass_id != self._pass_id():
            raise KeyError(item_id)
        return row

    def _siblings(self, entity: type[_Item], pass_id: int) -> list[_Item]:
        query = select(entity).where(entity.pass_id == pass_id)
        return list(self._session.scalars(query.order_by(entity.position, entity.id)))

    def _append(self, rec: Recorder, row: _Item) -> int:
        entity = type(row)
        count = self._session.scalar(
            select(func.count(entity.id)).where(entity.pass_id == row.pass_id)
        )
        row.position = count or 0
        rec.insert(row)
        return row.id

    def _delete(self, rec: Recorder, row: _Item) -> None:
        rec.delete(row)
        for i, sibling in enumerate(self._siblings(type(row), row.pass_id)):
            rec.update(sibling, position=i)

    def _move(self, entity: type[_Item], item_id: int, index: int) -> None:
        row = self._own(entity, item_id)
        with self._edit("move") as rec:
            rows: list[_Item] = [r for r in self._siblings(entity, row.pass_id) if r.id != item_id]
            rows.insert(max(0, min(index, len(rows))), row)
            for i, sibling in enumerate(rows):
                rec.update(sibling, position=i)

    # ------------------------------------------------------------------ co-assess

    def write_reflection(self, topic: str, text: str) -> None:
        """Write (or rewrite) the reflection on a life area or a looking-back question;
        empty text removes it."""
        if topic not in REFLECTION_TOPICS:
            raise KeyError(topic)
        pass_id = self._pass_id()
        row = self._session.scalars(
            select(Reflection).where(
                Reflection.pass_id == pass_id,
                Reflection.step == "co-assess",
                Reflection.topic == topic,
            )
        ).first()
        with self._edit("reflection") as rec:
            if row is None and text.strip():
                rec.insert(
                    Reflection(
                        pass_id=pass_id,
                        step="co-assess",
                        topic=topic,
                        text=text,
                        position=REFLECTION_TOPICS.index(topic),
                    )
                )
            elif row is not None and text.strip():
                rec.update(row, text=text)
            elif row is not None:
                rec.delete(row)

    # ------------------------------------------------------------------ co-decide

    def add_goal(self, text: str = "") -> int:
        """A new goal or next step, last in the list; returns its id."""
        with self._edit("add-goal") as rec:
            return self._append(rec, Goal(pass_id=self._pass_id(), text=text))

    def update_goal(self, goal_id: int, text: str) -> None:
        """Reword a goal."""
        row = self._own(Goal, goal_id)
        with self._edit("edit-goal") as rec:
            rec.update(row, text=text)

    def remove_goal(self, goal_id: int) -> None:
        """Delete a goal (undoable)."""
        row = self._own(Goal, goal_id)
        with self._edit("delete-goal") as rec:
            self._delete(rec, row)

    def add_option(
        self, text: str = "", good: str = "", worries: str = "", chosen: bool = False
    ) -> int:
        """A new option to weigh up, last in the list; returns its id."""
        with self._edit("add-option") as rec:
            option = Option(
                pass_id=self._pass_id(), text=text, good=good, worries=worries, chosen=chosen
            )
            return self._append(rec, option)

    def update_option(self, option_id: int, **values: Any) -> None:
        """Change an option's ``text``, ``good``, ``worries`` or ``chosen``."""
        unknown = set(values) - _OPTION_FIELDS
        if unknown:
            raise TypeError(f"unknown option fields {sorted(unknown)}")
        row = self._own(Option, option_id)
        with self._edit("edit-option") as rec:
            rec.update(row, **values)

    def remove_option(self, option_id: int) -> None:
        """Delete an option (undoable)."""
        row = self._own(Option, option_id)
        with self._edit("delete-option") as rec:
            self._delete(rec, row)

    def add_supporter(self, person_id: int) -> None:
        """Choose someone from People to support you through this pass."""
        if self._session.get(Person, person_id) is None:
            raise KeyError(person_id)
        pass_id = self._pass_id()
        if self._session.get(PassSupporter, (pass_id, person_id)) is not None:
            return
        with self._edit("add-supporter") as rec:
            rec.insert(PassSupporter(pass_id=pass_id, person_id=person_id))

    def add_new_supporter(self, name: str, **values: Any) -> int:
        """Add someone new to People (as the editor does) and choose them; returns their id."""
        self._pass_id()  # no one is added to People if there is no pass to add them to
        person_id = self._editor.add_person(name, **values)
        self.add_supporter(person_id)
        return person_id

    def remove_supporter(self, person_id: int) -> None:
        """Take someone off this pass's supporters (they stay in People)."""
        link = self._session.get(PassSupporter, (self._pass_id(), person_id))
        if link is None:
            return
        with self._edit("remove-supporter") as rec:
            rec.delete(link)

    # ------------------------------------------------------------------ co-deliver

    def add_commitment(
        self, what: str = "", who: int | None = None, due: date | None = None
    ) -> int:
        """Who does what by when (``who`` None: you); last in the list; returns its id."""
        if who is not None and self._session.get(Person, who) is None:
            raise KeyError(who)
        with self._edit("add-commitment") as rec:
            commitment = Commitment(pass_id=self._pass_id(), what=what, who_id=who, due=due)
            return self._append(rec, commitment)

    def update_commitment(self, commitment_id: int, **values: Any) -> None:
        """Change a commitment's ``what``, ``who`` (a person id or None) or ``due``."""
        unknown = set(values) - set(_COMMITMENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown commitment fields {sorted(unknown)}")
        who = values.get("who")
        if who is not None and self._session.get(Person, who) is None:
            raise KeyError(who)
        row = self._own(Commitment, commitment_id)
        with self._edit("edit-commitment") as rec:
            rec.update(row, **{_COMMITMENT_FIELDS[k]: v for k, v in values.items()})

    def remove_commitment(self, commitment_id: int) -> None:
        """Delete a commitment (undoable)."""
        row = self._own(Commitment, commitment_id)
        with self._edit("delete-commitment") as rec:
            self._delete(rec, row)

    def set_commitment_done(self, commitment_id: int, done: bool = True) -> None:
        """Tick a commitment off as done (or not), in any pass, finished or not."""
        row = self._session.get(Commitment, commitment_id)
        if row is None:
            raise KeyError(commitment_id)
        with self._edit("tick") as rec:
            if row.done != done:
                rec.update(row, done=done, done_at=self._editor.clock() if done else None)

    def move(self, kind: ItemKind, item_id: int, index: int) -> None:
        """Move a goal, option or commitment to ``index`` in its list."""
        if kind == "goals":
            self._move(Goal, item_id, index)
        elif kind == "options":
            self._move(Option, item_id, index)
        else:
            self._move(Commitment, item_id, index)

    # ------------------------------------------------------------------ every step

    def rate(self, statement_key: str, value: str, comment: str | None = None) -> None:
        """Rate a "what I can expect" statement not-yet, partly or yes, with an optional
        comment (None keeps the comment already written)."""
        if statement_key not in STATEMENT_STEP:
            raise KeyError(statement_key)
        if value not in RATING_VALUES:
            raise ValueError(f"a rating is one of {RATING_VALUES}, not {value!r}")
        row = self._rating(statement_key)
        with self._edit("rate") as rec:
            if row is None:
                rec.insert(
                    Rating(
                        pass_id=self._pass_id(),
                        statement_key=statement_key,
                        value=value,
                        comment=comment or "",
                    )
                )
            else:
                rec.update(row, value=value, comment=row.comment if comment is None else comment)

    def clear_rating(self, statement_key: str) -> None:
        """Take back a rating (and its comment): the statement is left unrated."""
        row = self._rating(statement_key)
        if row is not None:
            with self._edit("clear-rating") as rec:
                rec.delete(row)

    def _rating(self, statement_key: str) -> Rating | None:
        return self._session.scalars(
            select(Rating).where(
                Rating.pass_id == self._pass_id(), Rating.statement_key == statement_key
            )
        ).first()
