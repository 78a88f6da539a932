"""Write a file so that a crash, a full disk or an I/O error never leaves it half written.

The new bytes go to an owner-only temp file in the same folder (so the final rename
cannot cross file systems), are flushed to the disk and checked, and only then renamed
over the old file. The folder is flushed after the rename so the rename itself survives
a power cut. Until the rename, the old file is untouched, byte for byte.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

_TEMP_SUFFIX = ".tmp"
# Room kept free beyond the new file itself, so saving never fills the disk to the brim.
_HEADROOM_BYTES = 256 * 1024


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def temp_files(target: Path) -> list[Path]:
    """Leftover temp files of ``target`` (from a save that was cut off).

    Exactly the names :func:`write_temp` makes, so another file's temp files (say of
    ``plan.wrapdesk.old.wrapdesk`` beside ``plan.wrapdesk``) are never taken for ours.
    """
    random_part = r"[0-9a-f]{12}"
    pattern = re.compile(re.escape(_temp_prefix(target)) + random_part + re.escape(_TEMP_SUFFIX))
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / n for n in names if pattern.fullmatch(n)]


def remove_stale_temps(target: Path) -> int:
    """Delete leftover temp files of ``target``; call only while holding its lock."""
    removed = 0
    for stale in temp_files(target):
        try:
            stale.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def ensure_free_space(folder: Path, needed: int) -> None:
    """Raise ``OSError(ENOSPC)`` before writing anything if ``needed`` bytes will not fit."""
    free = shutil.disk_usage(folder).free
    if free < needed + _HEADROOM_BYTES:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))


def _write_all(fd: int, parts: Sequence[bytes]) -> None:
    """Write every part in order, resuming after short writes (one writev where possible)."""
    views = [memoryview(p) for p in parts if p]
    while views:
        # One system call for every piece where the OS has it; Windows writes them in turn.
        written = os.writev(fd, views) if hasattr(os, "writev") else os.write(fd, views[0])
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views and written:
            views[0] = views[0][written:]


def write_temp(target: Path, parts: Sequence[bytes]) -> Path:
    """Write ``parts`` to a new owner-only temp file beside ``target`` and flush it to disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        tmp = target.parent / f"{_temp_prefix(target)}{secrets.token_hex(6)}{_TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, flags, 0o600)
            break
        except FileExistsError:
            continue
    try:
        try:
            _write_all(fd, parts)
            os.fsync(fd)
        finally:
            os.close(fd)
    except Exception:
        remove_quietly(tmp)
        raise
    return tmp


def read_file(path: Path) -> bytes:
    """Read a whole file."""
    with path.open("rb") as handle:
        return handle.read()


def remove_quietly(path: Path) -> None:
    """Delete ``path`` if it is there; a failure here must not hide the error being handled."""
    try:
        path.unlink()
    except OSError:
        pass


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk; a no-op where folders cannot be opened."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(
    target: Path,
    parts: Sequence[bytes],
    *,
    verify: Callable[[Path], None],
    before_replace: Callable[[], None] | None = None,
    replace_existing: bool = True,
) -> None:
    """Put the bytes of ``parts`` (joined) at ``target`` all at once, or not at all.

    ``verify`` reads the flushed temp file back and raises if it is not right;
    ``before_replace`` runs last, just before the rename (to keep a backup of the old file).
    With ``replace_existing=False`` an existing ``target`` raises ``FileExistsError``.
    The folder is not flushed here: call :func:`sync_folder` after recording the new state.
    """
    ensure_free_space(target.parent, sum(len(p) for p in parts))
    tmp = write_temp(target, parts)
    try:
        verify(tmp)
        if before_replace is not None:
            before_replace()
        if replace_existing:
            os.replace(tmp, target)
        else:
            _link_exclusive(tmp, target)
    except Exception:
        remove_quietly(tmp)
        raise


def _link_exclusive(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target`` only if ``target`` does not exist, atomically where possible."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        # File systems without hard links (FAT on a USB stick): check, then rename.
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from exc
        os.replace(tmp, target)
        return
    remove_quietly(tmp)
