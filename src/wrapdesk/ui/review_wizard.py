"""A review, done with you: the four steps round the cycle, at your own pace.

The wizard is a window over the Qt-free cycle (``services/cycle.py``): every move is the
cycle's, and where you are is kept in the plan itself, so "Leave for now" (or closing
the app) and coming back later carries on exactly there. Nothing is required to go on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import cycle
from wrapdesk.ui.cards import GRID, TRANSLATE, heading, quiet
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.cycle_wheel import CycleWheel
from wrapdesk.ui.overview_page import nice_date
from wrapdesk.ui.review_steps import STEP_PAGES, DeliverStep, StepPage
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.tasks import TaskRunner


def mark_after_crisis(window: QWidget, session: PlanSession) -> None:
    """ "I've been through a crisis": the next review looks at it, and comes sooner."""
    from wrapdesk.services.reviews import Reviews

    result = Reviews(session.editor).record_crisis()
    soonest = min(s.on for s in result.suggestions)
    bar = getattr(window, "statusBar", None)
    if bar is not None:
        bar().showMessage(
            translate(
                "ReviewWizard",
                "I'm sorry it has been hard. Your post-crisis plan is open. When you feel ready, "
                "a review will look at what happened, and suggests the next one by {date}.",
            ).format(date=nice_date(soonest)),
            20000,
        )


class ReviewWizard(QDialog):
    """Start, carry on with, and finish a review."""

    glossary_requested = Signal(str)
    update_requested = Signal(int)

    def __init__(
        self, session: PlanSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from wrapdesk.services.cycle import Cycle

        self.setObjectName("review-wizard")
        self._session = session
        self._tasks = tasks
        self.cycle = Cycle(session.editor, session.versions)
        self.setWindowTitle(self.tr("Your review"))
        self._pages: dict[str, StepPage] = {}
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.wheel = CycleWheel(180)
        left.addWidget(self.wheel)
        self.jumps: dict[str, QPushButton] = {}
        for step in cycle.STEPS:
            shown = step.localized(TRANSLATE)
            button = QPushButton(shown.short_title)
            button.setAccessibleName(self.tr("Go to {step}").format(step=shown.title))
            button.clicked.connect(lambda _c=False, k=step.key: self._jump(k))
            self.jumps[step.key] = button
            left.addWidget(button)
        left.addStretch(1)
        outer.addLayout(left)
        right = QVBoxLayout()
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(lambda: self._move("back"))
        self.skip = QPushButton(self.tr("Skip this step"))
        self.skip.clicked.connect(lambda: self._move("skip"))
        self.leave = QPushButton(self.tr("Leave for now"))
        self.leave.setToolTip(self.tr("Everything is kept; carry on whenever you like."))
        self.leave.clicked.connect(self.reject)
        self.next = QPushButton(self.tr("Next"))
        self.next.setProperty("primary", True)
        self.next.clicked.connect(self._on_next_clicked)
        buttons.addWidget(self.leave)
        buttons.addStretch(1)
        for button in (self.back, self.skip, self.next):
            buttons.addWidget(button)
        right.addLayout(buttons)
        outer.addLayout(right, 1)
        self.start_page = self._start_page()
        self.stack.addWidget(self.start_page)
        self.done_page = QWidget()
        self.done_layout = QVBoxLayout(self.done_page)
        self.stack.addWidget(self.done_page)
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 44)
        # Enter in a text box adds what was typed; it must never move to the next step.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        if self.cycle.open_pass() is None:
            self._show_start()
        else:
            self._show_step()

    # ------------------------------------------------------------------ pages

    def _start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading(self.tr("Reviewing your plan"), 1))
        layout.addWidget(
            quiet(
                self.tr(
                    "A review goes round four steps with you: what matters to you now, what "
                    "you'd like to do next, writing your plan, and putting it into practice. "
                    "You can skip any step, leave at any point and carry on later. Nothing is "
                    "required."
                )
            )
        )
        previous = self.cycle.previous_pass()
        if previous is not None and previous.finished_at is not None:
            layout.addWidget(
                quiet(
                    self.tr("Your last review finished on {date}.").format(
                        date=nice_date(previous.finished_at.date())
                    )
                )
            )
        self.after_crisis = QCheckBox(self.tr("This review follows a crisis"))
        layout.addWidget(self.after_crisis)
        layout.addStretch(1)
        return page

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        self.wheel.set_state(None)
        self.back.hide()
        self.skip.hide()
        self.next.setText(self.tr("Start my review"))
        for button in self.jumps.values():
            button.setEnabled(False)

    def _page(self, step: str) -> StepPage:
        if step not in self._pages:
            page = STEP_PAGES[step](self._session, self.cycle, step)
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(False)
            page.glossary_requested.connect(self.glossary_requested.emit)
            if isinstance(page, DeliverStep):
                page.update_requested.connect(self.update_requested.emit)
            self._pages[step] = page
            self.stack.addWidget(page)
        return self._pages[step]

    def _show_step(self) -> None:
        record = self.cycle.current()
        step = record.current_step
        page = self._page(step)
        self.stack.setCurrentWidget(page)
        self.wheel.set_state(step, record.steps_done)
        self.back.setVisible(step != "co-assess")
        self.skip.show()
        last = step == "co-deliver"
        self.next.setText(self.tr("Finish my review") if last else self.tr("Next"))
        self.skip.setText(self.tr("Skip and finish") if last else self.tr("Skip this step"))
        for key, button in self.jumps.items():
            # The step you are on is marked, not greyed out: greyed reads as "not for you".
            button.setEnabled(True)
            button.setProperty("current", key == step)
            button.setAccessibleDescription(self.tr("You are here") if key == step else "")
            button.style().unpolish(button)
            button.style().polish(button)
        page.setFocus()

    def _show_done(self, record: object) -> None:
        from wrapdesk.services.cycle_records import PassRecord
        from wrapdesk.ui.cards import clear_layout

        assert isinstance(record, PassRecord)
        clear_layout(self.done_layout)
        self.done_layout.addWidget(heading(self.tr("Your review is finished"), 1))
        words = self.tr(
            "Well done for taking the time. Version {number} of your plan is saved."
        ).format(number=record.version_number)
        if record.review_date:
            words += " " + self.tr("Your next review is on {date}.").format(
                date=nice_date(record.review_date)
            )
        self.done_layout.addWidget(quiet(words))
        outdated = self.cycle.outdated_copies()
        for copy in outdated:
            row = QHBoxLayout()
            row.addWidget(
                quiet(
                    self.tr("{name} has an older copy (version {number}).").format(
                        name=copy.holder.person_name, number=copy.holder.version_number
                    )
                ),
                1,
            )
            if copy.holder.person_id is not None:
                send = QPushButton(
                    self.tr("Send {name} an update").format(name=copy.holder.person_name)
                )
                send.clicked.connect(
                    lambda _c=False, pid=copy.holder.person_id: self.update_requested.emit(pid)
                )
                row.addWidget(send)
            holder = QWidget()
            holder.setLayout(row)
            self.done_layout.addWidget(holder)
        self.done_layout.addStretch(1)
        self.stack.setCurrentWidget(self.done_page)
        self.wheel.set_state(None, record.steps_done)
        self.back.hide()
        self.skip.hide()
        self.leave.hide()
        self.next.setText(self.tr("Close"))
        for button in self.jumps.values():
            button.setEnabled(False)

    # ------------------------------------------------------------------ moving

    def _jump(self, step: str) -> None:
        if self.cycle.current().current_step != step:
            self._move("jump", step)

    def _keep_typing(self) -> None:
        """Text boxes keep what was typed when focus leaves them; make sure it has."""
        from wrapdesk.ui.cards import commit_drafts
        from wrapdesk.ui.review_steps import SavingText

        for box in self.findChildren(SavingText):
            box.keep()
        commit_drafts(self)

    def _on_next_clicked(self) -> None:
        if self.stack.currentWidget() is self.start_page:
            self.cycle.start(after_crisis=self.after_crisis.isChecked())
            self._show_step()
            return
        if self.stack.currentWidget() is self.done_page:
            self.accept()
            return
        if self.cycle.current().current_step == "co-deliver":
            self._keep_typing()
            record = self.cycle.finish()
            self._show_done(record)
            return
        self._move("next")

    def _move(self, move: str, step: str | None = None) -> None:
        self._keep_typing()
        if move == "skip" and self.cycle.current().current_step == "co-deliver":
            self._show_done(self.cycle.skip())
            return
        self.cycle.go(move, step)  # type: ignore[arg-type]
        self._show_step()

    def reject(self) -> None:
        """ "Leave for now": keep everything and close; the review carries on next time."""
        self._keep_typing()
        super().reject()
