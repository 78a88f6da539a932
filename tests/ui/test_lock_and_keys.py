"""Locking always hides the plan, even when saving fails; key changes say what they did."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE
from tests.ui.driving import unlock, visible_texts
from wrapdesk.services.plan_file import read_plan
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.passphrase_dialogs import ChangePassphraseDialog
from wrapdesk.vault import atomic_file, decrypt_file, list_backups


def open_unlocked(qtbot: QtBot, window: MainWindow, plan_path: Path) -> None:
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)


def triggers_on_disk(plan_path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    db = read_plan(plan_path, passphrase)
    try:
        return [str(row[0]) for row in db.connection.execute("SELECT text FROM entry")]
    finally:
        db.close()


NEWER = "a much newer passphrase for me"


def fill_change_passphrase(qtbot: QtBot, window: MainWindow) -> ChangePassphraseDialog:
    """Open Change passphrase and type the current one and NEWER twice (not yet sent)."""
    window.change_passphrase()
    dialog = window.findChild(ChangePassphraseDialog, "change-passphrase")
    assert dialog is not None
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.new.edit, NEWER)
    qtbot.keyClicks(dialog.again.edit, NEWER)
    return dialog


def message_box() -> QMessageBox:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )


def test_a_lock_with_a_full_disk_still_hides_the_plan_and_loses_nothing(
    qtbot: QtBot, window: MainWindow, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None

    def full(_folder: object, _needed: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "ensure_free_space", full)
    window.session.editor.add_entry("triggers", "item", "PRIVATE words not saved yet")
    window.lock()
    assert window.view is None
    assert window.stack.currentWidget() is window.unlock_page
    assert not any("PRIVATE" in t for t in visible_texts(window))
    assert window.unlock_page.notice.isVisible()
    assert "disk is full" in window.unlock_page.message.text()
    assert "kept safe" in window.unlock_page.message.text()

    # A wrong passphrase does not bring the plan back.
    unlock(qtbot, window, "not my passphrase")
    qtbot.waitUntil(
        lambda: "doesn't open this plan" in window.unlock_page.message.text(), timeout=10000
    )
    assert window.view is None

    # Room again: unlocking shows the plan and saves what was held.
    monkeypatch.undo()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    assert "PRIVATE words not saved yet" in triggers_on_disk(plan_path)


def test_a_lock_after_the_file_changed_elsewhere_keeps_the_edits_in_a_copy(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None
    window.session.editor.add_entry("triggers", "item", "first")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    shutil.copyfile(list_backups(plan_path)[0].path, plan_path)  # a sync tool, say
    window.session.editor.add_entry("triggers", "item", "second, written here")
    window.lock()
    assert window.view is None and window.session.is_locked
    assert not window.session.is_held, "the edits are on disk, so nothing is held"
    text = window.unlock_page.message.text()
    conflict = next(plan_path.parent.glob("my-plan (conflict *).wrapdesk"))
    assert conflict.name in text
    assert "second, written here" in triggers_on_disk(conflict)


def test_unlocking_an_older_file_says_so(qtbot: QtBot, window: MainWindow, plan_path: Path) -> None:
    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None
    for n in range(3):
        window.session.editor.add_entry("triggers", "item", f"entry {n}")
        qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    window.lock()
    oldest = min(list_backups(plan_path), key=lambda b: b.save_counter)
    shutil.copyfile(oldest.path, plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    box = message_box()
    assert "older than the one you locked" in box.text()
    box.accept()


def test_changing_the_passphrase_reseals_the_backups(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None
    window.session.editor.add_entry("triggers", "item", "kept through the change")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    dialog = fill_change_passphrase(qtbot, window)
    assert "stop opening this plan and the backups" in " ".join(visible_texts(dialog))
    qtbot.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    copies = [plan_path, *(b.path for b in list_backups(plan_path))]
    assert len(copies) >= 2
    for path in copies:
        decrypt_file(path, NEWER)
    assert "kept through the change" in triggers_on_disk(plan_path, NEWER)


def test_the_locked_demo_opens_again_with_one_key_press(qtbot: QtBot, window: MainWindow) -> None:
    """The demo's passphrase is random: nobody could type it."""
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    window.lock()
    page = window.unlock_page
    assert window.view is None and window.stack.currentWidget() is page
    assert page.demo_frame.isVisible() and not page.frame.isVisible()
    assert not any("wrapdesk-demo" in t for t in visible_texts(page)), "no temp folder shown"
    assert window.focusWidget() is page.demo_button, "Enter or Space carries on at once"
    qtbot.keyClick(page.demo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)


def test_locking_closes_every_window_over_the_plan(qtbot: QtBot, window: MainWindow) -> None:
    from wrapdesk.ui.passphrase_dialogs import RecoveryKeyDialog
    from wrapdesk.ui.review_wizard import ReviewWizard

    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.session is not None
    window.start_review()
    wizard = window.findChild(ReviewWizard)
    assert wizard is not None and wizard.isVisible()
    window.new_recovery_key()
    key_dialog = window.findChild(RecoveryKeyDialog)
    assert key_dialog is not None and key_dialog.isVisible()
    window.lock()
    assert not wizard.isVisible() and not key_dialog.isVisible()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == [], f"still on screen after locking: {shown}"


def test_a_new_recovery_key_needs_the_passphrase_and_a_key_left_unkept_is_said(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    from wrapdesk.ui.passphrase_dialogs import RecoveryKeyDialog
    from wrapdesk.vault import RecoveryKey

    open_unlocked(qtbot, window, plan_path)
    before = plan_path.read_bytes()
    window.new_recovery_key()
    dialog = window.findChild(RecoveryKeyDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.current.edit, "not my passphrase")
    qtbot.keyClick(dialog.current.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "isn't your passphrase" in dialog.words.text(), timeout=10000)
    assert plan_path.read_bytes() == before, "nothing changed on a wrong passphrase"
    dialog.current.edit.clear()
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    qtbot.keyClick(dialog.current.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.key_label.text()), timeout=10000)
    key = RecoveryKey.parse(dialog.key_label.accessibleName())
    assert decrypt_file(plan_path, key)
    window.lock()  # before the person confirmed it
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    box = message_box()
    assert "make another one" in box.text()
    box.accept()


def test_choosing_another_plan_while_changes_are_held_asks_first(
    qtbot: QtBot, window: MainWindow, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None

    def full(_folder: object, _needed: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "ensure_free_space", full)
    window.session.editor.add_entry("triggers", "item", "words not saved yet")
    window.lock()
    assert window.session.is_held
    window.unlock_page.cancel_requested.emit()
    box = message_box()
    assert "will be lost" in box.text()
    assert window.stack.currentWidget() is window.unlock_page, "nothing happens before the answer"
    stay = next(b for b in box.buttons() if b.text() == "Stay here")
    stay.click()
    assert window.session is not None and window.session.is_held
    monkeypatch.undo()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    assert "words not saved yet" in triggers_on_disk(plan_path)


def test_locking_keeps_what_was_being_typed(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    """Half-edited entries, lines typed but not added, notes mid-sentence: all kept."""
    from PySide6.QtWidgets import QLineEdit

    from wrapdesk.ui.section_page import SectionPage

    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None and window.view is not None
    window.session.editor.add_entry("triggers", "item", "Crowds")
    window.view.show_page("section:triggers")
    page = window.view.page("section:triggers")
    assert isinstance(page, SectionPage)
    panel = page.panel("item")
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)  # edit in place
    editor = next(w for w in view.findChildren(QLineEdit) if w.isVisible())
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, " and queues")
    panel.new_entry.setText("Loud trains at night")  # typed, not yet added
    window.lock()
    assert window.view is None and window.session.is_locked
    assert sorted(triggers_on_disk(plan_path)) == ["Crowds and queues", "Loud trains at night"]


def test_leaving_a_review_keeps_a_goal_typed_but_not_added(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from wrapdesk.ui.review_wizard import ReviewWizard

    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None
    window.start_review()
    wizard = window.findChild(ReviewWizard)
    assert wizard is not None
    wizard.next.click()  # start
    wizard.skip.click()  # co-assess
    goal = next(
        w
        for w in wizard.findChildren(QLineEdit)
        if w.isVisible() and w.accessibleName() == "Add a goal or next step"
    )
    qtbot.keyClicks(goal, "Walk to the allotment twice a week")
    wizard.reject()  # Leave for now
    assert [g.text for g in wizard.cycle.current().goals] == ["Walk to the allotment twice a week"]


def test_a_new_passphrase_can_bring_a_new_recovery_key_with_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Someone who knew the old passphrase could have planted a recovery key of their own."""
    from tests.helpers import CHEAP_KDF
    from wrapdesk.services.plan_file import PlanFile
    from wrapdesk.ui.passphrase_dialogs import RecoveryKeyDialog
    from wrapdesk.vault import RecoveryKey, WrongRecoveryKey

    path = tmp_path / "keys" / "plan.wrapdesk"
    plan, old_key = PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    plan.close()
    open_unlocked(qtbot, window, path)
    dialog = fill_change_passphrase(qtbot, window)
    assert not dialog.also_key.isChecked(), "the sheet keeps working unless asked"
    assert "someone else may have known your passphrase" in " ".join(visible_texts(dialog))
    dialog.also_key.setFocus()
    qtbot.keyClick(dialog.also_key, Qt.Key.Key_Space)
    assert dialog.also_key.isChecked()
    qtbot.mouseClick(dialog.change, Qt.MouseButton.LeftButton)

    def key_dialog() -> RecoveryKeyDialog | None:
        found = window.findChild(RecoveryKeyDialog, "recovery-key")
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: key_dialog() is not None, timeout=20000)
    shown = key_dialog()
    assert shown is not None
    assert shown.windowTitle() == "Your new recovery key"
    assert not shown.current.isVisible(), "no second passphrase prompt"
    new_key = RecoveryKey.parse(shown.key_label.accessibleName())
    assert decrypt_file(path, new_key)
    assert decrypt_file(path, NEWER)
    with pytest.raises(WrongRecoveryKey):
        decrypt_file(path, old_key)
    qtbot.keyClicks(shown.confirm, new_key.groups[-1])
    qtbot.mouseClick(shown.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: key_dialog() is None, timeout=5000)


@pytest.mark.usefixtures("english")
def test_copies_that_could_not_be_sealed_again_are_named_and_tried_later(
    qtbot: QtBot, window: MainWindow, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    open_unlocked(qtbot, window, plan_path)
    assert window.session is not None
    for n in range(2):
        window.session.editor.add_entry("triggers", "item", f"entry {n}")
        qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    real = os.writev

    def backups_unwritable(fd: int, buffers: list[bytes]) -> int:
        if "backups" in Path(f"/proc/self/fd/{fd}").readlink().parts:
            raise OSError(errno.EIO, "Input/output error")
        return real(fd, buffers)

    monkeypatch.setattr(os, "writev", backups_unwritable)
    dialog = fill_change_passphrase(qtbot, window)
    qtbot.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    box = message_box()
    assert "4 older copies of your plan couldn't be updated just now" in box.text()
    assert "they still open the old way" in box.text()
    assert "try again the next time you open your plan" in box.text()
    assert str(list_backups(plan_path)[0].path.parent) in box.text()
    box.accept()
    monkeypatch.undo()
    window.lock()
    unlock(qtbot, window, NEWER)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    for backup in list_backups(plan_path):
        decrypt_file(backup.path, NEWER)


def test_a_new_recovery_key_made_as_the_plan_locks_is_never_left_on_the_lock_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen locks (or the idle timer fires) while a passphrase change with a new
    recovery key is still sealing the backups."""
    import time

    from tests.helpers import CHEAP_KDF
    from wrapdesk.services.plan_file import PlanFile
    from wrapdesk.ui.passphrase_dialogs import RecoveryKeyDialog
    from wrapdesk.vault import Vault

    path = tmp_path / "keys" / "plan.wrapdesk"
    PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    open_unlocked(qtbot, window, path)
    real = Vault._reseal_with

    def slow(self: Vault, *args: object) -> None:  # a few dozen backups on a slow disk
        time.sleep(0.8)
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "_reseal_with", slow)
    dialog = fill_change_passphrase(qtbot, window)
    dialog.also_key.setChecked(True)
    qtbot.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    window.lock()
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=20000)
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.unlock_page
    shown = [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    assert shown == [], "a recovery key is on the lock screen"

    unlock(qtbot, window, NEWER)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    box = message_box()
    assert "make another one" in box.text()
    box.accept()
