"""The encrypted plan file: format, key slots, atomic saves, backups and locking.

Standard library and ``cryptography`` only; bytes in, bytes out.
"""

from wrapdesk.vault.backups import BackupInfo, list_backups
from wrapdesk.vault.container import FORMAT_MAJOR, FORMAT_MINOR, Envelope
from wrapdesk.vault.errors import (
    AlreadyOpen,
    ChangedOnDisk,
    DifferentPlan,
    NewerFormat,
    NotAVault,
    PassphraseNeeded,
    ReadOnlyVault,
    RecoveryKeyMistyped,
    RolledBack,
    SaveFailed,
    VaultAltered,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from wrapdesk.vault.kdf import FLOOR, Argon2Params, calibrate
from wrapdesk.vault.recovery_key import RecoveryKey
from wrapdesk.vault.vault import (
    Secret,
    Vault,
    Verifier,
    decrypt_envelope,
    decrypt_file,
    read_envelope,
)

__all__ = [
    "FLOOR",
    "FORMAT_MAJOR",
    "FORMAT_MINOR",
    "AlreadyOpen",
    "Argon2Params",
    "BackupInfo",
    "ChangedOnDisk",
    "DifferentPlan",
    "Envelope",
    "NewerFormat",
    "NotAVault",
    "PassphraseNeeded",
    "ReadOnlyVault",
    "RecoveryKey",
    "RecoveryKeyMistyped",
    "RolledBack",
    "SaveFailed",
    "Secret",
    "Vault",
    "VaultAltered",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultNotFound",
    "Verifier",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "calibrate",
    "decrypt_envelope",
    "decrypt_file",
    "list_backups",
    "read_envelope",
]
