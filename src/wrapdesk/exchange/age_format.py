"""An age file's outer shape, read without any key: armor, header, recipient types, work.

pyrage does all the cryptography. This module only looks, so that WrapDesk can tell a file
that is not age at all from one that is cut short, say which kind of secret a file opens
with before asking for it, and refuse a passphrase file that demands more work than the
standard ``age`` tool itself would do (a file made to stall the supporter's computer).
The grammar is the age v1 format's (age-encryption.org/v1), read strictly.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from wrapdesk.exchange.errors import KeyKind, NotAShareFile, ShareFileDamaged, ShareTooCostly

INTRO = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
ARMOR_COLUMNS = 64

MAX_FILE_BYTES = 160 * 1024 * 1024
"""Far above any plan a person writes (the ten-year plan shares in well under 1 MB)."""
MAX_HEADER_BYTES = 64 * 1024
MAX_STANZAS = 64
MAX_SCRYPT_WORK_FACTOR = 22
"""The standard ``age`` tool's own limit (2**22 scrypt, 4 GiB, ~15 s). WrapDesk's exports
use rage's choice of about one second on the sender's computer (19 on a 2-core server),
``age -p`` uses 18, so every honest file fits; a file asking for more is refused unread."""

_PAYLOAD_MIN = 16 + 16  # the payload nonce, then at least one chunk's 16-byte tag
_BODY_LINE = re.compile(rb"^[A-Za-z0-9+/]{0,64}$")
_MAC = re.compile(rb"^[A-Za-z0-9+/]{43}$")
_ARG = re.compile(rb"^[\x21-\x7e]+$")
_WORK_FACTOR = re.compile(rb"^[1-9][0-9]?$")


@dataclass(frozen=True)
class AgeHeader:
    """What an age file's header says: the recipient stanzas' types and the scrypt work."""

    stanza_types: tuple[str, ...]
    work_factor: int | None
    payload_offset: int

    @property
    def needs(self) -> KeyKind:
        """The kind of secret this file opens with."""
        if "scrypt" in self.stanza_types:
            return "passphrase"
        if "X25519" in self.stanza_types:
            return "age-key"
        return "other"


def dearmor(data: bytes) -> tuple[bytes, bool]:
    """The binary age file, and whether ``data`` was armored (text, for email).

    Whitespace around the armor is tolerated (a file saved from an email often has some),
    as are CRLF line ends and trailing spaces; the base64 inside must be valid.
    """
    stripped = data.strip()
    if not stripped.startswith(ARMOR_BEGIN):
        return data, False
    if not stripped.endswith(ARMOR_END) or len(stripped) < len(ARMOR_BEGIN) + len(ARMOR_END):
        raise ShareFileDamaged("armor-cut-short")
    inner = stripped[len(ARMOR_BEGIN) : -len(ARMOR_END)]
    lines = [line.rstrip() for line in inner.split(b"\n")]
    lines = [line for line in lines if line]
    if not lines or any(len(line) > ARMOR_COLUMNS for line in lines):
        raise ShareFileDamaged("armor")
    try:
        return base64.b64decode(b"".join(lines), validate=True), True
    except (binascii.Error, ValueError):
        raise ShareFileDamaged("armor") from None


def read_header(binary: bytes) -> AgeHeader:
    """Parse a binary age file's header; raise a typed error for anything not age v1."""
    if not binary.startswith(INTRO):
        if binary and INTRO.startswith(binary):
            raise ShareFileDamaged("cut-short")
        raise NotAShareFile("not-age")
    pos = len(INTRO)
    types: list[str] = []
    work_factor: int | None = None
    while True:
        line, pos = _next_line(binary, pos)
        if line.startswith(b"--- "):
            if not _MAC.match(line[4:]):
                raise ShareFileDamaged("header")
            break
        if not line.startswith(b"-> "):
            raise ShareFileDamaged("header")
        args = line[3:].split(b" ")
        if not all(_ARG.match(arg) for arg in args):
            raise ShareFileDamaged("header")
        pos = _skip_body(binary, pos)
        kind = args[0].decode("ascii")
        if kind == "scrypt":
            work_factor = _scrypt_work_factor(args)
        types.append(kind)
        if len(types) > MAX_STANZAS:
            raise ShareFileDamaged("header")
    if "scrypt" in types and len(types) != 1:
        raise ShareFileDamaged("header")  # age: a passphrase must be the file's only recipient
    if len(binary) - pos < _PAYLOAD_MIN:
        raise ShareFileDamaged("cut-short")
    return AgeHeader(stanza_types=tuple(types), work_factor=work_factor, payload_offset=pos)


def _next_line(binary: bytes, pos: int) -> tuple[bytes, int]:
    end = binary.find(b"\n", pos, MAX_HEADER_BYTES)
    if end < 0:
        if len(binary) < MAX_HEADER_BYTES:
            raise ShareFileDamaged("cut-short")
        raise ShareFileDamaged("header")
    return binary[pos:end], end + 1


def _skip_body(binary: bytes, pos: int) -> int:
    """Step over a stanza's body: full 64-column base64 lines, then one shorter line."""
    while True:
        line, pos = _next_line(binary, pos)
        if not _BODY_LINE.match(line):
            raise ShareFileDamaged("header")
        if len(line) < 64:
            return pos


def _scrypt_work_factor(args: list[bytes]) -> int:
    if len(args) != 3 or not _WORK_FACTOR.match(args[2]):
        raise ShareFileDamaged("header")
    work_factor = int(args[2])
    if work_factor > MAX_SCRYPT_WORK_FACTOR:
        raise ShareTooCostly(work_factor, MAX_SCRYPT_WORK_FACTOR)
    return work_factor


def inspect(data: bytes) -> tuple[bytes, AgeHeader]:
    """The binary age file inside ``data`` (armored or not) and its header."""
    if len(data) > MAX_FILE_BYTES:
        raise NotAShareFile("too-large")
    binary, _armored = dearmor(data)
    return binary, read_header(binary)
