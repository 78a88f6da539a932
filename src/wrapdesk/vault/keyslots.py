"""Key slots: the data key wrapped once per way of opening the file.

The passphrase slot wraps the data key under an Argon2id key. The recovery slot wraps it
to an X25519 public key whose private half comes from the printed recovery key, so the
data key can be replaced (after a passphrase change, say) without the recovery key at
hand: only its public half, kept in the header, is needed to wrap a new data key for it.
Each wrap is AES-256-GCM with the file id and the slot's own settings as associated data,
so a slot copied from another file, or with its settings edited, never opens.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wrapdesk.vault.container import NONCE_BYTES, KeySlot, RecoveryParams, slot_binding
from wrapdesk.vault.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    Argon2Params,
    derive_from_key,
    derive_from_passphrase,
)
from wrapdesk.vault.recovery_key import RecoveryKey

_RECOVERY_PRIVATE_INFO = b"wrapdesk recovery x25519 1"
_RECOVERY_WRAP_INFO = b"wrapdesk recovery slot 1"


class SlotMismatch(Exception):
    """The secret did not unwrap this slot (wrong secret, or the slot is not this file's)."""


def new_data_key() -> bytearray:
    """A fresh random data key."""
    return bytearray(os.urandom(KEY_BYTES))


@dataclass(frozen=True, repr=False)
class PassphraseKek:
    """A passphrase's key-encryption key with the slot settings it was derived for.

    Kept while a plan is open so the data key can be rewrapped for the same passphrase
    without asking for it again. ``repr`` never shows the key.
    """

    salt: bytes
    params: Argon2Params
    key: bytearray

    def wipe(self) -> None:
        """Overwrite the key in memory."""
        self.key[:] = bytes(len(self.key))

    def __repr__(self) -> str:
        return "PassphraseKek(<hidden>)"


def _wrap(kek: bytes, file_id: str, unsealed: KeySlot, data_key: bytes) -> KeySlot:
    wrapped = AESGCM(kek).encrypt(unsealed.nonce, data_key, slot_binding(file_id, unsealed))
    return KeySlot(
        kind=unsealed.kind,
        salt=unsealed.salt,
        nonce=unsealed.nonce,
        wrapped_key=wrapped,
        argon2=unsealed.argon2,
        recovery=unsealed.recovery,
    )


def _unwrap(kek: bytes, file_id: str, slot: KeySlot) -> bytearray:
    try:
        return bytearray(
            AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot_binding(file_id, slot))
        )
    except InvalidTag:
        raise SlotMismatch from None


# ---------------------------------------------------------------------------- passphrase


def passphrase_kek(passphrase: str, slot: KeySlot) -> PassphraseKek:
    """The key-encryption key a passphrase gives for ``slot`` (the slow step)."""
    if slot.argon2 is None:
        raise ValueError("not a passphrase slot")
    key = derive_from_passphrase(passphrase, slot.salt, slot.argon2)
    return PassphraseKek(slot.salt, slot.argon2, bytearray(key))


def new_passphrase_kek(passphrase: str, params: Argon2Params) -> PassphraseKek:
    """The key-encryption key for a new passphrase, with a fresh salt (the slow step)."""
    salt = os.urandom(SALT_BYTES)
    return PassphraseKek(salt, params, bytearray(derive_from_passphrase(passphrase, salt, params)))


def seal_passphrase(kek: PassphraseKek, file_id: str, data_key: bytes) -> KeySlot:
    """A passphrase slot wrapping ``data_key`` under ``kek``, with a fresh nonce."""
    template = KeySlot(
        kind="passphrase",
        salt=kek.salt,
        nonce=os.urandom(NONCE_BYTES),
        wrapped_key=b"",
        argon2=kek.params,
    )
    return _wrap(bytes(kek.key), file_id, template, data_key)


def open_with_kek(kek: PassphraseKek, file_id: str, slot: KeySlot) -> bytearray:
    """Unwrap the data key with an already derived key-encryption key."""
    if slot.salt != kek.salt or slot.argon2 != kek.params:
        raise SlotMismatch
    return _unwrap(bytes(kek.key), file_id, slot)


# ---------------------------------------------------------------------------- recovery


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _recovery_private(recovery_key: RecoveryKey, salt: bytes) -> X25519PrivateKey:
    seed = derive_from_key(recovery_key.key, salt, _RECOVERY_PRIVATE_INFO)
    return X25519PrivateKey.from_private_bytes(seed)


def _recovery_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    if not any(shared):  # a low-order point: never a key we made
        raise SlotMismatch
    return derive_from_key(shared, ephemeral + recipient, _RECOVERY_WRAP_INFO)


def seal_recovery(recipient: RecoveryParams, salt: bytes, file_id: str, data_key: bytes) -> KeySlot:
    """A recovery slot wrapping ``data_key`` to ``recipient``: needs no recovery key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.recipient))
    except ValueError:
        raise SlotMismatch from None
    kek = _recovery_kek(shared, ephemeral_public, recipient.recipient)
    template = KeySlot(
        kind="recovery",
        salt=salt,
        nonce=os.urandom(NONCE_BYTES),
        wrapped_key=b"",
        recovery=RecoveryParams(recipient=recipient.recipient, ephemeral=ephemeral_public),
    )
    return _wrap(kek, file_id, template, data_key)


def new_recovery_slot(recovery_key: RecoveryKey, file_id: str, data_key: bytes) -> KeySlot:
    """A recovery slot for a new recovery key."""
    salt = os.urandom(SALT_BYTES)
    public = _public_bytes(_recovery_private(recovery_key, salt).public_key())
    return seal_recovery(RecoveryParams(public, b""), salt, file_id, data_key)


def open_recovery(recovery_key: RecoveryKey, file_id: str, slot: KeySlot) -> bytearray:
    """Unwrap the data key with the recovery key."""
    if slot.recovery is None:
        raise SlotMismatch
    private = _recovery_private(recovery_key, slot.salt)
    if not hmac.compare_digest(_public_bytes(private.public_key()), slot.recovery.recipient):
        raise SlotMismatch  # not the key this slot was made for
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(slot.recovery.ephemeral))
    except ValueError:
        raise SlotMismatch from None
    kek = _recovery_kek(shared, slot.recovery.ephemeral, slot.recovery.recipient)
    return _unwrap(kek, file_id, slot)


def rewrap(
    slots: tuple[KeySlot, ...], kek: PassphraseKek | None, file_id: str, data_key: bytes
) -> tuple[KeySlot, ...]:
    """Every slot wrapping ``data_key`` instead, for the same passphrase and recovery key.

    The passphrase slot needs its key-encryption key; the recovery slot needs nothing.
    """
    out = []
    for slot in slots:
        if slot.kind == "passphrase":
            if kek is None:
                raise ValueError("the passphrase slot needs its key to be rewrapped")
            out.append(seal_passphrase(kek, file_id, data_key))
        else:
            assert slot.recovery is not None
            out.append(seal_recovery(slot.recovery, slot.salt, file_id, data_key))
    return tuple(out)
