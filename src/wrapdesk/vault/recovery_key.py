"""The printed recovery key: 128 random bits written as 8 groups of 6 digits.

Each group carries 16 bits as ``value * 11 + position``, so a group is valid only
if it leaves the remainder of its own position (0-7) when divided by 11. As with
BitLocker's recovery passwords, any single mistyped digit and any swap of two
neighbouring digits changes that remainder, so the group at fault can be named.
Unlike BitLocker, the remainder also differs per position, so groups typed in the
wrong order are caught too.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from wrapdesk.vault.errors import RecoveryKeyMistyped

GROUPS = 8
DIGITS_PER_GROUP = 6
KEY_BYTES = 16
_MODULUS = 11
_MAX_GROUP = 0xFFFF * _MODULUS + GROUPS - 1  # 720 892: always fits in six digits


@dataclass(frozen=True, repr=False)
class RecoveryKey:
    """A 128-bit recovery key. ``repr`` never shows it, so it cannot leak into logs."""

    key: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("a recovery key is 16 bytes")

    @classmethod
    def generate(cls) -> RecoveryKey:
        """Make a new random key from the operating system's secure source."""
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def groups(self) -> tuple[str, ...]:
        """The eight printed groups of six digits."""
        out = []
        for i in range(GROUPS):
            value = int.from_bytes(self.key[2 * i : 2 * i + 2], "big")
            out.append(f"{value * _MODULUS + i:06d}")
        return tuple(out)

    def formatted(self) -> str:
        """The key as people see and type it: ``123456-234567-…``."""
        return "-".join(self.groups)

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed key; anything that is not a digit separates or is ignored.

        Raises :class:`RecoveryKeyMistyped` naming the groups that fail their check.
        """
        digits = re.sub(r"\D", "", text)
        if len(digits) != GROUPS * DIGITS_PER_GROUP:
            # Try to name the culprit: with separators typed, groups can be judged one by one.
            parts = [p for p in re.split(r"\D+", text) if p]
            bad = tuple(
                i + 1
                for i, part in enumerate(parts[:GROUPS])
                if len(part) != DIGITS_PER_GROUP or not _group_ok(int(part), i)
            )
            raise RecoveryKeyMistyped(bad, len(digits))
        key = bytearray()
        bad_groups = []
        for i in range(GROUPS):
            value = int(digits[i * DIGITS_PER_GROUP : (i + 1) * DIGITS_PER_GROUP])
            if not _group_ok(value, i):
                bad_groups.append(i + 1)
                continue
            key += (value // _MODULUS).to_bytes(2, "big")
        if bad_groups:
            raise RecoveryKeyMistyped(tuple(bad_groups), len(digits))
        return cls(bytes(key))

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"


def _group_ok(value: int, position: int) -> bool:
    return value <= _MAX_GROUP and value % _MODULUS == position
