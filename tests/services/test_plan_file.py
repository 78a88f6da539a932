"""A plan file (vault + in-memory database) behaves like a plain dict that is saved."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.helpers import CHEAP_KDF, PASSPHRASE, files_containing
from wrapdesk.services.plan_file import PlanFile, verify_file
from wrapdesk.store import PlanDatabase
from wrapdesk.vault import VaultLocked, WrongPassphrase, list_backups

KEYS = st.sampled_from([f"test:k{i}" for i in range(5)])
VALUES = st.text(min_size=0, max_size=40)


def contents(plan: PlanFile) -> dict[str, str]:
    rows = plan.db.connection.execute(
        "SELECT key, value FROM wrapdesk_meta WHERE key LIKE 'test:%'"
    ).fetchall()
    return dict(rows)


class PlanFileMachine(RuleBasedStateMachine):
    """Random write/save/lock/unlock/change-passphrase/reopen against a dict model."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="wrapdesk-stateful-"))
        self.path = self.folder / "plan.wrapdesk"
        self.passphrase = PASSPHRASE
        self.plan, self.recovery = PlanFile.create(self.path, self.passphrase, kdf=CHEAP_KDF)
        self.current: dict[str, str] = {}
        self.saved: dict[str, str] = {}
        self.locked = False

    @precondition(lambda self: not self.locked)
    @rule(key=KEYS, value=VALUES)
    def write(self, key: str, value: str) -> None:
        self.plan.db.set_meta(key, value)
        self.current[key] = value

    @precondition(lambda self: not self.locked)
    @rule()
    def save(self) -> None:
        self.plan.save()
        self.saved = dict(self.current)

    @precondition(lambda self: not self.locked)
    @rule()
    def lock(self) -> None:
        self.plan.lock()  # saves first
        self.saved = dict(self.current)
        self.locked = True
        with pytest.raises(VaultLocked):
            _ = self.plan.db

    @precondition(lambda self: self.locked)
    @rule(use_recovery=st.booleans())
    def unlock(self, use_recovery: bool) -> None:
        with pytest.raises(WrongPassphrase):
            self.plan.unlock(self.passphrase + "!")
        self.plan.unlock(self.recovery if use_recovery else self.passphrase)
        self.locked = False
        assert contents(self.plan) == self.saved
        self.current = dict(self.saved)

    @precondition(lambda self: not self.locked)
    @rule(new=st.text(min_size=8, max_size=20))
    def change_passphrase(self, new: str) -> None:
        self.plan.change_passphrase(new, kdf=CHEAP_KDF)
        self.passphrase = new
        self.saved = dict(self.current)

    @rule()
    def reopen(self) -> None:
        """Close without saving (like a crash) and open again: the saved state comes back."""
        self.plan.close()
        self.plan = PlanFile.open(self.path, self.passphrase)
        self.locked = False
        self.current = dict(self.saved)
        assert contents(self.plan) == self.saved

    @invariant()
    def in_memory_matches_model(self) -> None:
        if not self.locked:
            assert contents(self.plan) == self.current

    def teardown(self) -> None:
        self.plan.close()
        shutil.rmtree(self.folder, ignore_errors=True)


TestPlanFileMachine = PlanFileMachine.TestCase
TestPlanFileMachine.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_no_plaintext_reaches_the_disk_in_a_whole_session(vault_path: Path) -> None:
    marker = "ZEBRA-7f3a-words-only-in-the-plan"
    started = time.time() - 1
    plan, _ = PlanFile.create(vault_path, PASSPHRASE)
    plan.db.set_meta("note", marker)
    plan.save()
    plan.lock()
    plan.unlock(PASSPHRASE)
    plan.db.set_meta("note2", marker * 3)
    plan.change_passphrase("another passphrase entirely")
    plan.new_recovery_key()
    plan.close()
    plan = PlanFile.open(vault_path, "another passphrase entirely")
    assert plan.db.get_meta("note") == marker
    plan.close()

    roots = [vault_path.parent, Path(tempfile.gettempdir())]
    for needle in (marker.encode("utf-8"), marker.encode("utf-16-le")):
        assert files_containing(needle, *roots, since=started) == []


def test_verify_without_and_with_a_key(vault_path: Path) -> None:
    plan, recovery = PlanFile.create(vault_path, PASSPHRASE)
    report = verify_file(vault_path)
    assert not report.decrypted and report.schema_version is None
    assert report.key_slots == ("passphrase", "recovery")
    # Works while the plan is open elsewhere: verification never takes the lock.
    report = verify_file(vault_path, recovery)
    assert report.decrypted and report.schema_version is not None
    plan.close()


def test_an_older_database_is_backed_up_then_migrated(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wrapdesk.store import migrations

    plan, _ = PlanFile.create(vault_path, PASSPHRASE)
    plan.db.set_meta("kept", "yes")
    plan.save()
    plan.close()

    def v2(conn: object) -> None:
        import sqlite3

        assert isinstance(conn, sqlite3.Connection)
        conn.execute("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, v2))
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    plan = PlanFile.open(vault_path, PASSPHRASE)
    assert plan.db.schema_version == migrations.LATEST
    assert plan.db.get_meta("kept") == "yes"
    plan.close()
    tagged = [b for b in list_backups(vault_path) if b.tag == "before-migration"]
    assert len(tagged) == 1
    db = PlanDatabase.load(_decrypt(tagged[0].path))
    assert db.schema_version == migrations.LATEST - 1
    db.close()


def _decrypt(path: Path) -> bytes:
    from wrapdesk.vault import decrypt_file

    return decrypt_file(path, PASSPHRASE)
