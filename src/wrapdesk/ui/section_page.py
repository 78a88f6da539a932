"""One part of the plan on the page: its purpose, ideas to start, its lists, its facts.

The person's own words are the largest thing here. Purpose, ideas and examples are
quieter, and fold away once the part has something written in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import catalogue, markup
from wrapdesk.content.section_types import EntryListDef, SectionDef
from wrapdesk.ui.cards import GRID, TRANSLATE, FoldSection, heading, quiet, scaled_font
from wrapdesk.ui.confirm import ask
from wrapdesk.ui.entry_list import EntryActions, EntryListPanel
from wrapdesk.ui.icons import icon
from wrapdesk.ui.session import PlanSession

READING_WIDTH_CHARS = 75


def reading_width(widget: QWidget) -> int:
    """About 75 characters of the current font: the widest a column of text should be."""
    return QFontMetrics(widget.font()).averageCharWidth() * READING_WIDTH_CHARS + 4 * GRID


def rich_label(text: str, on_glossary: Callable[[str], None]) -> QLabel:
    """Quiet text whose glossary terms are links that open the glossary."""
    label = quiet(markup.to_html(text), rich=True)
    label.setAccessibleName(markup.plain(text))
    label.linkActivated.connect(lambda href: on_glossary(href.removeprefix("glossary:")))
    return label


class PageColumn(QScrollArea):
    """A scrolling page whose content sits in one readable column."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The column is the scrolled widget itself (no wrapper), so its full height always
        # counts: a wrapper's height-for-width can come out short and squash the page.
        self.body = QWidget()
        self.body.setMaximumWidth(reading_width(self))
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        self.column.setSpacing(2 * GRID)
        self.setWidget(self.body)


class SectionPage(PageColumn):
    """A catalogue part, or one of the person's own parts."""

    glossary_requested = Signal(str)
    open_page_requested = Signal(str)

    def __init__(self, session: PlanSession, key: str) -> None:
        super().__init__()
        self._session = session
        self.key = key
        self.area = f"section:{key}"
        self._panels: dict[str, EntryListPanel] = {}
        self._custom_title: str | None = None
        custom = {k: (title, group) for k, title, group in session.editor.custom_sections()}
        self._definition: SectionDef | None = None
        lists: tuple[EntryListDef, ...]
        if key in custom:
            self._custom_title = custom[key][0]
            lists = (
                EntryListDef(
                    kind="item",
                    label=self.tr("What I've written"),
                    add_label=self.tr("Add something"),
                ),
            )
            title, purpose = self._custom_title, self.tr("A part of your plan you made yourself.")
        else:
            self._definition = catalogue.section(key).localized(TRANSLATE)
            lists = self._definition.lists
            title, purpose = self._definition.title, self._definition.purpose
        self.setAccessibleName(title)
        self._title = heading(title, 1)
        self.column.addWidget(self._title)
        self.column.addWidget(rich_label(purpose, self.glossary_requested.emit))
        if self._custom_title is not None:
            self._add_custom_actions()
        self._ideas: FoldSection | None = None
        if self._definition is not None:
            self._ideas = self._add_about_and_ideas(self._definition)
        for list_def in lists:
            panel = EntryListPanel(
                list_def.label, list_def.hint, list_def.add_label, self._actions(list_def.kind)
            )
            self._panels[list_def.kind] = panel
            self.column.addWidget(panel)
        if self._definition is not None:
            self._add_structured(self._definition)
        self.column.addStretch(1)
        self.refresh({self.area})
        session.changed.connect(self.refresh)
        if self._ideas is not None:
            self._ideas.set_open(self._is_empty())

    # ------------------------------------------------------------------ building

    def _add_custom_actions(self) -> None:
        row = QHBoxLayout()
        rename = QPushButton(icon("edit"), self.tr("Rename this part…"))
        rename.clicked.connect(self._on_rename_clicked)
        delete = QPushButton(icon("delete"), self.tr("Delete this part"))
        delete.clicked.connect(self._on_delete_clicked)
        row.addWidget(rename)
        row.addWidget(delete)
        row.addStretch(1)
        self.column.addLayout(row)

    def _add_about_and_ideas(self, definition: SectionDef) -> FoldSection:
        if definition.about:
            about = QWidget()
            layout = QVBoxLayout(about)
            layout.setContentsMargins(0, 0, 0, 0)
            for paragraph in definition.about:
                layout.addWidget(rich_label(paragraph, self.glossary_requested.emit))
            self.column.addWidget(
                FoldSection(self.tr("What this is, in plain words"), about, open_=True)
            )
        ideas = QWidget()
        layout = QVBoxLayout(ideas)
        layout.setContentsMargins(2 * GRID, 0, 0, 0)
        for prompt in definition.prompts:
            layout.addWidget(rich_label("• " + prompt, self.glossary_requested.emit))
        examples = QWidget()
        example_layout = QVBoxLayout(examples)
        example_layout.setContentsMargins(2 * GRID, 0, 0, 0)
        for example in definition.examples:
            label = quiet(f"“{markup.plain(example)}”")
            label.setFont(scaled_font(1.0))
            example_layout.addWidget(label)
        layout.addWidget(FoldSection(self.tr("Show some examples"), examples))
        fold = FoldSection(self.tr("Ideas to get started (%n)", "", len(definition.prompts)), ideas)
        self.column.addWidget(fold)
        return fold

    def _add_structured(self, definition: SectionDef) -> None:
        from wrapdesk.ui.fact_tables import structured_editors

        for widget in structured_editors(self._session, definition.structured):
            self.column.addWidget(widget)

    def _actions(self, kind: str) -> EntryActions:
        editor = self._session.editor
        return EntryActions(
            add=lambda text: editor.add_entry(self.key, kind, text),
            edit=lambda entry_id, text: editor.update_entry(entry_id, text=text),
            delete=editor.delete_entry,
            move=editor.move_entry,
            suggest=lambda entry_id, who: editor.update_entry(entry_id, suggested_by=who),
            people=lambda: [(p.id, p.name) for p in editor.people() if not p.do_not_involve],
        )

    # ------------------------------------------------------------------ behaviour

    def _is_empty(self) -> bool:
        return self._session.editor.part_counts().get(self.key, 0) == 0

    def refresh(self, areas: set[str]) -> None:
        """Redraw the lists if this part (or the people who suggested things) changed."""
        if self.area not in areas and "people" not in areas and "sections" not in areas:
            return
        editor = self._session.editor
        if self._custom_title is not None and "sections" in areas:
            titles = {k: t for k, t, _ in editor.custom_sections()}
            if self.key in titles:
                self._custom_title = titles[self.key]
                self._title.setText(self._custom_title)
        section = editor.section(self.key)
        names = {p.id: p.name for p in editor.people()}
        for kind, panel in self._panels.items():
            selected = panel.view.current_entry_id()
            panel.model.set_entries(section.entries(kind), names)
            if selected is not None:
                panel.view.select_entry(selected)

    def set_highlight(self, entry_ids: frozenset[int]) -> None:
        """Mark entries changed in the review under way (co-design)."""
        for panel in self._panels.values():
            panel.model.set_highlight(entry_ids)

    def select_item(self, item_id: int) -> bool:
        """Show and select an entry (from Find or undo); True if it is on this page."""
        for panel in self._panels.values():
            if panel.view.select_entry(item_id):
                self.ensureWidgetVisible(panel.view)
                panel.view.setFocus()
                return True
        return False

    def focus_first(self) -> None:
        """Put the keyboard focus on the first list, or the first "add" line."""
        for panel in self._panels.values():
            if panel.model.rowCount():
                panel.view.setFocus()
                panel.view.setCurrentIndex(panel.model.index(0))
                return
        for panel in self._panels.values():
            panel.new_entry.setFocus()
            return

    def panel(self, kind: str) -> EntryListPanel:
        """The panel of list ``kind`` (for tests and Find)."""
        return self._panels[kind]

    def _on_rename_clicked(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Rename this part"), self.tr("New name:"), text=self._custom_title or ""
        )
        if ok and title.strip():
            self._session.editor.rename_section(self.key, title.strip())

    def _on_delete_clicked(self) -> None:
        count = sum(panel.model.rowCount() for panel in self._panels.values())
        text = self.tr(
            "Delete “{title}” and the %n thing(s) written in it? You can undo this with "
            "Edit ▸ Undo.",
            "",
            count,
        ).format(title=self._custom_title)
        ask(self, text, self.tr("Delete this part"), self._delete_now)

    def _delete_now(self) -> None:
        self._session.editor.delete_section(self.key)
        self.open_page_requested.emit("overview")
