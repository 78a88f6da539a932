"""Rolling backups: every save keeps the file it replaces in ``backups/<name>/`` beside it.

Kept: the 10 most recent; the newest of each of the last 30 days that have any backups
(days, not calendar days, so a plan left alone for months still has its older states);
and the file as it was when each of the last 10 sessions began (tag ``session-start``),
so a bad afternoon of autosaves never pushes out the plan as it was that morning. Backups
with any other tag (``before-migration``, ``damaged``, ``replaced``) are never pruned.
A backup is a hard
link to the replaced file where the file system allows it (instant, no extra space),
else a copy written atomically. Backups are the vault file itself: already encrypted,
and opened with the same passphrase.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wrapdesk.vault import atomic_file, container
from wrapdesk.vault.errors import VaultError

KEEP_RECENT = 10
KEEP_SESSIONS = 10
SESSION_START = "session-start"
REPLACED = "replaced"  # a version another device saved, replaced after a conflict: kept
_NO_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK)
KEEP_DAYS = 30
_STAMP = "%Y-%m-%dT%H-%M-%S.%fZ"
_NAME = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{6}Z)-s(?P<counter>\d+)"
    r"(?:-(?P<tag>[a-z][a-z-]*))?(?P<ext>\.[A-Za-z0-9]+)?$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when its contents were saved, and its save number."""

    path: Path
    saved: datetime
    save_counter: int
    tag: str | None

    def is_intact(self) -> bool:
        """True if the backup's checksum still matches (it may still need the right key)."""
        try:
            data = atomic_file.read_file(self.path)
            container.check_prelude(data)
            container.check_trailer(data)
        except (OSError, VaultError):
            return False
        return True


def folder_for(vault_path: Path) -> Path:
    """The folder holding ``vault_path``'s backups."""
    return vault_path.parent / "backups" / vault_path.stem


def _backup_name(saved: datetime, counter: int, tag: str | None, suffix: str) -> str:
    tagged = f"-{tag}" if tag else ""
    return f"{saved.strftime(_STAMP)}-s{counter:06d}{tagged}{suffix}"


def keep(vault_path: Path, save_counter: int, tag: str | None = None) -> Path:
    """Keep the file now at ``vault_path`` as a backup and return where it went."""
    folder = folder_for(vault_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    saved = datetime.fromtimestamp(vault_path.stat().st_mtime, UTC)
    target = folder / _backup_name(saved, save_counter, tag, vault_path.suffix)
    n = 0
    while target.exists():  # two saves in the same microsecond: keep both
        n += 1
        target = folder / _backup_name(
            saved + timedelta(microseconds=n), save_counter, tag, vault_path.suffix
        )
    try:
        os.link(vault_path, target)
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        data = atomic_file.read_file(vault_path)
        atomic_file.write_atomically(
            target, (data,), verify=lambda _p: None, replace_existing=False
        )
        os.utime(target, (saved.timestamp(), saved.timestamp()))
    return target


_TEMP = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{12}\.tmp")


def remove_stale_temps(vault_path: Path) -> int:
    """Delete temp files a cut-off write left among the backups (a backup copied where
    there are no hard links, or one being sealed again after a key change): they would
    otherwise lie there for good, still opening the old way. Call only under the plan's
    lock. Returns how many went."""
    folder = folder_for(vault_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        found = _TEMP.fullmatch(name)
        if found is None or _NAME.match(found["name"]) is None:
            continue
        try:
            (folder / name).unlink()
            removed += 1
        except OSError:
            pass
    return removed


def list_backups(vault_path: Path) -> list[BackupInfo]:
    """Every backup of ``vault_path``, newest first."""
    folder = folder_for(vault_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if not match:
            continue
        try:
            saved = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        except ValueError:  # shaped like ours but no real date (30 February): not ours
            continue
        counter = int(match["counter"])
        found.append(
            BackupInfo(path=folder / name, saved=saved, save_counter=counter, tag=match["tag"])
        )
    found.sort(key=lambda b: (b.saved, b.save_counter), reverse=True)
    return found


def prune(vault_path: Path) -> list[Path]:
    """Delete the backups the rules in this module's docstring do not keep."""
    rolling = [b for b in list_backups(vault_path) if b.tag in (None, SESSION_START)]
    keep_paths = {b.path for b in rolling[:KEEP_RECENT]}
    keep_paths |= {b.path for b in [b for b in rolling if b.tag == SESSION_START][:KEEP_SESSIONS]}
    days_seen: set[object] = set()
    for backup in rolling:  # newest first, so the first of each day is that day's newest
        day = backup.saved.date()
        if day not in days_seen:
            if len(days_seen) == KEEP_DAYS:
                break
            days_seen.add(day)
            keep_paths.add(backup.path)
    removed = []
    for backup in rolling:
        if backup.path not in keep_paths:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed
