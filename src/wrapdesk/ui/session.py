"""An open plan in the window: its file, its editor, autosave, lock and unlock.

Autosave runs shortly after each change: the database is copied to bytes on the GUI
thread (fast, and consistent), then encrypted and written by the background runner.
"Saved" is reported only when the vault says the file is durable. A failed save keeps
every edit in memory and says so; the next change, or Try again, saves again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from wrapdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wrapdesk.services.demo import DemoPlan
    from wrapdesk.services.editor import PlanEditor
    from wrapdesk.services.plan_file import PlanFile
    from wrapdesk.services.versions import Versions
    from wrapdesk.vault import Secret

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1200

# Save states, as reported by ``save_state_changed``.
SAVED = "saved"
SAVING = "saving"
UNSAVED = "unsaved"
FAILED = "failed"


class PlanSession(QObject):
    """One open plan. Signals: ``changed(areas)``, ``save_state_changed(state)``,
    ``save_failed(error)``, ``locked()``, ``unlocked()``."""

    changed = Signal(object)
    save_state_changed = Signal(str)
    save_failed = Signal(object)
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        plan: PlanFile,
        tasks: TaskRunner,
        demo: DemoPlan | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._tasks = tasks
        self._demo = demo
        self._editor: PlanEditor | None = None
        self._versions: Versions | None = None
        self._saved_revision = 0
        self._in_flight = False
        self._again = False
        self._overwrite_next = False
        self._held = False  # locked on screen, but kept in memory: its changes aren't saved
        self.state = SAVED
        self.last_error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save_now)
        self._attach()

    # ------------------------------------------------------------------ state

    @property
    def plan(self) -> PlanFile:
        """The plan file."""
        return self._plan

    @property
    def is_demo(self) -> bool:
        """True for the built-in demo (a throwaway copy)."""
        return self._demo is not None

    @property
    def demo_passphrase(self) -> str | None:
        """The demo's own random passphrase (None for a real plan): it opens with a button."""
        return self._demo.passphrase if self._demo is not None else None

    @property
    def is_locked(self) -> bool:
        """True while locked: nothing of the plan is shown, and it can't be changed."""
        return self._editor is None or self._held

    @property
    def is_held(self) -> bool:
        """True while locked with unsaved changes kept in memory (see :meth:`lock`)."""
        return self._held

    @property
    def editor(self) -> PlanEditor:
        """Reads and edits; only while unlocked."""
        if self._editor is None:
            raise RuntimeError("the plan is locked")
        return self._editor

    @property
    def versions(self) -> Versions:
        """Versions of the plan; only while unlocked."""
        if self._versions is None:
            raise RuntimeError("the plan is locked")
        return self._versions

    @property
    def dirty(self) -> bool:
        """True if there are changes not yet saved."""
        return self._editor is not None and self._editor.revision != self._saved_revision

    def _attach(self) -> None:
        from wrapdesk.services.editor import PlanEditor
        from wrapdesk.services.versions import Versions

        self._editor = PlanEditor(self._plan.db)
        self._versions = Versions(self._editor)
        self._saved_revision = self._editor.revision
        self._editor.subscribe(self._on_editor_changed)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.save_state_changed.emit(state)

    def _on_editor_changed(self, areas: set[str]) -> None:
        self.changed.emit(areas)
        if self.dirty:
            if self.state != FAILED:
                self._set_state(UNSAVED)
            self._timer.start()

    # ------------------------------------------------------------------ saving

    def save_now(self) -> None:
        """Save in the background now (if there is anything to save)."""
        self._timer.stop()
        if self._editor is None or self._plan.read_only:
            return
        if self._in_flight:
            self._again = True
            return
        if not self.dirty and not self._overwrite_next:
            if self.state != FAILED:
                self._set_state(SAVED)
            return
        data = self._plan.db.dump()
        revision = self._editor.revision
        overwrite = self._overwrite_next
        vault = self._plan.vault
        self._in_flight = True
        self._set_state(SAVING)
        self._tasks.run(
            lambda: vault.save(data, overwrite_changed=overwrite),
            lambda _result: self._on_saved(revision, overwrite),
            self._on_save_error,
        )

    def keep_my_version(self) -> None:
        """After a conflict: save this version over the other (which is kept as a backup)."""
        self._overwrite_next = True
        self.save_now()

    def _on_saved(self, revision: int, overwrote: bool) -> None:
        self._in_flight = False
        if overwrote:
            self._overwrite_next = False
        self._saved_revision = revision
        self.last_error = None
        self._set_state(UNSAVED if self.dirty else SAVED)
        if self._again or self.dirty:
            self._again = False
            self._timer.start()

    def _on_save_error(self, error: BaseException) -> None:
        self._in_flight = False
        self._again = False
        self.last_error = error
        log.warning("saving failed: %s", type(error).__name__)
        self._set_state(FAILED)
        self.save_failed.emit(error)

    def save_blocking(self) -> BaseException | None:
        """Save now and wait (closing, locking). Returns the error, or None when saved."""
        self._timer.stop()
        self._tasks.wait()
        QCoreApplication.processEvents()  # deliver the finished background save, if any
        if self._editor is None or self._plan.read_only or not (self.dirty or self._overwrite_next):
            return None if self.state != FAILED or not self.dirty else self.last_error
        try:
            self._plan.save(overwrite_changed=self._overwrite_next)
        except Exception as exc:  # reported to the person, never lost
            self._on_save_error(exc)
            return exc
        self._on_saved(self._editor.revision, self._overwrite_next)
        return None

    # ------------------------------------------------------------------ locking

    def lock(self) -> BaseException | None:
        """Save, then lock: always. Returns the save error, if saving failed.

        Saved, or saved to a conflict copy because the file changed elsewhere: the plan and
        its key are forgotten. Any other failure (a full disk, a missing USB stick) would
        lose the changes if they were forgotten, so they are held in memory, out of sight,
        until the passphrase is typed again; then saving is tried again.
        """
        from wrapdesk.vault import ChangedOnDisk

        if self._editor is None or self._held:
            return None
        error = self.save_blocking()
        if error is None or (isinstance(error, ChangedOnDisk) and error.conflict_copy):
            self._editor.close()
            self._editor = None
            self._versions = None
            self._plan.lock(save=False)
        else:
            self._held = True
        self.locked.emit()
        return error

    def unlock(
        self,
        secret: Secret,
        on_done: Callable[[], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Unlock in the background (the key derivation is slow), then rebuild the editor.

        A plan held in memory is checked against the passphrase it was opened with, and
        then saved again.
        """

        def done(_result: object) -> None:
            if self._held:
                self._held = False
                self.unlocked.emit()
                if on_done is not None:
                    on_done()
                self.save_now()
                return
            self._attach()
            self._set_state(SAVED)
            self.unlocked.emit()
            if on_done is not None:
                on_done()

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)

        if self._held:
            vault = self._plan.vault
            self._tasks.run(lambda: _check(vault, secret), done, failed)
            return
        self._tasks.run(lambda: self._plan.unlock(secret), done, failed)

    def abandon(self) -> None:
        """Close without saving: only when the person chose to lose unsaved changes."""
        self._timer.stop()
        self._tasks.wait()
        self._held = False
        if self._editor is not None:
            self._editor.close()
            self._editor = None
            self._versions = None
        if self._demo is not None:
            self._demo.close()
        else:
            self._plan.close()

    def close(self) -> BaseException | None:
        """Save and close. Returns the error if the last save failed (nothing is closed)."""
        if self._held:
            error = self.save_blocking()
            if error is not None:
                return error
            self._held = False
        error = self.lock() if self._editor is not None else None
        if error is not None and self._held:
            self._held = False  # still unlocked as far as the caller knows: nothing closed
            return error
        if self._demo is not None:
            self._demo.close()
        else:
            self._plan.close()
        return None


def _check(vault: object, secret: Secret) -> None:
    """Raise the usual wrong-secret error unless ``secret`` opens ``vault``."""
    from wrapdesk.vault import RecoveryKey, Vault, WrongPassphrase, WrongRecoveryKey

    assert isinstance(vault, Vault)
    if not vault.check_secret(secret):
        if isinstance(secret, RecoveryKey):
            raise WrongRecoveryKey("the recovery key does not open this plan")
        raise WrongPassphrase("the passphrase does not open this plan")
