"""The glossary (F1, Help ▸ Glossary, or a linked word anywhere): plain words for every term."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import glossary, markup
from wrapdesk.content.glossary_term import GlossaryTerm
from wrapdesk.ui.cards import TRANSLATE, Dialog


class GlossaryDialog(Dialog):
    """Terms on the left (with a filter), the chosen term's meaning on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.setModal(False)
        self._terms = {t.key: t.localized(TRANSLATE) for t in glossary.GLOSSARY}
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a word…"))
        self.filter.setAccessibleName(self.tr("Find a word in the glossary"))
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Terms"))
        for key, term in sorted(self._terms.items(), key=lambda kv: kv[1].term.casefold()):
            item = QListWidgetItem(term.term)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.terms.addItem(item)
        self.terms.currentItemChanged.connect(self._on_terms_current_item_changed)
        left.addWidget(self.filter)
        left.addWidget(self.terms)
        layout.addLayout(left, 1)
        self.meaning = QTextBrowser()
        self.meaning.setAccessibleName(self.tr("Meaning"))
        self.meaning.setOpenLinks(False)
        self.meaning.anchorClicked.connect(
            lambda url: self.show_term(url.toString().removeprefix("glossary:"))
        )
        layout.addWidget(self.meaning, 2)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        if self.terms.count():
            self.terms.setCurrentRow(0)

    def show_term(self, key: str) -> None:
        """Show the meaning of ``key`` and select it in the list."""
        self.filter.clear()
        for row in range(self.terms.count()):
            if self.terms.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.terms.setCurrentRow(row)
                break
        self.show()
        self.raise_()
        self.activateWindow()

    def _html(self, term: GlossaryTerm) -> str:
        see = [self._terms[k] for k in term.see_also if k in self._terms]
        links = ", ".join(f'<a href="glossary:{t.key}">{markup.to_html(t.term)}</a>' for t in see)
        see_also = self.tr("See also")
        also = f"<p>{see_also}: {links}</p>" if links else ""
        return f"<h2>{markup.to_html(term.term)}</h2><p>{markup.to_html(term.definition)}</p>{also}"

    def _on_terms_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        term = self._terms[item.data(Qt.ItemDataRole.UserRole)]
        self.meaning.setHtml(self._html(term))
        self.meaning.setAccessibleDescription(f"{term.term}: {markup.plain(term.definition)}")

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            term = self._terms[item.data(Qt.ItemDataRole.UserRole)]
            hit = (
                not needle or needle in term.term.casefold() or needle in term.definition.casefold()
            )
            item.setHidden(not hit)
            if hit and first is None:
                first = row
        if first is not None:
            self.terms.setCurrentRow(first)
