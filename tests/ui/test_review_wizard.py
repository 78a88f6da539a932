"""A whole review through the wizard, by keyboard only; and the pages that look back on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from wrapdesk.ui.review_steps import DesignStep
from wrapdesk.ui.review_wizard import ReviewWizard
from wrapdesk.ui.reviews_page import ReviewsPage
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.tasks import TaskRunner
from wrapdesk.ui.versions_page import VersionsPage


def named(root: QWidget, kind: type, name: str) -> QWidget:
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    assert found, f"no visible {kind.__name__} named {name!r}"
    return found[0]


def press(qtbot: QtBot, button: QWidget) -> None:
    """Activate a button from the keyboard (focus it, press Space)."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_whole_review_by_keyboard_freezes_a_version_with_exactly_its_edits(
    qtbot: QtBot, session: PlanSession, tasks: TaskRunner
) -> None:
    session.editor.add_entry("triggers", "item", "Crowds")
    session.versions.freeze("Before the review")
    wizard = ReviewWizard(session, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    press(qtbot, wizard.next)  # Start my review

    # Co-assess: a reflection, and a rating chosen from the keyboard.
    home = named(wizard, QPlainTextEdit, "Home")
    qtbot.keyClicks(home, "The flat feels calmer since I moved the desk")
    yes = next(
        b
        for b in wizard.findChildren(QRadioButton)
        if b.isVisible() and b.accessibleName().startswith("Yes: ")
    )
    press(qtbot, yes)
    press(qtbot, wizard.next)
    assert wizard.cycle.current().current_step == "co-decide"

    # Co-decide: a goal.
    goal = named(wizard, QLineEdit, "Add a goal or next step")
    qtbot.keyClicks(goal, "Walk twice a week")
    qtbot.keyClick(goal, Qt.Key.Key_Return)
    press(qtbot, wizard.next)

    # Co-design: write one new entry in the part shown; it is marked as new.
    design = wizard.stack.currentWidget()
    assert isinstance(design, DesignStep)
    design.part.setCurrentIndex(design.part.findData("triggers"))
    line = design.page.panel("item").new_entry
    qtbot.keyClicks(line, "Loud trains at night")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    model = design.page.panel("item").model
    qtbot.waitUntil(
        lambda: any(
            model.index(r, 0).data(Qt.ItemDataRole.UserRole + 3) for r in range(model.rowCount())
        )
    )
    press(qtbot, wizard.next)

    # Co-deliver: a commitment, then Finish.
    commitment = named(wizard, QLineEdit, "Add a commitment")
    qtbot.keyClicks(commitment, "Sam checks in on Sundays")
    qtbot.keyClick(commitment, Qt.Key.Key_Return)
    press(qtbot, wizard.next)  # Finish my review
    assert wizard.stack.currentWidget() is wizard.done_page

    versions = session.versions
    latest = versions.latest_number()
    assert latest == 2
    changes = versions.diff(1, 2)
    assert [(c.area, c.kind, c.label) for c in changes] == [
        ("section:triggers", "added", "Loud trains at night")
    ]
    record = wizard.cycle.previous_pass()
    assert record is not None and record.is_finished
    assert record.reflection("home").startswith("The flat feels calmer")
    assert [g.text for g in record.goals] == ["Walk twice a week"]
    assert [c.what for c in record.commitments] == ["Sam checks in on Sundays"]
    assert any(r.value == "yes" for r in record.ratings)


def test_leave_and_carry_on_where_you_were(
    qtbot: QtBot, session: PlanSession, tasks: TaskRunner
) -> None:
    wizard = ReviewWizard(session, tasks)
    qtbot.addWidget(wizard)
    press(qtbot, wizard.next)
    press(qtbot, wizard.skip)  # skip co-assess
    assert wizard.cycle.current().current_step == "co-decide"
    wizard.reject()  # Leave for now
    again = ReviewWizard(session, tasks)
    qtbot.addWidget(again)
    assert again.cycle.current().current_step == "co-decide"
    assert again.cycle.current().steps_skipped == ("co-assess",)


def test_reviews_and_versions_pages_show_the_history(
    qtbot: QtBot, session: PlanSession, tasks: TaskRunner
) -> None:
    wizard = ReviewWizard(session, tasks)
    qtbot.addWidget(wizard)
    press(qtbot, wizard.next)
    for _ in range(4):
        press(qtbot, wizard.next)
    reviews = ReviewsPage(session)
    qtbot.addWidget(reviews)
    assert len(reviews.chart.series) == 4
    assert "Review 1" in reviews.table.text()
    versions = VersionsPage(session)
    qtbot.addWidget(versions)
    assert versions.list.count() == 1 and "Version 1" in versions.list.item(0).text()


def test_a_part_the_person_made_can_be_gone_through_in_co_design(
    qtbot: QtBot, session: PlanSession, tasks: TaskRunner
) -> None:
    key = session.editor.add_custom_section("Plot 14 at the allotment")
    wizard = ReviewWizard(session, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    press(qtbot, wizard.next)
    press(qtbot, wizard.skip)  # co-assess
    press(qtbot, wizard.skip)  # co-decide
    design = wizard.stack.currentWidget()
    assert isinstance(design, DesignStep)
    titles = [design.choice.item(i).text() for i in range(design.choice.count())]
    assert "Plot 14 at the allotment" in titles
    design.part.setCurrentIndex(design.part.findData(key))
    assert design.part.currentText() == "Plot 14 at the allotment"
    line = design.page.panel("item").new_entry
    qtbot.keyClicks(line, "Water the beans")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [e.text for e in session.editor.section(key).lists[0].entries] == ["Water the beans"]
