"""The in-memory plan database: loads, checks, migrates and dumps."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from wrapdesk.store import (
    SCHEMA_VERSION,
    DatabaseDamaged,
    PlanDatabase,
    SchemaTooNew,
    check_database_bytes,
    migrations,
)


def test_new_database_is_at_the_latest_schema_and_round_trips() -> None:
    db = PlanDatabase.new()
    assert db.schema_version == SCHEMA_VERSION
    assert db.get_meta("created_at")
    db.set_meta("colour", "blue")
    data = db.dump()
    db.close()
    check_database_bytes(data)
    again = PlanDatabase.load(data)
    assert again.get_meta("colour") == "blue"
    assert not again.needs_migration
    again.close()


def test_orm_engine_and_sessions_see_the_same_database() -> None:
    db = PlanDatabase.new()
    db.set_meta("seen", "by sqlite3")
    with db.session() as session:
        value = session.execute(
            text("SELECT value FROM wrapdesk_meta WHERE key = 'seen'")
        ).scalar_one()
        session.execute(text("INSERT INTO wrapdesk_meta VALUES ('via', 'orm')"))
        session.commit()
    assert value == "by sqlite3"
    assert db.get_meta("via") == "orm"
    assert b"orm" in db.dump()
    db.close()


@pytest.mark.parametrize(
    "data",
    [b"", b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["empty", "text", "broken-pages"],
)
def test_damaged_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(DatabaseDamaged):
        check_database_bytes(data)
    with pytest.raises(DatabaseDamaged):
        PlanDatabase.load(data)


def test_database_from_a_newer_wrapdesk_is_refused() -> None:
    db = PlanDatabase.new()
    db.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    data = db.dump()
    db.close()
    with pytest.raises(SchemaTooNew):
        PlanDatabase.load(data)


def test_a_failing_migration_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    db = PlanDatabase.new()
    before = db.dump()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    with pytest.raises(RuntimeError):
        db.migrate()
    assert db.schema_version == SCHEMA_VERSION
    tables = {r[0] for r in db.connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert db.dump() == before
    db.close()


def test_the_database_never_touches_the_disk() -> None:
    db = PlanDatabase.new()
    assert db.connection.execute("PRAGMA database_list").fetchall()[0][2] == ""
    assert db.connection.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    db.close()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=6000))
def test_random_bytes_are_refused_as_damaged_never_a_crash(data: bytes) -> None:
    try:
        PlanDatabase.load(data).close()
    except (DatabaseDamaged, SchemaTooNew):
        pass
