"""The vault round-trips, and every way of failing to open is its own error."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import (
    AlreadyOpen,
    NewerFormat,
    NotAVault,
    RecoveryKey,
    Vault,
    VaultAltered,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
    read_envelope,
)
from wrapdesk.vault.container import PRELUDE, TRAILER_BYTES


def make(path: Path, plaintext: bytes = b"my plan") -> tuple[Vault, RecoveryKey]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return Vault.create(path, PASSPHRASE, plaintext, kdf=CHEAP_KDF)


def rewrite_trailer(data: bytes) -> bytes:
    """Recompute the checksum, as someone deliberately editing the file would."""
    body = data[:-TRAILER_BYTES]
    return body + hashlib.sha256(body).digest()


def split(data: bytes) -> tuple[bytes, dict[str, object], bytes]:
    _, _, _, hlen = PRELUDE.unpack_from(data)
    header = json.loads(data[PRELUDE.size : PRELUDE.size + hlen])
    return data[: PRELUDE.size], header, data[PRELUDE.size + hlen : -TRAILER_BYTES]


def join(header: dict[str, object], body: bytes, major: int = 1, minor: int = 0) -> bytes:
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    content = PRELUDE.pack(b"WRAPDESK", major, minor, len(raw)) + raw + body
    return content + hashlib.sha256(content).digest()


def test_create_save_and_reopen_with_passphrase_and_recovery_key(vault_path: Path) -> None:
    vault, recovery = make(vault_path, b"first words")
    vault.save(b"second words")
    vault.close()

    vault, plaintext = Vault.open(vault_path, PASSPHRASE)
    assert plaintext == b"second words"
    assert vault.save_counter == 2
    vault.close()

    vault, plaintext = Vault.open(vault_path, RecoveryKey.parse(recovery.formatted()))
    assert plaintext == b"second words"
    vault.close()


def test_file_is_owner_only_and_holds_no_plaintext(vault_path: Path) -> None:
    vault, _ = make(vault_path, b"MARKER-the-words-i-wrote")
    vault.save(b"MARKER-the-words-i-wrote, more of them")
    vault.close()
    assert vault_path.stat().st_mode & 0o777 == 0o600
    assert b"MARKER" not in vault_path.read_bytes()


def test_every_save_uses_a_fresh_body_key_and_nonce(vault_path: Path) -> None:
    vault, _ = make(vault_path, b"same")
    first = read_envelope(vault_path)
    vault.save(b"same")
    second = read_envelope(vault_path)
    vault.close()
    assert first.header.body.salt != second.header.body.salt
    assert first.header.body.nonce != second.header.body.nonce
    assert first.ciphertext != second.ciphertext


def test_change_passphrase_old_stops_working_recovery_still_works(vault_path: Path) -> None:
    vault, recovery = make(vault_path)
    vault.change_passphrase("a brand new passphrase", b"after change")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    vault, plaintext = Vault.open(vault_path, "a brand new passphrase")
    assert plaintext == b"after change"
    vault.close()
    vault, _ = Vault.open(vault_path, recovery)
    vault.close()


def test_recovery_key_unlock_then_new_passphrase(vault_path: Path) -> None:
    vault, recovery = make(vault_path)
    vault.close()
    vault, plaintext = Vault.open(vault_path, recovery)
    vault.change_passphrase("remembered this time", plaintext)
    vault.close()
    vault, _ = Vault.open(vault_path, "remembered this time")
    vault.close()


def test_new_recovery_key_invalidates_the_old_one(vault_path: Path) -> None:
    vault, old = make(vault_path)
    new = vault.new_recovery_key(b"plan")
    vault.close()
    assert new != old
    with pytest.raises(WrongRecoveryKey):
        Vault.open(vault_path, old)
    vault, plaintext = Vault.open(vault_path, new)
    assert plaintext == b"plan"
    vault.close()


def test_locked_vault_neither_saves_nor_reads(vault_path: Path) -> None:
    vault, _ = make(vault_path, b"before lock")
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.save(b"should not be written")
    with pytest.raises(WrongPassphrase):
        vault.unlock("not it")
    assert vault.is_locked
    assert vault.unlock(PASSPHRASE) == b"before lock"
    vault.save(b"after unlock")
    vault.close()
    vault, plaintext = Vault.open(vault_path, PASSPHRASE)
    assert plaintext == b"after unlock"
    vault.close()


def test_create_refuses_an_existing_file(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes(b"someone's file")
    with pytest.raises(VaultExists):
        make(vault_path)
    assert vault_path.read_bytes() == b"someone's file"


def test_second_open_is_refused_and_first_keeps_working(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    with pytest.raises(AlreadyOpen):
        Vault.open(vault_path, PASSPHRASE)
    vault.save(b"still mine")
    vault.close()
    again, plaintext = Vault.open(vault_path, PASSPHRASE)
    assert plaintext == b"still mine"
    again.close()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing.wrapdesk", PASSPHRASE)


def test_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping: bread, milk, tea.\n" * 10)
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)


def test_newer_major_version_is_refused_by_name(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    _, header, body = split(vault_path.read_bytes())
    vault_path.write_bytes(join(header, body, major=2, minor=3))
    with pytest.raises(NewerFormat) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert (info.value.major, info.value.minor) == (2, 3)


def test_newer_minor_version_with_unknown_fields_still_opens(vault_path: Path) -> None:
    """A minor version may add header fields and slot kinds; older readers skip them.

    Since the header is authenticated, a real 1.1 writer would seal these fields itself;
    here the body was sealed over the 1.0 header, so it must be refused as altered, which
    proves the header is authenticated as a whole.
    """
    vault, _ = make(vault_path)
    vault.close()
    _, header, body = split(vault_path.read_bytes())
    header["future_field"] = {"anything": 1}
    vault_path.write_bytes(join(header, body, minor=1))
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, PASSPHRASE)


def test_wrong_passphrase_and_wrong_recovery_key(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "Correct horse battery staple")
    with pytest.raises(WrongRecoveryKey):
        Vault.open(vault_path, RecoveryKey.generate())


def test_passphrase_is_unicode_normalised(vault_path: Path) -> None:
    composed = "caf\u00e9 ar y bryn ŵyr"
    decomposed = "cafe\u0301 ar y bryn w\u0302yr"
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, composed, b"x", kdf=CHEAP_KDF)
    vault.close()
    vault, _ = Vault.open(vault_path, decomposed)
    vault.close()


def test_damaged_is_found_without_any_key(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        read_envelope(vault_path)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, "even a wrong passphrase gets the true answer")


def test_altered_body_with_rewritten_checksum(vault_path: Path) -> None:
    vault, _ = make(vault_path, b"the real plan")
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[-TRAILER_BYTES - 20] ^= 0x01
    vault_path.write_bytes(rewrite_trailer(bytes(data)))
    read_envelope(vault_path)  # structurally fine
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, PASSPHRASE)


def test_altered_header_field_with_rewritten_checksum(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    _, header, body = split(vault_path.read_bytes())
    assert isinstance(header["save_counter"], int)
    header["save_counter"] += 5
    vault_path.write_bytes(join(header, body))
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, PASSPHRASE)


def test_unreadable_header_with_rewritten_checksum_is_altered(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    data = vault_path.read_bytes()
    _, _, _, hlen = PRELUDE.unpack_from(data)
    broken = data[: PRELUDE.size] + b"{" * hlen + data[PRELUDE.size + hlen :]
    vault_path.write_bytes(rewrite_trailer(broken))
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, PASSPHRASE)


def test_hostile_kdf_settings_are_refused_before_deriving(vault_path: Path) -> None:
    vault, _ = make(vault_path)
    vault.close()
    _, header, body = split(vault_path.read_bytes())
    slots = header["slots"]
    assert isinstance(slots, list)
    slots[0]["kdf"]["memory_kib"] = 2**40  # would ask for a petabyte of memory
    vault_path.write_bytes(join(header, body))
    with pytest.raises(VaultAltered):
        Vault.open(vault_path, PASSPHRASE)


def test_key_slot_spliced_from_another_vault_is_refused(tmp_path: Path) -> None:
    a_path, b_path = tmp_path / "a.wrapdesk", tmp_path / "b.wrapdesk"
    a, _ = make(a_path, b"plan A")
    b, _ = make(b_path, b"plan B")
    a.close()
    b.close()
    _, a_header, _ = split(a_path.read_bytes())
    _, b_header, b_body = split(b_path.read_bytes())

    # A's passphrase slot on B's file: the slot is bound to A's file id.
    spliced = dict(b_header, slots=a_header["slots"])
    b_path.write_bytes(join(spliced, b_body))
    with pytest.raises(WrongPassphrase):
        Vault.open(b_path, PASSPHRASE)

    # ...and with A's file id copied too, the slot opens but B's body is not A's key's.
    spliced = dict(b_header, slots=a_header["slots"], file_id=a_header["file_id"])
    b_path.write_bytes(join(spliced, b_body))
    with pytest.raises(VaultAltered):
        Vault.open(b_path, PASSPHRASE)


def test_wrong_recovery_key_of_another_vault(tmp_path: Path) -> None:
    a, a_key = make(tmp_path / "a.wrapdesk")
    b, _ = make(tmp_path / "b.wrapdesk")
    a.close()
    b.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.open(tmp_path / "b.wrapdesk", a_key)


def test_read_only_folder_opens_for_reading_and_refuses_to_save(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make(vault_path, b"readable")
    vault.close()
    before = vault_path.read_bytes()
    import errno
    import os

    from wrapdesk.vault import ReadOnlyVault, file_lock

    real_open = os.open

    def refusing_open(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(file_lock.os, "open", refusing_open)
    vault, plaintext = Vault.open(vault_path, PASSPHRASE)
    assert plaintext == b"readable"
    assert vault.read_only
    with pytest.raises(ReadOnlyVault):
        vault.save(b"cannot go anywhere")
    vault.close()
    assert vault_path.read_bytes() == before


def test_struct_prelude_is_sixteen_bytes() -> None:
    assert struct.calcsize("<8sHHI") == PRELUDE.size == 16
