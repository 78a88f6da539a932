"""The sidebar: every part of the plan, with a small, quiet mark of how full each one is.

Marks are words as well as shapes (the tooltip and the accessible description say
"Nothing written yet", "2 things written", …), so nothing is told by the mark alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from wrapdesk.content import catalogue
from wrapdesk.ui.cards import TRANSLATE, scaled_font
from wrapdesk.ui.icons import icon

PAGE_ROLE = Qt.ItemDataRole.UserRole + 10
FULL_AT = 3  # a part with this many entries looks "well filled in"


class Sidebar(QTreeView):
    """The plan's parts; ``page_selected(page_key)`` when the person picks one."""

    page_selected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Parts of your plan"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._items: dict[str, QStandardItem] = {}
        self._quiet = False
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)

    def _page(self, key: str, title: str, meaning: str | None = None) -> QStandardItem:
        item = QStandardItem(title)
        item.setData(key, PAGE_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setAccessibleText(title)
        if meaning:
            item.setIcon(icon(meaning))
        self._items[key] = item
        return item

    def _header(self, title: str) -> QStandardItem:
        item = QStandardItem(title.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setFont(scaled_font(0.8, bold=True))
        item.setAccessibleText(title)
        return item

    def build(self, custom: list[tuple[str, str, str]]) -> None:
        """Fill the sidebar; ``custom`` is (key, title, group) of the person's own parts."""
        self._model.clear()
        self._items.clear()
        root = self._model.invisibleRootItem()
        root.appendRow(self._page("overview", self.tr("Overview"), "overview"))
        own = {
            g: [(k, t) for k, t, grp in custom if grp == g] for g in ("wrap", "crisis", "advance")
        }

        def part(key: str) -> QStandardItem:
            definition = catalogue.section(key).localized(TRANSLATE)
            return self._page(f"section:{key}", definition.short_title)

        wrap = catalogue.group("wrap").localized(TRANSLATE)
        root.appendRow(self._header(wrap.title))  # the crisis plan sits inside the WRAP
        for definition in catalogue.sections_in("wrap"):
            if definition.key == "post-crisis":
                crisis = self._page(
                    "crisis", catalogue.group("crisis").localized(TRANSLATE).title, "crisis"
                )
                for crisis_part in catalogue.sections_in("crisis"):
                    crisis.appendRow(part(crisis_part.key))
                for key, title in own["crisis"]:
                    crisis.appendRow(self._page(f"section:{key}", title))
                root.appendRow(crisis)
            root.appendRow(part(definition.key))
        for key, title in own["wrap"]:
            root.appendRow(self._page(f"section:{key}", title))
        advance = catalogue.group("advance").localized(TRANSLATE)
        root.appendRow(self._header(advance.title))
        for definition in catalogue.sections_in("advance"):
            root.appendRow(part(definition.key))
        for key, title in own["advance"]:
            root.appendRow(self._page(f"section:{key}", title))
        root.appendRow(self._header(self.tr("Around your plan")))
        root.appendRow(self._page("people", self.tr("People"), "people"))
        root.appendRow(self._page("care", self.tr("Medicines and care"), "care"))
        root.appendRow(self._page("reviews", self.tr("Reviews"), "reviews"))
        root.appendRow(self._page("versions", self.tr("Versions and sharing"), "versions"))
        self.expandAll()

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how full each part is (section key to number of entries)."""
        for page, item in self._items.items():
            if not page.startswith("section:"):
                continue
            n = counts.get(page.removeprefix("section:"), 0)
            if n == 0:
                mark, words = "empty", self.tr("Nothing written yet")
            else:
                mark = "full" if n >= FULL_AT else "started"
                words = self.tr("%n thing(s) written", "", n)
            item.setIcon(icon(mark, "#8a8378"))
            item.setToolTip(words)
            item.setData(words, Qt.ItemDataRole.AccessibleDescriptionRole)
            item.setAccessibleText(f"{item.text()}, {words}")

    def select_page(self, page: str) -> None:
        """Show ``page`` as selected (without announcing it again)."""
        item = self._items.get(page)
        if item is None:
            return
        index = self._model.indexFromItem(item)
        self._quiet = True
        self.setCurrentIndex(index)
        self._quiet = False
        self.scrollTo(index)

    def page_keys(self) -> list[str]:
        """Every page the sidebar offers, top to bottom."""
        return list(self._items)

    def title_of(self, page: str) -> str:
        """The sidebar's label for ``page``."""
        item = self._items.get(page)
        return item.text() if item else page

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(PAGE_ROLE)
        if key and not self._quiet:
            self.page_selected.emit(str(key))
