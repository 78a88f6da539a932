"""The plan's own words: its owner, its sections and the entries in them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wrapdesk.model.base import Base, utc_now
from wrapdesk.model.people import Person


class PlanOwner(Base):
    """The person whose plan this is (one row): how they are named and reached."""

    __tablename__ = "owner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")  # as printed on the plan
    preferred_name: Mapped[str] = mapped_column(Text, default="")  # how WrapDesk greets them
    pronouns: Mapped[str] = mapped_column(Text, default="")
    communication_needs: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date | None] = mapped_column(default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    hidden_helplines: Mapped[list[str]] = mapped_column(default=list)


class Section(Base):
    """A part of the plan: a catalogue section (``key`` from the catalogue) or a custom one."""

    __tablename__ = "section"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    custom_title: Mapped[str | None] = mapped_column(Text, default=None)
    group: Mapped[str] = mapped_column(String(16), default="wrap")
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    entries: Mapped[list[Entry]] = relationship(
        back_populates="section",
        cascade="all, delete-orphan",
        order_by="(Entry.list_kind, Entry.position)",
    )

    @property
    def is_custom(self) -> bool:
        """True for a section the person made themselves."""
        return self.custom_title is not None


class Entry(Base):
    """One thing written in a list of a section, and who suggested it (None: the owner)."""

    __tablename__ = "entry"
    __table_args__ = (Index("ix_entry_list", "section_id", "list_kind", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("section.id", ondelete="CASCADE"))
    list_kind: Mapped[str] = mapped_column(String(40), default="item")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    suggested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)

    section: Mapped[Section] = relationship(back_populates="entries")
    suggested_by: Mapped[Person | None] = relationship()
