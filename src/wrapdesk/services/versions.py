"""Frozen versions of the plan, who holds which, and what changed between them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from wrapdesk.content import catalogue
from wrapdesk.document import Change, PlanDocument, VersionInfo, diff, dumps, loads
from wrapdesk.model import ShareRecord, Version
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_document import expand_section_keys


@dataclass(frozen=True)
class Holder:
    """The newest copy one person was given."""

    person_id: int | None
    person_name: str
    version_number: int
    version_date: datetime
    sections: tuple[str, ...]
    method: str
    shared_at: datetime


@dataclass(frozen=True)
class VersionSummary:
    """One version in the list: number, when, the person's note, and who holds it."""

    number: int
    created_at: datetime
    note: str
    holders: tuple[Holder, ...]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Versions:
    """Versions of one open plan."""

    def __init__(self, editor: PlanEditor) -> None:
        self._editor = editor
        self._session = editor.session

    def _row(self, number: int) -> Version:
        row = self._session.scalars(select(Version).where(Version.number == number)).first()
        if row is None:
            raise KeyError(number)
        return row

    def latest_number(self) -> int | None:
        """The newest version's number, or None if none was made yet."""
        return self._session.scalar(select(func.max(Version.number)))

    def document(self, number: int) -> PlanDocument:
        """The frozen document of version ``number``."""
        return loads(self._row(number).document.encode("utf-8"), trusted=True)

    def current(self) -> PlanDocument:
        """The plan as it is now (not a version)."""
        return self._editor.document()

    def changed_since(self, number: int) -> bool:
        """True if the plan differs from version ``number`` (canonical bytes compared)."""
        row = self._row(number)
        info = VersionInfo(number=row.number, created_at=_iso(row.created_at), note=row.note)
        now = dumps(self._editor.document(version=info))
        return now != row.document.encode("utf-8")

    def changed_since_latest(self) -> bool:
        """True if there is no version yet, or the plan changed since the newest one."""
        latest = self.latest_number()
        return latest is None or self.changed_since(latest)

    def freeze(self, note: str = "", pass_id: int | None = None) -> VersionInfo:
        """Freeze the plan as it is now into a new numbered version."""
        number = (self.latest_number() or 0) + 1
        created = self._editor.clock().replace(microsecond=0)
        info = VersionInfo(number=number, created_at=_iso(created), note=note)
        document = self._editor.document(version=info)
        self._session.add(
            Version(
                number=number,
                created_at=created,
                note=note,
                document=dumps(document).decode("utf-8"),
                pass_id=pass_id,
            )
        )
        self._session.commit()
        # A version is a line drawn under what came before: Undo no longer reaches behind
        # it (into a finished review's answers, say).
        self._editor.forget_history()
        self._editor.notify("versions")
        return info

    def holders(self) -> list[Holder]:
        """Each person's newest copy, most recently shared first."""
        newest: dict[tuple[int | None, str], Holder] = {}
        rows = self._session.scalars(
            select(ShareRecord).order_by(ShareRecord.created_at, ShareRecord.id)
        )
        for share in rows:
            holder = Holder(
                person_id=share.person_id,
                person_name=share.person_name,
                version_number=share.version.number,
                version_date=share.version.created_at,
                sections=tuple(share.sections),
                method=share.method,
                shared_at=share.created_at,
            )
            key = (share.person_id, share.person_name if share.person_id is None else "")
            newest[key] = holder
        return sorted(newest.values(), key=lambda h: h.shared_at, reverse=True)

    def summaries(self) -> list[VersionSummary]:
        """Every version, newest first, with who holds it as their newest copy."""
        holders = self.holders()
        rows = self._session.scalars(select(Version).order_by(Version.number.desc()))
        return [
            VersionSummary(
                number=v.number,
                created_at=v.created_at,
                note=v.note,
                holders=tuple(h for h in holders if h.version_number == v.number),
            )
            for v in rows
        ]

    def record_share(
        self,
        version_number: int,
        person_id: int | None,
        person_name: str,
        sections: tuple[str, ...],
        method: str,
    ) -> None:
        """Note that a copy of a version went to someone (export or printout)."""
        self._session.add(
            ShareRecord(
                version_id=self._row(version_number).id,
                person_id=person_id,
                person_name=person_name,
                sections=list(sections),
                method=method,
                created_at=self._editor.clock(),
            )
        )
        self._session.commit()
        self._editor.notify("shares")

    def diff(self, old: int, new: int | None = None) -> tuple[Change, ...]:
        """What changed from version ``old`` to version ``new`` (None: the plan now)."""
        before = dataclasses.replace(self.document(old), version=None)
        after = (
            self.current() if new is None else dataclasses.replace(self.document(new), version=None)
        )
        return diff(before, after)

    def diff_for_holder(self, holder: Holder) -> tuple[Change, ...]:
        """What changed since a person's copy, in the parts they were given."""
        keys = expand_section_keys(
            holder.sections, [k for k, _, _ in self._editor.custom_sections()]
        )
        areas = {f"section:{key}" for key in keys} | {"owner"}
        for key in keys:
            if not key.startswith("custom-"):
                for kind in catalogue.section(key).structured:
                    areas.add("people" if kind == "not-involved" else kind)
        return tuple(c for c in self.diff(holder.version_number) if c.area in areas)
