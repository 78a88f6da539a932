"""The whole window, driven as a person would: create, edit, autosave, lock, unlock, reopen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from tests.helpers import CHEAP_KDF, PASSPHRASE, files_containing
from tests.ui.driving import unlock, visible_texts
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.section_page import SectionPage
from wrapdesk.ui.session import SAVED


def shown_box() -> QMessageBox:
    """The one message box on screen."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [box for box in boxes if box.isVisible()]
    assert len(shown) == 1, [box.text() for box in shown]
    return shown[0]


def press(box: QMessageBox, label: str) -> None:
    """Press the button of ``box`` that says ``label``, as a person would."""
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()
    box.deleteLater()


def newer_format_copy(plan_path: Path, target: Path) -> Path:
    """``plan_path`` as a WrapDesk of the next major format would write it (checksum intact)."""
    import hashlib
    import struct

    data = bytearray(plan_path.read_bytes())
    struct.pack_into("<H", data, 8, 2)
    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    target.write_bytes(bytes(data))
    return target


def test_demo_opens_on_the_overview_with_the_persons_name(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.view is not None
    assert window.view.current == "overview"
    assert "Hello, Alex." in visible_texts(window.view)
    assert window.save_label.text() == "Demo: not kept"


def test_open_edit_autosave_lock_unlock_and_reopen(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    window.open_path(plan_path)
    assert window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window, "not my passphrase")
    qtbot.waitUntil(window.unlock_page.notice.isVisible, timeout=10000)
    assert "doesn't open this plan" in window.unlock_page.message.text()
    assert window.unlock_page.passphrase.edit.selectedText() == "not my passphrase"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None and window.session is not None
    window.view.show_page("section:early-warning-signs")
    page = window.view.page("section:early-warning-signs")
    assert isinstance(page, SectionPage)
    line = page.panel("item").new_entry
    qtbot.keyClicks(line, "MARKER sleeping less than five hours")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)

    # Lock: nothing of the plan stays on screen.
    window.lock()
    assert window.view is None and window.session.is_locked
    assert window.stack.currentWidget() is window.unlock_page
    assert not any("MARKER" in t for t in visible_texts(window))
    assert not any("MARKER" in t for t in visible_texts(window.unlock_page))
    # Unlocking returns to the same page.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None and window.view.current == "section:early-warning-signs"
    assert any("MARKER" in t for t in visible_texts(window.view))

    # Close and reopen: the words are there.
    assert window.session.close() is None
    window.session = None
    window._drop_view()
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None
    window.view.show_page("section:early-warning-signs")
    assert any("MARKER" in t for t in visible_texts(window.view))
    # ...and no plaintext copy of them anywhere on disk.
    roots = [plan_path.parent, Path(os.environ["HOME"])]
    assert files_containing(b"MARKER sleeping", *roots) == []


def test_idle_lock_hides_every_word(qtbot: QtBot, window: MainWindow, plan_path: Path) -> None:
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None
    window.session.editor.update_owner(preferred_name="ZEBRA-NAME")
    window.view.show_page("overview")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Hello, ZEBRA-NAME." in visible_texts(window), timeout=5000)
    window.idle.set_minutes(0.002)  # about a tenth of a second
    qtbot.waitUntil(lambda: window.view is None, timeout=10000)
    assert window.stack.currentWidget() is window.unlock_page
    assert not any("ZEBRA" in t for t in visible_texts(window))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None and window.view.current == "overview"


def test_create_a_plan_keeps_the_recovery_key_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from wrapdesk.ui.create_dialog import CreatePlanDialog

    window.create_plan()
    dialog = window.findChild(CreatePlanDialog)
    assert dialog is not None
    dialog.folder = tmp_path / "new-place"
    dialog.name.setText("Our test plan")
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase.edit, "short")
    assert "Too short" in (dialog.passphrase.verdict.text() if dialog.passphrase.verdict else "")
    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, "river lantern maple quietly")
    qtbot.keyClicks(dialog.again.edit, "river lantern maple quietly")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=20000)
    key_text = dialog.key_label.accessibleName().split(": ", 1)[1]
    last = key_text.split()[-1]
    assert not dialog.finish.isEnabled()
    qtbot.keyClicks(dialog.confirm, last)
    assert dialog.finish.isEnabled()
    qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert (tmp_path / "new-place" / "Our test plan.wrapdesk").is_file()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_damaged_plan_offers_its_newest_backup(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    from wrapdesk.services.plan_file import PlanFile

    plan = PlanFile.open(plan_path, PASSPHRASE)
    plan.db.set_meta("note", "first")
    plan.save()
    plan.db.set_meta("note", "second")
    plan.save()
    plan.close()
    data = bytearray(plan_path.read_bytes())
    data[len(data) // 2] ^= 0x40
    plan_path.write_bytes(bytes(data))

    # Said before any passphrase is asked for, over the welcome page; then its backups.
    window.open_path(plan_path)
    assert window.stack.currentWidget() is window.welcome
    box = shown_box()
    assert "damaged" in box.text()
    press(box, "Open a backup")
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    assert "damaged" in page.message.text() and page.notice.isVisible()
    assert page.backups.isVisible() and page.backups.count() >= 1
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(page.open_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None
    assert window.session.plan.db.get_meta("note") == "first"  # the newest intact backup


def test_undo_and_redo_from_the_menu_go_to_the_change(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None and window.view is not None
    window.session.editor.add_entry("triggers", "item", "Crowds")
    window.view.show_page("people")
    assert window.act_undo.isEnabled() and "Add entry" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.view.current == "section:triggers"
    page = window.view.page("section:triggers")
    assert isinstance(page, SectionPage) and page.panel("item").model.rowCount() == 0
    window.act_redo.trigger()
    assert page.panel("item").model.rowCount() == 1


def test_closing_with_a_failed_save_asks_before_losing_anything(
    qtbot: QtBot, window: MainWindow, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None
    from wrapdesk.vault import atomic_file

    def full(_folder: object, _needed: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "ensure_free_space", full)
    window.session.editor.add_entry("triggers", "item", "Words that must not be lost")
    qtbot.waitUntil(lambda: window.save_label.text() == "Not saved", timeout=10000)
    assert window.view is not None and window.view.banner.isVisible()
    assert "disk is full" in window.view.banner_text.text()
    window.close()
    assert window.isVisible(), "the window stays open while words are unsaved"
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "couldn't be saved" in box.text()
    box.reject()
    # The disk has room again: Try again saves, and the banner goes.
    monkeypatch.undo()
    qtbot.mouseClick(window.view.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)
    assert not window.view.banner.isVisible()
    assert window.session.state == SAVED


def test_find_goes_to_the_entry(qtbot: QtBot, window: MainWindow, plan_path: Path) -> None:
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None and window.view is not None
    entry = window.session.editor.add_entry("crisis.helps", "helps", "Quiet music and tea")
    window.find_in_plan()
    bar = window.view.find_bar
    qtbot.keyClicks(bar.query, "quiet music")
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert window.view.current == "section:crisis.helps"
    page = window.view.page("section:crisis.helps")
    assert isinstance(page, SectionPage)
    assert page.panel("helps").view.current_entry_id() == entry
    assert isinstance(bar.query, QLineEdit)


def test_a_file_that_is_not_a_plan_is_said_before_any_passphrase_is_asked_for(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    photo = tmp_path / "holiday.wrapdesk"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    # Welcome page ▸ Open a plan file…, as a person picks it.
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    picker = window.findChild(QFileDialog)
    assert picker is not None
    picker.fileSelected.emit(str(photo))
    box = shown_box()
    assert box.text() == (
        "This file isn't a WrapDesk plan, so WrapDesk can't open it. Check that you chose "
        "the right file."
    )
    assert window.stack.currentWidget() is window.welcome
    assert window.unlock_page.path is None
    press(box, "OK")
    assert window.windowTitle() == "WrapDesk"


def test_a_newer_or_wrong_file_leaves_the_open_plan_open_and_unchanged(
    qtbot: QtBot, window: MainWindow, plan_path: Path, tmp_path: Path
) -> None:
    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None and window.view is not None
    window.view.show_page("section:triggers")
    page = window.view.page("section:triggers")
    assert isinstance(page, SectionPage)
    line = page.panel("item").new_entry
    qtbot.keyClicks(line, "Loud parties")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    session, view = window.session, window.view
    newer = newer_format_copy(plan_path, tmp_path / "from a newer WrapDesk.wrapdesk")
    notes = tmp_path / "notes.txt"
    notes.write_text("Dear diary, today was a good day.\n", "utf-8")
    for chosen, words in (
        (newer, "saved by a newer version of WrapDesk"),
        (notes, "isn't a WrapDesk plan"),
        (tmp_path / "gone.wrapdesk", "There's no plan file at"),
    ):
        window.open_path(chosen)
        box = shown_box()
        assert words in box.text()
        press(box, "OK")
        # Still on the same plan, page and words: nothing was closed or lost.
        assert window.session is session and not session.is_locked
        assert window.view is view and window.stack.currentWidget() is view
        assert view.current == "section:triggers"
        assert "Loud parties" in visible_texts(view)
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=10000)


def test_a_damaged_plan_with_no_backup_beside_it_offers_to_restore_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from wrapdesk.services.plan_file import PlanFile

    path = tmp_path / "elsewhere" / "lonely.wrapdesk"
    plan, _ = PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    plan.close()
    kept = tmp_path / "usb stick" / "lonely copy.wrapdesk"
    kept.parent.mkdir()
    kept.write_bytes(path.read_bytes())
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01  # the checksum no longer matches: damaged, and known without a key
    path.write_bytes(bytes(data))

    window.open_path(path)
    box = shown_box()
    assert "no earlier copy was found beside it" in box.text()
    assert window.stack.currentWidget() is window.welcome
    press(box, "Restore a backup")
    picker = window.findChild(QFileDialog, "restore-file")
    assert picker is not None
    picker.fileSelected.emit(str(kept))
    words = window.findChild(QInputDialog, "restore-passphrase")
    assert words is not None
    words.textValueSelected.emit(PASSPHRASE)
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and isinstance(w, QMessageBox) and "Put it in place" in w.text()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10000,
    )
    press(shown_box(), "Restore this backup")
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.session is not None and window.session.plan.path == path
