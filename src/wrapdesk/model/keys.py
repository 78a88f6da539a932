"""A supporter's own age identity, kept inside their vault, for plans shared with them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from wrapdesk.model.base import Base, utc_now


class SupporterKey(Base):
    """An X25519 age identity: the secret stays in the vault; the public key is shared."""

    __tablename__ = "supporter_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(Text)  # AGE-SECRET-KEY-1…
    recipient: Mapped[str] = mapped_column(Text)  # age1…
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
