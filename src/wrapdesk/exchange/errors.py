"""Typed errors of the supporter exchange: each one a different situation, a different sentence.

``services/messages.py`` turns them into plain words; the ``reason`` attributes are for
tests and logs (never for plan content: no error here carries any of the plan's words).
"""

from __future__ import annotations

from typing import Literal

KeyKind = Literal["passphrase", "age-key", "other"]


class ShareError(Exception):
    """Base class of everything the exchange raises on purpose."""


class NotAShareFile(ShareError):
    """The bytes are not an age file, or an age file that holds no WrapDesk share.

    ``reason``: ``not-age`` (no age header), ``too-large`` (far larger than any share),
    ``not-a-package`` (it opened, but holds something other than a WrapDesk package).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"not a WrapDesk share file ({reason})")
        self.reason = reason


class ShareFileDamaged(ShareError):
    """An age file that is cut short or changed: its header or contents fail their checks.

    age cannot tell "cut short" from "changed on the way" (both fail authentication), and
    the person's next step is the same: ask for the file again.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"the share file is damaged ({reason})")
        self.reason = reason


class WrongShareKey(ShareError):
    """The passphrase or key given does not open this file.

    ``needs`` is the kind of secret the file opens with, ``given`` the kind offered, so
    the message can say "this one opens with a passphrase" when the two differ.
    """

    def __init__(self, needs: KeyKind, given: KeyKind) -> None:
        super().__init__(f"the {given} given does not open this file (it needs a {needs})")
        self.needs = needs
        self.given = given


class ShareTooCostly(ShareError):
    """The file asks for more passphrase work than age itself accepts (a file made to stall)."""

    def __init__(self, work_factor: int, limit: int | None) -> None:
        super().__init__(f"scrypt work factor {work_factor} is above the limit ({limit})")
        self.work_factor = work_factor
        self.limit = limit


class SharePackageUnsafe(ShareError):
    """The file opened, but the package inside is not what WrapDesk writes, and unsafe to read.

    ``reason``: ``path`` (``..`` or absolute), ``link``, ``folder``, ``too-many``,
    ``special`` (a device or pipe), ``unexpected-name``, ``duplicate``, ``missing``,
    ``too-large``, ``size-mismatch``, ``encrypted``, ``compression``, ``malformed``,
    ``not-text``, ``not-pdf``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"unsafe share package: {reason} {detail}".strip())
        self.reason = reason
        self.detail = detail


class SharedPlanInvalid(ShareError):
    """The package is sound, but its plan document fails the plan document's schema."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the shared plan document is not valid: {detail}")
        self.detail = detail


class SharedPlanTooNew(SharedPlanInvalid):
    """The shared plan document has a schema this WrapDesk does not know (a newer WrapDesk)."""

    def __init__(self, schema: object) -> None:
        super().__init__(f"unknown schema {schema!r}")
        self.schema = schema


class RecipientInvalid(ShareError):
    """The text given as a supporter's public key is not one age public key.

    ``reason``: ``empty``, ``secret-key`` (they sent their *secret* key: it must never be
    sent, and is refused), ``several``, ``unsupported`` (another kind of key), ``malformed``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"not a supporter key ({reason})")
        self.reason = reason


class IdentityInvalid(ShareError):
    """The text given as a secret key (an identity file) holds no usable age secret key.

    ``reason``: ``empty``, ``public-key`` (a public key where the secret one was needed),
    ``malformed``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"not an age secret key ({reason})")
        self.reason = reason
