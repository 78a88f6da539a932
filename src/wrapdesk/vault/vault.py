"""The vault: one encrypted plan file, opened by one process, saved without ever losing a word.

Bytes in, bytes out. The vault knows nothing of SQL, plans or Qt: it is handed the
plaintext to save and hands back the plaintext it opened. A ``verify`` callable given by
the layer above checks that what was written reads back as a sound database.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import hmac
import logging
import os
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Concatenate, Literal, ParamSpec, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wrapdesk.vault import atomic_file, backups, container, keyslots
from wrapdesk.vault.container import (
    MAX_PENDING_COPIES,
    MAX_SUPERSEDED_KEYS,
    NONCE_BYTES,
    BodyParams,
    Envelope,
    Header,
    KeySlot,
    Sealed,
    UnfinishedChange,
)
from wrapdesk.vault.errors import (
    ChangedOnDisk,
    DifferentPlan,
    PassphraseNeeded,
    ReadOnlyVault,
    RolledBack,
    SaveFailed,
    VaultAltered,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from wrapdesk.vault.file_lock import FileLock, lock_path_for
from wrapdesk.vault.kdf import SALT_BYTES, Argon2Params, derive_from_key
from wrapdesk.vault.keyslots import PassphraseKek
from wrapdesk.vault.recovery_key import RecoveryKey

log = logging.getLogger(__name__)

Secret = str | RecoveryKey
Verifier = Callable[[bytes], None]

P = ParamSpec("P")
R = TypeVar("R")

_BODY_INFO = b"wrapdesk body 1"
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _no_check(_plaintext: bytes) -> None:
    return None


def _serialised(method: Callable[Concatenate[Vault, P], R]) -> Callable[Concatenate[Vault, P], R]:
    """Run ``method`` holding the vault's mutex: one save, change or lock at a time."""

    @functools.wraps(method)
    def wrapper(self: Vault, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper


class _VerifyFailed(Exception):
    """What was written did not read back as what was meant."""


def _reason(exc: OSError) -> str:
    if exc.errno in _FULL_ERRNOS:
        return SaveFailed.REASON_DISK_FULL
    if exc.errno in _READ_ONLY_ERRNOS:
        return SaveFailed.REASON_READ_ONLY
    return SaveFailed.REASON_IO


def _unlock_key(header: Header, secret: Secret) -> tuple[bytearray, PassphraseKek | None]:
    """The data key from whichever slot ``secret`` fits, and the passphrase's own key if any."""
    try:
        if isinstance(secret, RecoveryKey):
            slot = header.slot("recovery")
            if slot is None:
                raise WrongRecoveryKey("this file has no recovery key")
            return keyslots.open_recovery(secret, header.file_id, slot), None
        slot = header.slot("passphrase")
        if slot is None:
            raise WrongPassphrase("this file has no passphrase")
        kek = keyslots.passphrase_kek(secret, slot)
        try:
            return keyslots.open_with_kek(kek, header.file_id, slot), kek
        except keyslots.SlotMismatch:
            kek.wipe()
            raise
    except keyslots.SlotAltered:
        raise VaultAltered("the recovery slot was not made with this recovery key") from None
    except keyslots.SlotMismatch:
        if isinstance(secret, RecoveryKey):
            raise WrongRecoveryKey("the recovery key does not open this file") from None
        raise WrongPassphrase("the passphrase does not open this file") from None


def _decrypt(envelope: Envelope, data_key: bytes | bytearray) -> bytes:
    body_key = derive_from_key(bytes(data_key), envelope.header.body.salt, _BODY_INFO)
    try:
        return AESGCM(body_key).decrypt(
            envelope.header.body.nonce, envelope.ciphertext, envelope.associated_data
        )
    except InvalidTag:
        raise VaultAltered("the contents fail their authentication check") from None


def _remove_conflict_temps(path: Path) -> int:
    """Temp files of this plan's conflict copies that a cut-off write left beside it."""
    prefix = f".{path.stem} (conflict "
    try:
        names = os.listdir(path.parent)
    except OSError:
        return 0
    removed = 0
    for name in names:
        if name.startswith(prefix) and name.endswith(".tmp"):
            copy = path.parent / name[1:].rsplit(".", 2)[0]
            for stale in atomic_file.temp_files(copy):
                if stale.name == name:
                    atomic_file.remove_quietly(stale)
                    removed += 1
    return removed


def _trailer_of(path: Path) -> bytes | None:
    """The last 32 bytes of ``path`` (a vault file's SHA-256 of the rest), or None."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - container.TRAILER_BYTES))
            return handle.read()
    except OSError:
        return None


def _decrypt_with_any(envelope: Envelope, data_keys: list[bytearray]) -> bytes:
    """Decrypt with whichever of ``data_keys`` opens the body; VaultAltered if none does."""
    for key in data_keys:
        try:
            return _decrypt(envelope, key)
        except VaultAltered:
            continue
    raise VaultAltered("none of the old keys opens this copy")


def _seal(header: Header, data_key: bytes | bytearray, plaintext: bytes) -> Sealed:
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
    return decrypt_envelope(read_envelope(path), secret)


def decrypt_envelope(envelope: Envelope, secret: Secret) -> bytes:
    """Decrypt a file already read and parsed: checks exactly the bytes that were read."""
    data_key, kek = _unlock_key(envelope.header, secret)
    try:
        return _decrypt(envelope, data_key)
    finally:
        _wipe(data_key, kek)


def _salts(header: Header) -> tuple[bytes, ...]:
    """What changes with every new passphrase or recovery key: each slot's salt."""
    return tuple(sorted(slot.salt for slot in header.slots))


def _wipe(data_key: bytearray | None, kek: PassphraseKek | None = None) -> None:
    if data_key is not None:
        data_key[:] = bytes(len(data_key))
    if kek is not None:
        kek.wipe()


class Vault:
    """An open plan file. Create with :meth:`create` or :meth:`open`; close when done."""

    def __init__(  # noqa: PLR0917 - private: only create() and open() build vaults
        self,
        path: Path,
        lock: FileLock | None,
        header: Header,
        fingerprint: bytes,
        keys: tuple[bytearray, PassphraseKek | None],
        verify: Verifier,
    ) -> None:
        self._path = path
        self._lock = lock
        self._header = header
        self._fingerprint = fingerprint
        self._data_key: bytearray | None = keys[0]
        self._kek: PassphraseKek | None = keys[1]
        self._verify = verify
        self._conflict_copy: Path | None = None
        self._went_back: tuple[int, int] | None = None
        self._left_behind: tuple[Path, ...] = ()
        self._session_started = False  # the first backup of a session is tagged and kept
        # Saves run on a worker thread; a passphrase change or a lock may come from another.
        self._mutex = threading.RLock()

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
        data_key = keyslots.new_data_key()
        kek: PassphraseKek | None = None
        try:
            file_id = uuid.uuid4().hex
            recovery = RecoveryKey.generate()
            kek = keyslots.new_passphrase_kek(passphrase, kdf)
            pass_slot = keyslots.seal_passphrase(kek, file_id, bytes(data_key))
            rec_slot = keyslots.new_recovery_slot(recovery, file_id, bytes(data_key))
            header = Header(file_id, 1, _now(), (pass_slot, rec_slot), _fresh_body())
            sealed = _seal(header, data_key, plaintext)
            vault = cls(path, lock, header, sealed.trailer, (data_key, kek), verify)
            try:
                vault._write(sealed, header, data_key, replace_existing=False, keep_backup=False)
            except SaveFailed as exc:
                if isinstance(exc.__cause__, FileExistsError):
                    raise VaultExists(path) from None
                raise
        except BaseException:
            _wipe(data_key, kek)
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
                removed += backups.remove_stale_temps(path)
                removed += _remove_conflict_temps(path)
                if removed:
                    log.info("removed %d unfinished temp file(s) from an interrupted save", removed)
            envelope = read_envelope(path)
            keys = _unlock_key(envelope.header, secret)
            try:
                plaintext = _decrypt(envelope, keys[0])
            except BaseException:
                _wipe(*keys)
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        vault = cls(path, lock, envelope.header, envelope.trailer, keys, verify)
        try:
            vault.finish_resealing(plaintext)
        except BaseException:  # Ctrl-C, say: the keys and the lock go with it
            vault.close()
            raise
        return vault, plaintext

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
    def opened_with_passphrase(self) -> bool:
        """True if the passphrase (not the recovery key) opened this vault, or it was just set."""
        return self._kek is not None

    @property
    def went_back(self) -> tuple[int, int] | None:
        """(saves before, saves now) if the file had gone back to an older save when unlocked."""
        return self._went_back

    @property
    def copies_left_behind(self) -> tuple[Path, ...]:
        """Backups and conflict copies the last key change could not re-seal.

        They still open with the old passphrase or recovery key. While there are any, the
        file keeps the old data keys (wrapped under the current one) and the next
        :meth:`open` or :meth:`unlock` tries again.
        """
        return self._left_behind

    @property
    def resealing_pending(self) -> bool:
        """True while a key change has copies still to seal again (see :meth:`finish_resealing`)."""
        return self._header.unfinished is not None

    @property
    def conflict_copy(self) -> Path | None:
        """Where the last conflicting save went, if a save met a file changed on disk."""
        return self._conflict_copy

    def backups(self) -> list[backups.BackupInfo]:
        """This vault's backups, newest first."""
        return backups.list_backups(self._path)

    # ------------------------------------------------------------------ saving

    @_serialised
    def check_secret(self, secret: Secret) -> bool:
        """True if ``secret`` opens this vault as it was last read or written. No disk access.

        For unlocking a plan whose key was kept because it could not be saved when locked.
        """
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        try:
            data_key, kek = _unlock_key(self._header, secret)
        except (WrongPassphrase, WrongRecoveryKey):
            return False
        same = hmac.compare_digest(bytes(data_key), bytes(self._data_key))
        _wipe(data_key, None)
        if same and kek is not None and self._kek is None:
            self._kek = kek
        elif kek is not None:
            kek.wipe()
        return same

    @_serialised
    def save(self, plaintext: bytes, *, overwrite_changed: bool = False) -> None:
        """Save ``plaintext`` durably, or raise and leave the file on disk exactly as it was.

        If the file changed on disk since this vault last read or wrote it, ``plaintext``
        goes to a conflict copy beside it and :class:`ChangedOnDisk` is raised, unless
        ``overwrite_changed`` (the person chose to keep this version; the other one is kept
        as a backup).
        """
        self._save(plaintext, self._header.slots, overwrite_changed=overwrite_changed)

    @_serialised
    def change_passphrase(
        self,
        new_passphrase: str,
        plaintext: bytes,
        *,
        kdf: Argon2Params | None = None,
        new_recovery_key: bool = False,
    ) -> RecoveryKey | None:
        """Save under ``new_passphrase``; the old passphrase stops opening the file.

        The data key is replaced too, and every backup and conflict copy beside the file is
        sealed again with it, so the old passphrase opens none of them either (any that
        could not be, are in :attr:`copies_left_behind`, and are tried again on the next
        open or unlock). The recovery key keeps working, unless ``new_recovery_key``: then
        a new one replaces it in the same step and is returned. (Someone who knew the old
        passphrase could have put a recovery slot of their own in the file; a passphrase
        change alone carries it forward.)
        """
        self._key()
        old = self._header.slot("passphrase")
        params = kdf or (old.argon2 if old is not None else None)
        if params is None:
            raise ValueError("no key-derivation settings for the new passphrase")
        self.save(plaintext)  # a file changed on disk is met here, before any key changes
        kek = keyslots.new_passphrase_kek(new_passphrase, params)
        recovery = RecoveryKey.generate() if new_recovery_key else None
        self._rekey(plaintext, kek, recovery)
        return recovery

    @_serialised
    def new_recovery_key(self, plaintext: bytes) -> RecoveryKey:
        """Save with a new recovery key and return it; the old one stops opening the file.

        As with :meth:`change_passphrase`, the data key is replaced and the copies beside
        the file sealed again. Needs the vault to have been opened with the passphrase.
        """
        self._key()
        if self._kek is None:
            raise PassphraseNeeded("choose a new passphrase first")
        self.save(plaintext)
        recovery = RecoveryKey.generate()
        self._rekey(plaintext, self._kek, recovery)
        return recovery

    def _rekey(self, plaintext: bytes, kek: PassphraseKek, recovery: RecoveryKey | None) -> None:
        """Save under a new data key wrapped in every slot, then seal the copies again.

        The new keys are adopted the moment the new file takes the plan's place; nothing
        after that raises (a failure is logged, and left for the next open to finish).
        Until every copy is done, the file keeps the old data key wrapped under the new
        one, with the trailers of the copies still to do: a crash half way through is
        finished on the next open, and only those exact copies are ever sealed again.
        """
        old_key = self._key()
        new_key = keyslots.new_data_key()
        try:
            slots = self._slots_for(new_key, old_key, kek, recovery)
        except keyslots.SlotAltered:
            _wipe(new_key, kek if kek is not self._kek else None)
            raise VaultAltered("the recovery slot cannot be made again") from None
        try:
            kept = self._superseded_keys(old_key)
        except VaultAltered:  # cannot happen to a file that decrypted; start afresh if it does
            log.warning("dropping the keys of an unfinished key change: they do not unwrap")
            kept = []
        old_keys = [*kept, bytearray(old_key)]
        for dropped in old_keys[:-MAX_SUPERSEDED_KEYS]:
            _wipe(dropped)  # nine key changes each cut short: the oldest copies stay as they are
        old_keys = old_keys[-MAX_SUPERSEDED_KEYS:]
        unfinished = UnfinishedChange(
            old_keys=tuple(
                keyslots.wrap_superseded(bytes(new_key), self.file_id, bytes(k)) for k in old_keys
            ),
            copies=self._copies_to_do(),
        )
        adopted = False

        def adopt() -> None:
            nonlocal adopted
            adopted = True
            self._data_key = new_key
            if self._kek is not kek:
                _wipe(None, self._kek)
                self._kek = kek

        try:
            self._save(plaintext, slots, data_key=new_key, on_replaced=adopt, unfinished=unfinished)
        except BaseException as exc:
            if adopted and isinstance(exc, Exception):
                # The new file and keys are in place: the change has happened, and must be
                # returned (a new recovery key shown) whatever went wrong after it.
                log.warning("the new keys are in place, but flushing the folder failed")
            else:
                for key in old_keys:
                    _wipe(key)
                if adopted:
                    _wipe(old_key)
                else:
                    _wipe(new_key, kek if kek is not self._kek else None)
                raise
        try:
            self._reseal_with(old_keys, plaintext, None)
        finally:
            _wipe(old_key)

    def _copies_to_do(self) -> tuple[bytes, ...]:
        """The trailers of every copy a key change is about to seal again (the file as it
        is now becomes a backup too), and of any an earlier change left undone."""
        trailers = dict.fromkeys([self._fingerprint])
        if self._header.unfinished is not None:
            trailers.update(dict.fromkeys(self._header.unfinished.copies))
        for path in self._copies():
            trailer = _trailer_of(path)
            if trailer is not None:
                trailers[trailer] = None
        return tuple(trailers)[:MAX_PENDING_COPIES]

    @_serialised
    def finish_resealing(self, plaintext: bytes) -> tuple[Path, ...]:
        """Seal again the copies an unfinished key change left opening the old way.

        ``plaintext`` is the plan as it is now (a save drops the old keys once every copy
        is done). Only the copies the change listed are touched: one put beside the plan
        since, even if an old key opens it, is left alone. Never raises: what is left is in
        :attr:`copies_left_behind`, and is tried again next time. Called by :meth:`open`
        and :meth:`unlock`.
        """
        unfinished = self._header.unfinished
        if unfinished is None or self._lock is None or self._data_key is None:
            return self._left_behind
        try:
            old_keys = self._superseded_keys(self._data_key)
        except VaultAltered:
            log.warning("the keys of an unfinished key change do not unwrap")
            return self._left_behind
        log.info("finishing an unfinished key change: sealing its copies again")
        self._reseal_with(old_keys, plaintext, set(unfinished.copies))
        return self._left_behind

    def _superseded_keys(self, data_key: bytearray) -> list[bytearray]:
        """The old data keys this file still holds, unwrapped with its current key."""
        if self._header.unfinished is None:
            return []
        keys: list[bytearray] = []
        try:
            for wrapped in self._header.unfinished.old_keys:
                keys.append(keyslots.unwrap_superseded(bytes(data_key), self.file_id, wrapped))
        except keyslots.SlotAltered:
            for key in keys:
                _wipe(key)
            raise VaultAltered("a key kept from a key change does not unwrap") from None
        return keys

    def _reseal_with(
        self, old_keys: list[bytearray], plaintext: bytes, only: set[bytes] | None
    ) -> None:
        """Seal the copies ``old_keys`` open with the current key (``only`` those with these
        trailers, if given); once none is left that a later try could do, save the file
        again without the old keys. Never raises an ``Exception``: what fails stays listed
        for the next open or unlock."""
        try:
            self._left_behind, retry = self._reseal_copies(old_keys, self._key(), only)
            if not retry and self._header.unfinished is not None:
                self._drop_unfinished(plaintext)
        except Exception:
            log.warning("sealing the copies again stopped; the next open tries again")
        finally:
            for key in old_keys:
                _wipe(key)

    def _drop_unfinished(self, plaintext: bytes) -> None:
        """Save once more without the old keys. No backup is kept of the file replaced: it
        holds the same words. A file changed elsewhere meanwhile is left for next time."""
        if self._disk_fingerprint() != self._fingerprint:
            return
        try:
            self._save(plaintext, self._header.slots, unfinished=None, rolling_backup=False)
        except VaultError:
            log.warning("the copies are sealed again, but dropping the old keys failed")

    def _slots_for(
        self,
        new_key: bytearray,
        old_key: bytearray,
        kek: PassphraseKek,
        recovery: RecoveryKey | None,
    ) -> tuple[KeySlot, ...]:
        """Every slot again, wrapping ``new_key``; checked to open before anything is saved."""
        slots: list[KeySlot] = []
        for slot in self._header.slots:
            if slot.kind == "passphrase":
                slots.append(keyslots.seal_passphrase(kek, self.file_id, bytes(new_key)))
            elif recovery is not None:
                slots.append(keyslots.new_recovery_slot(recovery, self.file_id, bytes(new_key)))
            else:
                assert slot.recovery is not None
                auth = keyslots.recovery_auth_key(slot, self.file_id, bytes(old_key))
                slots.append(
                    keyslots.seal_recovery(
                        slot.recovery.recipient, slot.salt, self.file_id, bytes(new_key), auth
                    )
                )
        if not any(s.kind == "passphrase" for s in slots):
            slots.append(keyslots.seal_passphrase(kek, self.file_id, bytes(new_key)))
        if recovery is not None and not any(s.kind == "recovery" for s in slots):
            slots.append(keyslots.new_recovery_slot(recovery, self.file_id, bytes(new_key)))
        passphrase_slot = next(s for s in slots if s.kind == "passphrase")
        unwrapped = keyslots.open_with_kek(kek, self.file_id, passphrase_slot)
        if not hmac.compare_digest(bytes(unwrapped), bytes(new_key)):
            raise VaultAltered("the new passphrase slot does not open")  # pragma: no cover
        _wipe(unwrapped)
        if recovery is not None:
            slot = next(s for s in slots if s.kind == "recovery")
            unwrapped = keyslots.open_recovery(recovery, self.file_id, slot)
            if not hmac.compare_digest(bytes(unwrapped), bytes(new_key)):
                raise VaultAltered("the new recovery slot does not open")  # pragma: no cover
            _wipe(unwrapped)
        return tuple(slots)

    def _copies(self) -> list[Path]:
        """Every backup and conflict copy of this file beside it."""
        found = [b.path for b in backups.list_backups(self._path)]
        prefix = f"{self._path.stem} (conflict "
        try:
            names = os.listdir(self._path.parent)
        except OSError:
            names = []
        found += [
            self._path.parent / n
            for n in sorted(names)
            if n.startswith(prefix) and n.endswith(self._path.suffix)
        ]
        return found

    def _reseal_copies(
        self, old_keys: list[bytearray], new_key: bytearray, only: set[bytes] | None
    ) -> tuple[tuple[Path, ...], bool]:
        """Seal every copy an old data key opens with the new one (``only`` those whose
        trailer is in it, if given).

        Returns the copies left as they were, and whether any of them failed in a way another
        try might get past (reading or writing; not a copy that no old key opens).
        """
        left: list[Path] = []
        retry = False
        folders: set[Path] = set()
        for path in self._copies():
            if only is not None and _trailer_of(path) not in only:
                continue  # not one the change listed: done already, or put here since
            try:
                data = atomic_file.read_file(path)
                envelope = container.parse(data)
                if envelope.header.file_id != self.file_id:
                    continue  # another plan's file that happens to share the name
                if envelope.header.slots == self._header.slots:
                    continue  # already sealed with the new key
                plaintext = _decrypt_with_any(envelope, old_keys)
                old = envelope.header
                header = Header(
                    old.file_id, old.save_counter, old.saved_at, self._header.slots, _fresh_body()
                )
                sealed = _seal(header, new_key, plaintext)
                del plaintext
                times = path.stat()

                def check(tmp: Path, sealed: Sealed = sealed) -> None:
                    if not sealed.matches(atomic_file.read_file(tmp)):
                        raise OSError(errno.EIO, "the copy read back differs")

                atomic_file.write_atomically(path, sealed.parts, verify=check)
                os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
                folders.add(path.parent)
            except OSError:
                log.warning("could not seal a copy of the plan with the new key; will try again")
                left.append(path)
                retry = True
            except VaultError:
                log.warning("a copy of the plan opens with none of the old keys")
                left.append(path)
        for folder in folders:
            try:
                atomic_file.sync_folder(folder)
            except OSError:
                log.warning("could not flush a backup folder")
        return tuple(left), retry

    @_serialised
    def keep_backup(self, tag: str) -> Path:
        """Keep a tagged backup of the file as it is on disk now (e.g. before a migration)."""
        return backups.keep(self._path, self._header.save_counter, tag)

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
        self,
        plaintext: bytes,
        slots: tuple[KeySlot, ...],
        *,
        overwrite_changed: bool = False,
        data_key: bytearray | None = None,
        on_replaced: Callable[[], None] | None = None,
        unfinished: UnfinishedChange | Literal["keep"] | None = "keep",
        rolling_backup: bool = True,
    ) -> None:
        key = data_key if data_key is not None else self._key()
        if unfinished == "keep":
            unfinished = self._header.unfinished  # still wrapped under the same data key
        if self._lock is None:
            raise ReadOnlyVault(self._path)
        on_disk = self._disk_fingerprint()
        changed = on_disk is not None and on_disk != self._fingerprint
        if changed and data_key is not None and not overwrite_changed:
            # A key change met a file changed elsewhere: no conflict copy under a key the
            # person has not finished choosing; the plain save before it made one if needed.
            raise ChangedOnDisk(self._path, self._conflict_copy)
        counter = max(self._header.save_counter, self._went_back[0] if self._went_back else 0)
        header = Header(self.file_id, counter + 1, _now(), slots, _fresh_body(), unfinished)
        sealed = _seal(header, key, plaintext)
        if changed and not overwrite_changed:
            # A copy never carries the old keys of an unfinished key change.
            copy = (
                sealed
                if unfinished is None
                else _seal(
                    dataclasses.replace(header, unfinished=None, body=_fresh_body()), key, plaintext
                )
            )
            self._conflict_copy = self._write_conflict_copy(copy)
            raise ChangedOnDisk(self._path, self._conflict_copy)
        # A file that vanished while open is written back: the words in memory are the truth.
        # The version replaced after a conflict is kept for good (tag "replaced"): it was
        # someone's words too, and no copy of it exists anywhere else.
        self._write(
            sealed,
            header,
            key,
            replace_existing=True,
            keep_backup=on_disk is not None and rolling_backup,
            backup_tag=backups.REPLACED if changed else None,
            on_replaced=on_replaced,
        )

    def _write(
        self,
        sealed: Sealed,
        header: Header,
        data_key: bytearray,
        *,
        replace_existing: bool,
        keep_backup: bool,
        backup_tag: str | None = None,
        on_replaced: Callable[[], None] | None = None,
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
                self._verify(_decrypt(envelope, data_key))
            except (OSError, _VerifyFailed):
                raise
            except Exception as exc:
                raise _VerifyFailed(str(exc)) from exc

        def before_replace() -> None:
            if keep_backup:
                self._keep_rolling_backup(backup_tag)

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
        # The new file is in place: from here on it is the one we compare against, and the
        # keys that open it are the ones held (a key change adopts its new keys here, so
        # nothing after this point can leave the header and the keys out of step).
        self._header = header
        self._fingerprint = sealed.trailer
        if on_replaced is not None:
            on_replaced()
        try:
            atomic_file.sync_folder(self._path.parent)
        except OSError as exc:
            raise SaveFailed(self._path, _reason(exc), "flushing the folder") from exc
        try:
            backups.prune(self._path)
        except Exception:  # a stray file in the backups folder must never fail a save
            log.warning("could not prune old backups", exc_info=True)

    def _keep_rolling_backup(self, tag: str | None = None) -> None:
        """Keep the file about to be replaced. A failure here never blocks saving new words."""
        try:
            if tag is None and not self._session_started:
                tag = backups.SESSION_START
            backups.keep(self._path, self._header.save_counter, tag)
            self._session_started = True
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

    @_serialised
    def lock(self) -> None:
        """Forget the keys. Save first: a locked vault can neither be read nor saved."""
        _wipe(self._data_key, self._kek)
        self._data_key = None
        self._kek = None

    @_serialised
    def unlock(self, secret: Secret) -> bytes:
        """Read the file again with ``secret`` and return its plaintext.

        Raises :class:`DifferentPlan` if another plan's file was put in this one's place,
        and :class:`RolledBack` if an older copy from before a passphrase or recovery key
        change was (it would bring the old secrets back). A file gone back to an older save
        of the same keys opens, and :attr:`went_back` says so.
        """
        envelope = read_envelope(self._path)
        if envelope.header.file_id != self._header.file_id:
            raise DifferentPlan(self._path)
        known = max(self._header.save_counter, self._went_back[0] if self._went_back else 0)
        found = envelope.header.save_counter
        if found < known and _salts(envelope.header) != _salts(self._header):
            raise RolledBack(self._path)
        keys = _unlock_key(envelope.header, secret)
        try:
            plaintext = _decrypt(envelope, keys[0])
        except BaseException:
            _wipe(*keys)
            raise
        self._went_back = (known, found) if found < known else None
        if self._went_back:
            log.warning("the plan file went back from save %d to save %d", known, found)
        _wipe(self._data_key, self._kek)
        self._header = envelope.header
        self._fingerprint = envelope.trailer
        self._data_key, self._kek = keys
        self._session_started = False  # a new session: its first backup is kept
        self.finish_resealing(plaintext)
        return plaintext

    @_serialised
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
