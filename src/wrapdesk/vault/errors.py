"""Typed vault errors: each one is a different situation with a different plain message."""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base class of everything the vault raises on purpose."""


class VaultNotFound(VaultError):
    """There is no file at the path."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no file at {path}")
        self.path = path


class VaultExists(VaultError):
    """A new vault was asked for at a path that already holds a file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"a file already exists at {path}")
        self.path = path


class NotAVault(VaultError):
    """The file is not a WrapDesk plan file at all."""


class NewerFormat(VaultError):
    """The file was made by a newer WrapDesk, with a format major version we do not know."""

    def __init__(self, major: int, minor: int) -> None:
        super().__init__(f"format {major}.{minor} is newer than this WrapDesk understands")
        self.major = major
        self.minor = minor


class VaultDamaged(VaultError):
    """The file's bytes no longer match its own checksum: damaged on disk or cut short.

    Found without any key, so a damaged file is never mistaken for a wrong passphrase.
    """


class WrongPassphrase(VaultError):
    """The passphrase does not open this file."""


class WrongRecoveryKey(VaultError):
    """The recovery key is well formed but does not open this file."""


class RecoveryKeyMistyped(VaultError):
    """The recovery key was not typed in its expected shape; names the groups that look wrong."""

    def __init__(self, bad_groups: tuple[int, ...], digit_count: int) -> None:
        super().__init__(f"recovery key groups {bad_groups} look mistyped ({digit_count} digits)")
        self.bad_groups = bad_groups  # 1-based group numbers, as printed on the sheet
        self.digit_count = digit_count


class VaultAltered(VaultError):
    """The key was right and the checksum matched, but the contents fail authentication.

    Someone or something changed the file and rewrote its checksum.
    """


class AlreadyOpen(VaultError):
    """Another WrapDesk window or process has this file open."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is already open")
        self.path = path


class ChangedOnDisk(VaultError):
    """The file changed on disk since it was loaded; our version went to a conflict copy."""

    def __init__(self, path: Path, conflict_copy: Path | None) -> None:
        super().__init__(f"{path} changed on disk; this version saved to {conflict_copy}")
        self.path = path
        self.conflict_copy = conflict_copy


class VaultLocked(VaultError):
    """The vault is locked: nothing can be read or saved until it is unlocked."""


class SaveFailed(VaultError):
    """Saving did not complete. The previous file is untouched and the edits are still in memory.

    ``reason`` is one of the ``REASON_*`` constants, so the message can say what to do next.
    """

    REASON_DISK_FULL = "disk-full"
    REASON_READ_ONLY = "read-only"
    REASON_IO = "io-error"
    REASON_VERIFY = "verify-failed"

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"could not save {path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason
        self.detail = detail


class ReadOnlyVault(VaultError):
    """The vault was opened from a folder WrapDesk cannot write to, so it cannot be saved there."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is in a folder that cannot be written to")
        self.path = path


class DifferentPlan(VaultError):
    """While the plan was locked, its file was replaced by a different plan's file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} now holds a different plan")
        self.path = path


class PassphraseNeeded(VaultError):
    """The plan was opened with the recovery key: choose a new passphrase before this step."""


class RolledBack(VaultError):
    """While the plan was locked, its file was replaced by an older copy from before its
    passphrase or recovery key was changed: opening it would bring the old ones back."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} was replaced by a copy from before a key change")
        self.path = path
