"""The one place where typed errors become plain sentences, for the window and the terminal.

Each sentence says what happened, that nothing is lost where that is true, and what to do
next. Words are in the "Errors" translation context; ``{name}`` style placeholders are
filled after translation so translators can move them.
"""

from __future__ import annotations

from wrapdesk.i18n import Translate, untranslated
from wrapdesk.store import DatabaseDamaged, SchemaTooNew
from wrapdesk.vault import (
    AlreadyOpen,
    ChangedOnDisk,
    NewerFormat,
    NotAVault,
    ReadOnlyVault,
    RecoveryKeyMistyped,
    SaveFailed,
    VaultAltered,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)


def _save_failed(error: SaveFailed, translate: Translate) -> str:
    if error.reason == SaveFailed.REASON_DISK_FULL:
        text = translate(
            "Errors",
            "WrapDesk couldn't save because the disk is full. Your changes are safe here; "
            "free some space, then try again.",
        )
    elif error.reason == SaveFailed.REASON_READ_ONLY:
        text = translate(
            "Errors",
            "WrapDesk couldn't save because it isn't allowed to write to {folder}. Your changes "
            "are safe here; choose another folder or check its permissions, then try again.",
        )
    elif error.reason == SaveFailed.REASON_VERIFY:
        text = translate(
            "Errors",
            "WrapDesk checked the copy it had just written and it didn't read back correctly, so "
            "it kept your previous file. Your changes are safe here; try again.",
        )
    else:
        text = translate(
            "Errors",
            "WrapDesk couldn't save because the disk reported a problem. Your changes are safe "
            "here; try again, and if it keeps happening, save a copy somewhere else.",
        )
    return text.format(folder=error.path.parent)


def _mistyped(error: RecoveryKeyMistyped, translate: Translate) -> str:
    if error.digit_count != 48:
        return translate(
            "Errors",
            "A recovery key has 48 digits, in 8 groups of 6. You typed %n digits; please check "
            "it against your printed sheet.",
            None,
            error.digit_count,
        )
    if len(error.bad_groups) == 1:
        return translate(
            "Errors",
            "Group {group} of the recovery key doesn't look right. Please check it against your "
            "printed sheet.",
        ).format(group=error.bad_groups[0])
    return translate(
        "Errors",
        "Groups {groups} of the recovery key don't look right. Please check them against your "
        "printed sheet.",
        None,
        len(error.bad_groups),
    ).format(groups=", ".join(str(g) for g in error.bad_groups))


def describe(error: BaseException, translate: Translate = untranslated) -> str:  # noqa: PLR0912
    """One plain, translated sentence (or two) for ``error``."""
    if isinstance(error, SaveFailed):
        return _save_failed(error, translate)
    if isinstance(error, RecoveryKeyMistyped):
        return _mistyped(error, translate)
    if isinstance(error, VaultNotFound):
        return translate(
            "Errors", "There's no plan file at {path}. Check the name and the folder."
        ).format(path=error.path)
    if isinstance(error, VaultExists):
        return translate(
            "Errors",
            "There's already a file called {name} there. Choose another name, so nothing is "
            "overwritten.",
        ).format(name=error.path.name)
    if isinstance(error, NotAVault):
        return translate(
            "Errors",
            "This file isn't a WrapDesk plan, so WrapDesk can't open it. Check that you chose "
            "the right file.",
        )
    if isinstance(error, NewerFormat | SchemaTooNew):
        return translate(
            "Errors",
            "This plan was saved by a newer version of WrapDesk. Install the newest WrapDesk to "
            "open it; the file hasn't been changed.",
        )
    if isinstance(error, VaultDamaged):
        return translate(
            "Errors",
            "This plan file is damaged: part of it is missing or has changed on the disk. Your "
            "backups are not affected; open the newest one instead.",
        )
    if isinstance(error, WrongPassphrase):
        return translate(
            "Errors",
            "That passphrase doesn't open this plan. Check Caps Lock and try again, or use your "
            "recovery key.",
        )
    if isinstance(error, WrongRecoveryKey):
        return translate(
            "Errors",
            "That recovery key doesn't open this plan. Check it against your printed sheet; it "
            "may belong to a different plan.",
        )
    if isinstance(error, VaultAltered | DatabaseDamaged):
        return translate(
            "Errors",
            "This plan file was changed by something other than WrapDesk, so WrapDesk won't "
            "trust it. Your backups are not affected; open the newest one instead.",
        )
    if isinstance(error, AlreadyOpen):
        return translate(
            "Errors",
            "This plan is already open in another WrapDesk window. Use that window, or close it "
            "and try again.",
        )
    if isinstance(error, ChangedOnDisk):
        return translate(
            "Errors",
            "Your plan file was changed somewhere else while you had it open. Nothing is lost: "
            "your latest changes are saved in {name}, in the same folder.",
        ).format(name=error.conflict_copy.name if error.conflict_copy else "")
    if isinstance(error, ReadOnlyVault):
        return translate(
            "Errors",
            "This plan is in a folder WrapDesk can't write to, so you can read it but not change "
            "it. Copy it to a folder of your own to make changes.",
        )
    if isinstance(error, VaultLocked):
        return translate("Errors", "Your plan is locked. Unlock it to carry on.")
    if isinstance(error, OSError):
        return translate(
            "Errors",
            "WrapDesk couldn't reach a file it needed ({detail}). Nothing you wrote has been "
            "lost; please try again.",
        ).format(detail=error.strerror or type(error).__name__)
    return translate(
        "Errors",
        "Something unexpected went wrong. Nothing you wrote has been lost; please try again.",
    )
