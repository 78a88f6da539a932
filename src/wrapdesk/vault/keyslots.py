"""Key slots: the data key wrapped once per way of opening the file.

The passphrase slot wraps the data key under an Argon2id key. The recovery slot wraps it
to an X25519 public key whose private half comes from the printed recovery key, so the
data key can be replaced (after a passphrase change, say) without the recovery key at
hand: only its public half, kept in the header, is needed to wrap a new data key for it.
Because the public half is no secret, the recovery slot also carries an HMAC under a key
only the recovery key (or the data key, which keeps a wrapped copy) gives: a slot forged
from the public half alone is refused as altered.
Each wrap is AES-256-GCM with the file id and the slot's own settings as associated data,
so a slot copied from another file, or with its settings edited, never opens.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wrapdesk.vault.container import (
    NONCE_BYTES,
    KeySlot,
    RecoveryAuth,
    RecoveryParams,
    SupersededKey,
    slot_binding,
)
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
_RECOVERY_AUTH_INFO = b"wrapdesk recovery auth 1"
_RECOVERY_AUTH_WRAP_INFO = b"wrapdesk recovery auth wrap 1"
_MAC_PREFIX = b"wrapdesk recovery mac 1\0"
_SUPERSEDED_INFO = b"wrapdesk superseded key 1"
_SUPERSEDED_BINDING = b"wrapdesk-superseded-1\0"


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


class SlotAltered(Exception):
    """The recovery key is right, but the slot was not made with it or was changed since."""


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _recovery_private(recovery_key: RecoveryKey, salt: bytes) -> X25519PrivateKey:
    seed = derive_from_key(recovery_key.key, salt, _RECOVERY_PRIVATE_INFO)
    return X25519PrivateKey.from_private_bytes(seed)


def _recovery_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    if not any(shared):  # a low-order point: never a key we made
        raise SlotAltered
    return derive_from_key(shared, ephemeral + recipient, _RECOVERY_WRAP_INFO)


def _auth_key(recovery_key: RecoveryKey, salt: bytes) -> bytes:
    return derive_from_key(recovery_key.key, salt, _RECOVERY_AUTH_INFO)


def _auth_wrap_key(data_key: bytes, salt: bytes) -> bytes:
    return derive_from_key(data_key, salt, _RECOVERY_AUTH_WRAP_INFO)


def _mac(
    auth_key: bytes, file_id: str, slot: KeySlot, auth_nonce: bytes, auth_wrapped: bytes
) -> bytes:
    message = b"".join(
        (
            _MAC_PREFIX,
            slot_binding(file_id, slot),
            slot.nonce,
            slot.wrapped_key,
            auth_nonce,
            auth_wrapped,
        )
    )
    return hmac.new(auth_key, message, hashlib.sha256).digest()


def recovery_auth_key(slot: KeySlot, file_id: str, data_key: bytes) -> bytes:
    """The slot's authentication key, unwrapped with the data key (to make the slot again)."""
    if slot.recovery is None or slot.recovery.auth is None:
        raise SlotAltered
    auth = slot.recovery.auth
    try:
        return AESGCM(_auth_wrap_key(data_key, slot.salt)).decrypt(
            auth.nonce, auth.wrapped_key, slot_binding(file_id, slot)
        )
    except InvalidTag:
        raise SlotAltered from None


def seal_recovery(
    recipient: bytes, salt: bytes, file_id: str, data_key: bytes, auth_key: bytes
) -> KeySlot:
    """A recovery slot wrapping ``data_key`` to ``recipient``: needs no recovery key, only
    the slot's authentication key (from :func:`recovery_auth_key` or the recovery key)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    except ValueError:
        raise SlotAltered from None
    kek = _recovery_kek(shared, ephemeral_public, recipient)
    template = KeySlot(
        kind="recovery",
        salt=salt,
        nonce=os.urandom(NONCE_BYTES),
        wrapped_key=b"",
        recovery=RecoveryParams(recipient=recipient, ephemeral=ephemeral_public),
    )
    slot = _wrap(kek, file_id, template, data_key)
    auth_nonce = os.urandom(NONCE_BYTES)
    auth_wrapped = AESGCM(_auth_wrap_key(data_key, salt)).encrypt(
        auth_nonce, auth_key, slot_binding(file_id, slot)
    )
    auth = RecoveryAuth(
        auth_nonce, auth_wrapped, _mac(auth_key, file_id, slot, auth_nonce, auth_wrapped)
    )
    return replace(slot, recovery=RecoveryParams(recipient, ephemeral_public, auth))


def new_recovery_slot(recovery_key: RecoveryKey, file_id: str, data_key: bytes) -> KeySlot:
    """A recovery slot for a new recovery key."""
    salt = os.urandom(SALT_BYTES)
    public = _public_bytes(_recovery_private(recovery_key, salt).public_key())
    return seal_recovery(public, salt, file_id, data_key, _auth_key(recovery_key, salt))


def open_recovery(recovery_key: RecoveryKey, file_id: str, slot: KeySlot) -> bytearray:
    """Unwrap the data key with the recovery key.

    :class:`SlotMismatch` if the key is not this slot's; :class:`SlotAltered` if it is, but
    the slot was not made with it (someone who only knows the public half forged it) or
    was changed.
    """
    if slot.recovery is None or slot.recovery.auth is None:
        raise SlotMismatch
    private = _recovery_private(recovery_key, slot.salt)
    if not hmac.compare_digest(_public_bytes(private.public_key()), slot.recovery.recipient):
        raise SlotMismatch  # not the key this slot was made for
    auth = slot.recovery.auth
    expected = _mac(_auth_key(recovery_key, slot.salt), file_id, slot, auth.nonce, auth.wrapped_key)
    if not hmac.compare_digest(expected, auth.mac):
        raise SlotAltered
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(slot.recovery.ephemeral))
    except ValueError:
        raise SlotAltered from None
    kek = _recovery_kek(shared, slot.recovery.ephemeral, slot.recovery.recipient)
    try:
        return _unwrap(kek, file_id, slot)
    except SlotMismatch:
        raise SlotAltered from None


# ---------------------------------------------------------------------------- superseded keys


def wrap_superseded(data_key: bytes, file_id: str, old_key: bytes) -> SupersededKey:
    """``old_key`` wrapped under a key derived from the current ``data_key``.

    Kept in the header after a key change until every copy ``old_key`` opens has been
    sealed again, so a change cut short by a crash can be finished at the next unlock.
    """
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = derive_from_key(data_key, salt, _SUPERSEDED_INFO)
    wrapped = AESGCM(kek).encrypt(nonce, old_key, _SUPERSEDED_BINDING + file_id.encode("ascii"))
    return SupersededKey(salt=salt, nonce=nonce, wrapped_key=wrapped)


def unwrap_superseded(data_key: bytes, file_id: str, key: SupersededKey) -> bytearray:
    """The old data key inside ``key``; :class:`SlotAltered` if it does not unwrap."""
    kek = derive_from_key(data_key, key.salt, _SUPERSEDED_INFO)
    try:
        return bytearray(
            AESGCM(kek).decrypt(
                key.nonce, key.wrapped_key, _SUPERSEDED_BINDING + file_id.encode("ascii")
            )
        )
    except InvalidTag:
        raise SlotAltered("a superseded key does not unwrap") from None
