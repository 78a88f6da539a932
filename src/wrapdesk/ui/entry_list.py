"""One list of entries in a plan part: shown, edited in place, reordered, deleted, added.

Keyboard: Enter or F2 edits, Alt+Up / Alt+Down moves, Delete deletes (Ctrl+Z brings it
back), the menu key opens the entry's menu (including "Suggested by"). Mouse: double
click edits, drag moves. Every change goes through the editor, so it is undoable and
autosaved; the list redraws from the plan afterwards.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.document import EntryDoc
from wrapdesk.ui.cards import GRID, DraftLine, heading, quiet, scaled_font
from wrapdesk.ui.icons import icon

MIME = "application/x-wrapdesk-entry"


def html_paragraph(text: str) -> str:
    """``text`` escaped inside a paragraph: shown exactly as written where Qt expects HTML."""
    return f"<p>{html.escape(text)}</p>"


ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_ROLE = Qt.ItemDataRole.UserRole + 3  # changed in the review under way (co-design)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EntryActions:
    """What the list asks the plan to do (all undoable through the editor)."""

    add: Callable[[str], int]
    edit: Callable[[int, str], None]
    delete: Callable[[int], None]
    move: Callable[[int, int], None]
    suggest: Callable[[int, int | None], None]
    people: Callable[[], Sequence[tuple[int, str]]]


class EntryListModel(QAbstractListModel):
    """The entries of one list, with who suggested each."""

    def __init__(self, actions: EntryActions) -> None:
        super().__init__()
        self._actions = actions
        self._rows: list[EntryDoc] = []
        self._names: dict[int, str] = {}
        self._highlight: frozenset[int] = frozenset()

    def set_highlight(self, entry_ids: frozenset[int]) -> None:
        """Mark these entries as changed in the review under way."""
        self.beginResetModel()
        self._highlight = entry_ids
        self.endResetModel()

    def set_entries(self, entries: Sequence[EntryDoc], names: dict[int, str]) -> None:
        """Show ``entries`` (names: person id to name, for "suggested by")."""
        self.beginResetModel()
        self._rows = list(entries)
        self._names = dict(names)
        self.endResetModel()

    def entry(self, row: int) -> EntryDoc:
        """The entry on ``row``."""
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        """The row showing ``entry_id``, if any."""
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), None)

    def suggested_by(self, row: int) -> str:
        """The name of who suggested the entry on ``row`` ("" for the owner)."""
        who = self._rows[row].suggested_by
        return self._names.get(who, "") if who is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """How many entries."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The entry's text, who suggested it, and its accessible description."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        who = self.suggested_by(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.text
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == SUGGESTED_ROLE:
            return who
        if role == NEW_ROLE:
            return entry.id in self._highlight
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = entry.text
            if who:
                text = self.tr("{text} (suggested by {name})").format(text=text, name=who)
            if entry.id in self._highlight:
                text = self.tr("{text} (new in this review)").format(text=text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and who:
            # Tooltips guess rich text too: convert, so a name is shown exactly as typed.
            return html_paragraph(self.tr("Suggested by {name}").format(name=who))
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Editing in place saves the new text through the editor."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        entry = self._rows[index.row()]
        if not text or text == entry.text:
            return False
        self._actions.edit(entry.id, text)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Entries can be selected, edited and dragged; the list accepts drops."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        """Entries are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        """Only our own entries can be dropped here."""
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged entry's id (never its text: nothing leaves through the clipboard)."""
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(str(self._rows[indexes[0].row()].id).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dropped entry to where it was dropped (through the editor)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        entry_id = int(bytes(data.data(MIME).data()).decode())
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self._rows)
        source = self.row_of(entry_id)
        if source is None:
            return False
        if source < target:
            target -= 1
        self._actions.move(entry_id, target)
        return False  # the list is redrawn from the plan; Qt must not remove rows itself


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry's text wrapped, with "suggested by" in small quiet type beneath."""

    def _lines(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str]:
        """The entry's text, and the quiet line under it (who suggested it, what's new)."""
        who = str(index.data(SUGGESTED_ROLE) or "")
        notes = []
        if who:
            notes.append(
                QApplication.translate("EntryDelegate", "suggested by {name}").format(name=who)
            )
        if index.data(NEW_ROLE):
            notes.append(QApplication.translate("EntryDelegate", "new in this review"))
        return str(index.data(Qt.ItemDataRole.DisplayRole) or ""), " · ".join(notes)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Tall enough for the wrapped text and the "suggested by" line."""
        text, who = self._lines(option, index)
        width = max(100, option.rect.width() or 500) - 4 * GRID
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        height = rect.height() + GRID
        if who:
            height += QFontMetrics(scaled_font(0.85)).height()
        return QSize(width, height + GRID // 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Bullet, wrapped text, and who suggested it."""
        text, who = self._lines(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        rect = option.rect.adjusted(3 * GRID, GRID // 2, -GRID, -GRID // 2)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(option.rect.left() + GRID, rect.top(), GRID, QFontMetrics(option.font).height()),
            Qt.AlignmentFlag.AlignLeft,
            "•",
        )
        bounds = painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        if who:
            painter.setPen(muted)
            painter.setFont(scaled_font(0.85))
            below = QRect(rect.left(), bounds.bottom() + 1, rect.width(), rect.height())
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, who)
        if index.data(NEW_ROLE):  # a bar in the margin as well as the words
            painter.fillRect(
                QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4),
                palette.color(QPalette.ColorRole.Highlight),
            )
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        """A one-line editor; Enter keeps the change, Escape leaves it as it was."""
        editor = QLineEdit(parent)
        editor.setAccessibleName(QApplication.translate("EntryDelegate", "Edit entry"))
        return editor


class EntryListView(QListView):
    """The list itself, sized to its contents (the page scrolls, not the list)."""

    activated_entry = Signal(int)

    def __init__(self, model: EntryListModel, actions: EntryActions, name: str) -> None:
        super().__init__()
        self._model = model
        self._actions = actions
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(self))
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_self_context_menu)
        model.modelReset.connect(self._fit_height)

    def commit_draft(self) -> None:
        """An entry being edited in place keeps what was typed (the plan is locking)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QWidget):
            if editor.isVisible() and editor.parent() is self.viewport():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def current_entry_id(self) -> int | None:
        """The selected entry's id."""
        index = self.currentIndex()
        return int(index.data(ENTRY_ID_ROLE)) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        """Select and show ``entry_id``; True if it is in this list."""
        row = self._model.row_of(entry_id)
        if row is None:
            return False
        self.setCurrentIndex(self._model.index(row))
        return True

    def _fit_height(self) -> None:
        rows = self._model.rowCount()
        height = sum(self.sizeHintForRow(r) for r in range(rows)) if rows else 0
        self.setFixedHeight(height + 2 * self.frameWidth() + (GRID // 2 if rows else 2 * GRID))

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        """Rewrapped text changes row heights: refit."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.doItemsLayout()
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Alt+Up/Down moves, Delete deletes, Enter edits."""
        entry_id = self.current_entry_id()
        row = self.currentIndex().row()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if entry_id is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= target < self._model.rowCount():
                self._actions.move(entry_id, target)
                self.select_entry(entry_id)
            event.accept()
            return
        if entry_id is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._actions.delete(entry_id)
            if self._model.rowCount():
                self.setCurrentIndex(self._model.index(min(row, self._model.rowCount() - 1)))
            event.accept()
            return
        if (
            entry_id is not None
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_self_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.entry_menu().exec(self.viewport().mapToGlobal(pos))

    def entry_menu(self) -> QMenu:
        """The selected entry's menu: edit, move, who suggested it, delete."""
        entry_id = self.current_entry_id()
        menu = QMenu(self)
        if entry_id is None:
            return menu
        row = self.currentIndex().row()
        edit = QAction(icon("edit"), self.tr("Edit"), menu)
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit.triggered.connect(lambda: self.edit(self.currentIndex()))
        up = QAction(icon("up"), self.tr("Move up"), menu)
        up.setShortcut(QKeySequence("Alt+Up"))
        up.setEnabled(row > 0)
        up.triggered.connect(lambda: self._actions.move(entry_id, row - 1))
        down = QAction(icon("down"), self.tr("Move down"), menu)
        down.setShortcut(QKeySequence("Alt+Down"))
        down.setEnabled(row < self._model.rowCount() - 1)
        down.triggered.connect(lambda: self._actions.move(entry_id, row + 1))
        menu.addActions([edit, up, down])
        who = menu.addMenu(self.tr("Suggested by"))
        current = self._model.entry(row).suggested_by
        me = who.addAction(self.tr("Me"))
        me.setCheckable(True)
        me.setChecked(current is None)
        me.triggered.connect(lambda: self._actions.suggest(entry_id, None))
        for person_id, name in self._actions.people():
            action = who.addAction(name)
            action.setCheckable(True)
            action.setChecked(current == person_id)
            action.triggered.connect(
                lambda _checked=False, pid=person_id: self._actions.suggest(entry_id, pid)
            )
        menu.addSeparator()
        delete = QAction(icon("delete"), self.tr("Delete"), menu)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        delete.triggered.connect(lambda: self._actions.delete(entry_id))
        menu.addAction(delete)
        return menu


class EntryListPanel(QWidget):
    """A list's heading, hint, entries and the line where a new entry is typed."""

    def __init__(self, label: str, hint: str, add_label: str, actions: EntryActions) -> None:
        super().__init__()
        self._actions = actions
        self.model = EntryListModel(actions)
        self.view = EntryListView(self.model, actions, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, GRID)
        layout.setSpacing(GRID // 2)
        self.heading = heading(label, 3)
        layout.addWidget(self.heading)
        if hint:
            layout.addWidget(quiet(hint))
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.new_entry = DraftLine(self._on_new_entry_return_pressed)
        self.new_entry.setPlaceholderText(add_label + "…")
        self.new_entry.setAccessibleName(add_label)
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(self._on_new_entry_return_pressed)
        row.addWidget(self.new_entry, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _on_new_entry_return_pressed(self) -> None:
        text = self.new_entry.text().strip()
        if not text:
            return
        entry_id = self._actions.add(text)
        self.new_entry.clear()
        self.view.select_entry(entry_id)
        self.new_entry.setFocus()
