"""A share: the plan document and its PDF, zipped with a note, in a standard age file.

Plan document in, encrypted bytes out, and back. The document read back has passed the
plan document's JSON Schema; nothing here writes to disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wrapdesk.document import DocumentInvalid, PlanDocument, UnknownSchema, dumps, loads
from wrapdesk.exchange.age_file import Secret, open_age, seal_to_recipient, seal_with_passphrase
from wrapdesk.exchange.errors import SharedPlanInvalid, SharedPlanTooNew
from wrapdesk.exchange.package import Package, pack, unpack

DateTime = tuple[int, int, int, int, int, int]


@dataclass(frozen=True)
class OpenedShare:
    """What a share held: the checked plan document, the PDF as sent, and the note."""

    document: PlanDocument
    pdf: bytes
    readme: str


def _zip_date(document: PlanDocument) -> DateTime:
    """The version's date for the zip's members (so unzipped files show when it was made)."""
    if document.version is not None:
        try:
            moment = datetime.fromisoformat(document.version.created_at.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return (moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    return (1980, 1, 1, 0, 0, 0)


def package_bytes(document: PlanDocument, pdf: bytes, readme: str) -> bytes:
    """The zip a share holds, before encryption."""
    return pack(Package(plan_json=dumps(document), pdf=pdf, readme=readme), _zip_date(document))


def make_share(
    document: PlanDocument,
    pdf: bytes,
    readme: str,
    *,
    passphrase: str | None = None,
    recipient: str | None = None,
    armor: bool = False,
) -> bytes:
    """An age file holding the plan document, its PDF and the note, for one passphrase or key."""
    if (passphrase is None) == (recipient is None):
        raise ValueError("give exactly one of a passphrase and a recipient")
    plaintext = package_bytes(document, pdf, readme)
    if passphrase is not None:
        return seal_with_passphrase(plaintext, passphrase, armor=armor)
    assert recipient is not None
    return seal_to_recipient(plaintext, recipient, armor=armor)


def read_plan_document(raw: bytes) -> PlanDocument:
    """A shared plan document, checked against the schema, or a typed error."""
    try:
        return loads(raw)
    except UnknownSchema as exc:
        raise SharedPlanTooNew(exc.schema) from None
    except DocumentInvalid as exc:
        raise SharedPlanInvalid(str(exc)[:200]) from None
    except (TypeError, KeyError, AttributeError) as exc:  # a shape the schema let through
        raise SharedPlanInvalid(type(exc).__name__) from None


def open_share(data: bytes, secret: Secret) -> OpenedShare:
    """Open a share in memory: decrypt, unpack with limits, read and check the document."""
    package = unpack(open_age(data, secret))
    return OpenedShare(
        document=read_plan_document(package.plan_json), pdf=package.pdf, readme=package.readme
    )
