"""A list of facts with a form beneath: people, medicines, treatments, places, refusals.

Pick an item in the list and its details appear in the form; each field is saved (and
undoable) when you leave it. Add makes a new item and puts you in its first field.
Alt+Up / Alt+Down reorder, Delete removes (Edit ▸ Undo brings it back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content.vocabulary import Choice
from wrapdesk.ui.cards import GRID, TRANSLATE, heading, quiet
from wrapdesk.ui.icons import icon


@dataclass(frozen=True)
class FieldDef:
    """One field of the form: ``kind`` is text, multiline, choice, flag or choices."""

    name: str
    label: str
    kind: str = "text"
    choices: tuple[Choice, ...] = ()
    hint: str = ""


@dataclass
class FactSource:
    """Where a fact editor reads its items and sends its edits."""

    items: Callable[[], Sequence[Any]]  # frozen documents with an ``id``
    summary: Callable[[Any], str]
    add: Callable[[], int]
    update: Callable[[int, dict[str, Any]], None]
    delete: Callable[[int], None]
    move: Callable[[int, int], None]
    areas: set[str] = field(default_factory=set)


class _ItemList(QListWidget):
    def __init__(self, owner: FactEditor) -> None:
        super().__init__()
        self._owner = owner
        self.preferred_height = 0  # set with the rows to show, once they are known

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """As tall as the rows it shows (Qt's own guess is a fixed 192 pixels)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.preferred_height or hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._owner.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete:
            self._owner.delete_current()
            event.accept()
            return
        super().keyPressEvent(event)


class FactEditor(QWidget):
    """The list and the form for one kind of fact."""

    def __init__(
        self,
        title: str,
        intro: str,
        add_label: str,
        fields: Sequence[FieldDef],
        source: FactSource,
    ) -> None:
        super().__init__()
        self._fields = tuple(fields)
        self._source = source
        self._current: int | None = None
        self._loading = False
        self._widgets: dict[str, QWidget] = {}
        self._pending_name = ""
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(800)
        self._pending_timer.timeout.connect(lambda: self._commit(self._pending_name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, GRID)
        layout.setSpacing(GRID)
        layout.addWidget(heading(title, 2))
        if intro:
            layout.addWidget(quiet(intro))
        self.list = _ItemList(self)
        self.list.setAccessibleName(title)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), add_label)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected item"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        for definition in self._fields:
            widget = self._make_field(definition)
            self._widgets[definition.name] = widget
            label = "" if definition.kind == "flag" else definition.label
            self.form.addRow(label, widget)
            if definition.hint:
                self.form.addRow("", quiet(definition.hint))
        layout.addWidget(self.form_box)
        self.reload()

    # ------------------------------------------------------------------ fields

    def _make_field(self, definition: FieldDef) -> QWidget:
        name = definition.name
        widget: QWidget
        if definition.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(5 * edit.fontMetrics().height())
            edit.textChanged.connect(lambda: self._later(name))
            widget = edit
        elif definition.kind == "choice":
            combo = QComboBox()
            for choice in definition.choices:
                shown = choice.localized(TRANSLATE)
                combo.addItem(shown.label, choice.key)
                combo.setItemData(combo.count() - 1, shown.hint, Qt.ItemDataRole.ToolTipRole)
            combo.activated.connect(lambda _i: self._commit(name))
            widget = combo
        elif definition.kind == "flag":
            box = QCheckBox(definition.label)
            box.toggled.connect(lambda _on: self._commit(name))
            widget = box
        elif definition.kind == "choices":
            group = QWidget()
            row = QVBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for choice in definition.choices:
                shown = choice.localized(TRANSLATE)
                box = QCheckBox(shown.label)
                box.setToolTip(shown.hint)
                box.setProperty("choice", choice.key)
                box.toggled.connect(lambda _on: self._commit(name))
                row.addWidget(box)
            widget = group
        else:
            line = QLineEdit()
            line.editingFinished.connect(lambda: self._commit(name))
            widget = line
        widget.setAccessibleName(definition.label)
        return widget

    def _later(self, name: str) -> None:
        """Multi-line text saves when typing pauses, so a long note is one undo step."""
        if self._loading:
            return
        self._pending_name = name
        self._pending_timer.start()

    def _value(self, name: str) -> Any:
        widget = self._widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return [b.property("choice") for b in widget.findChildren(QCheckBox) if b.isChecked()]

    def _show(self, name: str, value: Any) -> None:
        widget = self._widgets[name]
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != value:
                widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            if widget.text() != (value or ""):
                widget.setText(value or "")
        else:
            for box in widget.findChildren(QCheckBox):
                box.setChecked(box.property("choice") in (value or ()))

    def _commit(self, name: str) -> None:
        if self._loading or self._current is None:
            return
        item = self._item(self._current)
        value = self._value(name)
        current = getattr(item, name, None) if item is not None else None
        if isinstance(current, tuple):
            current = list(current)
        if item is None or current == value:
            return
        self._source.update(self._current, {name: value})

    # ------------------------------------------------------------------ list

    def _item(self, item_id: int) -> Any:
        return next((i for i in self._source.items() if i.id == item_id), None)

    def reload(self) -> None:
        """Redraw the list and the form from the plan, keeping the selection."""
        items = list(self._source.items())
        keep = self._current
        self._loading = True
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            row = QListWidgetItem(self._source.summary(item))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        row_index = next((n for n, i in enumerate(items) if i.id == keep), 0 if items else -1)
        self.list.setCurrentRow(row_index)
        self.list.blockSignals(False)
        # Three to eight rows, and never fewer than four (or three, with fewer people) even
        # in a short window: the page scrolls instead of squeezing the list. Room for a
        # scroll bar under it too, which long rows bring.
        shown = max(3, min(len(items), 8))
        each = self.list.sizeHintForRow(0) or self.list.fontMetrics().height() + GRID // 2
        room = 2 * GRID + self.list.horizontalScrollBar().sizeHint().height()
        self.list.preferred_height = shown * each + room
        self.list.setMinimumHeight(min(shown, 4) * each + room)
        self.list.setMaximumHeight(self.list.preferred_height)
        self.list.updateGeometry()
        self._loading = False
        self._load_form(items[row_index] if row_index >= 0 else None)

    def commit_draft(self) -> None:
        """Keep whatever the form holds that is not in the plan yet (the plan is locking or
        closing): a note waiting for a pause in typing, a field not yet left."""
        self._pending_timer.stop()
        for definition in self._fields:
            self._commit(definition.name)

    def _load_form(self, item: Any) -> None:
        if self._pending_timer.isActive():  # keep typing that was not yet saved
            self._pending_timer.stop()
            self._commit(self._pending_name)
        self._current = item.id if item is not None else None
        self.form_box.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self._loading = True
        for definition in self._fields:
            self._show(definition.name, getattr(item, definition.name, None) if item else None)
        self._loading = False

    def refresh(self, areas: set[str]) -> None:
        """Reload when the plan changed in this editor's areas."""
        if areas & self._source.areas:
            self.reload()

    def select(self, item_id: int) -> bool:
        """Select ``item_id`` (from Find); True if it is here."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return True
        return False

    def _on_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            self._load_form(None)
            return
        self._load_form(self._item(self.list.item(row).data(Qt.ItemDataRole.UserRole)))

    def _on_add_button_clicked(self) -> None:
        item_id = self._source.add()
        self._current = item_id
        self.reload()
        first = self._widgets[self._fields[0].name]
        first.setFocus()

    def delete_current(self) -> None:
        """Delete the selected item (undoable)."""
        if self._current is not None:
            row = self.list.currentRow()
            self._source.delete(self._current)
            self._current = None
            self.reload()
            if self.list.count():
                self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.list.currentRow()
        if self._current is None or not 0 <= row + step < self.list.count():
            return
        self._source.move(self._current, row + step)
        self.reload()
