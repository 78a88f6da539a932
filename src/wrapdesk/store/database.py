"""The plan database: SQLite held only in memory, loaded from and dumped to plaintext bytes.

The bytes come from (and go to) the vault; the database never touches the disk, so no
plaintext journal, WAL or temp file can appear beside the plan.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wrapdesk import __version__
from wrapdesk.store import migrations
from wrapdesk.store.errors import DatabaseDamaged, SchemaTooNew

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    # Keep every byte in memory: no temp files for sorts or large transactions.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _deserialize(conn: sqlite3.Connection, data: bytes) -> None:
    if len(data) < 512:  # smaller than any SQLite page: sqlite3 cannot even map it
        raise DatabaseDamaged("too short to be a database")
    try:
        conn.deserialize(data)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(str(exc)) from exc


def _quick_check(conn: sqlite3.Connection) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(str(exc)) from exc
    if rows != [("ok",)]:
        raise DatabaseDamaged("; ".join(str(r[0]) for r in rows[:5]))


def check_database_bytes(data: bytes) -> None:
    """Raise :class:`DatabaseDamaged` unless ``data`` is a sound SQLite database."""
    conn = _connect()  # temp_store = MEMORY: a sound-or-not check never spills to disk
    try:
        _deserialize(conn, data)
        _quick_check(conn)
    finally:
        conn.close()


class PlanDatabase:
    """An in-memory SQLite database holding one plan."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn: sqlite3.Connection | None = connection
        self._engine: Engine | None = None

    @classmethod
    def new(cls) -> PlanDatabase:
        """A fresh database at the latest schema, stamped with when and by what it was made."""
        db = cls(_connect())
        db.migrate()
        db.set_meta("created_at", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        db.set_meta("created_by", f"WrapDesk {__version__}")
        return db

    @classmethod
    def load(cls, data: bytes) -> PlanDatabase:
        """Load plaintext bytes; checks the database is sound and not from a newer WrapDesk.

        Does not migrate: the caller keeps a backup first, then calls :meth:`migrate`.
        """
        conn = _connect()
        try:
            _deserialize(conn, data)
            _quick_check(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            found = migrations.schema_version(conn)
            if found > migrations.LATEST:
                raise SchemaTooNew(found, migrations.LATEST)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """The live SQLite connection (the ORM engine is built over it)."""
        if self._conn is None:
            raise RuntimeError("the database is closed")
        return self._conn

    @property
    def engine(self) -> Engine:
        """A SQLAlchemy engine over this one connection (built on first use).

        SQLAlchemy is imported here, not at start-up, so the first window appears sooner.
        """
        if self._engine is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import StaticPool

            conn = self.connection
            # hide_parameters: an error message never quotes the plan's words it was writing.
            self._engine = create_engine(
                "sqlite://", creator=lambda: conn, poolclass=StaticPool, hide_parameters=True
            )
        return self._engine

    def session(self) -> Session:
        """A new ORM session over the database."""
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    @property
    def schema_version(self) -> int:
        """This database's schema version."""
        return migrations.schema_version(self.connection)

    @property
    def needs_migration(self) -> bool:
        """True if the database is older than this WrapDesk's schema."""
        return self.schema_version < migrations.LATEST

    def migrate(self) -> list[int]:
        """Bring the schema up to date; returns the migrations that ran."""
        return migrations.migrate(self.connection)

    def get_meta(self, key: str) -> str | None:
        """A value from the file's own key/value table."""
        row = self.connection.execute(
            "SELECT value FROM wrapdesk_meta WHERE key = ?", (key,)
        ).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the file's own key/value table."""
        with self.connection:
            self.connection.execute(
                "INSERT INTO wrapdesk_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def dump(self) -> bytes:
        """The whole database as bytes, for the vault to encrypt and save."""
        return self.connection.serialize()

    def close(self) -> None:
        """Drop the database from memory."""
        if self._engine is not None:
            self._engine.dispose(close=False)
            self._engine = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
