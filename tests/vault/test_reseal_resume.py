"""A key change cut short is finished later: no copy keeps opening with the old passphrase.

After a passphrase or recovery key change, every backup and conflict copy is sealed again
with the new data key. If the app dies half way through (or a copy cannot be written just
then), the file keeps the old data key, wrapped under the new one, and the next open or
unlock finishes the job, then drops the old key.
"""

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from tests.vault.test_rekey import NEW, every_copy, make_with_history, opens_with
from wrapdesk.vault import (
    ChangedOnDisk,
    Vault,
    VaultAltered,
    atomic_file,
    backups,
    decrypt_file,
    file_lock,
    list_backups,
    read_envelope,
)
from wrapdesk.vault.container import (
    MAX_PENDING_COPIES,
    MAX_SUPERSEDED_KEYS,
    Header,
    SupersededKey,
    UnfinishedChange,
    decode_header,
    encode_header,
)
from wrapdesk.vault.vault import _fresh_body, _seal

REAL_OPEN = os.open


class Crash(BaseException):
    """The process dying: nothing after this point runs."""


def crash_on_write(monkeypatch: pytest.MonkeyPatch, nth: int) -> None:
    """Make the ``nth`` write of a whole file (counting from 1) kill the 'process'."""
    real = os.writev
    count = 0

    def writev(fd: int, buffers: list[bytes]) -> int:
        nonlocal count
        count += 1
        if count == nth:
            raise Crash
        return real(fd, buffers)

    monkeypatch.setattr(os, "writev", writev)


def abandon(vault: Vault) -> None:
    """What a dead process leaves: its lock let go, nothing else done."""
    assert vault._lock is not None
    vault._lock.release()


def test_a_change_cut_short_is_finished_at_the_next_open(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, recovery = make_with_history(vault_path, saves=5)
    before = {b.path.name: decrypt_file(b.path, PASSPHRASE) for b in list_backups(vault_path)}
    # Writes: 1 the save before the change, 2 the file under the new key, 3 the first copy
    # sealed again, 4 the second: the app dies there.
    crash_on_write(monkeypatch, nth=4)
    with pytest.raises(Crash):
        vault.change_passphrase(NEW, b"after change")
    monkeypatch.undo()
    abandon(vault)

    assert decrypt_file(vault_path, NEW) == b"after change"
    still_old = [p for p in every_copy(vault_path) if opens_with(p, PASSPHRASE)]
    assert len(still_old) >= 3, "the crash left copies opening with the old passphrase"
    assert read_envelope(vault_path).header.unfinished, "the file remembers the job"

    reopened, plaintext = Vault.open(vault_path, NEW)
    assert plaintext == b"after change"
    assert reopened.copies_left_behind == ()
    assert not reopened.resealing_pending
    reopened.close()

    assert [p for p in every_copy(vault_path) if opens_with(p, PASSPHRASE)] == []
    assert all(opens_with(p, NEW) and opens_with(p, recovery) for p in every_copy(vault_path))
    assert read_envelope(vault_path).header.unfinished is None, "the old key is dropped"
    after = {b.path.name: decrypt_file(b.path, NEW) for b in list_backups(vault_path)}
    assert {name: after[name] for name in before} == before, "no backup lost a word"


def test_a_copy_that_could_not_be_written_is_tried_again_at_unlock(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=3)
    real = os.writev
    count = 0

    def flaky(fd: int, buffers: list[bytes]) -> int:
        nonlocal count
        count += 1
        if count == 3:  # the first copy: a passing I/O error
            raise OSError(errno.EIO, "Input/output error")
        return real(fd, buffers)

    monkeypatch.setattr(os, "writev", flaky)
    vault.change_passphrase(NEW, b"after change")
    monkeypatch.undo()
    left = vault.copies_left_behind
    assert len(left) == 1 and opens_with(left[0], PASSPHRASE)
    assert vault.resealing_pending

    vault.save(b"more words")  # ordinary saves carry the unfinished job forward
    assert read_envelope(vault_path).header.unfinished

    vault.lock()
    assert vault.unlock(NEW) == b"more words"
    assert vault.copies_left_behind == ()
    assert not vault.resealing_pending
    vault.close()
    assert not opens_with(left[0], PASSPHRASE)
    assert opens_with(left[0], NEW)
    assert read_envelope(vault_path).header.unfinished is None


def test_a_change_that_died_before_sealing_any_copy_is_finished(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=4)
    crash_on_write(monkeypatch, nth=3)  # the new file is in place; no copy is done yet
    with pytest.raises(Crash):
        vault.change_passphrase(NEW, b"two")
    monkeypatch.undo()
    abandon(vault)
    assert len([p for p in every_copy(vault_path) if opens_with(p, PASSPHRASE)]) >= 5

    vault = Vault.open(vault_path, NEW)[0]
    assert not vault.resealing_pending
    vault.close()
    assert [p for p in every_copy(vault_path) if opens_with(p, PASSPHRASE)] == []


def test_a_read_only_folder_opens_and_leaves_the_job_for_later(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=2)
    crash_on_write(monkeypatch, nth=3)
    with pytest.raises(Crash):
        vault.change_passphrase(NEW, b"two")
    monkeypatch.undo()
    abandon(vault)
    snapshot = {p: p.read_bytes() for p in every_copy(vault_path)}

    monkeypatch.setattr(file_lock.os, "open", refusing_lock_files)
    reader, plaintext = Vault.open(vault_path, NEW)
    assert reader.read_only and plaintext == b"two"
    assert reader.resealing_pending, "nothing can be written, so the job waits"
    reader.close()
    assert {p: p.read_bytes() for p in every_copy(vault_path)} == snapshot


def refusing_lock_files(path: str, flags: int, mode: int = 0o777) -> int:
    """A read-only folder, as the lock sees it: its lock file cannot be made."""
    if str(path).endswith(".lock"):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    return REAL_OPEN(path, flags, mode)


def in_backups_folder(fd: int) -> bool:
    return "backups" in Path(f"/proc/self/fd/{fd}").readlink().parts


class UnwritableBackups:
    """While ``broken``, every write into the backups folder fails with an I/O error;
    the plan file itself is written as usual."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.broken = True
        real = os.writev

        def writev(fd: int, buffers: list[bytes]) -> int:
            if self.broken and in_backups_folder(fd):
                raise OSError(errno.EIO, "Input/output error")
            return real(fd, buffers)

        monkeypatch.setattr(os, "writev", writev)


def test_old_keys_from_two_unfinished_changes_all_seal_their_copies(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=3)
    backups_folder = UnwritableBackups(monkeypatch)
    vault.change_passphrase("second passphrase", b"two")
    first_left = set(vault.copies_left_behind)
    assert first_left and all(opens_with(p, PASSPHRASE) for p in first_left)
    vault.change_passphrase("third passphrase", b"three")
    assert len(pending(vault_path).old_keys) == 2
    assert any(opens_with(p, "second passphrase") for p in every_copy(vault_path))

    backups_folder.broken = False
    vault.lock()
    assert vault.unlock("third passphrase") == b"three"
    vault.close()
    monkeypatch.undo()
    for old in (PASSPHRASE, "second passphrase"):
        assert [p for p in every_copy(vault_path) if opens_with(p, old)] == []
    assert all(opens_with(p, "third passphrase") for p in every_copy(vault_path))
    assert read_envelope(vault_path).header.unfinished is None


def test_a_copy_no_old_key_opens_does_not_keep_the_old_keys(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path)
    damaged = list_backups(vault_path)[1].path
    data = bytearray(damaged.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    vault.change_passphrase(NEW, b"x")
    assert vault.copies_left_behind == (damaged,)
    # Trying again could never help, so every open need not read every backup again.
    assert not vault.resealing_pending
    vault.close()


def test_the_unfinished_change_round_trips_and_is_bounded(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"x", kdf=CHEAP_KDF)
    vault.close()
    header = read_envelope(vault_path).header
    assert b"unfinished" not in encode_header(header), "absent when there is none"
    key = SupersededKey(salt=b"s" * 32, nonce=b"n" * 12, wrapped_key=b"w" * 48)

    def with_change(keys: int, copies: int) -> Header:
        change = UnfinishedChange((key,) * keys, (b"t" * 32,) * copies)
        return dataclasses.replace(header, unfinished=change)

    full = with_change(MAX_SUPERSEDED_KEYS, MAX_PENDING_COPIES)
    assert decode_header(encode_header(full)) == full
    for hostile in (
        with_change(MAX_SUPERSEDED_KEYS + 1, 1),
        with_change(1, MAX_PENDING_COPIES + 1),
        with_change(0, 1),
    ):
        with pytest.raises(VaultAltered):
            decode_header(encode_header(hostile))
    short = encode_header(full).replace(b'"wrapped_key":"d3d3', b'"wrapped_key":"', 1)
    with pytest.raises(VaultAltered):
        decode_header(short)
    for value in (b"null", b"[]", b'{"old_keys":[],"copies":[]}', b'"x"'):
        raw = encode_header(header)[:-1] + b',"unfinished_key_change":' + value + b"}"
        if value == b"null":
            assert decode_header(raw).unfinished is None
        else:
            with pytest.raises(VaultAltered):
                decode_header(raw)


def pending(path: Path) -> UnfinishedChange:
    change = read_envelope(path).header.unfinished
    assert change is not None
    return change


def test_a_copy_put_beside_the_plan_after_the_change_is_never_sealed_again(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who knew the old passphrase must not be able to drop in a file of their
    own words and have WrapDesk make it open with the new passphrase."""
    vault, _ = make_with_history(vault_path, saves=3)
    lifted = bytearray(vault._data_key or b"")
    old_header = read_envelope(vault_path).header
    crash_on_write(monkeypatch, nth=3)
    with pytest.raises(Crash):
        vault.change_passphrase(NEW, b"mine")
    monkeypatch.undo()
    abandon(vault)

    forged_header = dataclasses.replace(old_header, body=_fresh_body(), save_counter=99)
    forged = vault_path.with_name("my-plan (conflict 2026-11-27 09.00.00).wrapdesk")
    forged.write_bytes(_seal(forged_header, lifted, b"FORGED words").to_bytes())
    assert opens_with(forged, PASSPHRASE)

    Vault.open(vault_path, NEW)[0].close()
    assert not opens_with(forged, NEW), "a planted file was sealed under the new key"
    assert [p for p in every_copy(vault_path) if p != forged and opens_with(p, PASSPHRASE)] == []


def test_nine_changes_cut_short_keep_eight_old_keys_and_the_plan_opens(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    UnwritableBackups(monkeypatch)
    for n in range(9):
        vault.change_passphrase(f"passphrase number {n}", f"words {n}".encode())
    monkeypatch.undo()
    vault.close()
    assert len(pending(vault_path).old_keys) == MAX_SUPERSEDED_KEYS
    reopened, plaintext = Vault.open(vault_path, "passphrase number 8")
    assert plaintext == b"words 8"
    reopened.close()


def test_a_finished_change_keeps_no_extra_backup_and_no_copy_holds_the_old_keys(
    vault_path: Path,
) -> None:
    vault, _ = make_with_history(vault_path, saves=3)
    before = len(list_backups(vault_path))
    vault.change_passphrase(NEW, b"after change")
    # One for the save just before the change, one for the file the change replaced;
    # none for the save that dropped the old keys (it held the same words).
    assert len(list_backups(vault_path)) == before + 2
    vault.close()
    for path in every_copy(vault_path):
        assert read_envelope(path).header.unfinished is None, path.name


def test_a_conflict_copy_made_while_a_change_is_unfinished_holds_no_old_keys(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=2)
    UnwritableBackups(monkeypatch)
    vault.change_passphrase(NEW, b"after change")
    monkeypatch.undo()
    assert vault.resealing_pending
    vault_path.write_bytes(vault_path.read_bytes())  # same bytes, but touched elsewhere...
    other = list_backups(vault_path)[0].path.read_bytes()
    vault_path.write_bytes(other)  # ...and now really changed behind our back
    with pytest.raises(ChangedOnDisk) as caught:
        vault.save(b"my edits")
    conflict = caught.value.conflict_copy
    assert conflict is not None
    assert read_envelope(conflict).header.unfinished is None
    assert decrypt_file(conflict, NEW) == b"my edits"
    vault.close()


def test_a_failure_while_sealing_copies_never_loses_the_new_recovery_key(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_key = make_with_history(vault_path, saves=2)

    real = atomic_file.sync_folder
    calls = 0

    def broken(folder: Path) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:  # the plain save before the change: nothing has changed yet
            return real(folder)
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(atomic_file, "sync_folder", broken)
    monkeypatch.setattr(backups, "prune", lambda _path: None)
    new_key = vault.change_passphrase(NEW, b"after change", new_recovery_key=True)
    monkeypatch.undo()
    assert new_key is not None
    assert decrypt_file(vault_path, new_key) == b"after change"
    assert not opens_with(vault_path, old_key)
    vault.close()


def test_a_new_recovery_key_is_added_to_a_file_that_had_none(vault_path: Path) -> None:
    vault, _ = make_with_history(vault_path, saves=1)
    header = vault._header
    assert vault._data_key is not None
    key = bytes(vault._data_key)  # closing wipes the vault's own copy
    only_passphrase = dataclasses.replace(
        header,
        slots=tuple(s for s in header.slots if s.kind == "passphrase"),
        body=_fresh_body(),
    )
    vault.close()
    vault_path.write_bytes(_seal(only_passphrase, key, b"save 1").to_bytes())
    vault = Vault.open(vault_path, PASSPHRASE)[0]
    recovery = vault.change_passphrase(NEW, b"save 1", new_recovery_key=True)
    vault.close()
    assert recovery is not None and decrypt_file(vault_path, recovery) == b"save 1"


def test_temp_files_a_crash_left_among_the_copies_are_removed_at_open(
    vault_path: Path,
) -> None:
    """On a file system without hard links a backup is written as a copy; a crash part
    way leaves a temp file that nothing lists, and that would open the old way for good."""
    vault, _ = make_with_history(vault_path, saves=2)
    vault.close()
    backup = list_backups(vault_path)[0].path
    stale_backup = backup.with_name(f".{backup.name}.0123456789ab.tmp")
    stale_backup.write_bytes(backup.read_bytes())
    conflict = vault_path.with_name("my-plan (conflict 2026-11-27 09.00.00).wrapdesk")
    stale_conflict = conflict.with_name(f".{conflict.name}.abcdef012345.tmp")
    stale_conflict.write_bytes(vault_path.read_bytes())
    keep = [
        backup.with_name("notes.txt"),
        backup.with_name(".notes.txt.0123456789ab.tmp"),  # not a backup's temp
        vault_path.with_name(".other.wrapdesk.0123456789ab.tmp"),  # another plan's
    ]
    for path in keep:
        path.write_bytes(b"someone else's")

    Vault.open(vault_path, PASSPHRASE)[0].close()
    assert not stale_backup.exists() and not stale_conflict.exists()
    assert all(path.exists() for path in keep)
