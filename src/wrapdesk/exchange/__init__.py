"""Supporter export and import in the standard age format: plan document in, age file out.

The only package that imports pyrage. No SQL, no Qt, no files: bytes in, bytes out.
"""

from wrapdesk.exchange.age_file import Secret, needs, open_age
from wrapdesk.exchange.errors import (
    IdentityInvalid,
    KeyKind,
    NotAShareFile,
    RecipientInvalid,
    SharedPlanInvalid,
    SharedPlanTooNew,
    ShareError,
    ShareFileDamaged,
    SharePackageUnsafe,
    ShareTooCostly,
    WrongShareKey,
)
from wrapdesk.exchange.keys import AgeIdentity, new_identity, parse_identities, parse_recipient
from wrapdesk.exchange.passphrase import entropy_bits, new_passphrase
from wrapdesk.exchange.qr import QrKind, recipient_qr
from wrapdesk.exchange.readme import Method, opening_instructions, readme_text, section_titles
from wrapdesk.exchange.share import OpenedShare, make_share, open_share

__all__ = [
    "AgeIdentity",
    "IdentityInvalid",
    "KeyKind",
    "Method",
    "NotAShareFile",
    "OpenedShare",
    "QrKind",
    "RecipientInvalid",
    "Secret",
    "ShareError",
    "ShareFileDamaged",
    "SharePackageUnsafe",
    "ShareTooCostly",
    "SharedPlanInvalid",
    "SharedPlanTooNew",
    "WrongShareKey",
    "entropy_bits",
    "make_share",
    "needs",
    "new_identity",
    "new_passphrase",
    "open_age",
    "open_share",
    "opening_instructions",
    "parse_identities",
    "parse_recipient",
    "readme_text",
    "recipient_qr",
    "section_titles",
]
