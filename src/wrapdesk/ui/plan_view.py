"""The open plan: a calm banner when something needs attention, the sidebar, one page.

Pages are built when first visited and kept while the plan is open; they redraw only
the areas an edit touched. Everything here is thrown away when the plan locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.ui.cards import GRID, TRANSLATE, card, quiet
from wrapdesk.ui.find_bar import FindBar
from wrapdesk.ui.session import FAILED, PlanSession
from wrapdesk.ui.sidebar import Sidebar

WARM_START_MS = 1500
WARM_GAP_MS = 60

AREA_PAGES = {
    "people": "people",
    "medicines": "care",
    "treatments": "care",
    "places": "care",
    "refusals": "section:adrt",
    "advance": "section:adrt",
    "owner": "overview",
    "helplines": "overview",
    "versions": "versions",
    "shares": "versions",
    "cycle": "reviews",
}


def page_for_area(area: str) -> str | None:
    """The page that shows an area of the plan (for Find and for undo)."""
    if area.startswith("section:"):
        return area
    return AREA_PAGES.get(area)


class PlanView(QWidget):
    """Banner, find bar, sidebar and pages of one open plan."""

    glossary_requested = Signal(str)
    print_requested = Signal(str)
    action_requested = Signal(str)  # "share", "start-review", "crisis", …
    page_changed = Signal(str)

    def __init__(
        self, session: PlanSession, extra_pages: dict[str, Callable[[], QWidget]] | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self._extra_pages = extra_pages or {}
        self._pages: dict[str, QWidget] = {}
        self.current = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The banner: what happened, and what to do next.
        self.banner, banner_layout = card(notice=True)
        self.banner_text = quiet("")
        self.banner_text.setProperty("muted", False)
        self.banner_text.setAccessibleName(self.tr("Something needs your attention"))
        banner_layout.addWidget(self.banner_text)
        buttons = QHBoxLayout()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(session.save_now)
        self.keep_mine = QPushButton(self.tr("Keep my version here"))
        self.keep_mine.clicked.connect(session.keep_my_version)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.keep_mine)
        buttons.addStretch(1)
        banner_layout.addLayout(buttons)
        wrapper = QWidget()
        wrap_layout = QVBoxLayout(wrapper)
        wrap_layout.setContentsMargins(2 * GRID, GRID, 2 * GRID, 0)
        wrap_layout.addWidget(self.banner)
        layout.addWidget(wrapper)
        self._banner_wrapper = wrapper
        wrapper.hide()
        # Sidebar and pages.
        self.sidebar = Sidebar()
        self.sidebar.build(session.editor.custom_sections())
        self.sidebar.page_selected.connect(self.show_page)
        titles = {k: self.sidebar.title_of(k) for k in self.sidebar.page_keys()}
        titles.update({a: titles.get(p, p) for a, p in AREA_PAGES.items()})
        self.find_bar = FindBar(session, titles)
        self.find_bar.hide()
        self.find_bar.go_to.connect(self.go_to)
        self.find_bar.close_requested.connect(self._on_find_close_requested)
        layout.addWidget(self.find_bar)
        self.pages = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Wide enough for the longest name (large text, a long name of your own part), but
        # never more than about 40 characters: the page needs the room more.
        metrics = self.sidebar.fontMetrics()
        chars = metrics.averageCharWidth()
        longest = max(metrics.horizontalAdvance(title) for title in titles.values())
        needed = longest + 2 * self.sidebar.indentation() + self.sidebar.iconSize().width()
        needed += 6 * GRID  # item padding, the frame and a scroll bar
        self.sidebar.setMinimumWidth(max(26 * chars, min(needed, 40 * chars)))
        layout.addWidget(splitter, 1)
        session.changed.connect(self._on_session_changed)
        session.save_state_changed.connect(self._on_session_save_state_changed)
        self.sidebar.set_counts(session.editor.part_counts())
        # Build the other pages one at a time while nothing else is happening, so that going
        # to any page later only shows it (a big plan's Reviews page takes ~100 ms to build).
        self._warm = QTimer(self)
        self._warm.setInterval(WARM_GAP_MS)
        self._warm.timeout.connect(self._on_warm_timeout)
        session.locked.connect(self._warm.stop)

    def start_warming(self) -> None:
        """Begin building the pages not yet visited, one per quiet moment (after the first
        page has settled)."""
        QTimer.singleShot(WARM_START_MS, self, self._warm.start)

    def _on_warm_timeout(self) -> None:
        if self.session.is_locked:  # locked or closed: nothing more is built
            self._warm.stop()
            return
        for key in self.sidebar.page_keys():
            if key not in self._pages:
                self.page(key)
                return
        self._warm.stop()

    # ------------------------------------------------------------------ pages

    def _make_page(self, key: str) -> QWidget:
        if key in self._extra_pages:
            return self._extra_pages[key]()
        if key.startswith("section:"):
            from wrapdesk.ui.section_page import SectionPage

            return SectionPage(self.session, key.removeprefix("section:"))
        if key == "people":
            from wrapdesk.ui.fact_pages import PeoplePage

            return PeoplePage(self.session)
        if key == "care":
            from wrapdesk.ui.fact_pages import CarePage

            return CarePage(self.session)
        if key == "crisis":
            from wrapdesk.ui.fact_pages import CrisisPage

            return CrisisPage(self.session)
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built if it is the first visit."""
        if key not in self._pages:
            page = self._make_page(key)
            for name, slot in (
                ("glossary_requested", self.glossary_requested.emit),
                ("open_page_requested", self.show_page),
                ("print_requested", self.print_requested.emit),
                ("action_requested", self.action_requested.emit),
            ):
                signal = getattr(page, name, None)
                if signal is not None:
                    signal.connect(slot)
            self._pages[key] = page
            self.pages.addWidget(page)
        return self._pages[key]

    def show_page(self, key: str) -> None:
        """Show page ``key`` and mark it in the sidebar."""
        if key.startswith("section:") and key not in self.sidebar.page_keys():
            self.sidebar.build(self.session.editor.custom_sections())
            self.sidebar.set_counts(self.session.editor.part_counts())
        page = self.page(key)
        self.pages.setCurrentWidget(page)
        self.sidebar.select_page(key)
        self.current = key
        self.page_changed.emit(key)

    def focus_page(self) -> None:
        """Move the keyboard focus into the current page."""
        page = self.pages.currentWidget()
        focus = getattr(page, "focus_first", None)
        if focus is not None:
            focus()

    def go_to(self, area: str, item_id: int) -> None:
        """Show where an item is and select it (Find, undo)."""
        key = page_for_area(area)
        if key is None:
            return
        self.show_page(key)
        page = self.page(key)
        select = getattr(page, "select_item", None)
        if select is None:
            return
        if key == "care":
            select(item_id, area)
        else:
            select(item_id)

    def show_areas(self, areas: set[str]) -> None:
        """After undo or redo: show the page the change was on, unless it is this one."""
        pages = [p for p in (page_for_area(a) for a in sorted(areas)) if p]
        if pages and self.current not in pages:
            self.show_page(pages[0])

    # ------------------------------------------------------------------ reacting

    def _on_session_changed(self, areas: set[str]) -> None:
        # Each page listens to the session itself; here only the sidebar is redrawn.
        if "sections" in areas:
            self.sidebar.build(self.session.editor.custom_sections())
            self.sidebar.select_page(self.current)
        self.sidebar.set_counts(self.session.editor.part_counts())

    def _on_session_save_state_changed(self, state: str) -> None:
        if state == FAILED and self.session.last_error is not None:
            self.show_problem(self.session.last_error)
        elif state != FAILED:
            self._banner_wrapper.hide()

    def show_problem(self, error: BaseException) -> None:
        """Say calmly what went wrong with saving, and offer the next step."""
        from wrapdesk.services.messages import describe
        from wrapdesk.vault import ChangedOnDisk

        self.banner_text.setText(describe(error, TRANSLATE))
        conflict = isinstance(error, ChangedOnDisk)
        self.keep_mine.setVisible(conflict)
        self.retry.setVisible(not conflict)
        self._banner_wrapper.show()

    def _on_find_close_requested(self) -> None:
        self.find_bar.hide()
        self.focus_page()
