"""The plan as data: typed SQLAlchemy 2 entities. No Qt."""

from wrapdesk.model.base import Base, utc_now
from wrapdesk.model.care import AdvanceDetails, Medicine, Place, Refusal, Treatment
from wrapdesk.model.cycle import (
    Commitment,
    CyclePass,
    Goal,
    Option,
    PassSupporter,
    Rating,
    Reflection,
)
from wrapdesk.model.history import ShareRecord, Version
from wrapdesk.model.keys import SupporterKey
from wrapdesk.model.people import Person
from wrapdesk.model.plan import Entry, PlanOwner, Section

__all__ = [
    "AdvanceDetails",
    "Base",
    "Commitment",
    "CyclePass",
    "Entry",
    "Goal",
    "Medicine",
    "Option",
    "PassSupporter",
    "Person",
    "Place",
    "PlanOwner",
    "Rating",
    "Reflection",
    "Refusal",
    "Section",
    "ShareRecord",
    "SupporterKey",
    "Treatment",
    "Version",
    "utc_now",
]
