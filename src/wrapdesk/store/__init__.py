"""The SQLite database inside the vault: in memory only, migrated, dumped to bytes."""

from wrapdesk.store.database import PlanDatabase, check_database_bytes
from wrapdesk.store.errors import DatabaseDamaged, SchemaTooNew, StoreError
from wrapdesk.store.migrations import LATEST as SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "DatabaseDamaged",
    "PlanDatabase",
    "SchemaTooNew",
    "StoreError",
    "check_database_bytes",
]
