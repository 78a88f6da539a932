"""Typed errors of the plan database."""

from __future__ import annotations


class StoreError(Exception):
    """Base class of what the store raises on purpose."""


class DatabaseDamaged(StoreError):
    """The decrypted bytes are not a sound SQLite database."""


class SchemaTooNew(StoreError):
    """The database was written by a newer WrapDesk, with tables this version does not know."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"database schema {found} is newer than {known}")
        self.found = found
        self.known = known
