"""The four pages of a review: co-assess, co-decide, co-design, co-deliver.

Each page asks its questions, keeps what is written as it is written (every change is
undoable), and ends with that step's "what I can expect" statements to rate. Nothing on
any page is required to go on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import catalogue, cycle
from wrapdesk.services.cycle import Cycle
from wrapdesk.services.cycle_records import as_step
from wrapdesk.ui.cards import (
    GRID,
    TRANSLATE,
    DraftLine,
    FoldSection,
    card,
    clear_layout,
    heading,
    plain,
    quiet,
    wheel_only_when_focused,
)
from wrapdesk.ui.overview_page import nice_date
from wrapdesk.ui.section_page import PageColumn, SectionPage, rich_label
from wrapdesk.ui.session import PlanSession


class SavingText(QPlainTextEdit):
    """A text box that keeps what is typed when typing pauses and when you leave it."""

    def __init__(self, name: str, save: Callable[[str], None], text: str = "") -> None:
        super().__init__(text)
        self._save = save
        self._kept = text
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(4 * self.fontMetrics().height() + 2 * GRID)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(900)
        self._timer.timeout.connect(self.keep)
        self.textChanged.connect(self._timer.start)

    def keep(self) -> None:
        """Save now, if anything changed."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self._kept:
            self._kept = text
            self._save(text)

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 - Qt's API
        """Leaving the box keeps what was typed."""
        self.keep()
        super().focusOutEvent(event)  # type: ignore[arg-type]


class RatingPanel(QWidget):
    """A step's "what I can expect" statements, each rated Not yet / Partly / Yes."""

    def __init__(self, cycle_service: Cycle, step: str) -> None:
        super().__init__()
        self._cycle = cycle_service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("What you can expect"), 2))
        layout.addWidget(
            quiet(
                self.tr(
                    "How true did these feel this time? There are no wrong answers, and you can "
                    "leave any of them."
                )
            )
        )
        record = cycle_service.current()
        ratings = [r.localized(TRANSLATE) for r in cycle.RATINGS]
        self.groups: dict[str, QButtonGroup] = {}
        self._values = [r.key for r in cycle.RATINGS]
        self._values = [r.key for r in cycle.RATINGS]
        for statement in cycle.step(as_step(step)).localized(TRANSLATE).statements:
            frame, box = card()
            text = plain(statement.text)
            box.addWidget(text)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            group.setExclusive(True)
            given = record.rating(statement.key)
            for n, rating in enumerate(ratings):
                button = QRadioButton(rating.label)
                button.setAccessibleName(f"{rating.label}: {statement.text}")
                button.setChecked(given is not None and given.value == rating.key)
                group.addButton(button, n)
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            comment = QLineEdit(given.comment if given else "")
            comment.setPlaceholderText(self.tr("A comment, if you like"))
            comment.setAccessibleName(
                self.tr("Comment on: {statement}").format(statement=statement.text)
            )
            box.addWidget(comment)
            group.buttonClicked.connect(
                lambda _b, k=statement.key, g=group, c=comment: self._rate(k, g, c)
            )
            comment.editingFinished.connect(
                lambda k=statement.key, g=group, c=comment: self._rate(k, g, c)
            )
            self.groups[statement.key] = group
            layout.addWidget(frame)

    def _rate(self, key: str, group: QButtonGroup, comment: QLineEdit) -> None:
        """Keep a rating (and its comment) once a rating is chosen."""
        if group.checkedId() >= 0:
            self._cycle.notes.rate(key, self._values[group.checkedId()], comment.text())


class StepPage(PageColumn):
    """What every step shows: its title, purpose and questions, then its own parts."""

    glossary_requested = Signal(str)

    def __init__(self, session: PlanSession, cycle_service: Cycle, step: str) -> None:
        super().__init__()
        self._session = session
        self._cycle = cycle_service
        self.step = step
        definition = cycle.step(as_step(step)).localized(TRANSLATE)
        self.setAccessibleName(definition.title)
        self.column.addWidget(heading(definition.title, 1))
        self.column.addWidget(rich_label(definition.purpose, self.glossary_requested.emit))
        for question in definition.questions:
            self.column.addWidget(rich_label("• " + question, self.glossary_requested.emit))
        self.parts = QVBoxLayout()
        self.column.addLayout(self.parts)
        self.build()
        self.column.addWidget(RatingPanel(cycle_service, step))
        self.column.addStretch(1)

    def build(self) -> None:
        """Add this step's own parts to :attr:`parts`."""


class AssessStep(StepPage):
    """Co-assess: what matters across your life; what worked and what didn't."""

    def build(self) -> None:
        """This step's own parts."""
        from wrapdesk.services.cycle_notes import LOOKING_BACK

        notes = self._cycle.notes
        record = self._cycle.current()
        previous = self._cycle.previous_pass()
        if previous is not None and previous.reflections:
            box = QWidget()
            layout = QVBoxLayout(box)
            areas = {a.key: a.localized(TRANSLATE).title for a in cycle.LIFE_AREAS}
            areas.update({q.key: q.localized(TRANSLATE).title for q in LOOKING_BACK})
            for reflection in previous.reflections:
                label = quiet(f"{areas.get(reflection.topic, reflection.topic)}: {reflection.text}")
                layout.addWidget(label)
            self.parts.addWidget(
                FoldSection(
                    self.tr("What you wrote last time (review {number})").format(
                        number=previous.number
                    ),
                    box,
                    open_=True,
                )
            )
        self.parts.addWidget(heading(self.tr("The areas of your life"), 2))
        for area in cycle.LIFE_AREAS:
            shown = area.localized(TRANSLATE)
            self.parts.addWidget(QLabel(f"<b>{shown.title}</b>"))
            self.parts.addWidget(quiet(shown.prompt))
            self.parts.addWidget(
                SavingText(
                    shown.title,
                    functools.partial(notes.write_reflection, area.key),
                    record.reflection(area.key),
                )
            )
        self.parts.addWidget(heading(self.tr("Looking back"), 2))
        for question in LOOKING_BACK:
            shown_q = question.localized(TRANSLATE)
            self.parts.addWidget(QLabel(f"<b>{shown_q.title}</b>"))
            self.parts.addWidget(quiet(shown_q.prompt))
            self.parts.addWidget(
                SavingText(
                    shown_q.title,
                    functools.partial(notes.write_reflection, question.key),
                    record.reflection(question.key),
                )
            )


class DecideStep(StepPage):
    """Co-decide: goals and next steps, options weighed, who supports you this time."""

    def build(self) -> None:
        """This step's own parts."""
        self.parts.addWidget(heading(self.tr("Goals and next steps"), 2))
        self.goals = QVBoxLayout()
        self.parts.addLayout(self.goals)
        add_goal = DraftLine(lambda: self._add_goal(add_goal))
        add_goal.setPlaceholderText(self.tr("Add a goal or next step…"))
        add_goal.setAccessibleName(self.tr("Add a goal or next step"))
        self.parts.addWidget(add_goal)
        self.parts.addWidget(heading(self.tr("Options, side by side"), 2))
        self.parts.addWidget(
            quiet(
                self.tr(
                    "Write down the ways you could go, what's good about each, and what "
                    "worries you. Tick the ones you choose."
                )
            )
        )
        self.options = QVBoxLayout()
        self.parts.addLayout(self.options)
        add_option = QPushButton(self.tr("Add an option"))
        add_option.clicked.connect(self._add_option)
        self.parts.addWidget(add_option, 0, Qt.AlignmentFlag.AlignLeft)
        self.parts.addWidget(heading(self.tr("Who you'd like to support you this time"), 2))
        self.supporters = QVBoxLayout()
        self.parts.addLayout(self.supporters)
        someone = DraftLine(lambda: self._add_person(someone))
        someone.setPlaceholderText(self.tr("Someone new: their name…"))
        someone.setAccessibleName(self.tr("Add someone new to support you"))
        self.parts.addWidget(someone)
        self._fill()

    def _add_option(self) -> None:
        self._cycle.notes.add_option()
        self._fill()

    def _remove_goal(self, goal_id: int) -> None:
        self._cycle.notes.remove_goal(goal_id)
        self._fill()

    def _remove_option(self, option_id: int) -> None:
        self._cycle.notes.remove_option(option_id)
        self._fill()

    def _choose_supporter(self, person_id: int, chosen: bool) -> None:
        if chosen:
            self._cycle.notes.add_supporter(person_id)
        else:
            self._cycle.notes.remove_supporter(person_id)

    def _add_goal(self, line: QLineEdit) -> None:
        if line.text().strip():
            self._cycle.notes.add_goal(line.text().strip())
            line.clear()
            self._fill()

    def _add_person(self, line: QLineEdit) -> None:
        if line.text().strip():
            self._cycle.notes.add_new_supporter(line.text().strip())
            line.clear()
            self._fill()

    def _fill(self) -> None:
        notes = self._cycle.notes
        record = self._cycle.current()
        clear_layout(self.goals)
        for goal in record.goals:
            row = QHBoxLayout()
            text = QLineEdit(goal.text)
            text.setAccessibleName(self.tr("Goal"))
            text.editingFinished.connect(lambda g=goal.id, t=text: notes.update_goal(g, t.text()))
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove goal: {text}").format(text=goal.text))
            remove.clicked.connect(lambda _c=False, g=goal.id: self._remove_goal(g))
            row.addWidget(text, 1)
            row.addWidget(remove)
            holder = QWidget()
            holder.setLayout(row)
            self.goals.addWidget(holder)
        clear_layout(self.options)
        for option in record.options:
            frame, box = card()
            form = QFormLayout()
            fields = (
                ("text", self.tr("Option"), option.text),
                ("good", self.tr("What's good about it"), option.good),
                ("worries", self.tr("What worries me"), option.worries),
            )
            for name, label, value in fields:
                edit = QLineEdit(value)
                edit.setAccessibleName(label)
                edit.editingFinished.connect(
                    lambda o=option.id, n=name, e=edit: notes.update_option(o, **{n: e.text()})
                )
                form.addRow(label, edit)
            chosen = QCheckBox(self.tr("I choose this"))
            chosen.setChecked(option.chosen)
            chosen.toggled.connect(lambda on, o=option.id: notes.update_option(o, chosen=on))
            form.addRow("", chosen)
            box.addLayout(form)
            remove = QPushButton(self.tr("Remove this option"))
            remove.clicked.connect(lambda _c=False, o=option.id: self._remove_option(o))
            box.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
            self.options.addWidget(frame)
        clear_layout(self.supporters)
        chosen_ids = {p.id for p in record.supporters}
        for person in self._session.editor.people():
            if person.do_not_involve:
                continue
            tick = QCheckBox(
                person.name + (f" ({person.relationship})" if person.relationship else "")
            )
            tick.setChecked(person.id in chosen_ids)
            tick.toggled.connect(lambda on, pid=person.id: self._choose_supporter(pid, on))
            self.supporters.addWidget(tick)


class DesignStep(StepPage):
    """Co-design: go through the parts you choose, with what changed this time marked."""

    def build(self) -> None:
        """This step's own parts."""
        self.parts.addWidget(heading(self.tr("Which parts to go through"), 2))
        self.parts.addWidget(
            quiet(
                self.tr("All of them, or only some: untick the ones you'd like to leave this time.")
            )
        )
        self.choice = QListWidget()
        self.choice.setAccessibleName(self.tr("Parts to go through"))
        chosen = set(self._cycle.sections_to_design())
        for key, title in self._titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.choice.addItem(item)
        self.choice.setMaximumHeight(10 * self.fontMetrics().height())
        self.choice.itemChanged.connect(self._on_choice_item_changed)
        self.parts.addWidget(self.choice)
        row = QHBoxLayout()
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("The part you are working on"))
        wheel_only_when_focused(self.part)
        previous = QPushButton(self.tr("Previous part"))
        previous.clicked.connect(lambda: self._step_part(-1))
        following = QPushButton(self.tr("Next part"))
        following.clicked.connect(lambda: self._step_part(1))
        row.addWidget(self.part, 1)
        row.addWidget(previous)
        row.addWidget(following)
        self.parts.addLayout(row)
        self.holder = QVBoxLayout()
        self.parts.addLayout(self.holder)
        self.part.currentIndexChanged.connect(lambda _i: self._show_part())
        self._fill_parts()
        self._session.changed.connect(self._on_session_changed)

    def _on_choice_item_changed(self, _item: QListWidgetItem) -> None:
        keys = [
            self.choice.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.choice.count())
            if self.choice.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._cycle.set_design_sections(keys)
        self._fill_parts()

    def _titles(self) -> dict[str, str]:
        """Every part of the plan in reading order, the person's own parts included."""
        custom = {k: title for k, title, _ in self._session.editor.custom_sections()}
        return {
            key: custom[key] if key in custom else catalogue.section(key).localized(TRANSLATE).title
            for key in self._session.editor.section_keys()
        }

    def _fill_parts(self) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        titles = self._titles()
        for key in self._cycle.sections_to_design():
            self.part.addItem(titles.get(key, key), key)
        self.part.blockSignals(False)
        self._show_part()

    def _step_part(self, step: int) -> None:
        index = self.part.currentIndex() + step
        if 0 <= index < self.part.count():
            self.part.setCurrentIndex(index)

    def _show_part(self) -> None:
        clear_layout(self.holder)
        key = self.part.currentData()
        if key is None:
            return
        self.page = SectionPage(self._session, str(key))
        self.page.setMinimumHeight(30 * self.fontMetrics().height())
        self.page.glossary_requested.connect(self.glossary_requested.emit)
        self.holder.addWidget(self.page)
        self._mark_new()

    def _mark_new(self) -> None:
        page = getattr(self, "page", None)
        if page is None:
            return
        changes = self._cycle.changes_in_pass()
        page.set_highlight(frozenset(i for k, i in changes.highlight if k == page.key))

    def _on_session_changed(self, areas: set[str]) -> None:
        page = getattr(self, "page", None)
        if page is not None and page.area in areas:
            self._mark_new()


class DeliverStep(StepPage):
    """Co-deliver: who does what by when, the next review date, who needs a new copy."""

    update_requested = Signal(int)

    def build(self) -> None:
        """This step's own parts."""
        self.parts.addWidget(heading(self.tr("Who does what, and by when"), 2))
        self.commitments = QVBoxLayout()
        self.parts.addLayout(self.commitments)
        add = DraftLine(lambda: self._add_commitment(add))
        add.setPlaceholderText(self.tr("Add something someone will do…"))
        add.setAccessibleName(self.tr("Add a commitment"))
        self.parts.addWidget(add)
        self.parts.addWidget(heading(self.tr("Your next review"), 2))
        self.dates = QButtonGroup(self)
        record = self._cycle.current()
        for n, choice in enumerate(self._cycle.review_date_choices()):
            button = QRadioButton(f"{choice.label(TRANSLATE)} — {nice_date(choice.on)}")
            button.setChecked(record.review_date == choice.on)
            button.toggled.connect(
                lambda on, d=choice.on: self._cycle.set_review_date(d) if on else None
            )
            self.dates.addButton(button, n)
            self.parts.addWidget(button)
        other = QHBoxLayout()
        self.other_date = QDateEdit()
        self.other_date.setCalendarPopup(True)
        self.other_date.setDisplayFormat("d MMMM yyyy")
        self.other_date.setAccessibleName(self.tr("Another date for your next review"))
        shown = record.review_date or date.today()
        self.other_date.setDate(QDate(shown.year, shown.month, shown.day))
        use_other = QRadioButton(self.tr("Another date:"))
        self.dates.addButton(use_other)
        if record.review_date and not any(b.isChecked() for b in self.dates.buttons()):
            use_other.setChecked(True)
        self.other_date.dateChanged.connect(lambda _d: self._use_other_date(use_other))
        use_other.toggled.connect(lambda on: self._set_other() if on else None)
        other.addWidget(use_other)
        other.addWidget(self.other_date)
        other.addStretch(1)
        self.parts.addLayout(other)
        self.parts.addWidget(heading(self.tr("Who should get a new copy"), 2))
        self.copies = QVBoxLayout()
        self.parts.addLayout(self.copies)
        self.parts.addWidget(heading(self.tr("A note for this version (optional)"), 2))
        self.note = QLineEdit(record.version_note)
        self.note.setAccessibleName(self.tr("A note for this version"))
        self.note.editingFinished.connect(lambda: self._cycle.set_version_note(self.note.text()))
        self.parts.addWidget(self.note)
        self._fill()

    def _add_commitment(self, line: QLineEdit) -> None:
        if line.text().strip():
            self._cycle.notes.add_commitment(line.text().strip())
            line.clear()
            self._fill()

    def _remove_commitment(self, commitment_id: int) -> None:
        self._cycle.notes.remove_commitment(commitment_id)
        self._fill()

    def _use_other_date(self, button: QRadioButton) -> None:
        if button.isChecked():
            self._set_other()
        else:
            button.setChecked(True)  # its toggled signal keeps the date

    def _set_other(self) -> None:
        d = self.other_date.date()
        self._cycle.set_review_date(date(d.year(), d.month(), d.day()))

    def _fill(self) -> None:
        notes = self._cycle.notes
        record = self._cycle.current()
        people = [(p.id, p.name) for p in self._session.editor.people() if not p.do_not_involve]
        clear_layout(self.commitments)
        for commitment in record.commitments:
            row = QHBoxLayout()
            what = QLineEdit(commitment.what)
            what.setAccessibleName(self.tr("What"))
            what.editingFinished.connect(
                lambda c=commitment.id, e=what: notes.update_commitment(c, what=e.text())
            )
            who = QComboBox()
            who.setAccessibleName(self.tr("Who"))
            who.addItem(self.tr("Me"), None)
            for person_id, name in people:
                who.addItem(name, person_id)
            who.setCurrentIndex(max(0, who.findData(commitment.who.id if commitment.who else None)))
            who.activated.connect(
                lambda _i, c=commitment.id, w=who: notes.update_commitment(c, who=w.currentData())
            )
            due = QDateEdit()
            due.setCalendarPopup(True)
            due.setDisplayFormat("d MMM yyyy")
            due.setAccessibleName(self.tr("By when"))
            # No date yet is shown as words, never as a date that isn't saved: the lowest
            # date stands for "no date", and choosing it again takes the date away.
            today = date.today()
            due.setMinimumDate(QDate(today.year - 1, 1, 1))
            due.setSpecialValueText(self.tr("No date yet"))
            when = commitment.due
            due.setDate(
                QDate(when.year, when.month, when.day) if when is not None else due.minimumDate()
            )
            due.dateChanged.connect(
                lambda d, c=commitment.id, box=due: notes.update_commitment(
                    c,
                    due=None if d == box.minimumDate() else date(d.year(), d.month(), d.day()),
                )
            )
            wheel_only_when_focused(who, due)
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _c=False, c=commitment.id: self._remove_commitment(c))
            for widget, stretch in ((what, 2), (who, 1), (due, 0), (remove, 0)):
                row.addWidget(widget, stretch)
            holder = QWidget()
            holder.setLayout(row)
            self.commitments.addWidget(holder)
        clear_layout(self.copies)
        outdated = self._cycle.outdated_copies()
        if not outdated:
            self.copies.addWidget(quiet(self.tr("Everyone who has a copy has the newest one.")))
        for copy in outdated:
            row = QHBoxLayout()
            row.addWidget(
                plain(
                    self.tr("{name} has version {number}.").format(
                        name=copy.holder.person_name, number=copy.holder.version_number
                    )
                ),
                1,
            )
            if copy.holder.person_id is not None:
                send = QPushButton(self.tr("Send an update after you finish"))
                send.clicked.connect(
                    lambda _c=False, pid=copy.holder.person_id: self.update_requested.emit(pid)
                )
                row.addWidget(send)
            holder = QWidget()
            holder.setLayout(row)
            self.copies.addWidget(holder)


STEP_PAGES: dict[str, type[StepPage]] = {
    "co-assess": AssessStep,
    "co-decide": DecideStep,
    "co-design": DesignStep,
    "co-deliver": DeliverStep,
}
