"""What WrapDesk asks of a new passphrase, and how strong one is, in plain words.

Strength comes from zxcvbn (a well-kept estimator of how many guesses a passphrase
would take, which knows common passwords, names, dates and keyboard patterns); the
words shown are WrapDesk's own, in the person's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wrapdesk.i18n import Translate

MIN_LENGTH = 8
MIN_SCORE = 2  # zxcvbn's 0-4 scale: below this, WrapDesk asks for something stronger


@dataclass(frozen=True)
class Strength:
    """How strong a passphrase is: a 0-4 score, whether it is accepted, and why."""

    score: int
    acceptable: bool
    words: str


def too_short(passphrase: str) -> bool:
    """True if ``passphrase`` is shorter than WrapDesk accepts for a new plan."""
    return len(passphrase) < MIN_LENGTH


def strength(passphrase: str, translate: Translate, also_avoid: Sequence[str] = ()) -> Strength:
    """Judge a new passphrase; ``also_avoid`` are words easy to guess here (a name, a file)."""
    if not passphrase:
        return Strength(
            0,
            False,
            translate(
                "Passphrase", "Choose a passphrase: three or four unrelated words work well."
            ),
        )
    if too_short(passphrase):
        return Strength(
            0,
            False,
            translate(
                "Passphrase",
                "Too short. Use at least {count} characters; a few unrelated words "
                "are long and easy to remember.",
            ).format(count=MIN_LENGTH),
        )
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase[:100], user_inputs=list(also_avoid))["score"])
    if score <= 1:
        words = translate(
            "Passphrase", "Easy to guess. Try three or four words that don't go together."
        )
    elif score == 2:
        words = translate(
            "Passphrase", "Fair. Another word or two would make it much harder to guess."
        )
    elif score == 3:
        words = translate("Passphrase", "Good: hard to guess.")
    else:
        words = translate("Passphrase", "Very strong.")
    return Strength(score, score >= MIN_SCORE, words)
