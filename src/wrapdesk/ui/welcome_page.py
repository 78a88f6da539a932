"""The first screen when no plan is open: make a plan, open one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wrapdesk.ui.cards import GRID, card, heading, quiet
from wrapdesk.ui.icons import later


class WelcomePage(QWidget):
    """Create my plan · Open a plan file · Try the demo · Open a plan someone shared."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    shared_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Welcome"))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(2 * GRID)
        column.addStretch(1)
        column.addWidget(heading(self.tr("Welcome to WrapDesk"), 1))
        column.addWidget(
            quiet(
                self.tr(
                    "A private place for your Wellness and Recovery Action Plan, your crisis "
                    "plan and your advance statements. Everything stays on this computer, "
                    "locked with a passphrase only you know."
                )
            )
        )
        frame, layout = card()
        self.create_button = self._button(
            layout, "new", self.tr("Create my plan"), self.tr("Start a new plan, at your own pace.")
        )
        self.create_button.setProperty("primary", True)
        self.open_button = self._button(
            layout,
            "open",
            self.tr("Open a plan file…"),
            self.tr("Carry on with a plan you already have."),
        )
        self.demo_button = self._button(
            layout,
            "demo",
            self.tr("Try the demo"),
            self.tr("Look around an example plan. Nothing you do there is kept."),
        )
        self.shared_button = self._button(
            layout,
            "share",
            self.tr("Open a plan someone shared…"),
            self.tr("Read a plan a person you support sent you."),
        )
        self.create_button.clicked.connect(self.create_requested.emit)
        self.open_button.clicked.connect(self.open_requested.emit)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        self.shared_button.clicked.connect(self.shared_requested.emit)
        column.addWidget(frame)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def _button(self, layout: QVBoxLayout, meaning: str, text: str, detail: str) -> QPushButton:
        button = QPushButton(text)
        later(button, meaning)
        button.setAccessibleDescription(detail)
        button.setMinimumHeight(5 * GRID)
        layout.addWidget(button)
        hint = quiet(detail)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(hint)
        return button

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's API
        """Start with the first choice focused."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.create_button.setFocus()
