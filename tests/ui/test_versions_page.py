"""Versions and sharing: the list of versions stays readable in a short window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.driving import open_demo_in_a_short_window, rows_in_view
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.versions_page import VersionsPage


def test_four_versions_show_whole_in_a_short_window_and_the_page_scrolls(
    qtbot: QtBot, window: MainWindow, text_size: float
) -> None:
    page = open_demo_in_a_short_window(qtbot, window, "versions")
    assert isinstance(page, VersionsPage)
    assert page.list.count() == 4  # the demo's versions, each with a note that wraps
    assert rows_in_view(page.list) == 4
    assert page.verticalScrollBar().isVisible()  # the page scrolls, not the list
    assert not page.list.verticalScrollBar().isVisible()
