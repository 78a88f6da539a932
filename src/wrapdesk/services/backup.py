"""File ▸ Back up… and File ▸ Restore…: copies of the plan file, checked both ways.

A backup is the plan file itself, already encrypted, opened with the passphrase (or
recovery key) the plan had when it was copied. Backing up writes the copy atomically in
the chosen folder (a USB stick, say), then reads it back and checks it byte for byte and
by its own checksum. Restoring is two steps, so the window can ask before anything is
replaced: :func:`check_backup` opens the backup fully with its key and says what it is;
:func:`restore` then replaces the plan file with exactly those bytes, under the plan's
lock, keeping the file it replaces as a tagged backup that is never pruned.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from wrapdesk.store import PlanDatabase
from wrapdesk.vault import (
    SaveFailed,
    Secret,
    VaultError,
    VaultNotFound,
    atomic_file,
    backups,
    container,
    decrypt_envelope,
    read_envelope,
)
from wrapdesk.vault.file_lock import FileLock, lock_path_for

REPLACED_TAG = "replaced"
_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class BackupProblem(Exception):
    """Base class of what stops a restore that the vault's own errors do not cover."""


class BackupChanged(BackupProblem):
    """The backup's bytes changed between checking it and restoring it."""


class RestoreOntoItself(BackupProblem):
    """The "backup" chosen is the plan file itself."""


@dataclass(frozen=True)
class BackupCopy:
    """A backup that was written and read back whole."""

    path: Path
    size_bytes: int
    save_counter: int
    saved_at: str


@dataclass(frozen=True)
class RestoreCheck:
    """A backup that opened with its key: what the window shows before asking to replace."""

    backup: Path
    save_counter: int
    saved_at: str  # ISO 8601 UTC, when the backup's contents were saved
    size_bytes: int
    schema_version: int | None
    same_plan: bool | None  # None when there is no readable plan file to compare with
    current_save_counter: int | None
    fingerprint: bytes = field(repr=False)  # the backup's SHA-256 trailer when checked

    @property
    def older_than_current(self) -> bool:
        """True if the plan file has been saved more often than this backup (same plan)."""
        return bool(
            self.same_plan
            and self.current_save_counter is not None
            and self.current_save_counter > self.save_counter
        )


@dataclass(frozen=True)
class RestoreResult:
    """Where the plan file now is, and where the file it replaced was kept (if there was one)."""

    plan_path: Path
    replaced_kept_at: Path | None


def save_failed_for(path: Path, exc: OSError) -> SaveFailed:
    """An ``OSError`` met writing ``path`` as the vault's typed error (disk full, read-only, …)."""
    if exc.errno in _FULL:
        reason = SaveFailed.REASON_DISK_FULL
    elif exc.errno in _READ_ONLY:
        reason = SaveFailed.REASON_READ_ONLY
    else:
        reason = SaveFailed.REASON_IO
    return SaveFailed(path, reason, exc.strerror or "")


def _read_whole(path: Path) -> tuple[bytes, container.Envelope]:
    """A plan file's bytes and envelope (magic, version, checksum and header checked)."""
    try:
        data = atomic_file.read_file(path)
    except FileNotFoundError:
        raise VaultNotFound(path) from None
    return data, container.parse(data)


class _CopyDiffers(Exception):
    """What was written did not read back as the same bytes."""


def _write_checked(target: Path, data: bytes, *, replace_existing: bool) -> None:
    """Write ``data`` at ``target`` atomically, then read the result back and compare.

    The flushed temp file is checked before it takes the name, and the file under the
    name once more after, so a copy that reads back wrong is never reported as made.
    """

    def verify(written_path: Path) -> None:
        if atomic_file.read_file(written_path) != data:
            raise _CopyDiffers("the copy read back differs from the plan file")
        read_envelope(written_path)

    try:
        atomic_file.write_atomically(
            target, (data,), verify=verify, replace_existing=replace_existing
        )
    except FileExistsError:
        raise
    except OSError as exc:
        raise save_failed_for(target, exc) from exc
    except (_CopyDiffers, VaultError) as exc:
        raise SaveFailed(target, SaveFailed.REASON_VERIFY, str(exc)) from exc
    try:
        atomic_file.sync_folder(target.parent)
        verify(target)
    except (OSError, _CopyDiffers, VaultError) as exc:
        if not replace_existing:  # a new copy that is not right must not look like a backup
            atomic_file.remove_quietly(target)
        if isinstance(exc, OSError):
            raise save_failed_for(target, exc) from exc
        raise SaveFailed(target, SaveFailed.REASON_VERIFY, str(exc)) from exc


def backup_name(plan_path: Path, when: datetime, n: int = 1) -> str:
    """The copy's file name: the plan's name and the time, so a stick of backups sorts."""
    counter = f" {n}" if n > 1 else ""
    return f"{plan_path.stem} backup {when.strftime('%Y-%m-%d %H.%M')}{counter}{plan_path.suffix}"


def back_up(plan_path: Path, folder: Path, *, now: datetime | None = None) -> BackupCopy:
    """Copy the plan file as it is on disk into ``folder`` and check the copy.

    Save the plan first: the copy is of the file, not of edits still in memory. Never
    overwrites: a name already taken gets " 2", " 3", ….
    """
    plan_path, folder = Path(plan_path), Path(folder)
    data, envelope = _read_whole(plan_path)
    when = now or datetime.now()
    for n in range(1, 1000):
        target = folder / backup_name(plan_path, when, n)
        if target.exists():
            continue
        try:
            _write_checked(target, data, replace_existing=False)
        except FileExistsError:
            continue  # taken between the look and the write: try the next name
        return BackupCopy(
            path=target,
            size_bytes=len(data),
            save_counter=envelope.header.save_counter,
            saved_at=envelope.header.saved_at,
        )
    raise SaveFailed(folder, SaveFailed.REASON_IO, "no free file name")


def check_backup(backup: Path, plan_path: Path, secret: Secret) -> RestoreCheck:
    """Open a backup fully with its key (without writing anything) and say what it is."""
    backup, plan_path = Path(backup), Path(plan_path)
    if _same_file(backup, plan_path):
        raise RestoreOntoItself(str(backup))
    # One read: what is decrypted and checked here is exactly what restore() will copy
    # (it compares this fingerprint), even if the file is swapped while the key is derived.
    data, envelope = _read_whole(backup)
    db = PlanDatabase.load(decrypt_envelope(envelope, secret))
    schema_version = db.schema_version
    db.close()
    current: container.Envelope | None
    try:
        current = read_envelope(plan_path)
    except (OSError, VaultError):
        current = None
    return RestoreCheck(
        backup=backup,
        save_counter=envelope.header.save_counter,
        saved_at=envelope.header.saved_at,
        size_bytes=len(data),
        schema_version=schema_version,
        same_plan=None if current is None else current.header.file_id == envelope.header.file_id,
        current_save_counter=None if current is None else current.header.save_counter,
        fingerprint=envelope.trailer,
    )


def restore(check: RestoreCheck, plan_path: Path) -> RestoreResult:
    """Replace the plan file with the checked backup, keeping the replaced file as a backup.

    Close the plan first (after saving): restoring takes the plan's lock, so a plan still
    open in a window or another process is never replaced under it (``AlreadyOpen``).
    """
    plan_path = Path(plan_path)
    if _same_file(check.backup, plan_path):
        raise RestoreOntoItself(str(check.backup))
    lock = FileLock(lock_path_for(plan_path), plan_path)
    try:
        lock.acquire()
    except OSError as exc:
        raise save_failed_for(plan_path, exc) from exc
    try:
        data, envelope = _read_whole(check.backup)
        if envelope.trailer != check.fingerprint:
            raise BackupChanged("the backup changed after it was checked")
        kept = _keep_current(plan_path)
        _write_checked(plan_path, data, replace_existing=True)
    finally:
        lock.release()
    return RestoreResult(plan_path=plan_path, replaced_kept_at=kept)


def _keep_current(plan_path: Path) -> Path | None:
    """Keep the plan file about to be replaced as a tagged backup (even a damaged one)."""
    if not plan_path.exists():
        return None
    try:
        counter = read_envelope(plan_path).header.save_counter
    except VaultError:
        counter = 0  # damaged or not ours: kept all the same, it may be all there is
    try:
        return backups.keep(plan_path, counter, tag=REPLACED_TAG)
    except OSError as exc:
        raise save_failed_for(plan_path, exc) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()
