"""A changed passphrase or recovery key stops opening the file and every copy WrapDesk keeps.

Someone who once knew the old passphrase (or saw the old recovery sheet) and can read the
folder must not be able to read the plan, its backups or its conflict copies with it, nor
with the data key they might have lifted from an old session: that key is replaced too.
"""

from __future__ import annotations

import base64
import errno
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import (
    ChangedOnDisk,
    RecoveryKey,
    SaveFailed,
    Vault,
    VaultAltered,
    WrongPassphrase,
    WrongRecoveryKey,
    decrypt_file,
    list_backups,
    read_envelope,
)
from wrapdesk.vault.errors import DifferentPlan, PassphraseNeeded, RolledBack
from wrapdesk.vault.vault import _decrypt

NEW = "a brand new passphrase"


def make_with_history(path: Path, saves: int = 4) -> tuple[Vault, RecoveryKey]:
    path.parent.mkdir(parents=True, exist_ok=True)
    vault, recovery = Vault.create(path, PASSPHRASE, b"save 0", kdf=CHEAP_KDF)
    for n in range(1, saves + 1):
        vault.save(f"save {n}".encode())
    return vault, recovery


def every_copy(path: Path) -> list[Path]:
    """The plan, its backups and any conflict copies beside it."""
    beside = [p for p in path.parent.iterdir() if p.suffix == path.suffix]
    return beside + [b.path for b in list_backups(path)]


def opens_with(path: Path, secret: str | RecoveryKey) -> bool:
    try:
        decrypt_file(path, secret)
    except (WrongPassphrase, WrongRecoveryKey):
        return False
    return True


def test_old_passphrase_opens_no_copy_after_a_change(vault_path: Path) -> None:
    vault, recovery = make_with_history(vault_path)
    before = {b.path.name: decrypt_file(b.path, PASSPHRASE) for b in list_backups(vault_path)}
    assert len(before) == 4
    vault.change_passphrase(NEW, b"after change")
    assert vault.copies_left_behind == ()
    vault.close()

    copies = every_copy(vault_path)
    assert len(copies) >= 6  # the plan, 4 older saves, and the save just before the change
    assert [p for p in copies if opens_with(p, PASSPHRASE)] == []
    assert all(opens_with(p, NEW) and opens_with(p, recovery) for p in copies)
    # Nothing in any backup was lost: each still holds exactly what it held.
    after = {b.path.name: decrypt_file(b.path, NEW) for b in list_backups(vault_path)}
    assert {name: after[name] for name in before} == before
    assert decrypt_file(vault_path, NEW) == b"after change"


def test_old_recovery_key_opens_no_copy_after_a_new_one(vault_path: Path) -> None:
    vault, old = make_with_history(vault_path)
    new = vault.new_recovery_key(b"plan")
    vault.close()
    copies = every_copy(vault_path)
    assert [p for p in copies if opens_with(p, old)] == []
    assert all(opens_with(p, new) and opens_with(p, PASSPHRASE) for p in copies)


def test_a_lifted_data_key_reads_nothing_saved_after_the_change(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    lifted = bytes(vault._data_key or b"")  # as someone with a memory dump might have it
    assert _decrypt(read_envelope(vault_path), lifted) == b"save 1"
    vault.change_passphrase(NEW, b"after change")
    vault.close()
    for path in every_copy(vault_path):
        with pytest.raises(VaultAltered):
            _decrypt(read_envelope(path), lifted)


def test_timestamps_and_names_of_backups_are_kept(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path)
    before = {b.path.name: b.path.stat().st_mtime_ns for b in list_backups(vault_path)}
    vault.change_passphrase(NEW, b"x")
    vault.close()
    after = {b.path.name: b.path.stat().st_mtime_ns for b in list_backups(vault_path)}
    assert {name: after[name] for name in before} == before


def test_conflict_copies_are_sealed_again_too(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    shutil.copyfile(list_backups(vault_path)[0].path, vault_path)  # changed behind our back
    with pytest.raises(ChangedOnDisk) as caught:
        vault.save(b"my edits")
    conflict = caught.value.conflict_copy
    assert conflict is not None and opens_with(conflict, PASSPHRASE)
    vault.save(b"my edits", overwrite_changed=True)
    vault.change_passphrase(NEW, b"my edits")
    vault.close()
    assert not opens_with(conflict, PASSPHRASE)
    assert decrypt_file(conflict, NEW) == b"my edits"


def test_a_damaged_backup_is_left_as_it_was_and_named(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path)
    damaged = list_backups(vault_path)[2].path
    data = bytearray(damaged.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    vault.change_passphrase(NEW, b"x")
    assert vault.copies_left_behind == (damaged,)
    vault.close()
    assert damaged.read_bytes() == bytes(data)


def test_another_plans_file_among_the_backups_is_not_touched(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path)
    other_path = vault_path.parent / "other" / "other.wrapdesk"
    other_path.parent.mkdir()
    other, _ = Vault.create(other_path, PASSPHRASE, b"someone else", kdf=CHEAP_KDF)
    other.close()
    stray = list_backups(vault_path)[0].path.with_name(
        list_backups(vault_path)[0].path.name.replace("-s", "-s9")
    )
    shutil.copyfile(other_path, stray)
    vault.change_passphrase(NEW, b"x")
    assert vault.copies_left_behind == (), "another plan's file is not ours to report"
    vault.close()
    assert stray.read_bytes() == other_path.read_bytes()


def test_opened_with_the_recovery_key_needs_a_passphrase_before_a_new_key(
    vault_path: Path,
) -> None:
    vault, recovery = make_with_history(vault_path, saves=1)
    vault.close()
    vault, plaintext = Vault.open(vault_path, recovery)
    assert not vault.opened_with_passphrase
    with pytest.raises(PassphraseNeeded):
        vault.new_recovery_key(plaintext)
    vault.change_passphrase(NEW, plaintext)
    assert vault.opened_with_passphrase
    newer = vault.new_recovery_key(plaintext)
    vault.close()
    assert opens_with(vault_path, newer) and not opens_with(vault_path, recovery)
    assert opens_with(vault_path, NEW) and not opens_with(vault_path, PASSPHRASE)


def test_a_full_disk_during_a_change_loses_nothing_and_keeps_the_old_passphrase(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    before = vault_path.read_bytes()
    real_writev = os.writev
    calls = {"n": 0}

    def full(fd: int, buffers: list[memoryview]) -> int:
        calls["n"] += 1
        if calls["n"] > 1:  # the first save inside change_passphrase fits, the rekey does not
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_writev(fd, buffers)

    monkeypatch.setattr(os, "writev", full)
    with pytest.raises(SaveFailed) as caught:
        vault.change_passphrase(NEW, b"save 1")
    monkeypatch.undo()
    assert caught.value.reason == SaveFailed.REASON_DISK_FULL
    assert decrypt_file(vault_path, PASSPHRASE) == b"save 1"
    assert not opens_with(vault_path, NEW)
    vault.save(b"still saving with the old passphrase")  # the vault carries on as before
    vault.close()
    assert decrypt_file(vault_path, PASSPHRASE) == b"still saving with the old passphrase"
    assert before  # the file was there throughout


def test_check_secret_tells_right_from_wrong_without_reading_the_disk(vault_path: Path) -> None:
    vault, recovery = make_with_history(vault_path, saves=1)
    vault_path.unlink()  # the check must not need the file
    assert vault.check_secret(PASSPHRASE)
    assert vault.check_secret(recovery)
    assert not vault.check_secret("not it")
    assert not vault.check_secret(RecoveryKey.generate())
    vault.close()


def test_unlock_refuses_another_plans_file_put_in_its_place(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    vault.lock()
    other_path = vault_path.with_name("other.wrapdesk")
    other, _ = Vault.create(other_path, PASSPHRASE, b"someone else", kdf=CHEAP_KDF)
    other.close()
    other_path.replace(vault_path)
    with pytest.raises(DifferentPlan):
        vault.unlock(PASSPHRASE)
    assert vault.is_locked
    vault.close()


def test_unlock_says_when_the_file_went_back_to_an_older_save(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=3)
    assert vault.save_counter == 4
    vault.lock()
    oldest = min(list_backups(vault_path), key=lambda b: b.save_counter)
    shutil.copyfile(oldest.path, vault_path)
    assert vault.unlock(PASSPHRASE) == b"save 0"
    assert vault.went_back == (4, 1)
    vault.save(b"carrying on")
    assert vault.save_counter == 5  # numbering never goes back, so no backup name repeats
    vault.close()


# ---------------------------------------------------------------------------- review findings


def test_a_recovery_slot_forged_from_the_public_key_is_refused(vault_path: Path) -> None:
    """Someone who can read a copy (so knows the recovery key's public half) and write the
    folder makes a file of their own words that 'opens with the recovery key'."""
    from wrapdesk.vault import keyslots
    from wrapdesk.vault.container import Header
    from wrapdesk.vault.vault import _fresh_body, _seal

    vault, recovery = make_with_history(vault_path, saves=1)
    vault.close()
    real = read_envelope(vault_path).header
    real_slot = real.slot("recovery")
    assert real_slot is not None and real_slot.recovery is not None
    forged_key = keyslots.new_data_key()
    forged_slot = keyslots.seal_recovery(
        real_slot.recovery.recipient, real_slot.salt, real.file_id, bytes(forged_key), b"x" * 32
    )
    header = Header(real.file_id, 99, real.saved_at, (forged_slot,), _fresh_body())
    vault_path.write_bytes(_seal(header, forged_key, b"FORGED: stop your medication").to_bytes())
    with pytest.raises(VaultAltered):  # well formed, decryptable: only the MAC gives it away
        Vault.open(vault_path, recovery)


def test_an_altered_recovery_slot_with_the_right_key_is_altered_not_wrong(
    vault_path: Path,
) -> None:
    from tests.vault.test_vault import join, split

    vault, recovery = make_with_history(vault_path, saves=1)
    vault.close()
    _, doc, body = split(vault_path.read_bytes())
    slots = doc["slots"]
    assert isinstance(slots, list)
    slot = next(s for s in slots if s["kind"] == "recovery")
    wrapped = bytearray(base64.b64decode(slot["wrapped_key"]))
    wrapped[0] ^= 1
    slot["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    vault_path.write_bytes(join(doc, body))
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, recovery)


def test_a_failure_after_the_new_file_is_in_place_still_completes_the_change(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flushing the folder fails after the rename: the new keys must be the ones held,
    or every later save would open with nothing."""
    from wrapdesk.vault import atomic_file

    vault, recovery = make_with_history(vault_path, saves=2)
    real_sync = atomic_file.sync_folder
    calls = {"n": 0}

    def flaky_sync(folder: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the first is the plain save; the second follows the rekey
            raise OSError(errno.EIO, "Input/output error")
        real_sync(folder)

    monkeypatch.setattr(atomic_file, "sync_folder", flaky_sync)
    vault.change_passphrase(NEW, b"after change")
    monkeypatch.undo()
    for n in range(3):
        vault.save(f"later save {n}".encode())
    assert vault.check_secret(NEW) and not vault.check_secret(PASSPHRASE)
    vault.close()
    assert decrypt_file(vault_path, NEW) == b"later save 2"
    assert decrypt_file(vault_path, recovery) == b"later save 2"
    assert not opens_with(vault_path, PASSPHRASE)


def test_unlock_refuses_an_older_copy_from_before_a_key_change(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=2)
    old_copy = vault_path.read_bytes()
    vault.change_passphrase(NEW, b"after change")
    vault.save(b"newer still")
    vault.lock()
    vault_path.write_bytes(old_copy)  # someone puts back a copy the old passphrase opens
    with pytest.raises(RolledBack):
        vault.unlock(PASSPHRASE)
    with pytest.raises(RolledBack):
        vault.unlock(NEW)
    assert vault.is_locked
    vault.close()


def test_each_unlock_starts_a_session_whose_first_backup_is_kept(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"morning", kdf=CHEAP_KDF)
    vault.save(b"morning, finished")
    vault.lock()  # the idle lock over lunch; the same window carries on after
    vault.unlock(PASSPHRASE)
    for n in range(25):
        vault.save(f"afternoon {n}".encode())
    vault.close()
    kept = {decrypt_file(b.path, PASSPHRASE): b.tag for b in list_backups(vault_path)}
    assert kept.get(b"morning, finished") == "session-start"


def test_the_version_replaced_after_a_conflict_is_kept_for_good(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    # Another device saves the same plan (simulated with our own key: same file id).
    theirs = vault_path.read_bytes()
    vault.save(b"mine")
    vault_path.write_bytes(theirs)
    with pytest.raises(ChangedOnDisk):
        vault.save(b"mine again")
    vault.save(b"mine, kept", overwrite_changed=True)
    for n in range(15):
        vault.save(f"autosave {n}".encode())
    vault.close()
    replaced = [b for b in list_backups(vault_path) if b.tag == "replaced"]
    assert [decrypt_file(b.path, PASSPHRASE) for b in replaced] == [b"save 1"]


def test_a_stray_backup_name_with_an_impossible_date_breaks_nothing(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    folder = list_backups(vault_path)[0].path.parent
    (folder / "2026-02-30T10-00-00.000000Z-s000001.wrapdesk").write_bytes(b"not ours")
    vault.save(b"still saves")
    vault.change_passphrase(NEW, b"and changes")
    assert vault.copies_left_behind == ()
    vault.close()
    assert decrypt_file(vault_path, NEW) == b"and changes"


def test_a_passphrase_change_can_replace_the_recovery_key_in_the_same_step(
    vault_path: Path,
) -> None:
    vault, old_key = make_with_history(vault_path)
    new_key = vault.change_passphrase(NEW, b"after change", new_recovery_key=True)
    assert new_key is not None and new_key != old_key
    vault.close()
    copies = every_copy(vault_path)
    assert [p for p in copies if opens_with(p, old_key) or opens_with(p, PASSPHRASE)] == []
    assert all(opens_with(p, NEW) and opens_with(p, new_key) for p in copies)


def test_a_passphrase_change_alone_keeps_the_recovery_key(vault_path: Path) -> None:
    vault, recovery = make_with_history(vault_path, saves=1)
    assert vault.change_passphrase(NEW, b"after change") is None
    vault.close()
    assert decrypt_file(vault_path, recovery) == b"after change"
