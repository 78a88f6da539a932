"""Frozen versions of the plan, and who was given which one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wrapdesk.model.base import Base, utc_now


class Version(Base):
    """A frozen plan document (canonical JSON), numbered from 1."""

    __tablename__ = "version"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    note: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text)
    pass_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycle_pass.id", ondelete="SET NULL"), default=None
    )


class ShareRecord(Base):
    """A copy given to someone: which version, which sections, how, and when."""

    __tablename__ = "share_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("version.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    person_name: Mapped[str] = mapped_column(Text, default="")  # kept if the person is removed
    sections: Mapped[list[str]] = mapped_column(default=list)
    method: Mapped[str] = mapped_column(String(24))  # passphrase | age-key | printed
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    version: Mapped[Version] = relationship()
