"""Standard age files through pyrage: seal to a passphrase or a supporter key, and open.

Everything happens in memory. Opening looks at the file's shape first
(:mod:`wrapdesk.exchange.age_format`), so a file that is not age, is cut short, needs
the other kind of secret or demands too much passphrase work is told apart before any
decryption is tried. pyrage then says only "that key does not fit" or "the contents fail
their checks"; which one is read from its error, as pinned by the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from wrapdesk.exchange.age_format import inspect
from wrapdesk.exchange.errors import (
    KeyKind,
    ShareFileDamaged,
    ShareTooCostly,
    WrongShareKey,
)
from wrapdesk.exchange.keys import AgeIdentity, parse_recipient
from wrapdesk.exchange.passphrase import typed_forms

Secret = str | AgeIdentity
"""A passphrase (text) or the supporter's own key."""

# pyrage's words for "this secret does not open the file" (age's header stage); every
# other decryption error means the file's contents failed authentication.
_WRONG_KEY_ERRORS = ("No matching keys found", "Decryption failed")
_TOO_MUCH_WORK = "Excessive work parameter"


def seal_with_passphrase(plaintext: bytes, passphrase: str, *, armor: bool = False) -> bytes:
    """An age file that opens with ``passphrase`` (scrypt, at rage's own work factor)."""
    if not passphrase:
        raise ValueError("an empty passphrase would protect nothing")
    sealed: bytes = age_passphrase.encrypt(plaintext, passphrase, armored=armor)
    return sealed


def seal_to_recipient(plaintext: bytes, recipient: str, *, armor: bool = False) -> bytes:
    """An age file that opens with the secret key belonging to public key ``recipient``."""
    key = x25519.Recipient.from_str(parse_recipient(recipient))
    sealed: bytes = pyrage.encrypt(plaintext, [key], armored=armor)
    return sealed


def needs(data: bytes) -> KeyKind:
    """The kind of secret an age file opens with (raises if it is not a sound age file)."""
    return inspect(data)[1].needs


def open_age(data: bytes, secret: Secret) -> bytes:
    """The plaintext of an age file, opened with a passphrase or the supporter's key."""
    binary, header = inspect(data)
    given: KeyKind = "age-key" if isinstance(secret, AgeIdentity) else "passphrase"
    if header.needs != given:
        raise WrongShareKey(header.needs, given)
    if isinstance(secret, AgeIdentity):
        attempts: list[tuple[Callable[[bytes, Any], bytes], Any]] = [
            (pyrage.decrypt, secret.pyrage_identities())
        ]
    else:
        attempts = [(age_passphrase.decrypt, form) for form in typed_forms(secret)]
    for decrypt, key in attempts:
        try:
            plaintext: bytes = decrypt(binary, key)
        except pyrage.DecryptError as exc:
            message = str(exc)
            if message.startswith(_WRONG_KEY_ERRORS):
                continue
            if message.startswith(_TOO_MUCH_WORK):
                # rage's own cap (its one-second work factor on this computer, plus four)
                # can be below age's on a slow computer: refused for the same reason.
                raise ShareTooCostly(header.work_factor or 0, None) from None
            raise ShareFileDamaged("contents") from None
        return plaintext
    raise WrongShareKey(header.needs, given)
