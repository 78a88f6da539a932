"""Files the person asks for (a PDF, a shared copy): written whole, checked, owner-only.

A printout or a share holds the plan in a form anyone could read (the PDF) or that names
who it is for, so it is readable by its owner only (0600), like the plan itself, however
loose the folder's permissions. The bytes go in all at once through a temp file, so a full
disk never leaves half a PDF behind.
"""

from __future__ import annotations

from pathlib import Path

from wrapdesk.services.backup import save_failed_for
from wrapdesk.vault import atomic_file


def write_private_file(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` (replacing a file the person chose to overwrite), or raise
    :class:`~wrapdesk.vault.SaveFailed` and leave whatever was there as it was."""
    path = Path(path)

    def verify(written: Path) -> None:
        if atomic_file.read_file(written) != data:
            raise OSError("the file read back differs from what was written")

    try:
        atomic_file.write_atomically(path, (data,), verify=verify)
        atomic_file.sync_folder(path.parent)
    except OSError as exc:
        raise save_failed_for(path, exc) from exc
