"""Getting a plan ready to print: every printed copy is a saved version, so it can say so.

If the plan changed since its newest version, printing keeps a new version first; the
printout then carries that version's number and date, and an out-of-date copy shows it.
"""

from __future__ import annotations

from wrapdesk.document import PlanDocument
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate
from wrapdesk.services.versions import Versions

NOTES = {
    "crisis-plan": QT_TRANSLATE_NOOP("Printing", "Printed the crisis plan"),
    "wrap": QT_TRANSLATE_NOOP("Printing", "Printed the whole plan"),
    "advance-statement": QT_TRANSLATE_NOOP("Printing", "Printed the advance statement"),
    "adrt": QT_TRANSLATE_NOOP("Printing", "Printed the advance decision"),
    "scottish-statement": QT_TRANSLATE_NOOP("Printing", "Printed the Scottish statement"),
    "wallet-card": QT_TRANSLATE_NOOP("Printing", "Printed the wallet card"),
}
PRINTED = "printed"


def document_to_print(versions: Versions, kind: str, translate: Translate) -> PlanDocument:
    """The newest version's document, after keeping a new version if the plan changed."""
    if versions.changed_since_latest():
        versions.freeze(translate("Printing", NOTES.get(kind, NOTES["wrap"])))
    latest = versions.latest_number()
    assert latest is not None
    return versions.document(latest)


def record_printed_copy(
    versions: Versions,
    document: PlanDocument,
    person_id: int,
    person_name: str,
    sections: tuple[str, ...],
) -> None:
    """Note that a printed copy of this version went to someone (for "who has a copy")."""
    assert document.version is not None
    versions.record_share(document.version.number, person_id, person_name, sections, PRINTED)
