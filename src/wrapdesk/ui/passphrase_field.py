"""A passphrase field with a show/hide switch, and (for new ones) strength in plain words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from wrapdesk.ui.cards import TRANSLATE, SteadyText
from wrapdesk.ui.icons import icon, later


class PassphraseField(QWidget):
    """A masked line edit; the eye button (or Alt+S) shows what was typed."""

    returned = Signal()
    changed = Signal(str)

    def __init__(self, name: str, *, judge: bool = False) -> None:
        super().__init__()
        self._judge = judge
        self.acceptable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(name)
        self.edit.returnPressed.connect(self.returned.emit)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.toggle = QAction(self.tr("Show passphrase"), self.edit)
        later(self.toggle, "show")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut("Alt+S")
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.edit.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)
        layout.addWidget(self.edit)
        self.verdict: QLabel | None = None
        if judge:
            # Two lines are kept for the words, so what is below stays still as they change.
            self.verdict = SteadyText("", lines=2)
            self.verdict.setAccessibleName(self.tr("Passphrase strength"))
            layout.addWidget(self.verdict)
            self._on_edit_text_changed("")

    def text(self) -> str:
        """What was typed."""
        return self.edit.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.edit.clear()

    def select_all(self) -> None:
        """Select what was typed, so typing again replaces it (after a wrong passphrase)."""
        self.edit.setFocus()
        self.edit.selectAll()

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setIcon(icon("hide" if shown else "show"))
        self.toggle.setText(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))

    def _on_edit_text_changed(self, text: str) -> None:
        if self._judge and self.verdict is not None:
            from wrapdesk.services.passphrase_rules import strength

            verdict = strength(text, TRANSLATE)
            self.acceptable = verdict.acceptable
            self.verdict.setText(verdict.words)
            self.edit.setAccessibleDescription(verdict.words)
        self.changed.emit(text)
