"""What a printout can be asked for: its kind, the paper, the type size, the language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Paper = Literal["A4", "Letter"]

KINDS = ("crisis-plan", "wrap", "advance-statement", "adrt", "scottish-statement", "wallet-card")
"""Every plan printout ``build_pdf`` makes (the recovery sheet has its own builder)."""

# Countries and territories that use US Letter (CLDR's paper-size data); all others use A4.
_LETTER_TERRITORIES = frozenset(
    ("BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE")
)


@dataclass(frozen=True)
class PrintOptions:
    """How to print: paper, type size, language, the date printed on it, and length rules."""

    paper: Paper = "A4"
    large_type: bool = False
    """The crisis plan's extra-large type, for readers who find small print hard."""
    language: str = "en"
    """BCP 47 tag written as the PDF's language, so screen readers pick the right voice."""
    today: date | None = None
    """The "printed on" date; None means today."""
    allow_long: bool = False
    """Let the crisis plan run past two pages, when the person has chosen to."""
    crisis_order: tuple[str, ...] = ()
    """Crisis plan section keys the person wants first, in their order."""

    def printed_on(self) -> date:
        """The date to print as "printed on"."""
        return self.today or date.today()


def default_paper(locale_name: str) -> Paper:
    """Letter where the locale's territory uses it (``en_US``, ``es-MX``), A4 everywhere else."""
    match = re.match(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-]([A-Za-z]{2}|\d{3})\b", locale_name)
    if match and match[1].upper() in _LETTER_TERRITORIES:
        return "Letter"
    return "A4"
