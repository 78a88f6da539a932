"""The numbered migrations build exactly the schema the model declares."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from wrapdesk.model import Base
from wrapdesk.store import PlanDatabase


def describe(conn: sqlite3.Connection) -> dict[str, object]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'wrapdesk_meta' ORDER BY name"
        )
    ]
    shape: dict[str, object] = {}
    for table in tables:
        shape[table] = {
            "columns": conn.execute(f"PRAGMA table_xinfo({table})").fetchall(),
            "foreign_keys": sorted(conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()),
            "indexes": sorted(
                (row[1], row[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info({row[1]})")))
                for row in conn.execute(f"PRAGMA index_list({table})")
            ),
        }
    return shape


def test_migrated_schema_equals_the_models() -> None:
    migrated = PlanDatabase.new()
    declared = sqlite3.connect(":memory:")
    engine = create_engine("sqlite://", creator=lambda: declared, poolclass=StaticPool)
    Base.metadata.create_all(engine)
    assert describe(migrated.connection) == describe(declared)
    migrated.close()
    declared.close()
