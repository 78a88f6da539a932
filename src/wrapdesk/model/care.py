"""Facts entered once and used everywhere: medicines, treatments, places, refusals.

A medicine to avoid is one row here; the crisis plan, the advance statement and every
printout read that same row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wrapdesk.model.base import Base, utc_now


class Medicine(Base):
    """A medicine: taking now, would accept, to avoid, or an allergy."""

    __tablename__ = "medicine"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    dose: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")  # what it is for
    status: Mapped[str] = mapped_column(String(16), default="current")
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)


class Treatment(Base):
    """A treatment the person wants, or wants to avoid."""

    __tablename__ = "treatment"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    preference: Mapped[str] = mapped_column(String(16), default="wanted")
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)


class Place(Base):
    """A place of treatment or care the person prefers, or wants to avoid."""

    __tablename__ = "place"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    preference: Mapped[str] = mapped_column(String(16), default="preferred")
    details: Mapped[str] = mapped_column(Text, default="")  # address, ward, how to reach
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)


class Refusal(Base):
    """One refusal in an advance decision: which treatment, in which circumstances."""

    __tablename__ = "refusal"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment: Mapped[str] = mapped_column(Text, default="")
    circumstances: Mapped[str] = mapped_column(Text, default="")
    life_sustaining: Mapped[bool] = mapped_column(default=False)  # "even if my life is at risk"
    position: Mapped[int] = mapped_column(default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)


class AdvanceDetails(Base):
    """Formalities of the advance documents (one row), recorded after they are printed."""

    __tablename__ = "advance_details"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_signed_on: Mapped[date | None] = mapped_column(default=None)
    statement_witness_name: Mapped[str] = mapped_column(Text, default="")
    statement_witnessed_on: Mapped[date | None] = mapped_column(default=None)
    adrt_gp: Mapped[str] = mapped_column(Text, default="")
    adrt_copies_held_by: Mapped[str] = mapped_column(Text, default="")
    adrt_signed_on: Mapped[date | None] = mapped_column(default=None)
    adrt_witness_name: Mapped[str] = mapped_column(Text, default="")
    adrt_witnessed_on: Mapped[date | None] = mapped_column(default=None)
    scottish_witness_name: Mapped[str] = mapped_column(Text, default="")
    scottish_witness_profession: Mapped[str] = mapped_column(Text, default="")
    scottish_signed_on: Mapped[date | None] = mapped_column(default=None)
    scottish_witnessed_on: Mapped[date | None] = mapped_column(default=None)
