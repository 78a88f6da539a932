"""Numbered schema migrations, keyed on SQLite's ``PRAGMA user_version``.

Migration N takes a database from version N-1 to N. Each is plain SQL, fixed once
released: a new need gets a new migration, never an edit to an old one. The services
layer keeps a tagged backup of the vault before any migration runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from importlib import resources

Migration = Callable[[sqlite3.Connection], None]


def _v1_meta(conn: sqlite3.Connection) -> None:
    """Version 1: a key/value table about the file itself (never plan content)."""
    conn.execute("CREATE TABLE wrapdesk_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


def _run_sql_file(name: str) -> Migration:
    """A migration that runs the statements of ``sql/<name>`` in order."""

    def run(conn: sqlite3.Connection) -> None:
        script = resources.files("wrapdesk.store").joinpath("sql", name).read_text("utf-8")
        lines = [line for line in script.splitlines() if not line.startswith("--")]
        for statement in "\n".join(lines).split(";"):
            if statement.strip():
                conn.execute(statement)

    run.__doc__ = f"Run sql/{name}."
    return run


MIGRATIONS: Sequence[Migration] = (
    _v1_meta,
    _run_sql_file("0002_plan.sql"),  # the plan's tables
)
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's schema version (0 for a brand-new empty database)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Run every migration from the database's version up to ``target`` (default: the latest).

    Each migration and its version bump commit together, or not at all. Returns those run.
    """
    ran = []
    last = len(MIGRATIONS) if target is None else target
    for version in range(schema_version(conn) + 1, last + 1):
        conn.execute("BEGIN")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        ran.append(version)
    return ran
