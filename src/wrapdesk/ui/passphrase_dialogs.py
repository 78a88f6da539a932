"""Changing the passphrase, and making a new recovery key.

Both save straight away under a new data key, and seal the backups beside the plan again,
so the old passphrase or sheet opens none of them; the slow work runs in the background.
Changing the passphrase asks for the current one first (unless the plan was just opened
with the recovery key, when the old one is what was forgotten), and can replace the
recovery key in the same step: someone who knew the old passphrase could have swapped in
a recovery key of their own, which a passphrase change alone would carry forward.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.ui.cards import GRID, TRANSLATE, Dialog, heading, quiet, scaled_font
from wrapdesk.ui.passphrase_field import PassphraseField
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.tasks import TaskRunner
from wrapdesk.vault import RecoveryKey


def key_font() -> QFont:
    """Large, even digits for a recovery key."""
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(scaled_font(1.5).pointSizeF())
    return font


class ChangePassphraseDialog(Dialog):
    """Current passphrase (optional), new passphrase twice, with strength in words."""

    changed = Signal()
    new_key = Signal(RecoveryKey)  # after ``changed``, when a new recovery key was made too

    def __init__(
        self,
        session: PlanSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        ask_current: bool = True,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._ask_current = ask_current
        self.setWindowTitle(self.tr("Change your passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2 * GRID)
        layout.addWidget(
            heading(
                self.tr("Choose a new passphrase")
                if not ask_current
                else self.tr("Change your passphrase"),
                1,
            )
        )
        if not ask_current:
            layout.addWidget(
                quiet(
                    self.tr(
                        "You opened your plan with your recovery key. Choose a new passphrase "
                        "now, so you can open it the usual way next time. Your recovery key "
                        "keeps working."
                    )
                )
            )
        layout.addWidget(
            quiet(
                self.tr(
                    "Your old passphrase will stop opening this plan and the backups WrapDesk "
                    "keeps beside it. Copies you saved or shared somewhere else keep the "
                    "passphrase they were made with."
                )
            )
        )
        form = QFormLayout()
        self.current = PassphraseField(self.tr("Your current passphrase"))
        if ask_current:
            form.addRow(self.tr("Current passphrase"), self.current)
        self.new = PassphraseField(self.tr("New passphrase"), judge=True)
        self.again = PassphraseField(self.tr("The new passphrase again"))
        for field in (self.new, self.again):
            field.changed.connect(self._check)
        self.again.returned.connect(self._on_change_clicked)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Type it again"), self.again)
        layout.addLayout(form)
        self.also_key = QCheckBox(self.tr("Make a new recovery key too"))
        self.also_key.setAccessibleDescription(
            self.tr(
                "Your old recovery sheet will stop working, and you'll be shown a new key to keep."
            )
        )
        layout.addWidget(self.also_key)
        layout.addWidget(
            quiet(
                self.tr(
                    "Tick this if someone else may have known your passphrase. Your old "
                    "recovery sheet will stop working, and you'll be shown a new key to keep."
                )
            )
        )
        self.problem = quiet("")
        layout.addWidget(self.problem)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(GRID)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        later = QPushButton(self.tr("Not now") if not ask_current else self.tr("Cancel"))
        later.clicked.connect(self.reject)
        self.change = QPushButton(self.tr("Change passphrase"))
        self.change.setProperty("primary", True)
        self.change.clicked.connect(self._on_change_clicked)
        buttons.addWidget(later)
        buttons.addWidget(self.change)
        layout.addLayout(buttons)
        self._check()

    def _check(self, *_args: object) -> None:
        match = self.new.text() == self.again.text()
        self.change.setEnabled(self.new.acceptable and match)
        self.problem.setText(
            ""
            if match or not self.again.text()
            else self.tr("Type the same new passphrase in both boxes.")
        )

    def _on_change_clicked(self) -> None:
        if not self.change.isEnabled():
            return
        from wrapdesk.vault import WrongPassphrase

        plan = self._session.plan
        current, new = self.current.text(), self.new.text()
        ask = self._ask_current
        also_key = self.also_key.isChecked()
        data = plan.db.dump()

        def work() -> RecoveryKey | None:
            if ask and not plan.vault.check_secret(current):
                raise WrongPassphrase("not the current passphrase")
            return plan.vault.change_passphrase(new, data, new_recovery_key=also_key)

        self.busy.show()
        self.change.setEnabled(False)
        self._tasks.run(work, self._done, self._failed)

    def _done(self, made: object) -> None:
        self.busy.hide()
        self.current.clear()
        self.new.clear()
        self.again.clear()
        self.changed.emit()
        self.accept()
        if isinstance(made, RecoveryKey):
            self.new_key.emit(made)

    def _failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe
        from wrapdesk.vault import WrongPassphrase

        self.busy.hide()
        self._check()
        if isinstance(error, WrongPassphrase):
            self.problem.setText(
                self.tr(
                    "That isn't your current passphrase. Nothing was changed; please try again."
                )
            )
            self.current.select_all()
        else:
            self.problem.setText(describe(error, TRANSLATE))


class RecoveryKeyDialog(Dialog):
    """Make a new recovery key (the old one stops working) and show it once."""

    print_sheet = Signal(str, str)
    abandoned = Signal()  # closed while the new key was shown but not yet confirmed

    def __init__(
        self,
        session: PlanSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        made: RecoveryKey | None = None,
    ) -> None:
        """With ``made``, show that key (just made with a new passphrase) straight away."""
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._key = ""
        self.setWindowTitle(self.tr("Make a new recovery key"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2 * GRID)
        self.title = heading(self.tr("Make a new recovery key"), 1)
        layout.addWidget(self.title)
        self.words = quiet(
            self.tr(
                "A new key replaces the old one: your old printed sheet will stop opening this "
                "plan and the backups WrapDesk keeps beside it. Do this if you have lost the "
                "sheet, or think someone else may have seen it."
            )
        )
        layout.addWidget(self.words)
        # Someone at an unattended, unlocked window must not be able to make a key of
        # their own (and silently revoke the person's sheet): the passphrase first.
        self.current = PassphraseField(self.tr("Your passphrase"))
        self.current_label = quiet(self.tr("To make a new key, type your passphrase:"))
        layout.addWidget(self.current_label)
        layout.addWidget(self.current)
        self.current.returned.connect(self._on_make_clicked)
        self.key_label = QLabel()
        self.key_label.setFont(key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(GRID)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Last group of your new recovery key"))
        self.confirm.hide()
        layout.addWidget(self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("Print a recovery sheet…"))
        self.print_button.hide()
        self.print_button.clicked.connect(
            lambda: self.print_sheet.emit(self._key, str(session.plan.path))
        )
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.make = QPushButton(self.tr("Make a new key"))
        self.make.setProperty("primary", True)
        self.make.clicked.connect(self._on_make_clicked)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.make)
        layout.addLayout(buttons)
        self.confirm.textChanged.connect(self._on_confirm_text_changed)
        if made is not None:
            self._shown(made)

    def _on_make_clicked(self) -> None:
        if self._key:
            self._finish()
            return
        from wrapdesk.vault import PassphraseNeeded, WrongPassphrase

        plan = self._session.plan
        data = plan.db.dump()
        current = self.current.text()

        def work() -> object:
            if not plan.vault.opened_with_passphrase:
                raise PassphraseNeeded("opened with the recovery key")
            if not plan.vault.check_secret(current):
                raise WrongPassphrase("not the current passphrase")
            return plan.vault.new_recovery_key(data)

        self.busy.show()
        self.make.setEnabled(False)
        self._tasks.run(work, self._shown, self._failed)

    def _shown(self, key: object) -> None:
        from wrapdesk.vault import RecoveryKey

        assert isinstance(key, RecoveryKey)
        self._key = key.formatted()
        self.setWindowTitle(self.tr("Your new recovery key"))
        self.title.setText(self.tr("Your new recovery key"))
        self.current.clear()
        self.current.hide()
        self.current_label.hide()
        self.busy.hide()
        self.key_label.setText("  ".join(key.groups[:4]) + "\n" + "  ".join(key.groups[4:]))
        self.key_label.setAccessibleName(" ".join(key.groups))
        self.words.setText(
            self.tr(
                "This is your new recovery key. Print it or write it down and keep it safe; "
                "WrapDesk will not show it again. Type its last group below to finish."
            )
        )
        self.confirm.show()
        self.confirm.setFocus()
        self.print_button.show()
        self.cancel.hide()
        self.make.setText(self.tr("I've kept it"))
        self.make.setEnabled(False)

    def _on_confirm_text_changed(self, text: str) -> None:
        self.make.setEnabled(bool(self._key) and text.strip() == self._key.split("-")[-1])

    def _finish(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.accept()

    def reject(self) -> None:
        """Closed (Escape, or the plan locking): the key shown is forgotten, and said so."""
        if self._key:
            self._key = ""
            self.key_label.clear()
            self.abandoned.emit()
        super().reject()

    def _failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe
        from wrapdesk.vault import WrongPassphrase

        self.busy.hide()
        self.make.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.words.setText(
                self.tr("That isn't your passphrase. Nothing was changed; please try again.")
            )
            self.current.select_all()
        else:
            self.words.setText(describe(error, TRANSLATE))
