"""Sharing from the window: the export dialog, the read-only viewer, keys and backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from wrapdesk.services import sharing
from wrapdesk.ui import share_flow
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.share_flow import (
    ShareDialog,
    SharedPlanViewer,
    SharedWordsDialog,
    SupporterKeyDialog,
    copy_for_a_while,
    open_shared_file,
)
from wrapdesk.ui.tasks import TaskRunner


def visible(kind: type) -> QWidget | None:
    found = [w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


@pytest.fixture
def with_people(session: PlanSession) -> int:
    editor = session.editor
    editor.update_owner(name="Alex Morgan", preferred_name="Alex")
    sam = editor.add_person("Sam", relationship="sister", may_receive=["crisis-plan"])
    editor.add_entry("crisis.take-over-signs", "item", "Not eating for a day")
    editor.add_entry("wellness-toolbox", "item", "PRIVATE-TOOLBOX-WORDS")
    return sam


def test_export_with_words_then_open_it_in_the_viewer(
    qtbot: QtBot,
    session: PlanSession,
    app_settings: AppSettings,
    tasks: TaskRunner,
    with_people: int,
    tmp_path: Path,
) -> None:
    dialog = ShareDialog(session, app_settings, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person.currentData() == with_people
    assert "crisis.take-over-signs" in dialog.chosen_sections()
    assert "wellness-toolbox" not in dialog.chosen_sections()
    assert dialog.by_words.isChecked()
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog, "save-share") is not None, timeout=60000)
    target = tmp_path / "for-sam.age"
    dialog.write_to(str(target))
    assert target.stat().st_mode & 0o777 == 0o600
    words = dialog.words.text()
    assert len(words.split()) == 6 and dialog.words_box.isVisible()
    holders = session.versions.holders()
    assert [(h.person_name, h.method) for h in holders] == [("Sam", "passphrase")]

    shared = sharing.open_shared(target.read_bytes(), words)
    assert shared.document.section("crisis.take-over-signs") is not None
    assert shared.document.section("wellness-toolbox") is None
    viewer = SharedPlanViewer(shared)
    qtbot.addWidget(viewer)
    text = viewer.text.toPlainText()
    assert "Not eating for a day" in text and "PRIVATE-TOOLBOX-WORDS" not in text


def test_the_viewer_shows_shared_words_as_text_never_as_markup(qtbot: QtBot) -> None:
    from wrapdesk.document import (
        EntryDoc,
        EntryListDoc,
        OwnerDoc,
        PlanDocument,
        SectionDoc,
    )

    hostile = "<img src='file:///etc/passwd'><b>bold?</b>"
    document = PlanDocument(
        owner=OwnerDoc(name="<i>Someone</i>"),
        included=("triggers",),
        sections=(
            SectionDoc("triggers", "wrap", (EntryListDoc("item", (EntryDoc(1, hostile),)),)),
        ),
    )
    viewer = SharedPlanViewer(sharing.SharedPlan(document, b"%PDF-1.4", "readme"))
    qtbot.addWidget(viewer)
    assert hostile in viewer.text.toPlainText()


def test_clipboard_is_cleared_after_a_while(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(share_flow, "CLIPBOARD_SECONDS", 0.05)
    host = QWidget()
    qtbot.addWidget(host)
    copy_for_a_while("river lantern maple", host)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "river lantern maple"
    mime = clipboard.mimeData()
    assert mime is not None
    # Marked as a secret, so clipboard managers keep it out of their history.
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # Something the person copied since is left alone.
    copy_for_a_while("words", host)
    clipboard.setText("their own note")
    qtbot.wait(200)
    assert clipboard.text() == "their own note"


def test_supporter_key_round_trip_with_a_file_locked_to_it(
    qtbot: QtBot,
    session: PlanSession,
    tasks: TaskRunner,
    tmp_path: Path,
) -> None:
    import pyrage  # noqa: F401 - only to make the other person's file, as `age -r` would

    from wrapdesk.document import OwnerDoc, PlanDocument
    from wrapdesk.exchange import make_share

    key_dialog = SupporterKeyDialog(session)
    qtbot.addWidget(key_dialog)
    recipient = key_dialog.key.text()
    assert recipient.startswith("age1")
    theirs = PlanDocument(owner=OwnerDoc(name="Robin"), included=(), sections=())
    data = make_share(theirs, b"%PDF-1.4\n", "readme", passphrase=None, recipient=recipient)
    path = tmp_path / "from-robin.age"
    path.write_bytes(data)
    host = QWidget()
    qtbot.addWidget(host)
    open_shared_file(host, tasks, path, session)
    qtbot.waitUntil(lambda: visible(SharedPlanViewer) is not None, timeout=20000)
    viewer = visible(SharedPlanViewer)
    assert isinstance(viewer, SharedPlanViewer)
    qtbot.addWidget(viewer)
    assert "Robin" in viewer.windowTitle()


def test_wrong_words_for_a_shared_file_are_said_in_the_same_window_to_type_again(
    qtbot: QtBot,
    session: PlanSession,
    tasks: TaskRunner,
    with_people: int,
    tmp_path: Path,
) -> None:
    result = sharing.export_for(
        session.editor,
        session.versions,
        person_id=with_people,
        sections=["crisis-plan"],
        method="passphrase",
    )
    assert result.passphrase is not None
    path = tmp_path / "shared.age"
    path.write_bytes(result.data)
    host = QWidget()
    qtbot.addWidget(host)
    open_shared_file(host, tasks, path)
    ask = host.findChild(SharedWordsDialog, "shared-passphrase")
    assert ask is not None and ask.isVisible()
    qtbot.keyClicks(ask.words, "wrong words entirely here now")
    qtbot.keyClick(ask.words, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "words don't open this file" in ask.problem.text(), timeout=60000)
    # Still the same window, the words selected: typing replaces them. No file to pick again.
    assert ask.isVisible() and ask.words.isEnabled()
    assert ask.words.hasFocus() and ask.words.selectedText() == "wrong words entirely here now"
    assert visible(QFileDialog) is None and visible(QMessageBox) is None
    qtbot.keyClicks(ask.words, result.passphrase)
    assert ask.words.text() == result.passphrase
    qtbot.mouseClick(ask.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(SharedPlanViewer) is not None, timeout=60000)
    viewer = visible(SharedPlanViewer)
    assert isinstance(viewer, SharedPlanViewer)
    qtbot.addWidget(viewer)
    assert "Alex" in viewer.windowTitle()
    assert not ask.isVisible() and ask.words.text() == ""


def test_a_file_that_is_not_a_shared_plan_is_said_before_any_words_are_asked_for(
    qtbot: QtBot, window: MainWindow, plan_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "shopping list.txt"
    notes.write_text("milk, bread, tea\n", "utf-8")
    for chosen in (notes, plan_path):  # a text file, and a WrapDesk plan (not a shared copy)
        qtbot.mouseClick(window.welcome.shared_button, Qt.MouseButton.LeftButton)
        picker = window.findChild(QFileDialog, "open-shared")
        assert picker is not None
        picker.fileSelected.emit(str(chosen))
        picker.deleteLater()
        box = visible(QMessageBox)
        assert box is not None and "isn't a plan shared from WrapDesk" in box.text()
        assert window.findChild(SharedWordsDialog) is None
        assert window.stack.currentWidget() is window.welcome
        box.accept()
        box.deleteLater()
        qtbot.waitUntil(lambda: visible(QMessageBox) is None)
