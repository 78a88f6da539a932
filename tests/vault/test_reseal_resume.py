"""A key change cut short is finished later: no copy keeps opening with the old passphrase.

After a passphrase or recovery key change, every backup and conflict copy is sealed again
with the new data key. If the app dies half way through (or a copy cannot be written just
then), the file keeps the old data key, wrapped under the new one, and the next open or
unlock finishes the job, then drops the old key.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from tests.vault.test_rekey import NEW, every_copy, make_with_history, opens_with
from wrapdesk.vault import Vault, VaultAltered, decrypt_file, file_lock, list_backups, read_envelope
from wrapdesk.vault.container import (
    MAX_SUPERSEDED_KEYS,
    SupersededKey,
    decode_header,
    encode_header,
)

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
    assert read_envelope(vault_path).header.superseded, "the file remembers the job"

    reopened, plaintext = Vault.open(vault_path, NEW)
    assert plaintext == b"after change"
    assert reopened.copies_left_behind == ()
    assert not reopened.resealing_pending
    reopened.close()

    assert [p for p in every_copy(vault_path) if opens_with(p, PASSPHRASE)] == []
    assert all(opens_with(p, NEW) and opens_with(p, recovery) for p in every_copy(vault_path))
    assert read_envelope(vault_path).header.superseded == (), "the old key is dropped"
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
    assert read_envelope(vault_path).header.superseded

    vault.lock()
    assert vault.unlock(NEW) == b"more words"
    assert vault.copies_left_behind == ()
    assert not vault.resealing_pending
    vault.close()
    assert not opens_with(left[0], PASSPHRASE)
    assert opens_with(left[0], NEW)
    assert read_envelope(vault_path).header.superseded == ()


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


def test_old_keys_from_two_unfinished_changes_all_seal_their_copies(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_with_history(vault_path, saves=3)
    real = os.writev
    broken = True

    def failing_backups(fd: int, buffers: list[bytes]) -> int:
        if broken and in_backups_folder(fd):
            raise OSError(errno.EIO, "Input/output error")
        return real(fd, buffers)

    monkeypatch.setattr(os, "writev", failing_backups)
    vault.change_passphrase("second passphrase", b"two")
    first_left = set(vault.copies_left_behind)
    assert first_left and all(opens_with(p, PASSPHRASE) for p in first_left)
    vault.change_passphrase("third passphrase", b"three")
    assert len(read_envelope(vault_path).header.superseded) == 2
    assert any(opens_with(p, "second passphrase") for p in every_copy(vault_path))

    broken = False
    vault.lock()
    assert vault.unlock("third passphrase") == b"three"
    vault.close()
    monkeypatch.undo()
    for old in (PASSPHRASE, "second passphrase"):
        assert [p for p in every_copy(vault_path) if opens_with(p, old)] == []
    assert all(opens_with(p, "third passphrase") for p in every_copy(vault_path))
    assert read_envelope(vault_path).header.superseded == ()


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


def test_the_superseded_keys_round_trip_and_are_bounded(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"x", kdf=CHEAP_KDF)
    vault.close()
    header = read_envelope(vault_path).header
    assert b"superseded" not in encode_header(header), "absent when there is none"
    key = SupersededKey(salt=b"s" * 32, nonce=b"n" * 12, wrapped_key=b"w" * 48)
    full = type(header)(
        header.file_id,
        header.save_counter,
        header.saved_at,
        header.slots,
        header.body,
        (key,) * MAX_SUPERSEDED_KEYS,
    )
    assert decode_header(encode_header(full)) == full
    too_many = type(header)(
        header.file_id,
        header.save_counter,
        header.saved_at,
        header.slots,
        header.body,
        (key,) * (MAX_SUPERSEDED_KEYS + 1),
    )
    with pytest.raises(VaultAltered):
        decode_header(encode_header(too_many))
    short = encode_header(full).replace(b'"wrapped_key":"d3d3', b'"wrapped_key":"', 1)
    with pytest.raises(VaultAltered):
        decode_header(short)
