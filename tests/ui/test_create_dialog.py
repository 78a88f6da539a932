"""Making a new plan: the first step stays still while a passphrase is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wrapdesk.ui.create_dialog import CreatePlanDialog
from wrapdesk.ui.tasks import TaskRunner

# From nothing, through too short and easy to guess, to very strong: hints of one line
# and of two, and the line below the fields coming and going.
PASSPHRASES = (
    "a",
    "abc",
    "password",
    "password1",
    "river lantern",
    "river lantern maple quietly",
    "Tr0ub4dor&3",
    "",
    "correct horse battery staple",
)


def test_typing_a_passphrase_moves_nothing_below_its_hint(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, text_size: float
) -> None:
    dialog = CreatePlanDialog(tasks, folder=tmp_path / "plans")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    below: list[QWidget] = [dialog.again, dialog.problem, dialog.create_button]

    def where() -> tuple[QSize, list[QRect]]:
        QApplication.processEvents()  # layouts are done again on the next turn of the loop
        return dialog.size(), [QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for w in below]

    first = where()
    verdict = dialog.passphrase.verdict
    assert verdict is not None
    seen = set()
    for words in PASSPHRASES:
        dialog.passphrase.edit.clear()
        qtbot.keyClicks(dialog.passphrase.edit, words)
        seen.add(verdict.text())
        assert where() == first, f"something moved after typing {words!r}"
        # ...and the hint is never cut short.
        assert verdict.height() >= verdict.heightForWidth(verdict.width())
    assert len(seen) >= 5  # every kind of hint was shown
    # Typing it again brings and changes the line below the fields: still nothing moves.
    for again in ("correct", "correct horse battery staple"):
        dialog.again.edit.clear()
        qtbot.keyClicks(dialog.again.edit, again)
        assert where() == first, f"something moved after typing {again!r} again"
    assert dialog.create_button.isEnabled()


def test_the_room_kept_for_the_hint_follows_the_text_size(
    qtbot: QtBot, qapp: QApplication, tasks: TaskRunner, tmp_path: Path
) -> None:
    dialog = CreatePlanDialog(tasks, folder=tmp_path / "plans")
    qtbot.addWidget(dialog)
    verdict = dialog.passphrase.verdict
    assert verdict is not None
    before = verdict.minimumHeight()
    assert before >= 2 * verdict.fontMetrics().height()
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    try:
        qapp.setFont(bigger)
        QApplication.processEvents()
        assert verdict.minimumHeight() >= 2 * verdict.fontMetrics().height() > before
    finally:
        qapp.setFont(font)
