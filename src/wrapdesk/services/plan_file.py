"""Open, create, save, lock and unlock a plan: the vault on disk with its database in memory."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from wrapdesk.store import PlanDatabase, check_database_bytes
from wrapdesk.vault import (
    Argon2Params,
    RecoveryKey,
    Secret,
    Vault,
    VaultLocked,
    decrypt_file,
    read_envelope,
)
from wrapdesk.vault import kdf as vault_kdf

log = logging.getLogger(__name__)


def _load(vault: Vault, plaintext: bytes) -> PlanDatabase:
    """Load the database; an older schema is backed up, migrated and saved straight away."""
    db = PlanDatabase.load(plaintext)
    try:
        if db.needs_migration:
            if not vault.read_only:
                vault.keep_backup("before-migration")
            ran = db.migrate()
            log.info("migrated the plan database through versions %s", ran)
            if not vault.read_only:
                vault.save(db.dump())
    except BaseException:
        db.close()
        raise
    return db


class PlanFile:
    """An open plan. Every edit happens in :attr:`db`; :meth:`save` makes it durable."""

    def __init__(self, vault: Vault, db: PlanDatabase) -> None:
        self._vault = vault
        self._db: PlanDatabase | None = db

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: Argon2Params | None = None,
        db: PlanDatabase | None = None,
    ) -> tuple[PlanFile, RecoveryKey]:
        """Make a new plan file (empty, or holding ``db``); returns it open, with its
        recovery key (show it once)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        db = db or PlanDatabase.new()
        try:
            vault, recovery = Vault.create(
                path,
                passphrase,
                db.dump(),
                kdf=kdf or vault_kdf.calibrate(),
                verify=check_database_bytes,
            )
        except BaseException:
            db.close()
            raise
        return cls(vault, db), recovery

    @classmethod
    def open(cls, path: Path, secret: Secret) -> PlanFile:
        """Open a plan file with its passphrase or recovery key."""
        vault, plaintext = Vault.open(Path(path), secret, verify=check_database_bytes)
        try:
            db = _load(vault, plaintext)
        except BaseException:
            vault.close()
            raise
        return cls(vault, db)

    @property
    def path(self) -> Path:
        """Where the plan file lives."""
        return self._vault.path

    @property
    def vault(self) -> Vault:
        """The encrypted file."""
        return self._vault

    @property
    def is_locked(self) -> bool:
        """True while locked: nothing of the plan is in memory."""
        return self._db is None

    @property
    def read_only(self) -> bool:
        """True if the plan's folder cannot be written to."""
        return self._vault.read_only

    @property
    def db(self) -> PlanDatabase:
        """The plan's database; raises :class:`VaultLocked` while locked."""
        if self._db is None:
            raise VaultLocked("the plan is locked")
        return self._db

    def save(self, *, overwrite_changed: bool = False) -> None:
        """Save every change durably (see :meth:`Vault.save` for what can go wrong)."""
        self._vault.save(self.db.dump(), overwrite_changed=overwrite_changed)

    def lock(self, *, save: bool = True) -> None:
        """Save (unless ``save`` is False: the caller already has), then forget the plan and
        the key. If saving fails, nothing is forgotten."""
        if self._db is None:
            return
        if save and not self._vault.read_only:
            self.save()
        self._db.close()
        self._db = None
        self._vault.lock()

    def unlock(self, secret: Secret) -> None:
        """Read the plan back with its passphrase or recovery key."""
        plaintext = self._vault.unlock(secret)
        try:
            self._db = _load(self._vault, plaintext)
        except BaseException:
            self._vault.lock()
            raise

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf: Argon2Params | None = None,
        new_recovery_key: bool = False,
    ) -> RecoveryKey | None:
        """Set a new passphrase (the old one stops working) and save; with
        ``new_recovery_key``, replace the recovery key too and return the new one."""
        return self._vault.change_passphrase(
            new_passphrase, self.db.dump(), kdf=kdf, new_recovery_key=new_recovery_key
        )

    def new_recovery_key(self) -> RecoveryKey:
        """Make a new recovery key (the old one stops working) and save."""
        return self._vault.new_recovery_key(self.db.dump())

    def close(self) -> None:
        """Forget the plan and release the file. Save first if there are changes to keep."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._vault.close()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_plan(path: Path, secret: Secret) -> PlanDatabase:
    """Read a plan into memory without locking or writing it (for showing and printing).

    An older schema is migrated in memory only; the file is left as it is.
    """
    db = PlanDatabase.load(decrypt_file(Path(path), secret))
    if db.needs_migration:
        db.migrate()
    return db


@dataclass(frozen=True)
class VerifyReport:
    """What checking a plan file found."""

    path: Path
    format_version: str
    save_counter: int
    key_slots: tuple[str, ...]
    size_bytes: int
    decrypted: bool  # True when a key was given and the contents were fully checked
    schema_version: int | None


def verify_file(path: Path, secret: Secret | None = None) -> VerifyReport:
    """Check a plan file: without a key its structure and checksum, with one everything.

    Never takes the file's lock and never writes, so it works on a plan open elsewhere.
    """
    path = Path(path)
    envelope = read_envelope(path)
    schema: int | None = None
    if secret is not None:
        plaintext = decrypt_file(path, secret)
        db = PlanDatabase.load(plaintext)
        schema = db.schema_version
        db.close()
    return VerifyReport(
        path=path,
        format_version=f"{envelope.major}.{envelope.minor}",
        save_counter=envelope.header.save_counter,
        key_slots=tuple(s.kind for s in envelope.header.slots),
        size_bytes=path.stat().st_size,
        decrypted=secret is not None,
        schema_version=schema,
    )
