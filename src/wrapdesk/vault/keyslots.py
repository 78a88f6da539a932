"""Key slots: the data key wrapped once per way of opening the file.

The data key (256 random bits) never changes for the life of the file. The passphrase
slot wraps it under an Argon2id key, the recovery slot under an HKDF key from the
printed recovery key. Each wrap is AES-256-GCM with the file id and the slot's own KDF
settings as associated data, so a slot copied from another file, or with its settings
edited, never opens.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wrapdesk.vault.container import NONCE_BYTES, KeySlot, slot_binding
from wrapdesk.vault.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    Argon2Params,
    derive_from_key,
    derive_from_passphrase,
)
from wrapdesk.vault.recovery_key import RecoveryKey

_RECOVERY_INFO = b"wrapdesk recovery slot 1"


class SlotMismatch(Exception):
    """The secret did not unwrap this slot (wrong secret, or the slot is not this file's)."""


def new_data_key() -> bytes:
    """A fresh random data key."""
    return os.urandom(KEY_BYTES)


def _wrap(kek: bytes, file_id: str, unsealed: KeySlot, data_key: bytes) -> KeySlot:
    wrapped = AESGCM(kek).encrypt(unsealed.nonce, data_key, slot_binding(file_id, unsealed))
    return KeySlot(
        kind=unsealed.kind,
        salt=unsealed.salt,
        nonce=unsealed.nonce,
        wrapped_key=wrapped,
        argon2=unsealed.argon2,
    )


def _unwrap(kek: bytes, file_id: str, slot: KeySlot) -> bytes:
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot_binding(file_id, slot))
    except InvalidTag:
        raise SlotMismatch from None


def passphrase_kek(passphrase: str, slot: KeySlot) -> bytes:
    """The key-encryption key a passphrase gives for ``slot`` (the slow step)."""
    if slot.argon2 is None:
        raise ValueError("not a passphrase slot")
    return derive_from_passphrase(passphrase, slot.salt, slot.argon2)


def seal_passphrase(
    passphrase: str, params: Argon2Params, file_id: str, data_key: bytes
) -> tuple[KeySlot, bytes]:
    """A new passphrase slot with a fresh salt; also returns its key-encryption key."""
    template = KeySlot(
        kind="passphrase",
        salt=os.urandom(SALT_BYTES),
        nonce=os.urandom(NONCE_BYTES),
        wrapped_key=b"",
        argon2=params,
    )
    kek = passphrase_kek(passphrase, template)
    return _wrap(kek, file_id, template, data_key), kek


def seal_recovery(recovery_key: RecoveryKey, file_id: str, data_key: bytes) -> KeySlot:
    """A new recovery slot with a fresh salt."""
    template = KeySlot(
        kind="recovery", salt=os.urandom(SALT_BYTES), nonce=os.urandom(NONCE_BYTES), wrapped_key=b""
    )
    kek = derive_from_key(recovery_key.key, template.salt, _RECOVERY_INFO)
    return _wrap(kek, file_id, template, data_key)


def open_with_kek(kek: bytes, file_id: str, slot: KeySlot) -> bytes:
    """Unwrap the data key with an already derived key-encryption key."""
    return _unwrap(kek, file_id, slot)


def open_recovery(recovery_key: RecoveryKey, file_id: str, slot: KeySlot) -> bytes:
    """Unwrap the data key with the recovery key."""
    kek = derive_from_key(recovery_key.key, slot.salt, _RECOVERY_INFO)
    return _unwrap(kek, file_id, slot)
