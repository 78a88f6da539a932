"""One process per vault, and a file changed behind our back is never overwritten."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import (
    AlreadyOpen,
    ChangedOnDisk,
    Vault,
    atomic_file,
    backups,
    decrypt_file,
    list_backups,
)


def make(path: Path, plaintext: bytes = b"mine") -> Vault:
    path.parent.mkdir(parents=True, exist_ok=True)
    vault, _ = Vault.create(path, PASSPHRASE, plaintext, kdf=CHEAP_KDF)
    return vault


def test_changed_on_disk_writes_a_conflict_copy_and_overwrites_nothing(vault_path: Path) -> None:
    vault = make(vault_path, b"mine v1")
    # Another copy of the same plan (say, synced from another laptop) lands on top.
    elsewhere = vault_path.with_name("other.wrapdesk")
    other = make(elsewhere, b"theirs")
    other.close()
    theirs = elsewhere.read_bytes()
    vault_path.write_bytes(theirs)

    with pytest.raises(ChangedOnDisk) as info:
        vault.save(b"mine v2")
    assert vault_path.read_bytes() == theirs, "the other version is untouched"
    conflict = info.value.conflict_copy
    assert conflict is not None and conflict.exists()
    assert "conflict" in conflict.name and conflict.parent == vault_path.parent

    # A second autosave updates the same conflict copy rather than making another.
    with pytest.raises(ChangedOnDisk) as again:
        vault.save(b"mine v3")
    assert again.value.conflict_copy == conflict

    copy, plaintext = Vault.open(conflict, PASSPHRASE)
    copy.close()
    assert plaintext == b"mine v3"

    # The person chooses to keep theirs: the other version goes to the backups.
    vault.save(b"mine v4", overwrite_changed=True)
    vault.close()
    kept = [b for b in list_backups(vault_path) if b.path.read_bytes() == theirs]
    assert kept, "the version that was overwritten is kept as a backup"


def test_file_deleted_while_open_is_written_back(vault_path: Path) -> None:
    vault = make(vault_path, b"v1")
    vault_path.unlink()
    vault.save(b"v2")
    vault.close()
    again, plaintext = Vault.open(vault_path, PASSPHRASE)
    again.close()
    assert plaintext == b"v2"


CHILD = textwrap.dedent(
    """
    import sys, time
    from wrapdesk.vault import Vault, AlreadyOpen
    try:
        vault, _ = Vault.open(sys.argv[1], sys.argv[2])
    except AlreadyOpen:
        print("already-open", flush=True)
        sys.exit(0)
    print("opened", flush=True)
    time.sleep(60)
    """
)


def test_another_process_gets_already_open_and_a_killed_holder_frees_it(vault_path: Path) -> None:
    vault = make(vault_path)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "already-open"
    vault.close()

    holder = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "opened"
    with pytest.raises(AlreadyOpen):
        Vault.open(vault_path, PASSPHRASE)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdout.close()
    # The OS dropped the dead process's lock: the plan opens again at once.
    reopened, _ = Vault.open(vault_path, PASSPHRASE)
    reopened.close()


def test_retention_keeps_ten_recent_and_one_a_day_for_thirty_days_with_backups(
    tmp_path: Path,
) -> None:
    vault_path = tmp_path / "plan.wrapdesk"
    folder = backups.folder_for(vault_path)
    folder.mkdir(parents=True)
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    made = []
    # Four saves a day for 40 days.
    for day in range(40):
        for hour in (9, 11, 14, 17):
            when = now - timedelta(days=day) + timedelta(hours=hour - 12)
            name = backups._backup_name(when, day * 4 + hour, None, ".wrapdesk")
            (folder / name).write_bytes(b"x")
            made.append(when)
    tagged = folder / backups._backup_name(
        now - timedelta(days=300), 1, "before-migration", ".wrapdesk"
    )
    tagged.write_bytes(b"x")

    backups.prune(vault_path)
    left = list_backups(vault_path)
    rolling = [b for b in left if b.tag is None]
    days = {b.saved.date() for b in rolling}
    newest_ten = sorted(made, reverse=True)[:10]
    assert {b.saved for b in rolling} >= set(newest_ten)
    assert len(days) == 30  # today and the 29 days before it
    assert min(days) == (now - timedelta(days=29)).date()
    assert any(b.tag == "before-migration" for b in left), "tagged backups are never pruned"
    assert len(rolling) == 10 + 30 - 3  # the ten cover today and yesterday, and 2 of the day before


def test_a_plan_left_for_months_keeps_how_it_was_before_today(vault_path: Path) -> None:
    vault = make(vault_path, b"the whole crisis plan")
    vault.close()
    sixty_days_ago = time.time() - 60 * 86400
    os.utime(vault_path, (sixty_days_ago, sixty_days_ago))
    vault, _ = Vault.open(vault_path, PASSPHRASE)
    vault.save(b"")  # today's mistake: the section wiped...
    for n in range(12):  # ...and a dozen autosaves after it
        vault.save(f"edit {n}".encode())
    vault.close()
    kept = [decrypt_file(b.path, PASSPHRASE) for b in list_backups(vault_path)]
    assert b"the whole crisis plan" in kept


def test_a_bad_afternoon_never_pushes_out_the_plan_as_it_was_that_morning(
    vault_path: Path,
) -> None:
    vault = make(vault_path, b"morning")
    vault.save(b"morning, finished")
    vault.close()
    vault, _ = Vault.open(vault_path, PASSPHRASE)  # the same day, a later session
    for n in range(25):
        vault.save(f"afternoon {n}".encode())
    vault.close()
    kept = {decrypt_file(b.path, PASSPHRASE): b.tag for b in list_backups(vault_path)}
    assert kept.get(b"morning, finished") == backups.SESSION_START


def test_only_the_last_ten_session_starts_are_kept_beyond_the_other_rules(
    vault_path: Path,
) -> None:
    vault = make(vault_path, b"start")
    vault.close()
    for session in range(14):
        vault, _ = Vault.open(vault_path, PASSPHRASE)
        for n in range(12):
            vault.save(f"session {session} edit {n}".encode())
        vault.close()
    starts = [b for b in list_backups(vault_path) if b.tag == backups.SESSION_START]
    assert len(starts) == backups.KEEP_SESSIONS
    assert decrypt_file(starts[0].path, PASSPHRASE) == b"session 12 edit 11"


def test_opening_never_removes_another_files_temp_files(tmp_path: Path) -> None:
    """``plan.wrapdesk`` and ``plan.wrapdesk.old.wrapdesk`` share a name prefix."""
    ours = tmp_path / "plan.wrapdesk"
    theirs = tmp_path / "plan.wrapdesk.old.wrapdesk"
    make(ours).close()
    in_flight = atomic_file.write_temp(theirs, (b"the other plan's save, half done",))
    stale = atomic_file.write_temp(ours, (b"our own interrupted save",))
    vault, _ = Vault.open(ours, PASSPHRASE)
    vault.close()
    assert in_flight.exists()
    assert not stale.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlink_planted_as_the_lock_file_is_not_followed(vault_path: Path) -> None:
    make(vault_path).close()
    victim = vault_path.parent / "victim.txt"
    victim.write_text("someone else's file")
    vault_path.with_name(f".{vault_path.name}.lock").symlink_to(victim)
    with pytest.raises(OSError):
        Vault.open(vault_path, PASSPHRASE)
    assert victim.read_text() == "someone else's file"
