"""What an advance decision to refuse treatment needs before it is signed, checked first.

The Mental Capacity Act 2005 (ss24-26) asks that each refusal names the treatment and the
situations it applies to; good practice adds the person's name, date of birth, address,
GP, and where copies are kept. :func:`check_adrt` names each thing missing in plain
words, so the person can add it, or write it in by hand, before they sign. Pure Python:
the window and the terminal ask it before any PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate


@dataclass(frozen=True)
class Missing:
    """Something the advance decision needs and doesn't have yet; ``message`` says what."""

    key: str
    message: str


def check_adrt(document: PlanDocument, translate: Translate) -> tuple[Missing, ...]:
    """Each legal element the advance decision is missing, in the order it prints."""
    owner, advance = document.owner, document.advance
    missing: list[Missing] = []
    if not owner.name.strip():
        missing.append(Missing("name", translate("Printouts", "Add your full name.")))
    if not owner.date_of_birth:
        missing.append(
            Missing(
                "date-of-birth",
                translate("Printouts", "Add your date of birth, so people can be sure it's yours."),
            )
        )
    if not owner.address.strip():
        missing.append(Missing("address", translate("Printouts", "Add your address.")))
    if not advance.adrt_gp.strip():
        missing.append(
            Missing(
                "gp", translate("Printouts", "Add your GP's name and surgery, so they can be told.")
            )
        )
    if not document.refusals:
        missing.append(
            Missing(
                "refusals",
                translate(
                    "Printouts",
                    "There are no refusals yet. Name each treatment you refuse, and when the "
                    "refusal applies.",
                ),
            )
        )
    for number, refusal in enumerate(document.refusals, start=1):
        if not refusal.treatment.strip():
            missing.append(
                Missing(
                    f"refusal-{refusal.id}-treatment",
                    translate("Printouts", "Refusal {number} doesn't name a treatment.").format(
                        number=number
                    ),
                )
            )
        if not refusal.circumstances.strip():
            missing.append(
                Missing(
                    f"refusal-{refusal.id}-circumstances",
                    translate(
                        "Printouts",
                        "Your refusal of “{treatment}” doesn't say when it applies. Describe the "
                        "situations it covers.",
                    ).format(treatment=refusal.treatment.strip() or number),
                )
            )
    if not advance.adrt_copies_held_by.strip():
        missing.append(
            Missing(
                "copies",
                translate(
                    "Printouts", "Say who has copies, so your decision can be found when needed."
                ),
            )
        )
    return tuple(missing)
