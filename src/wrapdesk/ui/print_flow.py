"""Printing: build the PDF in memory, preview its pages, print or save — no temp files.

The PDF is made by the printouts layer in the background. The preview renders its pages
with QtPdf from the bytes in memory; printing paints those pages onto the printer the
person picks in the system's print dialog; "Save as PDF…" writes the same bytes where they
choose. A crisis plan longer than two pages is never cut: the person is told first, and
chooses what goes first or to print it longer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import catalogue
from wrapdesk.i18n import QT_TRANSLATE_NOOP
from wrapdesk.ui import settings as keys
from wrapdesk.ui.cards import GRID, TRANSLATE, Dialog, heading, quiet
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.confirm import ask
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wrapdesk.printouts import PrintOptions

PREVIEW_WIDTH = 620


def print_options(
    settings: AppSettings, *, allow_long: bool = False, crisis_order: tuple[str, ...] = ()
) -> PrintOptions:
    """The printouts' options from the settings (paper, large type, language)."""
    from wrapdesk.printouts import PrintOptions, default_paper

    paper = settings.get(keys.PAPER) or default_paper(QLocale.system().name())
    language = settings.get(keys.LANGUAGE) or QLocale.system().name().split("_")[0] or "en"
    return PrintOptions(
        paper="Letter" if paper == "Letter" else "A4",
        large_type=settings.get(keys.LARGE_PRINT),
        language=language,
        allow_long=allow_long,
        crisis_order=crisis_order,
    )


def load_pdf(data: bytes, parent: QWidget) -> QPdfDocument:
    """A QtPdf document over bytes in memory (never a file)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document


class PreviewDialog(Dialog):
    """The pages as they will print, with Print…, Save as PDF… and (optionally) who it's for."""

    saved = Signal(str)
    printed = Signal()

    def __init__(
        self,
        title: str,
        data: bytes,
        file_name: str,
        parent: QWidget,
        people: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print-preview")
        self.setWindowTitle(title)
        self.data = data
        self._file_name = file_name
        self.pdf = load_pdf(data, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        pages = QWidget()
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setSpacing(2 * GRID)
        self.page_labels: list[QLabel] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(pages)
        scroll.setMinimumHeight(500)
        scroll.setAccessibleName(self.tr("Preview of the pages"))
        layout.addWidget(scroll, 1)
        self.count = quiet(self.tr("%n page(s)", "", self.pdf.pageCount()))
        layout.addWidget(self.count)
        self.recipient: QComboBox | None = None
        if people:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Who is this copy for? (optional)")))
            self.recipient = QComboBox()
            self.recipient.setAccessibleName(self.tr("Who this copy is for"))
            self.recipient.addItem(self.tr("Not saying"), None)
            for person_id, name in people:
                self.recipient.addItem(name, person_id)
            row.addWidget(self.recipient, 1)
            layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        save = QPushButton(self.tr("Save as PDF…"))
        save.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setProperty("primary", True)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pages)
        for button in (close, save, self.print_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._render_pages()
        self.resize(PREVIEW_WIDTH + 8 * GRID, 760)

    def _render_pages(self) -> None:
        for number in range(self.pdf.pageCount()):
            size = self.pdf.pagePointSize(number)
            scale = PREVIEW_WIDTH / size.width()
            image = self.pdf.render(number, QSize(PREVIEW_WIDTH, int(size.height() * scale)))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {number}").format(number=number + 1))
            label.setFrameShape(QLabel.Shape.Box)
            self.page_labels.append(label)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)

    def chosen_person(self) -> tuple[int, str] | None:
        """Who the person said this copy is for, if anyone."""
        if self.recipient is None or self.recipient.currentData() is None:
            return None
        return int(self.recipient.currentData()), self.recipient.currentText()

    def save_pdf(self) -> None:
        """Write the PDF bytes to a file the person chooses."""
        dialog = QFileDialog(
            self, self.tr("Save as PDF"), self._file_name, self.tr("PDF files (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setObjectName("save-pdf")
        dialog.fileSelected.connect(self.write_to)
        dialog.open()

    def write_to(self, path: str) -> None:
        """Write the bytes (the person's explicit choice of where) and say so."""
        from wrapdesk.services.messages import describe
        from wrapdesk.services.private_files import write_private_file
        from wrapdesk.vault import SaveFailed

        try:
            write_private_file(Path(path), self.data)
        except SaveFailed as exc:
            self.count.setText(describe(exc, TRANSLATE))
            return
        self.count.setText(self.tr("Saved as {path}.").format(path=path))
        self.saved.emit(path)

    def print_pages(self) -> None:
        """The system's print dialog, then each page painted onto the printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print-dialog")
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self.paint_on(printer))
        dialog.show()

    def paint_on(self, printer: QPrinter) -> None:
        """Paint every page onto ``printer`` (also used for PDF printers in tests)."""
        painter = QPainter()
        if not painter.begin(printer):
            self.count.setText(
                self.tr(
                    "The printer could not be started. Check it is on and "
                    "connected, then try again."
                )
            )
            return
        rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for number in range(self.pdf.pageCount()):
            if number:
                printer.newPage()
            size = self.pdf.pagePointSize(number)
            scale = min(rect.width() / size.width(), rect.height() / size.height())
            image = self.pdf.render(
                number, QSize(int(size.width() * scale), int(size.height() * scale))
            )
            painter.drawImage(0, 0, image)
        painter.end()
        self.printed.emit()


class CrisisOrderDialog(Dialog):
    """When the crisis plan runs past two pages: choose what goes first, then print it all."""

    chosen = Signal(tuple)

    def __init__(self, pages: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("crisis-order")
        self.setWindowTitle(self.tr("Your crisis plan is long"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your crisis plan needs %n page(s)", "", pages), 2))
        layout.addWidget(
            quiet(
                self.tr(
                    "Family find two pages easiest to read in a hard moment. Nothing will be left "
                    "out: put the parts that matter most first (drag them, or use Alt+Up and "
                    "Alt+Down), then print all the pages."
                )
            )
        )
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Parts of the crisis plan, in printing order"))
        self.parts.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        from wrapdesk.printouts import CRISIS_PARTS

        for key in CRISIS_PARTS:  # the parts the printout has (not "when I'm well")
            item = QListWidgetItem(catalogue.section(key).localized(TRANSLATE).title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.parts.addItem(item)
        self.parts.setCurrentRow(0)
        layout.addWidget(self.parts)
        buttons = QHBoxLayout()
        up = QPushButton(self.tr("Move up"))
        up.setShortcut("Alt+Up")
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move down"))
        down.setShortcut("Alt+Down")
        down.clicked.connect(lambda: self._move(1))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        go = QPushButton(self.tr("Print all %n page(s)", "", pages))
        go.setProperty("primary", True)
        go.clicked.connect(self._on_go_clicked)
        for button in (up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(go)
        layout.addLayout(buttons)

    def _move(self, step: int) -> None:
        row = self.parts.currentRow()
        if 0 <= row + step < self.parts.count():
            item = self.parts.takeItem(row)
            self.parts.insertItem(row + step, item)
            self.parts.setCurrentRow(row + step)

    def order(self) -> tuple[str, ...]:
        """The section keys in the order chosen."""
        return tuple(
            self.parts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.parts.count())
        )

    def _on_go_clicked(self) -> None:
        self.chosen.emit(self.order())
        self.accept()


TITLES = {
    "crisis-plan": QT_TRANSLATE_NOOP("PrintFlow", "Crisis plan"),
    "wrap": QT_TRANSLATE_NOOP("PrintFlow", "Your whole plan"),
    "advance-statement": QT_TRANSLATE_NOOP("PrintFlow", "Advance statement"),
    "adrt": QT_TRANSLATE_NOOP("PrintFlow", "Advance decision to refuse treatment"),
    "scottish-statement": QT_TRANSLATE_NOOP("PrintFlow", "Advance statement (Scotland)"),
    "wallet-card": QT_TRANSLATE_NOOP("PrintFlow", "Wallet card"),
}


class PrintFlow:
    """From a menu choice to a preview: version, PDF (in the background), checks, preview."""

    def __init__(
        self, window: QWidget, session: PlanSession, settings: AppSettings, tasks: TaskRunner
    ) -> None:
        self._window = window
        self._session = session
        self._settings = settings
        self._tasks = tasks

    def _title(self, kind: str) -> str:
        return TRANSLATE("PrintFlow", TITLES.get(kind, kind))

    def print(self, kind: str) -> None:
        """Prepare ``kind`` and open the preview (with Print… and Save as PDF…)."""
        self._prepare(kind, lambda data: self._preview(kind, data))

    def save_pdf(self, kind: str) -> None:
        """Prepare ``kind`` and go straight to choosing where to save it."""
        self._prepare(kind, lambda data: self._preview(kind, data).save_pdf())

    def _prepare(
        self,
        kind: str,
        then: Callable[[bytes], object],
        *,
        checked: bool = False,
        allow_long: bool = False,
        crisis_order: tuple[str, ...] = (),
    ) -> None:
        from wrapdesk.printouts import CrisisPlanTooLong, build_pdf, check_adrt
        from wrapdesk.services.printing import document_to_print

        document = document_to_print(self._session.versions, kind, TRANSLATE)
        if kind == "adrt" and not checked:
            missing = check_adrt(document, TRANSLATE)
            if missing:
                words = "\n".join(f"• {m.message}" for m in missing)
                ask(
                    self._window,
                    translate(
                        "PrintFlow",
                        "Before you print your advance decision, these parts are missing. It may "
                        "not be valid without them:\n\n{missing}\n\nYou can print it now and "
                        "add them by hand, or go back and fill them in.",
                    ).format(missing=words),
                    translate("PrintFlow", "Print it anyway"),
                    lambda: self._prepare(kind, then, checked=True),
                    translate("PrintFlow", "Go back"),
                )
                return
        options = print_options(self._settings, allow_long=allow_long, crisis_order=crisis_order)

        def failed(error: BaseException) -> None:
            if isinstance(error, CrisisPlanTooLong):
                dialog = CrisisOrderDialog(error.pages, self._window)
                dialog.chosen.connect(
                    lambda order: self._prepare(kind, then, allow_long=True, crisis_order=order)
                )
                dialog.open()
                return
            from wrapdesk.services.messages import describe

            main = self._window
            bar = getattr(main, "statusBar", None)
            if bar is not None:
                bar().showMessage(describe(error, TRANSLATE), 15000)

        self._tasks.run(lambda: build_pdf(kind, document, TRANSLATE, options), then, failed)
        self._document = document

    def _preview(self, kind: str, data: object) -> PreviewDialog:
        assert isinstance(data, bytes)
        people = [(p.id, p.name) for p in self._session.editor.people() if not p.do_not_involve]
        dialog = PreviewDialog(self._title(kind), data, f"{kind}.pdf", self._window, people)
        document = self._document

        def record() -> None:
            who = dialog.chosen_person()
            if who is not None:
                from wrapdesk.services.plan_document import expand_section_keys
                from wrapdesk.services.printing import record_printed_copy

                groups = {
                    "crisis-plan": ["crisis-plan"],
                    "advance-statement": ["advance-statement"],
                    "adrt": ["adrt"],
                    "scottish-statement": ["scottish-statement"],
                    "wallet-card": ["crisis-plan"],
                }.get(kind, ["wrap", "crisis-plan", "advance-statements"])
                record_printed_copy(
                    self._session.versions,
                    document,
                    who[0],
                    who[1],
                    tuple(expand_section_keys(groups)),
                )

        dialog.printed.connect(record)
        dialog.saved.connect(lambda _path: record())
        dialog.open()
        return dialog


def print_recovery_sheet(
    window: QWidget, settings: AppSettings, tasks: TaskRunner, key_text: str, plan_path: str
) -> None:
    """The recovery sheet: the key and where the plan is, and no plan content at all."""
    from wrapdesk.printouts import build_recovery_sheet

    options = print_options(settings)

    def show(data: object) -> None:
        assert isinstance(data, bytes)
        PreviewDialog(
            translate("PrintFlow", "Recovery sheet"), data, "recovery-sheet.pdf", window
        ).open()

    tasks.run(
        lambda: build_recovery_sheet(key_text, plan_path, TRANSLATE, options), show, lambda _e: None
    )
