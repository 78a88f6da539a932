"""Printing from the window: preview from memory, print, save; long plans and ADRT checks."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import files_under
from wrapdesk.ui.print_flow import CrisisOrderDialog, PreviewDialog, PrintFlow
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of its own, so any temp file made while printing would show up here."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def open_preview(qtbot: QtBot, flow: PrintFlow, kind: str) -> PreviewDialog:
    flow.print(kind)
    qtbot.waitUntil(lambda: _visible(PreviewDialog) is not None, timeout=20000)
    dialog = _visible(PreviewDialog)
    assert isinstance(dialog, PreviewDialog)
    return dialog


def _visible(kind: type) -> object | None:
    found = [w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def test_preview_print_and_save_leave_no_temp_file(
    qtbot: QtBot,
    session: PlanSession,
    app_settings: AppSettings,
    tasks: TaskRunner,
    private_tmp: Path,
    tmp_path: Path,
) -> None:
    editor = session.editor
    editor.update_owner(name="Alex Morgan", preferred_name="Alex")
    sam = editor.add_person(
        "Sam", relationship="sister", phone="07700 900123", roles=["first-contact"]
    )
    editor.add_entry("crisis.take-over-signs", "item", "Not eating for a day")
    host = QWidget()
    qtbot.addWidget(host)
    flow = PrintFlow(host, session, app_settings, tasks)
    dialog = open_preview(qtbot, flow, "crisis-plan")
    qtbot.addWidget(dialog)
    assert dialog.pdf.pageCount() >= 1 and len(dialog.page_labels) == dialog.pdf.pageCount()
    assert not dialog.page_labels[0].pixmap().isNull()
    assert session.versions.latest_number() == 1, "a printed copy is a saved version"
    # Print onto a PDF "printer" the test chose, then save as PDF where "the person" chose.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer-output.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.recipient is not None
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(sam))
    dialog.paint_on(printer)
    assert printed.stat().st_size > 1000
    saved = tmp_path / "crisis-plan.pdf"
    dialog.write_to(str(saved))
    assert saved.read_bytes() == dialog.data
    assert saved.stat().st_mode & 0o777 == 0o600, "the PDF is readable by its owner only"
    assert list(files_under(private_tmp)) == [], "nothing went through a temp file"
    holders = session.versions.holders()
    assert [(h.person_name, h.method) for h in holders] == [("Sam", "printed")]


def test_a_long_crisis_plan_asks_first_and_drops_nothing(
    qtbot: QtBot, session: PlanSession, app_settings: AppSettings, tasks: TaskRunner
) -> None:
    for n in range(120):
        session.editor.add_entry("crisis.helps", "helps", f"Something that helps, number {n}")
    host = QWidget()
    qtbot.addWidget(host)
    flow = PrintFlow(host, session, app_settings, tasks)
    flow.print("crisis-plan")
    qtbot.waitUntil(lambda: _visible(CrisisOrderDialog) is not None, timeout=20000)
    order = _visible(CrisisOrderDialog)
    assert isinstance(order, CrisisOrderDialog)
    qtbot.addWidget(order)
    from wrapdesk.printouts import CRISIS_PARTS

    assert order.order() == CRISIS_PARTS
    last = len(CRISIS_PARTS) - 1
    order.parts.setCurrentRow(last)  # "signs the plan is no longer needed"
    for _ in range(last):
        order._move(-1)
    assert order.order()[0] == "crisis.no-longer-needed"
    order._on_go_clicked()
    qtbot.waitUntil(lambda: _visible(PreviewDialog) is not None, timeout=20000)
    preview = _visible(PreviewDialog)
    assert isinstance(preview, PreviewDialog)
    qtbot.addWidget(preview)
    assert preview.pdf.pageCount() > 2


def test_printing_an_incomplete_adrt_names_what_is_missing(
    qtbot: QtBot, session: PlanSession, app_settings: AppSettings, tasks: TaskRunner
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = PrintFlow(host, session, app_settings, tasks)
    flow.print("adrt")
    box = next(w for w in host.findChildren(QMessageBox) if w.isVisible())
    assert "missing" in box.text()
    assert "refus" in box.text().lower()
