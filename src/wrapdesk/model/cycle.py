"""The four-step cycle: each pass's reflections, decisions, commitments and ratings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wrapdesk.model.base import Base, utc_now


class CyclePass(Base):
    """One time round co-assess, co-decide, co-design, co-deliver."""

    __tablename__ = "cycle_pass"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    current_step: Mapped[str] = mapped_column(String(16), default="co-assess")
    steps_done: Mapped[list[str]] = mapped_column(default=list)
    steps_skipped: Mapped[list[str]] = mapped_column(default=list)
    design_sections: Mapped[list[str]] = mapped_column(default=list)  # empty: every part
    after_crisis: Mapped[bool] = mapped_column(default=False)
    review_date: Mapped[date | None] = mapped_column(default=None)
    version_note: Mapped[str] = mapped_column(Text, default="")

    reflections: Mapped[list[Reflection]] = relationship(
        cascade="all, delete-orphan", order_by="Reflection.position"
    )
    goals: Mapped[list[Goal]] = relationship(cascade="all, delete-orphan", order_by="Goal.position")
    options: Mapped[list[Option]] = relationship(
        cascade="all, delete-orphan", order_by="Option.position"
    )
    supporters: Mapped[list[PassSupporter]] = relationship(cascade="all, delete-orphan")
    commitments: Mapped[list[Commitment]] = relationship(
        cascade="all, delete-orphan", order_by="Commitment.position"
    )
    ratings: Mapped[list[Rating]] = relationship(cascade="all, delete-orphan")


class Reflection(Base):
    """Something the person wrote while looking back: by life area or by question."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("cycle_pass.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(40))  # a life-area key or a question key
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class Goal(Base):
    """A goal or next step chosen in co-decide."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("cycle_pass.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class Option(Base):
    """An option weighed in co-decide: what is good about it, what worries me, chosen or not."""

    __tablename__ = "option"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("cycle_pass.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    good: Mapped[str] = mapped_column(Text, default="")
    worries: Mapped[str] = mapped_column(Text, default="")
    chosen: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class PassSupporter(Base):
    """Someone the person chose to support them through this pass."""

    __tablename__ = "pass_supporter"

    pass_id: Mapped[int] = mapped_column(
        ForeignKey("cycle_pass.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )


class Commitment(Base):
    """Who does what, by when (co-deliver), and whether it is done."""

    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("cycle_pass.id", ondelete="CASCADE"))
    what: Mapped[str] = mapped_column(Text, default="")
    who_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )  # None: the owner
    due: Mapped[date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)


class Rating(Base):
    """How true a "what I can expect" statement felt in this pass."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("pass_id", "statement_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("cycle_pass.id", ondelete="CASCADE"))
    statement_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(String(16))  # not-yet | partly | yes
    comment: Mapped[str] = mapped_column(Text, default="")
