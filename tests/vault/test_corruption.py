"""Damage of every kind is refused, each with the right error, and never crashes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import (
    NotAVault,
    Vault,
    VaultAltered,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
    container,
)
from wrapdesk.vault.container import PRELUDE, TRAILER_BYTES


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("v") / "small.wrapdesk"
    vault, _ = Vault.create(path, PASSPHRASE, b"a small plan " * 20, kdf=CHEAP_KDF)
    vault.close()
    return path.read_bytes()


def outcome(data: bytes) -> type[BaseException] | None:
    """What checking ``data`` without a key raises (None if it passes)."""
    try:
        container.parse(data)
    except VaultError as exc:
        return type(exc)
    return None


def test_every_bit_of_prelude_and_header_flipped_is_damaged(small_vault: bytes) -> None:
    _, _, _, header_len = PRELUDE.unpack_from(small_vault)
    flipped = 0
    for byte in range(PRELUDE.size + header_len):
        for bit in range(8):
            data = bytearray(small_vault)
            data[byte] ^= 1 << bit
            assert outcome(bytes(data)) is VaultDamaged, (byte, bit)
            flipped += 1
    print(f"prelude+header bits flipped: {flipped}, all refused as damaged")
    assert flipped > 2000


def test_random_body_bit_flips_are_damaged(small_vault: bytes) -> None:
    rng = random.Random(20261127)
    _, _, _, header_len = PRELUDE.unpack_from(small_vault)
    start = PRELUDE.size + header_len
    results = []
    for _ in range(2500):
        data = bytearray(small_vault)
        at = rng.randrange(start, len(data))  # body and trailer
        data[at] ^= 1 << rng.randrange(8)
        results.append(outcome(bytes(data)))
    assert results.count(VaultDamaged) == 2500


def test_every_truncation_is_damaged(small_vault: bytes) -> None:
    for length in range(len(small_vault)):
        assert outcome(small_vault[:length]) is VaultDamaged, length
    assert outcome(small_vault) is None


def test_appended_garbage_is_damaged(small_vault: bytes) -> None:
    for extra in (b"\0", b"\n", b"x" * 1000, small_vault):
        assert outcome(small_vault + extra) is VaultDamaged


def test_body_flip_with_rewritten_checksum_is_altered_not_wrong_passphrase(
    tmp_path: Path, small_vault: bytes
) -> None:
    import hashlib

    rng = random.Random(7)
    _, _, _, header_len = PRELUDE.unpack_from(small_vault)
    start = PRELUDE.size + header_len
    path = tmp_path / "altered.wrapdesk"
    for _ in range(50):
        data = bytearray(small_vault[:-TRAILER_BYTES])
        data[rng.randrange(start, len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data) + hashlib.sha256(bytes(data)).digest())
        with pytest.raises(VaultAltered):
            Vault.open(path, PASSPHRASE)


def test_other_files_are_not_vaults(tmp_path: Path) -> None:
    samples = {
        "text": b"Dear diary, today was fine.\n",
        "png": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "zip": b"PK\x03\x04" + bytes(200),
        "sqlite": b"SQLite format 3\x00" + bytes(200),
    }
    for name, data in samples.items():
        path = tmp_path / f"{name}.wrapdesk"
        path.write_bytes(data)
        with pytest.raises(NotAVault):
            Vault.open(path, PASSPHRASE)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_parser(data: bytes) -> None:
    """Whatever the bytes, checking them raises a vault error or passes; nothing else."""
    try:
        container.parse(data)
    except VaultError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=64), st.integers(min_value=0))
def test_random_splices_into_a_vault_never_crash(
    small_vault: bytes, patch: bytes, where: int
) -> None:
    at = where % len(small_vault)
    data = small_vault[:at] + patch + small_vault[at + len(patch) :]
    try:
        container.parse(data)
    except VaultError:
        pass


def test_wrong_passphrase_is_not_reported_as_damage(tmp_path: Path, small_vault: bytes) -> None:
    path = tmp_path / "intact.wrapdesk"
    path.write_bytes(small_vault)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not the passphrase")
