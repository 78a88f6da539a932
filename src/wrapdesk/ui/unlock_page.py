"""Unlocking a plan: the passphrase (or the recovery key), and calm words when it won't open.

The key derivation is slow on purpose; it runs in the background while a busy line
says so, and the window stays responsive. Each way of failing has its own sentence and
next step: a wrong passphrase selects the field; a damaged file offers its backups.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.ui.cards import GRID, TRANSLATE, card, heading, quiet
from wrapdesk.ui.passphrase_field import PassphraseField


class UnlockPage(QWidget):
    """Asks for the passphrase of one plan file. Emits what the person typed."""

    unlock_requested = Signal(object)  # a passphrase (str) or a RecoveryKey
    backup_requested = Signal(object)  # a backup's Path, to open instead
    cancel_requested = Signal()
    demo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Unlock your plan"))
        self.path: Path | None = None
        self.locked = False  # the plan was open and locked itself (not just chosen)
        self.demo = False  # the demo plan: it has no passphrase anyone knows
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(2 * GRID)
        column.addStretch(1)
        self.title = heading(self.tr("Unlock your plan"), 1)
        column.addWidget(self.title)
        self.where = quiet("")
        column.addWidget(self.where)
        frame, layout = card()
        self.modes = QStackedWidget()
        # Passphrase
        pass_box = QWidget()
        pass_layout = QVBoxLayout(pass_box)
        pass_layout.setContentsMargins(0, 0, 0, 0)
        pass_layout.addWidget(quiet(self.tr("Your passphrase")))
        self.passphrase = PassphraseField(self.tr("Your passphrase"))
        self.passphrase.returned.connect(self._on_unlock_clicked)
        pass_layout.addWidget(self.passphrase)
        self.use_key = QPushButton(self.tr("Use my recovery key instead"))
        self.use_key.setProperty("link", True)
        self.use_key.clicked.connect(lambda: self._set_mode(1))
        pass_layout.addWidget(self.use_key, 0, Qt.AlignmentFlag.AlignLeft)
        self.modes.addWidget(pass_box)
        # Recovery key
        key_box = QWidget()
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(
            quiet(
                self.tr(
                    "Type the 48 digits from your printed recovery sheet. Spaces and dashes don't "
                    "matter."
                )
            )
        )
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("123456-123456-123456-…")
        self.recovery.returnPressed.connect(self._on_unlock_clicked)
        key_layout.addWidget(self.recovery)
        self.use_pass = QPushButton(self.tr("Use my passphrase instead"))
        self.use_pass.setProperty("link", True)
        self.use_pass.clicked.connect(lambda: self._set_mode(0))
        key_layout.addWidget(self.use_pass, 0, Qt.AlignmentFlag.AlignLeft)
        self.modes.addWidget(key_box)
        layout.addWidget(self.modes)
        buttons = QHBoxLayout()
        self.unlock = QPushButton(self.tr("Open my plan"))
        self.unlock.setProperty("primary", True)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        self.cancel = QPushButton(self.tr("Choose another plan"))
        self.cancel.clicked.connect(self.cancel_requested.emit)
        buttons.addWidget(self.unlock)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Opening your plan"))
        self.busy.setMaximumHeight(GRID)
        self.busy_words = quiet(self.tr("Opening your plan… this takes a moment."))
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_words)
        column.addWidget(frame)
        self.frame = frame
        # The demo plan locks like any plan, but opens again with one button.
        self.demo_frame, demo_layout = card()
        demo_layout.addWidget(
            quiet(self.tr("This is the demo plan, so it opens again without a passphrase."))
        )
        self.demo_button = QPushButton(self.tr("Carry on with the demo"))
        self.demo_button.setProperty("primary", True)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        demo_leave = QPushButton(self.tr("Choose another plan"))
        demo_leave.clicked.connect(self.cancel_requested.emit)
        demo_row.addWidget(demo_leave)
        demo_layout.addLayout(demo_row)
        column.addWidget(self.demo_frame)
        self.demo_frame.hide()
        # What went wrong, and what to do next
        self.notice, notice_layout = card(notice=True)
        self.message = quiet("")
        self.message.setProperty("muted", False)
        self.message.setAccessibleName(self.tr("What happened"))
        notice_layout.addWidget(self.message)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Your backups, newest first"))
        self.backups.itemActivated.connect(self._on_backups_item_activated)
        notice_layout.addWidget(self.backups)
        self.open_backup = QPushButton(self.tr("Open this backup"))
        self.open_backup.clicked.connect(
            lambda: self._on_backups_item_activated(self.backups.currentItem())
        )
        notice_layout.addWidget(self.open_backup, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.notice)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.set_busy(False)
        self.notice.hide()

    def show_for(self, path: Path, *, locked: bool = False, demo: bool = False) -> None:
        """Ask for ``path``'s passphrase (``locked``: it was open and locked itself;
        ``demo``: the demo plan, which opens again with one button)."""
        self.path = path
        self.locked = locked
        self.demo = demo
        self.frame.setVisible(not demo)
        self.demo_frame.setVisible(demo)
        self.title.setText(
            self.tr("Your plan is locked") if locked else self.tr("Unlock your plan")
        )
        self.where.setText(
            ""
            if demo  # a temporary folder: nothing the person needs to know
            else self.tr("Plan file: {name}, in {folder}").format(
                name=path.name, folder=path.parent
            )
        )
        self.where.setVisible(not demo)
        self.notice.hide()
        self.passphrase.clear()
        self.recovery.clear()
        self._set_mode(0)
        self.set_busy(False)
        if demo:
            self.demo_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        """Whenever the page appears, the place to type has the focus."""
        super().showEvent(event)
        if self.demo:
            self.demo_button.setFocus()
        elif self.modes.currentIndex() == 0:
            self.passphrase.edit.setFocus()
        else:
            self.recovery.setFocus()

    def _set_mode(self, mode: int) -> None:
        self.modes.setCurrentIndex(mode)
        (self.passphrase.edit if mode == 0 else self.recovery).setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the key is being worked out: keep the form still, and say so."""
        self.busy.setVisible(busy)
        self.busy_words.setVisible(busy)
        for widget in (self.modes, self.unlock, self.cancel):
            widget.setEnabled(not busy)

    def _on_unlock_clicked(self) -> None:
        if self.modes.currentIndex() == 0:
            if not self.passphrase.text():
                self.passphrase.select_all()
                return
            self.unlock_requested.emit(self.passphrase.text())
            return
        from wrapdesk.vault import RecoveryKey, RecoveryKeyMistyped

        try:
            key = RecoveryKey.parse(self.recovery.text())
        except RecoveryKeyMistyped as exc:
            self.show_problem(exc)
            return
        self.unlock_requested.emit(key)

    def show_problem(self, error: BaseException) -> None:
        """Say what went wrong and what to do; offer backups if the file is damaged."""
        from wrapdesk.services.messages import describe
        from wrapdesk.store import DatabaseDamaged
        from wrapdesk.vault import VaultAltered, VaultDamaged, WrongPassphrase, list_backups

        self.set_busy(False)
        self.message.setText(describe(error, TRANSLATE))
        damaged = isinstance(error, VaultDamaged | VaultAltered | DatabaseDamaged)
        self.backups.clear()
        if damaged and self.path is not None:
            for backup in list_backups(self.path):
                if not backup.is_intact():
                    continue
                moment = QDateTime.fromSecsSinceEpoch(int(backup.saved.timestamp()))
                when = QLocale().toString(moment, "d MMMM yyyy, HH:mm")
                item = QListWidgetItem(self.tr("Saved {when}").format(when=when))
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                self.backups.addItem(item)
            if self.backups.count():
                self.backups.setCurrentRow(0)
        has_backups = self.backups.count() > 0
        self.backups.setVisible(has_backups)
        self.open_backup.setVisible(has_backups)
        if damaged and not has_backups:
            self.message.setText(
                self.tr(
                    "This plan file can't be read as it is, and no earlier copy was found "
                    "beside it. If you saved a backup somewhere else (a USB stick, say), use "
                    "File ▸ Restore… to put it back. The damaged file is left as it is."
                )
            )
        self.notice.show()
        if isinstance(error, WrongPassphrase):
            self.passphrase.select_all()
        elif self.modes.currentIndex() == 1:
            self.recovery.setFocus()
            self.recovery.selectAll()

    def show_save_problem(self, error: BaseException, *, held: bool) -> None:
        """On locking: the latest changes couldn't be saved (``held``: kept in memory)."""
        from wrapdesk.services.messages import describe, held_on_lock

        text = describe(error, TRANSLATE)
        if held:
            text += " " + held_on_lock(TRANSLATE)
        self.message.setText(text)
        self.backups.hide()
        self.open_backup.hide()
        self.notice.show()

    def _on_backups_item_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.backup_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
