"""Before a passphrase is asked for: is the chosen file a WrapDesk plan that can open here?

Everything here is checked without a key, as ``wrapdesk verify`` checks a file, so a file
that isn't a plan, was saved by a newer WrapDesk or is damaged is said at once, not after
the person has typed their passphrase and waited for it to be worked out. Only the vault
layer is imported: this runs at start-up, for the plan opened last time, and must not
pull in the database layer before the window is on screen.
"""

from __future__ import annotations

from pathlib import Path

from wrapdesk.vault import VaultNotFound, container, read_envelope


def check_plan_file(path: Path) -> None:
    """Raise what stops ``path`` from opening that no key is needed to find.

    ``NotAVault``, ``NewerFormat``, ``VaultDamaged``, ``VaultAltered``, ``VaultNotFound``
    or an ``OSError``. The first bytes are looked at before the whole file is read, so a
    large file of another kind (a photo, a film) is turned away at once.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(container.PRELUDE.size + container.TRAILER_BYTES)
    except FileNotFoundError:
        raise VaultNotFound(path) from None
    container.check_prelude(start)
    read_envelope(path)
