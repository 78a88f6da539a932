"""The lists of people, medicines and care: readable in a short window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from tests.ui.driving import open_demo_in_a_short_window, rows_in_view
from wrapdesk.ui.main_window import MainWindow


def test_the_people_show_whole_in_a_short_window_and_the_page_scrolls(
    qtbot: QtBot, window: MainWindow, text_size: float
) -> None:
    page = open_demo_in_a_short_window(qtbot, window, "people")
    people = page.findChild(QListWidget)
    assert people is not None and people.count() == 6  # the demo's people
    assert rows_in_view(people) == 6
    assert page.verticalScrollBar().isVisible()  # the page scrolls, not the list
    # A long list shows eight, and never fewer than four, however short the window.
    assert window.session is not None and window.view is not None
    for n in range(6):
        window.session.editor.add_person(f"Someone else {n}", relationship="friend")
    QApplication.processEvents()
    assert people.count() == 12 and rows_in_view(people) == 8
    assert people.minimumHeight() >= 4 * people.sizeHintForRow(0)
