"""The vault's bytes: prelude, JSON header, encrypted body, SHA-256 trailer.

::

    offset 0   8 bytes   magic b"WRAPDESK"
           8   u16 LE    format major version
          10   u16 LE    format minor version
          12   u32 LE    header length H
          16   H bytes   header: UTF-8 JSON, sorted keys, no spaces
        16+H   …         body: AES-256-GCM ciphertext with its 16-byte tag
     size-32   32 bytes  trailer: SHA-256 of every byte before it

The prelude and the trailer keep this shape in every future format version, so any
WrapDesk can tell "damaged" and "made by a newer version" apart. See docs/vault-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import struct
from dataclasses import dataclass
from typing import Any, Literal

from wrapdesk.vault.errors import NewerFormat, NotAVault, VaultAltered, VaultDamaged
from wrapdesk.vault.kdf import SALT_BYTES, Argon2Params

MAGIC = b"WRAPDESK"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
PRELUDE = struct.Struct("<8sHHI")
TRAILER_BYTES = 32
GCM_TAG_BYTES = 16
NONCE_BYTES = 12
MAX_HEADER_BYTES = 64 * 1024
MAX_SUPERSEDED_KEYS = 8  # old data keys a file may hold while its copies are sealed again
MAX_PENDING_COPIES = 256  # copies an unfinished key change may still have to seal again
_FILE_ID = re.compile(r"[0-9a-f]{32}")

SlotKind = Literal["passphrase", "recovery"]


X25519_BYTES = 32


MAC_BYTES = 32


@dataclass(frozen=True)
class RecoveryAuth:
    """Proof that a recovery slot was made by someone holding the recovery key.

    ``mac`` is an HMAC under a key derived from the recovery key; that key is also kept
    here wrapped under the data key (``nonce``, ``wrapped_key``), so the slot can be made
    again for a new data key without the recovery key at hand.
    """

    nonce: bytes
    wrapped_key: bytes
    mac: bytes


@dataclass(frozen=True)
class RecoveryParams:
    """A recovery slot's public keys (the recovery key's own, and this wrap's ephemeral
    one) and its authentication."""

    recipient: bytes
    ephemeral: bytes
    auth: RecoveryAuth | None = None  # None only while the slot is being made


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key, and how to derive the key that unwraps it."""

    kind: SlotKind
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    argon2: Argon2Params | None = None  # passphrase slots only
    recovery: RecoveryParams | None = None  # recovery slots only


@dataclass(frozen=True)
class BodyParams:
    """How this save's body key was derived from the data key, and the body's GCM nonce."""

    salt: bytes
    nonce: bytes


@dataclass(frozen=True)
class SupersededKey:
    """A data key replaced by a key change, wrapped under the current one, kept only until
    every backup and conflict copy it opens has been sealed again with the current key."""

    salt: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class UnfinishedChange:
    """A key change whose copies are not all sealed again yet: the old data keys, and the
    copies still to do, each known by its trailer (the SHA-256 of the rest of it), so only
    those exact files are ever sealed again, never one put beside the plan later."""

    old_keys: tuple[SupersededKey, ...]
    copies: tuple[bytes, ...]


@dataclass(frozen=True)
class Header:
    """Everything in the file that is not the encrypted body."""

    file_id: str
    save_counter: int
    saved_at: str
    slots: tuple[KeySlot, ...]
    body: BodyParams
    unfinished: UnfinishedChange | None = None  # usually None

    def slot(self, kind: SlotKind) -> KeySlot | None:
        """The slot of ``kind``, if the file has one."""
        return next((s for s in self.slots if s.kind == kind), None)


@dataclass(frozen=True)
class Envelope:
    """A parsed, checksum-verified file, not yet decrypted."""

    major: int
    minor: int
    header: Header
    associated_data: bytes  # prelude + header bytes, authenticated by the body
    ciphertext: memoryview  # a view into the file's bytes: a 20 MB plan is not copied again
    trailer: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise TypeError("expected base64 text")
    raw = base64.b64decode(value.encode("ascii"), validate=True)
    if length is not None and len(raw) != length:
        raise ValueError("wrong length")
    return raw


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    if slot.argon2 is not None:
        kdf: dict[str, Any] = {
            "name": "argon2id",
            "salt": _b64(slot.salt),
            "memory_kib": slot.argon2.memory_kib,
            "iterations": slot.argon2.iterations,
            "lanes": slot.argon2.lanes,
        }
    else:
        assert slot.recovery is not None
        kdf = {
            "name": "x25519-hkdf-sha256",
            "salt": _b64(slot.salt),
            "recipient": _b64(slot.recovery.recipient),
            "ephemeral": _b64(slot.recovery.ephemeral),
        }
    doc: dict[str, Any] = {
        "kind": slot.kind,
        "kdf": kdf,
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
    }
    if slot.recovery is not None and slot.recovery.auth is not None:
        auth = slot.recovery.auth
        doc["auth"] = {
            "nonce": _b64(auth.nonce),
            "wrapped_key": _b64(auth.wrapped_key),
            "mac": _b64(auth.mac),
        }
    return doc


def slot_binding(file_id: str, slot: KeySlot) -> bytes:
    """Associated data for wrapping a slot: ties it to this file and its own KDF settings."""
    kdf = _slot_to_json(slot)["kdf"]
    return b"wrapdesk-slot-1\0" + json.dumps(
        {"file_id": file_id, "kind": slot.kind, "kdf": kdf}, sort_keys=True, separators=(",", ":")
    ).encode("ascii")


def encode_header(header: Header) -> bytes:
    """The header as canonical JSON bytes."""
    doc = {
        "file_id": header.file_id,
        "save_counter": header.save_counter,
        "saved_at": header.saved_at,
        "slots": [_slot_to_json(s) for s in header.slots],
        "body": {
            "cipher": "aes-256-gcm",
            "key_derivation": "hkdf-sha256",
            "salt": _b64(header.body.salt),
            "nonce": _b64(header.body.nonce),
        },
    }
    if header.unfinished is not None:  # left out when None: such a file reads as it always did
        doc["unfinished_key_change"] = {
            "old_keys": [
                {"salt": _b64(k.salt), "nonce": _b64(k.nonce), "wrapped_key": _b64(k.wrapped_key)}
                for k in header.unfinished.old_keys
            ],
            "copies": [_b64(trailer) for trailer in header.unfinished.copies],
        }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def prelude_and_header(header: Header) -> bytes:
    """Prelude followed by header: the associated data of the body."""
    raw = encode_header(header)
    return PRELUDE.pack(MAGIC, FORMAT_MAJOR, FORMAT_MINOR, len(raw)) + raw


@dataclass(frozen=True)
class Sealed:
    """A file ready to write, kept in its three pieces so a 20 MB plan is never copied whole."""

    associated_data: bytes
    ciphertext: bytes
    trailer: bytes

    @property
    def parts(self) -> tuple[bytes, bytes, bytes]:
        """The pieces in file order."""
        return (self.associated_data, self.ciphertext, self.trailer)

    def matches(self, data: bytes) -> bool:
        """True if ``data`` is exactly these pieces, one after the other."""
        if len(data) != sum(len(part) for part in self.parts):
            return False
        at = 0
        for part in self.parts:
            # startswith at an offset is one memcmp, with no copy (comparing memoryviews
            # goes element by element: 1.7 ms of a 2 MB save's 8).
            if not data.startswith(part, at):
                return False
            at += len(part)
        return True

    def to_bytes(self) -> bytes:
        """The whole file as one bytes object."""
        return b"".join(self.parts)


def assemble(associated_data: bytes, ciphertext: bytes) -> Sealed:
    """The whole file: prelude, header, body and the trailer over them."""
    digest = hashlib.sha256(associated_data)
    digest.update(ciphertext)
    return Sealed(associated_data, ciphertext, digest.digest())


def _parse_slot(raw: object) -> KeySlot | None:
    if not isinstance(raw, dict):
        raise TypeError("slot")
    kind = raw["kind"]
    if kind not in ("passphrase", "recovery"):
        return None  # a slot kind from a later minor version: not ours to use
    kdf = raw["kdf"]
    if not isinstance(kdf, dict):
        raise TypeError("kdf")
    argon2 = None
    recovery = None
    if kind == "passphrase":
        if kdf["name"] != "argon2id":
            raise ValueError("passphrase slot kdf")
        values = (kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        if not all(type(v) is int for v in values):
            raise TypeError("argon2 params")
        argon2 = Argon2Params(*values)
        if not argon2.within_limits():
            raise ValueError("argon2 params out of range")
    elif kdf["name"] == "x25519-hkdf-sha256":
        auth = raw["auth"]
        if not isinstance(auth, dict):
            raise TypeError("auth")
        recovery = RecoveryParams(
            recipient=_unb64(kdf["recipient"], X25519_BYTES),
            ephemeral=_unb64(kdf["ephemeral"], X25519_BYTES),
            auth=RecoveryAuth(
                nonce=_unb64(auth["nonce"], NONCE_BYTES),
                wrapped_key=_unb64(auth["wrapped_key"], 32 + GCM_TAG_BYTES),
                mac=_unb64(auth["mac"], MAC_BYTES),
            ),
        )
    else:
        raise ValueError("recovery slot kdf")
    return KeySlot(
        kind=kind,
        salt=_unb64(kdf["salt"], SALT_BYTES),
        nonce=_unb64(raw["nonce"], NONCE_BYTES),
        wrapped_key=_unb64(raw["wrapped_key"], 32 + GCM_TAG_BYTES),
        argon2=argon2,
        recovery=recovery,
    )


def _parse_unfinished(raw: object) -> UnfinishedChange | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise TypeError("unfinished_key_change")
    keys, copies = raw["old_keys"], raw["copies"]
    if not isinstance(keys, list) or not 1 <= len(keys) <= MAX_SUPERSEDED_KEYS:
        raise ValueError("old_keys")
    if not isinstance(copies, list) or len(copies) > MAX_PENDING_COPIES:
        raise ValueError("copies")
    return UnfinishedChange(
        old_keys=_parse_superseded(keys),
        copies=tuple(_unb64(trailer, TRAILER_BYTES) for trailer in copies),
    )


def _parse_superseded(raw: list[object]) -> tuple[SupersededKey, ...]:
    keys = []
    for item in raw:
        if not isinstance(item, dict):
            raise TypeError("superseded key")
        keys.append(
            SupersededKey(
                salt=_unb64(item["salt"], SALT_BYTES),
                nonce=_unb64(item["nonce"], NONCE_BYTES),
                wrapped_key=_unb64(item["wrapped_key"], 32 + GCM_TAG_BYTES),
            )
        )
    return tuple(keys)


def decode_header(raw: bytes) -> Header:
    """Parse header bytes; any surprise raises :class:`VaultAltered`."""
    try:
        doc = json.loads(raw.decode("utf-8"))
        body = doc["body"]
        if body["cipher"] != "aes-256-gcm" or body["key_derivation"] != "hkdf-sha256":
            raise ValueError("body cipher")
        counter = doc["save_counter"]
        file_id = doc["file_id"]
        saved_at = doc["saved_at"]
        if type(counter) is not int or counter < 0:
            raise TypeError("save_counter")
        if not isinstance(file_id, str) or not _FILE_ID.fullmatch(file_id):
            raise TypeError("file_id")
        if not isinstance(saved_at, str):
            raise TypeError("saved_at")
        slots = tuple(s for s in map(_parse_slot, doc["slots"]) if s is not None)
        if not slots:
            raise ValueError("no key slots")
        unfinished = _parse_unfinished(doc.get("unfinished_key_change"))
        return Header(
            file_id=file_id,
            save_counter=counter,
            saved_at=saved_at,
            slots=slots,
            body=BodyParams(
                salt=_unb64(body["salt"], SALT_BYTES), nonce=_unb64(body["nonce"], NONCE_BYTES)
            ),
            unfinished=unfinished,
        )
    except (
        ValueError,
        TypeError,
        KeyError,
        UnicodeDecodeError,
        binascii.Error,
        RecursionError,
    ) as exc:
        raise VaultAltered("the header cannot be read") from exc


def _looks_like_magic(first: bytes) -> bool:
    """True for the magic itself, a prefix of it, or the magic with one byte changed."""
    if len(first) < len(MAGIC):
        return MAGIC.startswith(first)
    return sum(a != b for a, b in zip(first, MAGIC, strict=True)) <= 1


def check_prelude(data: bytes) -> tuple[int, int, int]:
    """Magic and version only: (major, minor, header length). Used before any other check."""
    if not _looks_like_magic(data[: len(MAGIC)]):
        raise NotAVault("this is not a WrapDesk plan file")
    if data[: len(MAGIC)] != MAGIC or len(data) < PRELUDE.size + TRAILER_BYTES:
        raise VaultDamaged("the start of the file is damaged or the file is cut short")
    _, major, minor, header_len = PRELUDE.unpack_from(data)
    return major, minor, header_len


def check_trailer(data: bytes) -> None:
    """Raise :class:`VaultDamaged` unless the last 32 bytes are the SHA-256 of the rest."""
    if hashlib.sha256(memoryview(data)[:-TRAILER_BYTES]).digest() != data[-TRAILER_BYTES:]:
        raise VaultDamaged("the file's checksum does not match its contents")


def parse(data: bytes) -> Envelope:
    """Check and split a whole file. No key needed; decryption happens elsewhere."""
    check_prelude(data)
    check_trailer(data)
    _, major, minor, header_len = PRELUDE.unpack_from(data)
    if major > FORMAT_MAJOR:
        raise NewerFormat(major, minor)
    if major < 1:
        raise VaultAltered("unknown format version")
    body_start = PRELUDE.size + header_len
    if header_len > MAX_HEADER_BYTES or body_start + GCM_TAG_BYTES > len(data) - TRAILER_BYTES:
        raise VaultAltered("the header length is impossible")
    header = decode_header(data[PRELUDE.size : body_start])
    return Envelope(
        major=major,
        minor=minor,
        header=header,
        associated_data=data[:body_start],
        ciphertext=memoryview(data)[body_start:-TRAILER_BYTES],
        trailer=data[-TRAILER_BYTES:],
    )
