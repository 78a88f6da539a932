"""The people in a plan: supporters, professionals, and people not to involve."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from wrapdesk.model.base import Base, utc_now


class Person(Base):
    """Someone in the plan, how to reach them, their roles and what they may receive."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    relationship: Mapped[str] = mapped_column(Text, default="")  # "sister", "GP", "neighbour"
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[list[str]] = mapped_column(default=list)  # vocabulary.PERSON_ROLES keys
    may_receive: Mapped[list[str]] = mapped_column(default=list)  # section keys or group keys
    do_not_involve: Mapped[bool] = mapped_column(default=False)
    not_involve_reason: Mapped[str] = mapped_column(Text, default="")
    age_recipient: Mapped[str | None] = mapped_column(Text, default=None)  # their age1… key
    position: Mapped[int] = mapped_column(default=0)  # order: who to call first
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
