"""Undo and redo for any edit, recorded as the rows it inserted, changed and deleted.

Every edit the editor makes goes through a :class:`Recorder`, which snapshots each row
before and after. Undoing puts the "before" snapshots back (deleting rows that were
inserted, re-inserting rows that were deleted); redoing puts the "after" snapshots back.
One mechanism covers every kind of edit, including ones that touch several rows (a
reorder, deleting a person who suggested entries).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from wrapdesk.model import Base

Snapshot = dict[str, Any]


def snapshot(row: Base) -> Snapshot:
    """Every column value of ``row`` (lists copied, so later edits do not reach them)."""
    mapper = inspect(type(row))
    return {c.key: copy.deepcopy(getattr(row, c.key)) for c in mapper.column_attrs}


def _primary_key(row: Base) -> tuple[Any, ...]:
    identity = inspect(row).identity
    if identity is None:
        raise ValueError("row has no identity yet: flush before recording")
    return tuple(identity)


@dataclass(frozen=True)
class RowChange:
    """One row before and after an edit (None: the row did not exist)."""

    entity: type[Base]
    key: tuple[Any, ...]
    before: Snapshot | None
    after: Snapshot | None


@dataclass
class Edit:
    """A unit of undo: everything one action changed, and what it touched (for refreshing)."""

    label: str
    areas: set[str] = field(default_factory=set)
    changes: list[RowChange] = field(default_factory=list)


def _apply(session: Session, change: RowChange, target: Snapshot | None) -> None:
    row = session.get(change.entity, change.key)
    if target is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(change.entity(**copy.deepcopy(target)))
    else:
        for name, value in target.items():
            setattr(row, name, copy.deepcopy(value))
    session.flush()


def undo_edit(session: Session, edit: Edit) -> None:
    """Put every row back as it was before ``edit``."""
    for change in reversed(edit.changes):
        _apply(session, change, change.before)


def redo_edit(session: Session, edit: Edit) -> None:
    """Put every row back as it was after ``edit``."""
    for change in edit.changes:
        _apply(session, change, change.after)


class Recorder:
    """Collects the row changes of one edit while it is being made."""

    def __init__(self, session: Session, edit: Edit) -> None:
        self._session = session
        self.edit = edit

    def insert(self, row: Base) -> None:
        """Add ``row`` and record it as new."""
        self._session.add(row)
        self._session.flush()
        self.edit.changes.append(RowChange(type(row), _primary_key(row), None, snapshot(row)))

    def update(self, row: Base, **values: Any) -> bool:
        """Set ``values`` on ``row``; records and returns True only if something changed."""
        before = snapshot(row)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return False
        for name, value in changed.items():
            setattr(row, name, value)
        self._session.flush()
        self.edit.changes.append(RowChange(type(row), _primary_key(row), before, snapshot(row)))
        return True

    def delete(self, row: Base) -> None:
        """Delete ``row`` (callers delete its children first) and record what it held."""
        before = snapshot(row)
        key = _primary_key(row)
        self._session.delete(row)
        self._session.flush()
        self.edit.changes.append(RowChange(type(row), key, before, None))


class History:
    """The undo and redo stacks. A new edit clears what could be redone."""

    def __init__(self, limit: int = 500) -> None:
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._limit = limit

    def push(self, edit: Edit) -> None:
        """Remember a finished edit (edits that changed nothing are dropped)."""
        if not edit.changes:
            return
        self._undo.append(edit)
        del self._undo[: -self._limit]
        self._redo.clear()

    def take_undo(self) -> Edit | None:
        """The edit to undo next, moved onto the redo stack."""
        if not self._undo:
            return None
        edit = self._undo.pop()
        self._redo.append(edit)
        return edit

    def take_redo(self) -> Edit | None:
        """The edit to redo next, moved back onto the undo stack."""
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._undo.append(edit)
        return edit

    def put_back_undo(self, edit: Edit) -> None:
        """An undo failed: return ``edit`` to where it was."""
        self._redo.remove(edit)
        self._undo.append(edit)

    def put_back_redo(self, edit: Edit) -> None:
        """A redo failed: return ``edit`` to where it was."""
        self._undo.remove(edit)
        self._redo.append(edit)

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo (for the Edit menu), or None."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What Redo would redo, or None."""
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        """Forget everything (after locking: nothing of the plan stays in memory)."""
        self._undo.clear()
        self._redo.clear()
