"""A plan part on screen: type, press keys, and see (and keep) what you wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.ui.section_page import SectionPage
from wrapdesk.ui.session import SAVED, PlanSession


def texts(page: SectionPage, kind: str = "item") -> list[str]:
    model = page.panel(kind).model
    return [model.entry(r).text for r in range(model.rowCount())]


def add(qtbot: QtBot, page: SectionPage, text: str, kind: str = "item") -> None:
    line = page.panel(kind).new_entry
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_typing_an_entry_shows_it_and_autosave_keeps_it(
    qtbot: QtBot, session: PlanSession, plan_path: Path
) -> None:
    page = SectionPage(session, "early-warning-signs")
    qtbot.addWidget(page)
    page.show()
    add(qtbot, page, "Sleeping less than five hours")
    add(qtbot, page, "Not answering messages")
    add(qtbot, page, "Tell my sister", "must-do")
    assert texts(page) == ["Sleeping less than five hours", "Not answering messages"]
    assert texts(page, "must-do") == ["Tell my sister"]
    assert page.panel("item").new_entry.text() == ""
    qtbot.waitUntil(lambda: session.state == SAVED and not session.dirty, timeout=5000)
    session.close()
    reopened = PlanFile.open(plan_path, PASSPHRASE)
    editor = PlanEditor(reopened.db)
    saved = [e.text for e in editor.section("early-warning-signs").entries("item")]
    assert saved == ["Sleeping less than five hours", "Not answering messages"]
    editor.close()
    reopened.close()


def test_keyboard_moves_edits_and_deletes_with_undo(qtbot: QtBot, session: PlanSession) -> None:
    page = SectionPage(session, "triggers")
    qtbot.addWidget(page)
    page.show()
    for text in ("Crowds", "Deadlines", "Anniversaries"):
        add(qtbot, page, text)
    view = page.panel("item").view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(page) == ["Deadlines", "Crowds", "Anniversaries"]
    assert view.currentIndex().data() == "Crowds"
    # Edit in place: F2, type, Enter.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opens the entry for editing"
    editor.selectAll()
    qtbot.keyClicks(editor, "Big crowds")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop
    qtbot.waitUntil(lambda: texts(page) == ["Deadlines", "Big crowds", "Anniversaries"])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert texts(page) == ["Deadlines", "Anniversaries"]
    session.editor.undo()
    assert texts(page) == ["Deadlines", "Big crowds", "Anniversaries"]


def test_ideas_are_open_on_an_empty_part_and_folded_once_it_has_words(
    qtbot: QtBot, session: PlanSession
) -> None:
    empty = SectionPage(session, "wellness-toolbox")
    qtbot.addWidget(empty)
    assert empty._ideas is not None and empty._ideas.is_open()
    session.editor.add_entry("wellness-toolbox", "item", "A long walk")
    filled = SectionPage(session, "wellness-toolbox")
    qtbot.addWidget(filled)
    assert filled._ideas is not None and not filled._ideas.is_open()
