"""What WrapDesk asks of a new passphrase."""

from __future__ import annotations

MIN_LENGTH = 8


def too_short(passphrase: str) -> bool:
    """True if ``passphrase`` is shorter than WrapDesk accepts for a new plan."""
    return len(passphrase) < MIN_LENGTH
