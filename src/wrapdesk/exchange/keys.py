"""Supporter keys: age X25519 identities (secret) and recipients (public, ``age1…``).

A supporter's WrapDesk makes an identity and keeps it in their own vault; they send the
public key to the person, who pastes it (or opens the file it came in). Text is read the
way ``age`` reads recipient and identity files: one key a line, blank lines and ``#``
comments ignored. A pasted secret key is refused by name: it must never be sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyrage
from pyrage import x25519

from wrapdesk.exchange.errors import IdentityInvalid, RecipientInvalid

SECRET_PREFIX = "AGE-SECRET-KEY-1"  # noqa: S105 - the prefix that marks a secret key
RECIPIENT_PREFIX = "age1"
MAX_KEY_TEXT = 64 * 1024
# "Public key: age1…" is how age-keygen announces a key; people copy the whole line.
_LABEL = re.compile(r"^#?\s*public key:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class AgeIdentity:
    """One or more age secret keys. The secrets never appear in ``repr`` or logs."""

    secret_keys: tuple[str, ...] = field(repr=False)

    @property
    def recipients(self) -> tuple[str, ...]:
        """The public key of each secret key, in order."""
        return tuple(str(identity.to_public()) for identity in self.pyrage_identities())

    def pyrage_identities(self) -> list[Any]:
        """The keys as pyrage objects, for decryption."""
        return [x25519.Identity.from_str(secret) for secret in self.secret_keys]


def new_identity() -> AgeIdentity:
    """A fresh X25519 identity from the operating system's random source."""
    return AgeIdentity((str(x25519.Identity.generate()),))


def _key_lines(text: str) -> list[str]:
    """The lines of ``text`` that are not blank and not ``#`` comments, stripped."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def parse_recipient(text: str) -> str:
    """The one age public key in ``text`` (pasted, or a file the supporter sent), canonical.

    Raises :class:`RecipientInvalid` with a reason the message can name.
    """
    if len(text) > MAX_KEY_TEXT:
        raise RecipientInvalid("malformed")
    if SECRET_PREFIX in text.upper():
        raise RecipientInvalid("secret-key")
    labelled = [_LABEL.sub("", line.strip()) for line in text.splitlines()]
    # The same key twice (a comment and its line, say) is still one key.
    lines = list(dict.fromkeys(line for line in labelled if line and not line.startswith("#")))
    if not lines:
        raise RecipientInvalid("empty")
    if len(lines) > 1:
        raise RecipientInvalid("several")
    token = lines[0]
    folded = token.lower()
    if folded.startswith("ssh-") or (
        folded.startswith(RECIPIENT_PREFIX) and folded.rfind("1") > len(RECIPIENT_PREFIX) - 1
    ):
        # ssh keys and age plugin keys (age1yubikey1…): keys WrapDesk does not use.
        raise RecipientInvalid("unsupported")
    if any(ch.isspace() for ch in token) or not folded.startswith(RECIPIENT_PREFIX):
        raise RecipientInvalid("malformed")
    if token != folded and token != token.upper():
        raise RecipientInvalid("malformed")  # bech32 is one case or the other, never mixed
    try:
        return str(x25519.Recipient.from_str(folded))
    except pyrage.RecipientError:
        raise RecipientInvalid("malformed") from None


def parse_identities(text: str) -> AgeIdentity:
    """The age secret keys in ``text`` (an identity file, as ``age -i`` reads it)."""
    if len(text) > MAX_KEY_TEXT:
        raise IdentityInvalid("malformed")
    secrets: list[str] = []
    for line in _key_lines(text):
        upper = line.upper()
        if line.lower().startswith(RECIPIENT_PREFIX):
            raise IdentityInvalid("public-key")
        if not upper.startswith(SECRET_PREFIX) or (line != upper and line != line.lower()):
            raise IdentityInvalid("malformed")
        try:
            secrets.append(str(x25519.Identity.from_str(upper)))
        except pyrage.IdentityError:
            raise IdentityInvalid("malformed") from None
    if not secrets:
        raise IdentityInvalid("empty")
    return AgeIdentity(tuple(secrets))
