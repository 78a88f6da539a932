"""Making a new plan: where it lives and its passphrase, then its recovery key, shown once.

The person types the recovery key's last group to show they kept it; the plan is
already saved by then, so nothing is lost if they stop there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.ui.cards import (
    GRID,
    TRANSLATE,
    Dialog,
    SteadyText,
    heading,
    quiet,
    scaled_font,
)
from wrapdesk.ui.passphrase_field import PassphraseField
from wrapdesk.ui.tasks import TaskRunner

SUFFIX = ".wrapdesk"


def default_folder() -> Path:
    """Where new plans go unless the person chooses: WrapDesk's folder in their data folder."""
    import platformdirs

    return Path(platformdirs.user_data_path("WrapDesk", appauthor=False)) / "plans"


def file_name_for(name: str) -> str | None:
    """A safe file name for the plan name typed, or None if it cannot be one."""
    cleaned = name.strip().removesuffix(SUFFIX).strip()
    if not cleaned or any(c in cleaned for c in '/\\:*?"<>|') or cleaned.startswith("."):
        return None
    return cleaned + SUFFIX


class CreatePlanDialog(Dialog):
    """Two steps: the file and passphrase, then the recovery key."""

    created = Signal(object)  # the open PlanFile
    print_recovery_sheet = Signal(str, str)  # recovery key text, plan path

    def __init__(
        self, tasks: TaskRunner, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._plan: object | None = None
        self._key_text = ""
        self.folder = folder or default_folder()
        self.setWindowTitle(self.tr("Create your plan"))
        self.setModal(True)
        self.steps = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.steps.addWidget(self._first_step())
        self.steps.addWidget(self._second_step())
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # ------------------------------------------------------------------ step 1

    def _first_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading(self.tr("Create your plan"), 1))
        layout.addWidget(
            quiet(
                self.tr(
                    "Your plan is kept in one file, locked with a passphrase. Only someone "
                    "who knows the passphrase can read it, so choose one you will remember."
                )
            )
        )
        form = QFormLayout()
        self.name = QLineEdit(self.tr("My plan"))
        self.name.setAccessibleName(self.tr("Name of your plan file"))
        self.name.textChanged.connect(self._check)
        form.addRow(self.tr("Name"), self.name)
        where = QHBoxLayout()
        self.where = SteadyText(str(self.folder), lines=1, muted=False)  # as tall as it wraps
        self.where.setAccessibleName(self.tr("Folder"))
        change = QPushButton(self.tr("Change…"))
        change.setAccessibleName(self.tr("Choose another folder"))
        change.clicked.connect(self._on_change_clicked)
        where.addWidget(self.where, 1)
        where.addWidget(change)
        form.addRow(self.tr("Folder"), where)
        self.passphrase = PassphraseField(self.tr("Passphrase"), judge=True)
        self.passphrase.changed.connect(self._check)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.again = PassphraseField(self.tr("The same passphrase again"))
        self.again.changed.connect(self._check)
        self.again.returned.connect(self._on_create_clicked)
        form.addRow(self.tr("Type it again"), self.again)
        layout.addLayout(form)
        # The words here and under the passphrase change as it is typed; each keeps room
        # for two lines, and the busy line its room while hidden, so nothing else moves.
        self.problem = SteadyText("", lines=2)
        self.problem.setAccessibleName(self.tr("What still needs doing"))
        layout.addWidget(self.problem)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(GRID)
        self.busy.setAccessibleName(self.tr("Creating your plan"))
        keep_room = self.busy.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(keep_room)
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create my plan"))
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create_clicked)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self._check()
        return page

    def target(self) -> Path | None:
        """The plan file that would be created."""
        name = file_name_for(self.name.text())
        return self.folder / name if name else None

    def _check(self, *_args: object) -> None:
        target = self.target()
        problem = ""
        if target is None:
            problem = self.tr("Give your plan a name (letters, numbers and spaces are fine).")
        elif target.exists():
            problem = self.tr(
                "There's already a plan called {name} in that folder. Choose another name."
            ).format(name=target.name)
        elif not self.passphrase.acceptable:
            problem = ""  # the strength line under the field already says what to do
        elif self.passphrase.text() != self.again.text():
            problem = (
                self.tr("Type the same passphrase in both boxes.")
                if self.again.text()
                else self.tr("Type your passphrase again, to be sure of it.")
            )
        self.problem.setText(problem)
        self.create_button.setEnabled(
            target is not None
            and not target.exists()
            and self.passphrase.acceptable
            and self.passphrase.text() == self.again.text()
        )

    def _on_change_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a folder for your plan"), str(self.folder))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._on_folder_chosen)
        dialog.open()

    def _on_folder_chosen(self, folder: str) -> None:
        self.folder = Path(folder)
        self.where.setText(folder)
        self._check()

    def _on_create_clicked(self) -> None:
        target = self.target()
        if target is None or not self.create_button.isEnabled():
            return
        from wrapdesk.services.plan_file import PlanFile

        passphrase = self.passphrase.text()
        self._set_busy(True)
        self._tasks.run(
            lambda: PlanFile.create(target, passphrase),
            self._on_created,
            self._on_create_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.name, self.passphrase, self.again, self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.problem.setText(self.tr("Making your plan safe… this takes a few seconds."))

    def _on_create_failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe

        self._set_busy(False)
        self._check()
        self.problem.setText(describe(error, TRANSLATE))

    def _on_created(self, result: object) -> None:
        assert isinstance(result, tuple)
        plan, key = result
        self._plan = plan
        self._key_text = key.formatted()
        self.passphrase.clear()
        self.again.clear()
        self.busy.hide()
        self.key_label.setText("  ".join(key.groups[:4]) + "\n" + "  ".join(key.groups[4:]))
        self.key_label.setAccessibleName(
            self.tr("Your recovery key: {key}").format(key=" ".join(key.groups))
        )
        self.steps.setCurrentIndex(1)
        self.confirm.setFocus()
        self.created.emit(plan)

    # ------------------------------------------------------------------ step 2

    def _second_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading(self.tr("Your recovery key"), 1))
        layout.addWidget(
            quiet(
                self.tr(
                    "Your plan is saved. If you ever forget your passphrase, this key is the "
                    "only way back in: nobody, not even WrapDesk, can open your plan without "
                    "one or the other. Print it or write it down, and keep it somewhere safe, "
                    "away from this computer."
                )
            )
        )
        self.key_label = QLabel()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(scaled_font(1.5).pointSizeF())
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        print_sheet = QPushButton(self.tr("Print a recovery sheet…"))
        print_sheet.clicked.connect(self._on_print_sheet_clicked)
        layout.addWidget(print_sheet, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            quiet(self.tr("To show you have kept it, type the last group of six digits here:"))
        )
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Last group of your recovery key"))
        self.confirm.setMaxLength(8)
        self.confirm.textChanged.connect(self._on_confirm_text_changed)
        self.confirm.returnPressed.connect(self._on_finish_clicked)
        layout.addWidget(self.confirm)
        self.confirm_problem = quiet("")
        self.confirm_problem.setAccessibleName(self.tr("What still needs doing"))
        layout.addWidget(self.confirm_problem)
        self.finish = QPushButton(self.tr("I've kept it: start my plan"))
        self.finish.setProperty("primary", True)
        self.finish.setEnabled(False)
        self.finish.clicked.connect(self._on_finish_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.finish)
        layout.addLayout(row)
        return page

    def _on_print_sheet_clicked(self) -> None:
        target = self.target()
        self.print_recovery_sheet.emit(self._key_text, str(target) if target else "")

    def _on_confirm_text_changed(self, text: str) -> None:
        last = self._key_text.split("-")[-1] if self._key_text else None
        self.finish.setEnabled(last is not None and text.strip() == last)
        self.confirm_problem.clear()

    def _on_finish_clicked(self) -> None:
        if self.finish.isEnabled():
            self._key_text = ""
            self.key_label.clear()
            self.accept()
        elif self.confirm.text().strip():
            self.confirm_problem.setText(
                self.tr(
                    "That isn't the last group of the key above. Look again: it's the six "
                    "digits at the very end."
                )
            )

    def reject(self) -> None:
        """Closing after the plan exists is fine: it is saved; only the key view goes."""
        self._key_text = ""
        self.key_label.clear()
        super().reject()
