"""The whole window, driven as a person would: create, edit, autosave, lock, unlock, reopen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE, files_containing
from tests.ui.driving import unlock, visible_texts
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.section_page import SectionPage
from wrapdesk.ui.session import SAVED


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

    window.open_path(plan_path)
    unlock(qtbot, window)
    qtbot.waitUntil(window.unlock_page.notice.isVisible, timeout=10000)
    page = window.unlock_page
    assert "damaged" in page.message.text()
    assert page.backups.isVisible() and page.backups.count() >= 1
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
