"""The vault: one encrypted plan file, opened by one process, saved without ever losing a word.

Bytes in, bytes out. The vault knows nothing of SQL, plans or Qt: it is handed the
plaintext to save and hands back the plaintext it opened. A ``verify`` callable given by
the layer above checks that what was written reads back as a sound database.
"""

from __future__ import annotations

import errno
import logging
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wrapdesk.vault import atomic_file, backups, container, keyslots
from wrapdesk.vault.container import NONCE_BYTES, BodyParams, Envelope, Header, KeySlot, Sealed
from wrapdesk.vault.errors import (
    ChangedOnDisk,
    ReadOnlyVault,
    SaveFailed,
    VaultAltered,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from wrapdesk.vault.file_lock import FileLock, lock_path_for
from wrapdesk.vault.kdf import SALT_BYTES, Argon2Params, derive_from_key
from wrapdesk.vault.recovery_key import RecoveryKey

log = logging.getLogger(__name__)

Secret = str | RecoveryKey
Verifier = Callable[[bytes], None]

_BODY_INFO = b"wrapdesk body 1"
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _no_check(_plaintext: bytes) -> None:
    return None


class _VerifyFailed(Exception):
    """What was written did not read back as what was meant."""


def _reason(exc: OSError) -> str:
    if exc.errno in _FULL_ERRNOS:
        return SaveFailed.REASON_DISK_FULL
    if exc.errno in _READ_ONLY_ERRNOS:
        return SaveFailed.REASON_READ_ONLY
    return SaveFailed.REASON_IO


def _unlock_key(header: Header, secret: Secret) -> bytearray:
    """The data key, from whichever slot ``secret`` fits."""
    try:
        if isinstance(secret, RecoveryKey):
            slot = header.slot("recovery")
            if slot is None:
                raise WrongRecoveryKey("this file has no recovery key")
            return bytearray(keyslots.open_recovery(secret, header.file_id, slot))
        slot = header.slot("passphrase")
        if slot is None:
            raise WrongPassphrase("this file has no passphrase")
        kek = keyslots.passphrase_kek(secret, slot)
        return bytearray(keyslots.open_with_kek(kek, header.file_id, slot))
    except keyslots.SlotMismatch:
        if isinstance(secret, RecoveryKey):
            raise WrongRecoveryKey("the recovery key does not open this file") from None
        raise WrongPassphrase("the passphrase does not open this file") from None


def _decrypt(envelope: Envelope, data_key: bytearray) -> bytes:
    body_key = derive_from_key(bytes(data_key), envelope.header.body.salt, _BODY_INFO)
    try:
        return AESGCM(body_key).decrypt(
            envelope.header.body.nonce, envelope.ciphertext, envelope.associated_data
        )
    except InvalidTag:
        raise VaultAltered("the contents fail their authentication check") from None


def _seal(header: Header, data_key: bytearray, plaintext: bytes) -> Sealed:
    associated = container.prelude_and_header(header)
    body_key = derive_from_key(bytes(data_key), header.body.salt, _BODY_INFO)
    ciphertext = AESGCM(body_key).encrypt(header.body.nonce, plaintext, associated)
    return container.assemble(associated, ciphertext)


def _fresh_body() -> BodyParams:
    return BodyParams(salt=os.urandom(SALT_BYTES), nonce=os.urandom(NONCE_BYTES))


def read_envelope(path: Path) -> Envelope:
    """Read and check a vault file without any key: magic, version, checksum, header."""
    try:
        data = atomic_file.read_file(path)
    except FileNotFoundError:
        raise VaultNotFound(path) from None
    return container.parse(data)


def decrypt_file(path: Path, secret: Secret) -> bytes:
    """Read and decrypt a vault file without locking it or writing anything (for checking)."""
    envelope = read_envelope(path)
    return _decrypt(envelope, _unlock_key(envelope.header, secret))


class Vault:
    """An open plan file. Create with :meth:`create` or :meth:`open`; close when done."""

    def __init__(  # noqa: PLR0917 - private: only create() and open() build vaults
        self,
        path: Path,
        lock: FileLock | None,
        header: Header,
        fingerprint: bytes,
        data_key: bytearray,
        verify: Verifier,
    ) -> None:
        self._path = path
        self._lock = lock
        self._header = header
        self._fingerprint = fingerprint
        self._data_key: bytearray | None = data_key
        self._verify = verify
        self._conflict_copy: Path | None = None

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        plaintext: bytes,
        *,
        kdf: Argon2Params,
        verify: Verifier = _no_check,
    ) -> tuple[Vault, RecoveryKey]:
        """Write a new vault at ``path`` holding ``plaintext``; returns it and its recovery key."""
        path = Path(path)
        if path.exists():
            raise VaultExists(path)
        lock = FileLock(lock_path_for(path), path)
        try:
            lock.acquire()
        except OSError as exc:
            raise SaveFailed(path, _reason(exc), exc.strerror or "") from exc
        try:
            file_id = uuid.uuid4().hex
            data_key = bytearray(keyslots.new_data_key())
            recovery = RecoveryKey.generate()
            pass_slot, _ = keyslots.seal_passphrase(passphrase, kdf, file_id, bytes(data_key))
            rec_slot = keyslots.seal_recovery(recovery, file_id, bytes(data_key))
            header = Header(file_id, 1, _now(), (pass_slot, rec_slot), _fresh_body())
            sealed = _seal(header, data_key, plaintext)
            vault = cls(path, lock, header, sealed.trailer, data_key, verify)
            try:
                vault._write(sealed, header, replace_existing=False, keep_backup=False)
            except SaveFailed as exc:
                if isinstance(exc.__cause__, FileExistsError):
                    raise VaultExists(path) from None
                raise
        except BaseException:
            lock.release()
            raise
        return vault, recovery

    @classmethod
    def open(
        cls, path: Path, secret: Secret, *, verify: Verifier = _no_check
    ) -> tuple[Vault, bytes]:
        """Open ``path`` with a passphrase or the recovery key; returns the vault and plaintext.

        A folder that cannot be written to opens the vault read-only (it cannot be saved).
        """
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(path)
        lock: FileLock | None = FileLock(lock_path_for(path), path)
        assert lock is not None
        try:
            lock.acquire()
        except OSError as exc:
            if exc.errno not in _READ_ONLY_ERRNOS:
                raise
            lock = None  # nothing can be written here, so nothing can be overwritten
        try:
            if lock is not None:
                removed = atomic_file.remove_stale_temps(path)
                if removed:
                    log.info("removed %d unfinished temp file(s) from an interrupted save", removed)
            envelope = read_envelope(path)
            data_key = _unlock_key(envelope.header, secret)
            plaintext = _decrypt(envelope, data_key)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(path, lock, envelope.header, envelope.trailer, data_key, verify), plaintext

    # ------------------------------------------------------------------ state

    @property
    def path(self) -> Path:
        """Where the vault lives."""
        return self._path

    @property
    def read_only(self) -> bool:
        """True if the vault's folder cannot be written to, so it can only be read."""
        return self._lock is None

    @property
    def is_locked(self) -> bool:
        """True after :meth:`lock` until :meth:`unlock`: no key is held."""
        return self._data_key is None

    @property
    def save_counter(self) -> int:
        """How many times this file has been saved."""
        return self._header.save_counter

    @property
    def file_id(self) -> str:
        """This file's random id (it never changes, also not in backups and copies)."""
        return self._header.file_id

    @property
    def conflict_copy(self) -> Path | None:
        """Where the last conflicting save went, if a save met a file changed on disk."""
        return self._conflict_copy

    def backups(self) -> list[backups.BackupInfo]:
        """This vault's backups, newest first."""
        return backups.list_backups(self._path)

    # ------------------------------------------------------------------ saving

    def save(self, plaintext: bytes, *, overwrite_changed: bool = False) -> None:
        """Save ``plaintext`` durably, or raise and leave the file on disk exactly as it was.

        If the file changed on disk since this vault last read or wrote it, ``plaintext``
        goes to a conflict copy beside it and :class:`ChangedOnDisk` is raised, unless
        ``overwrite_changed`` (the person chose to keep this version; the other one is kept
        as a backup).
        """
        self._save(plaintext, self._header.slots, overwrite_changed=overwrite_changed)

    def change_passphrase(
        self, new_passphrase: str, plaintext: bytes, *, kdf: Argon2Params | None = None
    ) -> None:
        """Rewrap the passphrase slot for ``new_passphrase`` and save. The old one stops working."""
        data_key = self._key()
        old = self._header.slot("passphrase")
        params = kdf or (old.argon2 if old is not None else None)
        if params is None:
            raise ValueError("no key-derivation settings for the new passphrase")
        slot, _ = keyslots.seal_passphrase(new_passphrase, params, self.file_id, bytes(data_key))
        self._save(plaintext, self._replace_slot(slot))

    def new_recovery_key(self, plaintext: bytes) -> RecoveryKey:
        """Replace the recovery key and save. The old recovery key stops working."""
        data_key = self._key()
        recovery = RecoveryKey.generate()
        slot = keyslots.seal_recovery(recovery, self.file_id, bytes(data_key))
        self._save(plaintext, self._replace_slot(slot))
        return recovery

    def keep_backup(self, tag: str) -> Path:
        """Keep a tagged backup of the file as it is on disk now (e.g. before a migration)."""
        return backups.keep(self._path, self._header.save_counter, tag)

    def _replace_slot(self, new: KeySlot) -> tuple[KeySlot, ...]:
        return (*(s for s in self._header.slots if s.kind != new.kind), new)

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    def _disk_fingerprint(self) -> bytes | None:
        """The trailer of the file on disk now (its SHA-256), or None if it is gone."""
        try:
            with self._path.open("rb") as handle:
                handle.seek(0, os.SEEK_END)
                size = handle.tell()
                handle.seek(max(0, size - container.TRAILER_BYTES))
                return handle.read()
        except FileNotFoundError:
            return None

    def _save(
        self, plaintext: bytes, slots: tuple[KeySlot, ...], *, overwrite_changed: bool = False
    ) -> None:
        data_key = self._key()
        if self._lock is None:
            raise ReadOnlyVault(self._path)
        on_disk = self._disk_fingerprint()
        changed = on_disk is not None and on_disk != self._fingerprint
        header = Header(self.file_id, self._header.save_counter + 1, _now(), slots, _fresh_body())
        sealed = _seal(header, data_key, plaintext)
        if changed and not overwrite_changed:
            self._conflict_copy = self._write_conflict_copy(sealed)
            raise ChangedOnDisk(self._path, self._conflict_copy)
        # A file that vanished while open is written back: the words in memory are the truth.
        self._write(sealed, header, replace_existing=True, keep_backup=on_disk is not None)

    def _write(
        self, sealed: Sealed, header: Header, *, replace_existing: bool, keep_backup: bool
    ) -> None:
        def verify(tmp: Path) -> None:
            try:
                written = atomic_file.read_file(tmp)
                if not sealed.matches(written):
                    raise _VerifyFailed("the file read back differs from what was written")
                # Decrypt what is on disk with a key derived afresh, and let the layer above
                # check the plaintext (a sound database), before it replaces anything.
                aad_len = len(sealed.associated_data)
                envelope = Envelope(
                    major=container.FORMAT_MAJOR,
                    minor=container.FORMAT_MINOR,
                    header=header,
                    associated_data=written[:aad_len],
                    ciphertext=memoryview(written)[aad_len : -container.TRAILER_BYTES],
                    trailer=written[-container.TRAILER_BYTES :],
                )
                self._verify(_decrypt(envelope, self._key()))
            except (OSError, _VerifyFailed):
                raise
            except Exception as exc:
                raise _VerifyFailed(str(exc)) from exc

        def before_replace() -> None:
            if keep_backup:
                self._keep_rolling_backup()

        try:
            atomic_file.write_atomically(
                self._path,
                sealed.parts,
                verify=verify,
                before_replace=before_replace,
                replace_existing=replace_existing,
            )
        except FileExistsError as exc:
            raise SaveFailed(self._path, SaveFailed.REASON_IO, "file exists") from exc
        except OSError as exc:
            raise SaveFailed(self._path, _reason(exc), exc.strerror or "") from exc
        except _VerifyFailed as exc:
            raise SaveFailed(self._path, SaveFailed.REASON_VERIFY, str(exc)) from exc
        # The new file is in place: from here on it is the one we compare against.
        self._header = header
        self._fingerprint = sealed.trailer
        try:
            atomic_file.sync_folder(self._path.parent)
        except OSError as exc:
            raise SaveFailed(self._path, _reason(exc), "flushing the folder") from exc
        try:
            backups.prune(self._path)
        except OSError:
            log.warning("could not prune old backups", exc_info=True)

    def _keep_rolling_backup(self) -> None:
        """Keep the file about to be replaced. A failure here never blocks saving new words."""
        try:
            backups.keep(self._path, self._header.save_counter)
        except FileNotFoundError:
            pass
        except OSError as exc:
            if exc.errno in _FULL_ERRNOS:
                raise  # the save itself would not fit either
            log.warning("could not keep a backup before saving", exc_info=True)

    def _write_conflict_copy(self, sealed: Sealed) -> Path:
        if self._conflict_copy is None:
            stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            base = f"{self._path.stem} (conflict {stamp})"
            candidate = self._path.with_name(f"{base}{self._path.suffix}")
            n = 1
            while candidate.exists():
                n += 1
                candidate = self._path.with_name(f"{base} {n}{self._path.suffix}")
        else:
            candidate = self._conflict_copy
        try:
            atomic_file.write_atomically(candidate, sealed.parts, verify=lambda _p: None)
            atomic_file.sync_folder(candidate.parent)
        except OSError as exc:
            raise SaveFailed(candidate, _reason(exc), exc.strerror or "") from exc
        return candidate

    # ------------------------------------------------------------------ locking

    def lock(self) -> None:
        """Forget the key. Save first: a locked vault can neither be read nor saved."""
        if self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None

    def unlock(self, secret: Secret) -> bytes:
        """Read the file again with ``secret`` and return its plaintext."""
        envelope = read_envelope(self._path)
        data_key = _unlock_key(envelope.header, secret)
        plaintext = _decrypt(envelope, data_key)
        self._header = envelope.header
        self._fingerprint = envelope.trailer
        self._data_key = data_key
        return plaintext

    def close(self) -> None:
        """Forget the key and release the file for other processes."""
        self.lock()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
