"""The one place where typed errors become plain sentences, for the window and the terminal.

Each sentence says what happened, that nothing is lost where that is true, and what to do
next. Words are in the "Errors" translation context; ``{name}`` style placeholders are
filled after translation so translators can move them.
"""

from __future__ import annotations

from pathlib import Path

from wrapdesk.exchange import (
    IdentityInvalid,
    NotAShareFile,
    RecipientInvalid,
    SharedPlanTooNew,
    ShareError,
    ShareFileDamaged,
    SharePackageUnsafe,
    ShareTooCostly,
    WrongShareKey,
)
from wrapdesk.i18n import Translate, untranslated
from wrapdesk.services.backup import BackupChanged, BackupProblem
from wrapdesk.services.sharing import (
    NoSectionsChosen,
    NoSupporterKeyYet,
    NotSentAsFile,
    RecipientMissing,
    SharingProblem,
    UnknownSection,
)
from wrapdesk.store import DatabaseDamaged, SchemaTooNew
from wrapdesk.vault import (
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
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)


def held_on_lock(translate: Translate) -> str:
    """Said on the lock screen when the latest changes are held in memory, not yet saved."""
    return translate(
        "Errors",
        "Your latest changes are kept safe, out of sight, until you unlock. WrapDesk will "
        "try saving them again then. Please don't close WrapDesk or turn off the computer "
        "before they are saved.",
    )


def went_back(before: int, now: int, translate: Translate) -> str:
    """Said after unlocking when the plan file is an older save than the one locked."""
    return translate(
        "Errors",
        "This plan file is older than the one you locked: it had been saved {before} times, "
        "and the file here now has {now}. Something may have put an older copy in its place. "
        "If anything is missing, look for a newer copy in the backups folder (Settings shows "
        "where it is).",
    ).format(before=before, now=now)


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
            "A recovery key has 48 digits, in 8 groups of 6. You typed %n digit(s); please check "
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


def _wrong_share_key(error: WrongShareKey, translate: Translate) -> str:
    if error.needs == "passphrase" and error.given != "passphrase":
        return translate(
            "Errors",
            "This file opens with a passphrase (the words the person gave you), not with a "
            "supporter key.",
        )
    if error.needs == "age-key" and error.given != "age-key":
        return translate(
            "Errors",
            "This file is locked to a supporter key, not to a passphrase. Open it with your "
            "supporter key instead.",
        )
    if error.needs == "other":
        return translate(
            "Errors",
            "This file is locked to a kind of key WrapDesk doesn't use. Ask the person who sent "
            "it to send it again with a passphrase, or to your WrapDesk supporter key.",
        )
    if error.needs == "passphrase":
        return translate(
            "Errors",
            "Those words don't open this file. Check each word with the person who sent it, "
            "then try again.",
        )
    return translate(
        "Errors",
        "This file was locked to a different supporter key, so yours doesn't open it. Ask the "
        "person to send it again to the key shown under “My supporter key”.",
    )


def _key_text(error: RecipientInvalid | IdentityInvalid, translate: Translate) -> str:
    if isinstance(error, IdentityInvalid):
        if error.reason == "public-key":
            return translate(
                "Errors",
                "That is a public key. To open a file you need the secret key that goes with it: "
                "a line starting with AGE-SECRET-KEY-1.",
            )
        return translate(
            "Errors",
            "That file doesn't hold an age secret key (a line starting with AGE-SECRET-KEY-1). "
            "Check that you chose your key file.",
        )
    if error.reason == "secret-key":
        return translate(
            "Errors",
            "That is a secret key, which should never be sent to anyone, so WrapDesk didn't use "
            "it. Ask your supporter to make a new key and send you only the public key, which "
            "starts with age1.",
        )
    if error.reason == "empty":
        return translate("Errors", "Paste your supporter's key: one line starting with age1.")
    if error.reason == "several":
        return translate(
            "Errors",
            "That text holds more than one key. Paste just your supporter's key: one line "
            "starting with age1.",
        )
    if error.reason == "unsupported":
        return translate(
            "Errors",
            "That is a kind of key WrapDesk doesn't send to. Ask your supporter for their age "
            "key: one line starting with age1 (WrapDesk shows it under “My supporter key”).",
        )
    return translate(
        "Errors",
        "That doesn't look like a supporter key. It is one line starting with age1, copied "
        "exactly; check for a missing or extra character.",
    )


def _share_file(error: ShareError, translate: Translate) -> str:
    """Sentences for a shared file that could not be made or opened."""
    if isinstance(error, WrongShareKey):
        return _wrong_share_key(error, translate)
    if isinstance(error, RecipientInvalid | IdentityInvalid):
        return _key_text(error, translate)
    if isinstance(error, NotAShareFile):
        if error.reason == "not-a-package":
            return translate(
                "Errors",
                "This file opens, but it doesn't hold a plan shared from WrapDesk. Check that you "
                "chose the right file.",
            )
        return translate(
            "Errors",
            "This isn't a plan shared from WrapDesk, so WrapDesk can't open it. Check that you "
            "chose the right file: it usually ends in .age.",
        )
    if isinstance(error, ShareFileDamaged):
        return translate(
            "Errors",
            "This shared file is damaged: part of it is missing or has changed since it was "
            "made. Nothing was opened or saved; ask the person who sent it to send it again.",
        )
    if isinstance(error, ShareTooCostly):
        return translate(
            "Errors",
            "This file asks far more work of your computer to unlock than WrapDesk or age ever "
            "use, so WrapDesk won't try. Ask the person to send it again from WrapDesk.",
        )
    if isinstance(error, SharedPlanTooNew):
        return translate(
            "Errors",
            "This plan was shared from a newer version of WrapDesk. Install the newest "
            "WrapDesk to read it; nothing was saved.",
        )
    if isinstance(error, SharePackageUnsafe):
        return translate(
            "Errors",
            "This file opened, but what's inside isn't laid out the way WrapDesk makes it and "
            "could be unsafe, so WrapDesk didn't read it. Nothing was saved; ask the person to "
            "send it again from WrapDesk.",
        )
    return translate(
        "Errors",
        "This file opened, but the plan inside isn't one WrapDesk can read: it was changed "
        "after it was made, or made by something else. Nothing was saved; ask the person to "
        "send it again.",
    )


def _sharing(error: SharingProblem | BackupProblem, translate: Translate) -> str:
    """Sentences for a share that cannot be made as asked, or a restore that was stopped."""
    if isinstance(error, NoSectionsChosen):
        return translate("Errors", "Choose at least one part of your plan to share.")
    if isinstance(error, UnknownSection):
        return translate(
            "Errors",
            "There's no part called {key} in your plan. Use a part's key, or crisis-plan, wrap "
            "or advance-statements for a whole group.",
        ).format(key=error.key)
    if isinstance(error, RecipientMissing):
        return translate(
            "Errors",
            "To send to a supporter key, paste the key {name} sent you: one line starting with "
            "age1.",
        ).format(name=error.person_name or translate("Errors", "your supporter"))
    if isinstance(error, NotSentAsFile):
        return translate(
            "Errors",
            "{name} was given a printed copy, so there's no file to send again. Print a new "
            "copy for them instead.",
        ).format(name=error.person_name or translate("Errors", "This person"))
    if isinstance(error, NoSupporterKeyYet):
        return translate(
            "Errors",
            "This file is locked to a supporter key, and this plan hasn't made one yet, so the "
            "file can't be for it. If it was meant for you, open “My supporter key”, send that "
            "key to the person, and ask them to send the file again.",
        )
    if isinstance(error, BackupChanged):
        return translate(
            "Errors",
            "The backup changed after WrapDesk checked it, so nothing was replaced. Check the "
            "backup again, then restore it.",
        )
    return translate(
        "Errors",
        "That backup is your plan file itself, so there's nothing to restore. Choose a copy "
        "you made with Back up….",
    )


def describe(error: BaseException, translate: Translate = untranslated) -> str:  # noqa: PLR0912
    """One plain, translated sentence (or two) for ``error``."""
    if isinstance(error, ShareError):
        return _share_file(error, translate)
    if isinstance(error, SharingProblem | BackupProblem):
        return _sharing(error, translate)
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
    if isinstance(error, DifferentPlan):
        return translate(
            "Errors",
            "The file where your plan was now holds a different plan, so WrapDesk hasn't "
            "opened it. Your own plan may have been moved or renamed: use Open… to find it.",
        )
    if isinstance(error, RolledBack):
        return translate(
            "Errors",
            "The file where your plan was now holds an older copy, from before your "
            "passphrase or recovery key was changed, so WrapDesk hasn't opened it in place "
            "of your plan. If you meant to go back to it, use File ▸ Open plan…",
        )
    if isinstance(error, PassphraseNeeded):
        return translate(
            "Errors",
            "You opened this plan with your recovery key. Choose a new passphrase first, then "
            "make a new recovery key.",
        )
    if isinstance(error, ReadOnlyVault):
        return translate(
            "Errors",
            "This plan is in a folder WrapDesk can't write to, so you can read it but not change "
            "it. Copy it to a folder of your own to make changes.",
        )
    if isinstance(error, VaultLocked):
        return translate("Errors", "Your plan is locked. Unlock it to carry on.")
    if isinstance(error, FileNotFoundError | IsADirectoryError) and error.filename:
        return translate(
            "Errors",
            "There's no file called {name} there. Check the name and the folder, and try again.",
        ).format(name=Path(str(error.filename)).name)
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
