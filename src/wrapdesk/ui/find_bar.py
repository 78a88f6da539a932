"""Find across the plan (Ctrl+F): type, see where the words are, Enter goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.ui.cards import GRID, quiet
from wrapdesk.ui.icons import icon
from wrapdesk.ui.session import PlanSession


class _QueryEdit(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__()
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        if event.key() == Qt.Key.Key_Down and self._bar.results.count():
            self._bar.results.setFocus()
            self._bar.results.setCurrentRow(0)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._bar.close_requested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """The find line and its results; ``go_to(area, item_id)`` when one is chosen."""

    go_to = Signal(str, int)
    close_requested = Signal()

    def __init__(self, session: PlanSession, title_of: dict[str, str]) -> None:
        super().__init__()
        self._session = session
        self._title_of = title_of
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * GRID, GRID, 2 * GRID, GRID)
        row = QHBoxLayout()
        label = QLabel(self.tr("Find"))
        self.query = _QueryEdit(self)
        self.query.setAccessibleName(self.tr("Find in your plan"))
        self.query.setPlaceholderText(self.tr("Words to find in your plan…"))
        label.setBuddy(self.query)
        close = QPushButton(icon("close"), "")
        close.setAccessibleName(self.tr("Close find"))
        close.setToolTip(self.tr("Close find (Esc)"))
        close.clicked.connect(self.close_requested.emit)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(close)
        layout.addLayout(row)
        self.summary = quiet("")
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Places where the words were found"))
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.setMaximumHeight(10 * GRID * 2)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.results.hide()

    def start(self) -> None:
        """Show, focused, with any previous words selected."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        """Look for the words now."""
        text = self.query.text().strip()
        self.results.clear()
        if not text:
            self.summary.setText("")
            self.results.hide()
            return
        hits = self._session.editor.search(text)
        for hit in hits:
            where = self._title_of.get(hit.area, hit.area)
            item = QListWidgetItem(f"{where} — {hit.text}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.area, hit.item_id))
            self.results.addItem(item)
        self.summary.setText(
            self.tr("Found in %n place(s).", "", len(hits))
            if hits
            else self.tr("Not found in your plan.")
        )
        self.results.setVisible(bool(hits))

    def _on_query_return_pressed(self) -> None:
        self._timer.stop()
        self.search()
        if self.results.count():
            self._on_results_item_activated(self.results.item(0))

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        area, item_id = item.data(Qt.ItemDataRole.UserRole)
        self.go_to.emit(area, item_id)
