"""Back up… and Restore…: real vaults in tmp_path, copies checked, nothing half-written."""

from __future__ import annotations

import errno
import stat
from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.services import backup
from wrapdesk.services.backup import (
    BackupChanged,
    RestoreOntoItself,
    back_up,
    check_backup,
    restore,
)
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.messages import describe
from wrapdesk.services.plan_file import PlanFile, verify_file
from wrapdesk.vault import (
    AlreadyOpen,
    SaveFailed,
    VaultDamaged,
    WrongPassphrase,
    atomic_file,
    list_backups,
)

NOON = datetime(2026, 3, 1, 12, 0)


def make_plan(path: Path, entry: str) -> None:
    plan, _ = PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    editor = PlanEditor(plan.db)
    editor.add_entry("triggers", "item", entry)
    editor.close()
    plan.save()
    plan.close()


def entries(path: Path) -> list[str]:
    with PlanFile.open(path, PASSPHRASE) as plan:
        editor = PlanEditor(plan.db)
        texts = [e.text for e in editor.section("triggers").entries("item")]
        editor.close()
    return texts


def add_entry(path: Path, text: str) -> None:
    with PlanFile.open(path, PASSPHRASE) as plan:
        editor = PlanEditor(plan.db)
        editor.add_entry("triggers", "item", text)
        editor.close()
        plan.save()


@pytest.fixture
def plan_path(vault_path: Path) -> Path:
    make_plan(vault_path, "Crowds")
    return vault_path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------------------- back up


def test_back_up_copies_the_file_exactly_and_checks_it(plan_path: Path, stick: Path) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    assert copy.path == stick / "my-plan backup 2026-03-01 12.00.wrapdesk"
    assert copy.path.read_bytes() == plan_path.read_bytes()
    assert copy.size_bytes == plan_path.stat().st_size and copy.save_counter >= 2
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    assert verify_file(copy.path, PASSPHRASE).decrypted
    assert atomic_file.temp_files(copy.path) == []


def test_back_up_never_overwrites(plan_path: Path, stick: Path) -> None:
    taken = stick / "my-plan backup 2026-03-01 12.00.wrapdesk"
    taken.write_bytes(b"someone else's file")
    first = back_up(plan_path, stick, now=NOON)
    second = back_up(plan_path, stick, now=NOON)
    assert taken.read_bytes() == b"someone else's file"
    assert first.path.name == "my-plan backup 2026-03-01 12.00 2.wrapdesk"
    assert second.path.name == "my-plan backup 2026-03-01 12.00 3.wrapdesk"


def test_a_damaged_plan_is_not_backed_up(plan_path: Path, stick: Path) -> None:
    data = bytearray(plan_path.read_bytes())
    data[100] ^= 0xFF
    plan_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        back_up(plan_path, stick, now=NOON)
    assert list(stick.iterdir()) == []


def test_a_full_stick_leaves_nothing_behind(
    plan_path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(target: Path, parts: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "write_temp", full)
    with pytest.raises(SaveFailed) as caught:
        back_up(plan_path, stick, now=NOON)
    assert caught.value.reason == SaveFailed.REASON_DISK_FULL
    assert "disk is full" in describe(caught.value)
    assert list(stick.iterdir()) == []


def test_a_copy_that_reads_back_wrong_is_removed(
    plan_path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = atomic_file.read_file

    def flaky_stick(path: Path) -> bytes:
        data = real_read(path)
        return data[:-1] + bytes([data[-1] ^ 1]) if path.parent == stick else data

    monkeypatch.setattr(atomic_file, "read_file", flaky_stick)
    with pytest.raises(SaveFailed) as caught:
        back_up(plan_path, stick, now=NOON)
    assert caught.value.reason == SaveFailed.REASON_VERIFY
    assert list(stick.iterdir()) == []


# ---------------------------------------------------------------------------- restore


def test_check_then_restore_replaces_the_plan_and_keeps_the_replaced_file(
    plan_path: Path, stick: Path
) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    add_entry(plan_path, "Deadlines")  # the plan moves on after the backup
    replaced = plan_path.read_bytes()
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    assert check.same_plan is True and check.older_than_current
    assert check.save_counter == copy.save_counter < (check.current_save_counter or 0)
    assert entries(plan_path) == ["Crowds", "Deadlines"]  # checking changes nothing

    result = restore(check, plan_path)
    assert plan_path.read_bytes() == copy.path.read_bytes()
    assert entries(plan_path) == ["Crowds"]
    assert result.replaced_kept_at is not None
    assert result.replaced_kept_at.read_bytes() == replaced
    (kept,) = [b for b in list_backups(plan_path) if b.tag == backup.REPLACED_TAG]
    assert kept.path == result.replaced_kept_at
    assert atomic_file.temp_files(plan_path) == []


def test_a_backup_that_does_not_open_is_never_offered(plan_path: Path, stick: Path) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    with pytest.raises(WrongPassphrase):
        check_backup(copy.path, plan_path, "not the passphrase")


def test_restore_waits_for_the_plan_to_be_closed(plan_path: Path, stick: Path) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    before = plan_path.read_bytes()
    with PlanFile.open(plan_path, PASSPHRASE), pytest.raises(AlreadyOpen):
        restore(check, plan_path)
    assert plan_path.read_bytes() == before
    assert not any(b.tag == backup.REPLACED_TAG for b in list_backups(plan_path))


def test_a_backup_changed_after_checking_is_not_restored(plan_path: Path, stick: Path) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    add_entry(plan_path, "Deadlines")
    copy.path.write_bytes(plan_path.read_bytes())  # swapped for another file on the stick
    before = plan_path.read_bytes()
    with pytest.raises(BackupChanged) as caught:
        restore(check, plan_path)
    assert "changed after WrapDesk checked it" in describe(caught.value)
    assert plan_path.read_bytes() == before


def test_the_plan_file_is_not_its_own_backup(plan_path: Path) -> None:
    with pytest.raises(RestoreOntoItself) as caught:
        check_backup(plan_path, plan_path, PASSPHRASE)
    assert "nothing to restore" in describe(caught.value)


def test_restore_onto_a_lost_or_damaged_plan(plan_path: Path, stick: Path) -> None:
    copy = back_up(plan_path, stick, now=NOON)
    plan_path.write_bytes(b"WRAPDESK" + b"\0" * 100)  # damaged beyond reading
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    assert check.same_plan is None and not check.older_than_current
    result = restore(check, plan_path)
    assert entries(plan_path) == ["Crowds"]
    assert result.replaced_kept_at is not None  # even a damaged file is kept: it may matter
    plan_path.unlink()
    result = restore(check_backup(copy.path, plan_path, PASSPHRASE), plan_path)
    assert result.replaced_kept_at is None and entries(plan_path) == ["Crowds"]


def test_a_backup_of_another_plan_says_so(plan_path: Path, stick: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "their-plan.wrapdesk"
    make_plan(other, "Someone else's words")
    copy = back_up(other, stick, now=NOON)
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    assert check.same_plan is False


def test_a_backup_swapped_while_its_key_is_worked_out_is_never_restored(
    plan_path: Path, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passphrase takes a second to check; a file swapped on the stick meanwhile must not
    be the one put in place, unchecked."""
    from wrapdesk.vault import keyslots

    copy = back_up(plan_path, stick, now=NOON)
    alien = tmp_path / "alien" / "alien.wrapdesk"
    make_plan(alien, "Words nobody checked")
    real = keyslots.passphrase_kek

    def slow_kek(passphrase: str, slot: object) -> object:
        copy.path.write_bytes(alien.read_bytes())  # the swap, mid-derivation
        return real(passphrase, slot)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "passphrase_kek", slow_kek)
    check = check_backup(copy.path, plan_path, PASSPHRASE)
    monkeypatch.undo()
    with pytest.raises(BackupChanged):
        restore(check, plan_path)
    assert entries(plan_path) == ["Crowds"]
