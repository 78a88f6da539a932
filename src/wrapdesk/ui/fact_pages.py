"""Pages around the plan's parts: People, Medicines and care, and the crisis plan's front page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from wrapdesk.content import catalogue
from wrapdesk.ui.cards import TRANSLATE, card, heading, quiet
from wrapdesk.ui.fact_editor import FactEditor
from wrapdesk.ui.fact_tables import item_editor, people_editor
from wrapdesk.ui.section_page import PageColumn, rich_label
from wrapdesk.ui.session import PlanSession


class PeoplePage(PageColumn):
    """Everyone in the plan."""

    glossary_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.area = "people"
        self.setAccessibleName(self.tr("People"))
        self.editor = people_editor(session)
        self.column.addWidget(self.editor)
        self.column.addStretch(1)
        session.changed.connect(self.refresh)

    def refresh(self, areas: set[str]) -> None:
        """Reload if people changed."""
        self.editor.refresh(areas)

    def select_item(self, item_id: int) -> bool:
        """Select a person (from Find)."""
        return self.editor.select(item_id)

    def focus_first(self) -> None:
        """Focus the list of people."""
        self.editor.list.setFocus()


class CarePage(PageColumn):
    """Medicines, treatments and places: each written once, used everywhere."""

    glossary_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.area = "care"
        self.setAccessibleName(self.tr("Medicines and care"))
        self.column.addWidget(heading(self.tr("Medicines and care"), 1))
        self.column.addWidget(
            quiet(
                self.tr(
                    "What you write here appears in your crisis plan, your advance statement "
                    "and your printouts. You only need to write it once."
                )
            )
        )
        self.editors: dict[str, FactEditor] = {
            kind: item_editor(session, kind) for kind in ("medicines", "treatments", "places")
        }
        for editor in self.editors.values():
            self.column.addWidget(editor)
        self.column.addStretch(1)
        session.changed.connect(self.refresh)

    def refresh(self, areas: set[str]) -> None:
        """Reload whichever list changed."""
        for editor in self.editors.values():
            editor.refresh(areas)

    def select_item(self, item_id: int, area: str = "medicines") -> bool:
        """Select an item of ``area`` (from Find)."""
        editor = self.editors.get(area)
        return editor.select(item_id) if editor else False

    def focus_first(self) -> None:
        """Focus the medicines list."""
        self.editors["medicines"].list.setFocus()


class CrisisPage(PageColumn):
    """The crisis plan's front page: what it is for, and its nine parts."""

    glossary_requested = Signal(str)
    open_page_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self._session = session
        self.area = "crisis"
        group = catalogue.group("crisis").localized(TRANSLATE)
        self.setAccessibleName(group.title)
        self.column.addWidget(heading(group.title, 1))
        self.column.addWidget(rich_label(group.purpose, self.glossary_requested.emit))
        frame, layout = card()
        self._buttons: dict[str, QPushButton] = {}
        for definition in catalogue.sections_in("crisis"):
            shown = definition.localized(TRANSLATE)
            button = QPushButton(shown.title)
            button.setProperty("link", True)
            button.clicked.connect(
                lambda _c=False, k=definition.key: self.open_page_requested.emit(f"section:{k}")
            )
            self._buttons[definition.key] = button
            layout.addWidget(button)
        self.column.addWidget(frame)
        print_button = QPushButton(self.tr("Print crisis plan…"))
        print_button.setProperty("primary", True)
        print_button.clicked.connect(lambda: self.print_requested.emit("crisis-plan"))
        self.column.addWidget(print_button)
        self.column.addStretch(1)
        self.refresh({"sections"})
        session.changed.connect(self.refresh)

    def refresh(self, areas: set[str]) -> None:
        """Say how much each part holds."""
        counts = self._session.editor.part_counts()
        for key, button in self._buttons.items():
            title = catalogue.section(key).localized(TRANSLATE).title
            n = counts.get(key, 0)
            words = self.tr("%n thing(s) written", "", n) if n else self.tr("nothing yet")
            button.setText(f"{title} — {words}")
            button.setAccessibleName(f"{title}, {words}")

    def focus_first(self) -> None:
        """Focus the first part's button."""
        next(iter(self._buttons.values())).setFocus()
