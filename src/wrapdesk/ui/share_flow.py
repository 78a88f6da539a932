"""Sharing: an encrypted copy for a supporter, reading one you were sent, and backups.

The copy is a standard age file, made in memory and written only where the person
chooses. A generated passphrase is shown once, in large type, to read out over the
phone; anything copied to the clipboard is cleared after 30 seconds if it is still there.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import catalogue
from wrapdesk.ui.cards import (
    GRID,
    TRANSLATE,
    Dialog,
    SteadyText,
    card,
    heading,
    quiet,
    scaled_font,
)
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.confirm import ask, tell
from wrapdesk.ui.overview_page import nice_date
from wrapdesk.ui.print_flow import PreviewDialog, print_options
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wrapdesk.printouts import PrintOptions

CLIPBOARD_SECONDS = 30


def secret_mime_data(text: str) -> QMimeData:
    """``text`` marked as a secret, the way password managers mark what they copy.

    Clipboard managers and clipboard history (KDE's Klipper, Windows' Win+V and cloud
    clipboard, macOS clipboard apps) then leave it out of their history.
    """
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    if sys.platform == "win32":  # pragma: no cover - Windows only
        windows = 'application/x-qt-windows-mime;value="{}"'
        mime.setData(
            windows.format("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(b"\1\0\0\0")
        )
        mime.setData(windows.format("CanIncludeInClipboardHistory"), QByteArray(b"\0\0\0\0"))
        mime.setData(windows.format("CanUploadToCloudClipboard"), QByteArray(b"\0\0\0\0"))
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        mime.setData("application/x-nspasteboard-concealed-type", QByteArray(b"secret"))
    return mime


def copy_for_a_while(text: str, parent: QWidget) -> None:
    """Copy ``text`` as a secret; clear the clipboard after 30 s if it still holds exactly that."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(secret_mime_data(text))

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_SECONDS * 1000, parent, clear)


def _problem(parent: QWidget, error: BaseException) -> None:
    from wrapdesk.services.messages import describe

    tell(parent, translate("ShareFlow", "That didn't work"), describe(error, TRANSLATE))


class ShareDialog(Dialog):
    """Who, which parts, and how: then the file, and (if chosen) the words to read out."""

    def __init__(
        self,
        session: PlanSession,
        settings: AppSettings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        update_person: int | None = None,
    ) -> None:
        super().__init__(parent)
        from wrapdesk.services import sharing

        self.setObjectName("share")
        self._session = session
        self._settings = settings
        self._tasks = tasks
        self._result: object | None = None
        editor = session.editor
        self.setWindowTitle(self.tr("Share with a supporter"))
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps)
        # Step 1: the choices.
        choose = QWidget()
        form = QVBoxLayout(choose)
        form.setSpacing(GRID)
        form.addWidget(heading(self.tr("Share with a supporter"), 1))
        intro = quiet(
            self.tr(
                "WrapDesk makes a locked file with the parts you choose. Only the person "
                "with the passphrase or their own key can open it, in WrapDesk or with the "
                "free tool age."
            )
        )
        # The pages sit in a stack, which does not pass on how tall wrapped text needs to
        # be: give the dialog a width, and the paragraph the height it needs at that width.
        self.setMinimumWidth(72 * GRID)
        intro.setMinimumHeight(intro.heightForWidth(68 * GRID))
        form.addWidget(intro)
        form.addWidget(heading(self.tr("Who is it for?"), 2))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Who the copy is for"))
        for person in editor.people():
            if not person.do_not_involve:
                self.person.addItem(person.name, person.id)
        self.person.addItem(self.tr("Someone not in my plan"), None)
        self.person.currentIndexChanged.connect(self._on_person_changed)
        form.addWidget(self.person)
        form.addWidget(heading(self.tr("Which parts?"), 2))
        self.presets = QButtonGroup(self)
        for n, (key, label) in enumerate(
            (
                ("crisis-plan", self.tr("The crisis plan")),
                ("crisis-and-advance", self.tr("The crisis plan and advance statements")),
                ("whole-plan", self.tr("The whole plan")),
                ("custom", self.tr("Let me choose")),
            )
        ):
            radio = QRadioButton(label)
            radio.setProperty("preset", key)
            self.presets.addButton(radio, n)
            form.addWidget(radio)
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Parts to share"))
        keys = editor.section_keys()
        customs = {k: t for k, t, _ in editor.custom_sections()}
        for key in keys:
            title = customs.get(key) or catalogue.section(key).localized(TRANSLATE).title
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.parts.addItem(item)
        rows = self.parts.sizeHintForRow(0) if self.parts.count() else self.fontMetrics().height()
        self.parts.setMinimumHeight(6 * rows + 2 * GRID)
        self.parts.setMaximumHeight(10 * rows + 2 * GRID)
        form.addWidget(self.parts)
        self.presets.buttonClicked.connect(lambda _b: self._apply_preset())
        form.addWidget(heading(self.tr("How will they open it?"), 2))
        self.by_words = QRadioButton(
            self.tr("With a passphrase I read out to them (WrapDesk makes one)")
        )
        self.by_key = QRadioButton(self.tr("With their own supporter key"))
        self.by_words.setChecked(True)
        form.addWidget(self.by_words)
        form.addWidget(self.by_key)
        key_row = QHBoxLayout()
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText("age1…")
        self.recipient.setAccessibleName(self.tr("Their supporter key"))
        load = QPushButton(self.tr("From a file…"))
        load.clicked.connect(self._on_load_key_clicked)
        key_row.addWidget(self.recipient, 1)
        key_row.addWidget(load)
        form.addLayout(key_row)
        self._load = load
        self.by_key.toggled.connect(self._on_by_key_toggled)
        self.recipient.setEnabled(False)
        load.setEnabled(False)
        self.armor = QCheckBox(self.tr("I'll send it by email (make a text file)"))
        form.addWidget(self.armor)
        self.problem = quiet("")
        form.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.make = QPushButton(self.tr("Make the file…"))
        self.make.setProperty("primary", True)
        self.make.clicked.connect(self._on_make_clicked)
        buttons.addWidget(cancel)
        buttons.addWidget(self.make)
        form.addLayout(buttons)
        self.steps.addWidget(choose)
        # Step 2: done, with the words to read out.
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(heading(self.tr("Your copy is ready"), 1))
        self.where = quiet("")
        done_layout.addWidget(self.where)
        self.words_box, words_layout = card(notice=True)
        words_layout.addWidget(
            quiet(
                self.tr(
                    "Read these words to them over the phone, or give them in person. Don't "
                    "send them with the file. WrapDesk will not show them again."
                )
            )
        )
        self.words = QLabel()
        self.words.setFont(scaled_font(2.0, bold=True))
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words_layout.addWidget(self.words)
        copy = QPushButton(self.tr("Copy the words (cleared in 30 seconds)"))
        copy.clicked.connect(lambda: copy_for_a_while(self.words.text(), self))
        words_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        done_layout.addWidget(self.words_box)
        self.how = quiet("")
        done_layout.addWidget(self.how)
        close = QPushButton(self.tr("Done"))
        close.setProperty("primary", True)
        close.clicked.connect(self._on_done_clicked)
        done_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.steps.addWidget(done)
        # Start from what fits the person (or their last copy, for an update).
        if update_person is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(update_person)))
            holder = next(
                (h for h in session.versions.holders() if h.person_id == update_person), None
            )
            if holder is not None:
                self._tick(holder.sections)
                self.presets.button(3).setChecked(True)
                (self.by_key if holder.method == "age-key" else self.by_words).setChecked(True)
        else:
            self._on_person_changed()
        self._sharing = sharing

    def _on_by_key_toggled(self, on: bool) -> None:
        self.recipient.setEnabled(on)
        self._load.setEnabled(on)

    def _tick(self, keys: tuple[str, ...] | list[str]) -> None:
        from wrapdesk.services.plan_document import expand_section_keys

        customs = [k for k, _t, _g in self._session.editor.custom_sections()]
        wanted: set[str] = set()
        for key in keys:  # group names ("crisis-plan") stand for their parts
            try:
                wanted.update(expand_section_keys([key], customs))
            except KeyError:
                continue
        for row in range(self.parts.count()):
            item = self.parts.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )

    def _on_person_changed(self) -> None:
        from wrapdesk.services import sharing

        person_id = self.person.currentData()
        self._tick(sharing.suggested_sections(self._session.editor, person_id))
        self.presets.button(3).setChecked(True)
        known = self._session.editor.person_age_recipient(person_id) if person_id else None
        self.recipient.setText(known or "")
        if known:
            self.by_key.setChecked(True)

    def _apply_preset(self) -> None:
        from wrapdesk.services import sharing

        button = self.presets.checkedButton()
        preset = button.property("preset") if button else "custom"
        if preset != "custom":
            self._tick(sharing.preset_sections(self._session.editor, preset))

    def chosen_sections(self) -> list[str]:
        """The section keys ticked."""
        return [
            self.parts.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.parts.count())
            if self.parts.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _on_load_key_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Their supporter key"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._read_key_file)
        dialog.open()

    def _read_key_file(self, path: str) -> None:
        try:
            text = Path(path).read_text("utf-8", errors="replace")[:10_000]
        except OSError as exc:
            _problem(self, exc)
            return
        key = next((w for w in text.split() if w.startswith("age1")), "")
        self.recipient.setText(key)

    def _on_make_clicked(self) -> None:
        from wrapdesk.services import sharing

        sections = self.chosen_sections()
        if not sections:
            self.problem.setText(self.tr("Tick at least one part to share."))
            return
        method: Literal["passphrase", "age-key"] = (
            "age-key" if self.by_key.isChecked() else "passphrase"
        )
        recipient = (self.recipient.text().strip() or None) if method == "age-key" else None
        if method == "age-key" and not recipient:
            self.problem.setText(
                self.tr(
                    "Paste their supporter key (it starts with age1), or "
                    "choose a passphrase instead."
                )
            )
            return
        editor, versions = self._session.editor, self._session.versions
        options = print_options(self._settings)
        self.make.setEnabled(False)
        self.problem.setText(self.tr("Making the file… (a passphrase takes a few seconds)"))
        try:  # reading the plan happens here, on the thread that owns it
            pending = sharing.prepare_export(
                editor,
                versions,
                person_id=self.person.currentData(),
                sections=sections,
                method=method,
                recipient=recipient,
                armor=self.armor.isChecked(),
                translate=TRANSLATE,
                print_options=options,
            )
        except Exception as exc:  # every problem is said in words
            self._failed(exc)
            return
        self._tasks.run(pending.seal, self._sealed, self._failed)  # scrypt: in the background

    def _failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe

        self.make.setEnabled(True)
        self.problem.setText(describe(error, TRANSLATE))

    def _sealed(self, result: object) -> None:
        from wrapdesk.services import sharing

        assert isinstance(result, sharing.ExportResult)
        self._result = result
        self.make.setEnabled(True)
        self.problem.setText("")
        dialog = QFileDialog(self, self.tr("Save the shared file"), result.suggested_file_name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setObjectName("save-share")
        dialog.fileSelected.connect(self.write_to)
        dialog.open()

    def write_to(self, path: str) -> None:
        """Write the file where the person chose, record who has it, and show the words."""
        from wrapdesk.services import sharing
        from wrapdesk.services.private_files import write_private_file
        from wrapdesk.vault import SaveFailed

        result = self._result
        assert isinstance(result, sharing.ExportResult)
        try:
            write_private_file(Path(path), result.data)
        except SaveFailed as exc:
            _problem(self, exc)
            return
        sharing.record_export(self._session.versions, result)
        name = result.person_name or self.tr("your supporter")
        self.where.setText(
            self.tr(
                "Saved as {path}. Send it to {name} however you like: "
                "email, a USB stick, a message."
            ).format(path=path, name=name)
        )
        self.words_box.setVisible(result.passphrase is not None)
        self.words.setText(result.passphrase or "")
        self.how.setText(sharing.opening_instructions(result.method, Path(path).name, TRANSLATE))
        self.steps.setCurrentIndex(1)

    def _on_done_clicked(self) -> None:
        self.words.clear()
        self._result = None
        self.accept()


class SharedPlanViewer(Dialog):
    """A plan someone shared: read only, part by part, with printing."""

    def __init__(self, shared: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wrapdesk.services.plan_text import render_text
        from wrapdesk.services.sharing import SharedPlan

        assert isinstance(shared, SharedPlan)
        self.setObjectName("shared-viewer")
        self._shared = shared
        document = shared.document
        owner = document.owner.preferred_name or document.owner.name
        self.setWindowTitle(
            self.tr("{name}'s plan (read only)").format(name=owner)
            if owner
            else self.tr("A plan shared with you (read only)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 1))
        version = document.version
        if version is not None:
            layout.addWidget(
                quiet(
                    self.tr(
                        "Version {number}, from {date}. Ask {name} if you're not sure it's the "
                        "newest copy."
                    ).format(
                        number=version.number,
                        date=nice_date(date.fromisoformat(version.created_at[:10])),
                        name=owner or self.tr("the person who sent it"),
                    )
                )
            )
        # A file locked to a supporter key can be made by anyone who has seen its public
        # half, which is meant to be shared: say so plainly, once.
        layout.addWidget(
            quiet(
                self.tr(
                    "WrapDesk can't prove who made this file. If anything in it surprises you, "
                    "check with {name} before acting on it."
                ).format(name=owner or self.tr("the person who sent it"))
            )
        )
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The shared plan"))
        # Shared words are shown as plain text: nothing in them is ever run as markup.
        self.text.setPlainText(render_text(document, TRANSLATE))
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        show_print = QPushButton(self.tr("Print…"))
        show_print.clicked.connect(
            lambda: PreviewDialog(
                self.tr("Shared plan"), shared.pdf, "shared-plan.pdf", self
            ).open()
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(show_print)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 40)


def open_shared_plan(
    window: QWidget,
    tasks: TaskRunner,
    session: PlanSession | None = None,
    settings: AppSettings | None = None,
) -> None:
    """Pick a shared file, ask for what opens it, and show it read-only."""
    dialog = QFileDialog(window, translate("ShareFlow", "Open a plan someone shared"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(translate("ShareFlow", "Shared plans (*.age);;All files (*)"))
    dialog.setObjectName("open-shared")
    dialog.fileSelected.connect(
        lambda path: open_shared_file(window, tasks, Path(path), session, settings)
    )
    dialog.open()


def open_shared_file(
    window: QWidget,
    tasks: TaskRunner,
    path: Path,
    session: PlanSession | None = None,
    settings: AppSettings | None = None,
) -> None:
    """Open ``path`` (a shared age file) with a passphrase or this plan's supporter key."""
    from wrapdesk.services import sharing

    try:
        data = path.read_bytes()
        needs = sharing.share_needs(data)
    except Exception as exc:  # damaged, not a share, unreadable: said in words
        _problem(window, exc)
        return
    options = print_options(settings) if settings is not None else None

    def show(shared: object) -> None:
        SharedPlanViewer(shared, window).open()

    if needs == "age-key":
        if session is None or session.is_locked:
            tell(
                window,
                translate("ShareFlow", "Open your own plan first"),
                translate(
                    "ShareFlow",
                    "This file was locked to a supporter key. Open your own WrapDesk plan (the one "
                    "that made the key), then open the shared file again.",
                ),
            )
            return
        editor = session.editor
        tasks.run(
            lambda: sharing.open_with_my_key(
                editor, data, translate=TRANSLATE, print_options=options
            ),
            show,
            lambda e: _problem(window, e),
        )
        return
    ask_words = SharedWordsDialog(data, tasks, options, window)
    ask_words.opened.connect(show)
    ask_words.open()


class SharedWordsDialog(Dialog):
    """The words that open a shared file. Words that don't open it are said here, and
    selected, so they can be typed again without choosing the file again."""

    opened = Signal(object)  # the SharedPlan

    def __init__(
        self,
        data: bytes,
        tasks: TaskRunner,
        options: PrintOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shared-passphrase")
        self._data = data
        self._tasks = tasks
        self._options = options
        self._working = False
        self.setWindowTitle(translate("ShareFlow", "The passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(GRID)
        prompt = translate("ShareFlow", "Type the words you were given (spaces between them):")
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.words = QLineEdit()
        self.words.setAccessibleName(prompt)
        label.setBuddy(self.words)
        layout.addWidget(self.words)
        self.problem = SteadyText("", lines=2)  # room kept: the buttons stay where they are
        self.problem.setProperty("muted", False)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(translate("ShareFlow", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.open_button = QPushButton(translate("ShareFlow", "Open the plan"))
        self.open_button.setProperty("primary", True)
        self.open_button.setDefault(True)  # Return in the words opens the file
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row.addWidget(cancel)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.setMinimumWidth(56 * GRID)

    def _on_open_button_clicked(self) -> None:
        from wrapdesk.services import sharing

        words = self.words.text()
        if self._working:
            return
        if not words.strip():
            self.words.setFocus()
            return
        data, options = self._data, self._options
        self._set_working(True)
        self._tasks.run(  # scrypt takes a few seconds: in the background
            lambda: sharing.open_shared(data, words, translate=TRANSLATE, print_options=options),
            self._on_opened,
            self._on_failed,
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.words.setEnabled(not working)
        self.open_button.setEnabled(not working)
        self.problem.setText(
            translate("ShareFlow", "Opening the file… this takes a few seconds.") if working else ""
        )

    def _on_opened(self, shared: object) -> None:
        self._set_working(False)
        if not self.isVisible():  # closed while the words were being checked
            return
        self.words.clear()
        self.accept()
        self.opened.emit(shared)

    def _on_failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe

        self._set_working(False)
        self.problem.setText(describe(error, TRANSLATE))
        self.words.setFocus()
        self.words.selectAll()

    def reject(self) -> None:
        """Closing forgets the words typed."""
        self.words.clear()
        super().reject()


class SupporterKeyDialog(Dialog):
    """ "My supporter key": the public key to send, as text and as a QR code."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wrapdesk.exchange import recipient_qr
        from wrapdesk.services import sharing

        self.setObjectName("supporter-key")
        self.setWindowTitle(self.tr("My supporter key"))
        created = not sharing.has_supporter_key(session.editor)
        pair = sharing.supporter_key(session.editor)
        if created:
            session.save_now()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My supporter key"), 1))
        layout.addWidget(
            quiet(
                self.tr(
                    "Send this key to someone you support. WrapDesk on their computer can then "
                    "lock a copy of their plan so that only you can open it. The key is safe to "
                    "share; the part that opens files stays locked in your plan."
                )
            )
        )
        self.key = QLineEdit(pair.recipient)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Your supporter key"))
        layout.addWidget(self.key)
        image = QPixmap()
        image.loadFromData(QByteArray(recipient_qr(pair.recipient, "png", scale=6)), "PNG")
        qr = QLabel()
        qr.setPixmap(image)
        qr.setAccessibleName(self.tr("The same key as a QR code"))
        layout.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy the key"))
        copy.clicked.connect(lambda: copy_for_a_while(pair.recipient, self))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(close)
        layout.addLayout(row)


def back_up(window: QWidget, session: PlanSession, tasks: TaskRunner) -> None:
    """Save, then copy the plan file (already encrypted) to a folder the person picks."""
    from wrapdesk.services.backup import back_up as copy_plan

    error = session.save_blocking()
    if error is not None:
        _problem(window, error)
        return
    plan_path = session.plan.path
    dialog = QFileDialog(
        window, translate("ShareFlow", "Choose where to keep a backup (a USB stick is ideal)")
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setObjectName("backup-folder")

    def done(copy: object) -> None:
        from wrapdesk.services.backup import BackupCopy

        assert isinstance(copy, BackupCopy)
        tell(
            window,
            translate("ShareFlow", "Backup made"),
            translate(
                "ShareFlow",
                "Your plan is copied to {path} and the copy checks out. It is locked with the same "
                "passphrase as your plan.",
            ).format(path=copy.path),
        )

    dialog.fileSelected.connect(
        lambda folder: tasks.run(
            lambda: copy_plan(plan_path, Path(folder)), done, lambda e: _problem(window, e)
        )
    )
    dialog.open()


def restore(
    window: QWidget,
    tasks: TaskRunner,
    plan_path: Path | None,
    replace: Callable[[object, str], None],
) -> None:
    """Pick a backup, check it with its passphrase, ask, then hand it to ``replace``
    (the window closes the plan and puts the backup in its place)."""
    if plan_path is None:
        tell(
            window,
            translate("ShareFlow", "Restore a backup"),
            translate(
                "ShareFlow",
                "Open the plan you want to restore first (or open the backup itself with File ▸ "
                "Open plan…).",
            ),
        )
        return
    picker = QFileDialog(window, translate("ShareFlow", "Choose the backup to restore"))
    picker.setFileMode(QFileDialog.FileMode.ExistingFile)
    picker.setNameFilter(translate("ShareFlow", "WrapDesk plans (*.wrapdesk);;All files (*)"))
    picker.setObjectName("restore-file")

    def with_passphrase(backup: str) -> None:
        words = QInputDialog(window)
        words.setObjectName("restore-passphrase")
        words.setWindowTitle(translate("ShareFlow", "Restore a backup"))
        words.setLabelText(translate("ShareFlow", "The backup's passphrase:"))
        words.setTextEchoMode(QLineEdit.EchoMode.Password)
        words.textValueSelected.connect(lambda secret: check(Path(backup), secret))
        words.open()

    def check(backup: Path, secret: str) -> None:
        from wrapdesk.services.backup import check_backup

        tasks.run(
            lambda: check_backup(backup, plan_path, secret),
            lambda result: confirm(result, secret),
            lambda e: _problem(window, e),
        )

    def confirm(result: object, secret: str) -> None:
        from wrapdesk.services.backup import RestoreCheck

        assert isinstance(result, RestoreCheck)
        text = translate(
            "ShareFlow",
            "This backup was saved on {date}. Put it in place of your plan? "
            "Your plan file as it is now will be kept with your backups, so "
            "nothing is lost.",
        ).format(date=result.saved_at[:10])
        if result.same_plan is False:
            text += " " + translate(
                "ShareFlow",
                "Please check: this backup is of a different plan, not an earlier copy of the "
                "one open now.",
            )
        elif result.older_than_current:
            text += " " + translate(
                "ShareFlow", "It is older than your plan, so recent changes won't be in it."
            )
        ask(
            window,
            text,
            translate("ShareFlow", "Restore this backup"),
            lambda: replace(result, secret),
        )

    picker.fileSelected.connect(with_passphrase)
    picker.open()
