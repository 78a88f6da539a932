"""One process per vault: an exclusive lock on a small file beside it.

The lock is an OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it goes
away by itself when the process dies, even by ``kill -9``: a crash never leaves a plan
that cannot be opened again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wrapdesk.vault.errors import AlreadyOpen

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def lock_path_for(vault_path: Path) -> Path:
    """The lock file that guards ``vault_path``."""
    return vault_path.with_name(f".{vault_path.name}.lock")


class FileLock:
    """An exclusive, non-blocking lock on ``path``; a second holder gets :class:`AlreadyOpen`."""

    def __init__(self, path: Path, vault_path: Path) -> None:
        self._path = path
        self._vault_path = vault_path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock. ``OSError`` (e.g. read-only folder) propagates to the caller."""
        # O_NOFOLLOW: a symlink planted where the lock file goes is refused, not followed.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        for _ in range(10):
            fd = os.open(self._path, flags, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                raise AlreadyOpen(self._vault_path)
            # Another holder may have removed the file between our open and our lock; then
            # we locked an orphan and must try again on the file that is there now.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self._path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)
        raise AlreadyOpen(self._vault_path)

    def release(self) -> None:
        """Remove the lock file and let go of the lock."""
        if self._fd is None:
            return
        try:
            self._path.unlink()
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None
