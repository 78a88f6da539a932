"""The Overview: a greeting, the cycle, the next review, who to contact now, who holds
which copy, how full each part is, and the things people most often want to do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from wrapdesk.content import catalogue, helplines
from wrapdesk.ui.cards import (
    GRID,
    TRANSLATE,
    FoldSection,
    card,
    clear_layout,
    heading,
    plain,
    quiet,
)
from wrapdesk.ui.cycle_wheel import CycleWheel
from wrapdesk.ui.fact_editor import FactEditor, FactSource, FieldDef
from wrapdesk.ui.icons import icon
from wrapdesk.ui.section_page import PageColumn
from wrapdesk.ui.session import PlanSession


def nice_date(day: date) -> str:
    """A date as people say it in the language in use, e.g. "16 May 2026", "16 maja 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


class OverviewPage(PageColumn):
    """The first page of an open plan."""

    glossary_requested = Signal(str)
    open_page_requested = Signal(str)
    print_requested = Signal(str)
    action_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self._session = session
        self.area = "overview"
        self.setAccessibleName(self.tr("Overview"))
        self.greeting = heading("", 1)
        self.column.addWidget(self.greeting)
        self.column.addWidget(self._about_you())
        # The cycle and the review card side by side, or one above the other when the
        # window is narrow or the text large: the page never needs scrolling sideways.
        top = self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setMaximumWidth(int(self.body.maximumWidth() * 1.3))  # cards, not prose
        self.wheel = CycleWheel(180)
        top.addWidget(self.wheel, 0, Qt.AlignmentFlag.AlignTop)
        self.review_frame, review_layout = card()
        self.review_title = heading("", 2)
        self.review_text = quiet("")
        self.review_button = QPushButton()
        self.review_button.setProperty("primary", True)
        self.review_button.clicked.connect(lambda: self.action_requested.emit("start-review"))
        self.crisis_button = QPushButton(self.tr("I've been through a crisis"))
        self.crisis_button.clicked.connect(lambda: self.action_requested.emit("after-crisis"))
        review_layout.addWidget(self.review_title)
        review_layout.addWidget(self.review_text)
        review_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        review_layout.addWidget(self.crisis_button, 0, Qt.AlignmentFlag.AlignLeft)
        review_layout.addStretch(1)
        top.addWidget(self.review_frame, 1)
        self.column.addLayout(top)
        self.contacts_frame, self.contacts_layout = card()
        self.column.addWidget(self.contacts_frame)
        self.holders_frame, self.holders_layout = card()
        self.column.addWidget(self.holders_frame)
        self.parts_frame, self.parts_layout = card()
        self.column.addWidget(self.parts_frame)
        actions = self.action_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.action_buttons: list[QPushButton] = []
        for text, meaning, slot in (
            (
                self.tr("Print crisis plan…"),
                "print",
                lambda: self.print_requested.emit("crisis-plan"),
            ),
            (
                self.tr("Share with a supporter…"),
                "share",
                lambda: self.action_requested.emit("share"),
            ),
            (
                self.tr("Start a review"),
                "reviews",
                lambda: self.action_requested.emit("start-review"),
            ),
        ):
            button = QPushButton(icon(meaning), text)
            button.clicked.connect(slot)
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.action_buttons.append(button)
        actions.addStretch(1)
        self.column.addLayout(actions)
        self.column.addStretch(1)
        self.refresh({"owner", "people", "helplines", "versions", "shares", "cycle", "sections"})
        session.changed.connect(self.refresh)

    # ------------------------------------------------------------------ parts

    def _about_you(self) -> QWidget:
        editor = self._session.editor
        fields = (
            FieldDef("preferred_name", self.tr("What WrapDesk calls you")),
            FieldDef("name", self.tr("Your full name, as printed on your plan")),
            FieldDef("pronouns", self.tr("Pronouns")),
            FieldDef(
                "communication_needs", self.tr("How people can communicate with you"), "multiline"
            ),
            FieldDef("address", self.tr("Address (for your advance statements)"), "multiline"),
        )
        source = FactSource(
            items=lambda: [_OwnerItem(editor.owner())],
            summary=lambda _o: "",
            add=lambda: 1,
            update=lambda _i, values: editor.update_owner(**values),
            delete=lambda _i: None,
            move=lambda _i, _n: None,
            areas={"owner"},
        )
        self.owner_form = FactEditor(self.tr("About you"), "", "", fields, source)
        self.owner_form.list.hide()
        self.owner_form.add_button.hide()
        self.owner_form.delete_button.hide()
        return FoldSection(self.tr("About you"), self.owner_form)

    def refresh(self, areas: set[str]) -> None:
        """Redraw what changed."""
        editor = self._session.editor
        if "owner" in areas:
            owner = editor.owner()
            name = owner.preferred_name or owner.name
            self.greeting.setText(
                self.tr("Hello, {name}.").format(name=name) if name else self.tr("Hello.")
            )
            self.owner_form.refresh(areas)
        if areas & {"cycle", "versions", "owner"}:
            self._refresh_review()
        if areas & {"people", "helplines"}:
            self._refresh_contacts()
        if areas & {"versions", "shares", "people"} or any(a.startswith("section:") for a in areas):
            self._refresh_holders()
        if "sections" in areas or any(a.startswith("section:") for a in areas):
            self._refresh_parts()

    def _refresh_review(self) -> None:
        from wrapdesk.ui.review_status import review_status

        status = review_status(self._session)
        self.wheel.set_state(status.current_step, status.steps_done)
        self.review_title.setText(status.title)
        self.review_text.setText(status.words)
        self.review_button.setText(status.button)
        self.review_frame.setProperty("notice", status.due)
        self.review_frame.setProperty("card", not status.due)
        self.review_frame.style().unpolish(self.review_frame)
        self.review_frame.style().polish(self.review_frame)

    def _refresh_contacts(self) -> None:
        editor = self._session.editor
        layout = self.contacts_layout
        clear_layout(layout)
        layout.addWidget(heading(self.tr("Who to contact now"), 2))
        people = [p for p in editor.people() if not p.do_not_involve and p.phone]
        first = [p for p in people if "first-contact" in p.roles]
        others = [p for p in people if "first-contact" not in p.roles]
        if not people:
            layout.addWidget(
                quiet(
                    self.tr(
                        "Add the people you would want called, with their phone numbers, on the "
                        "People page. They will show here first."
                    )
                )
            )
        for person in first + others:
            who = person.name + (f" ({person.relationship})" if person.relationship else "")
            line = plain(f"{who} — {person.phone}")
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.setAccessibleName(f"{who}, {person.phone}")
            layout.addWidget(line)
        hidden = set(editor.hidden_helplines())
        checked = nice_date(helplines.HELPLINES_CHECKED)
        layout.addWidget(
            quiet(self.tr("Helplines (numbers last checked {date}):").format(date=checked))
        )
        for line_def in helplines.HELPLINES:
            shown = line_def.localized(TRANSLATE)
            row = QHBoxLayout()
            text = f"{shown.name}: {shown.how} {shown.number} — {shown.description}"
            label = plain(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            is_hidden = line_def.key in hidden
            label.setVisible(not is_hidden)
            toggle = QPushButton(
                self.tr("Show {name}").format(name=shown.name) if is_hidden else self.tr("Hide")
            )
            toggle.setProperty("link", True)
            toggle.setAccessibleName(
                (self.tr("Show {name}") if is_hidden else self.tr("Hide {name}")).format(
                    name=shown.name
                )
            )
            toggle.clicked.connect(
                lambda _c=False, k=line_def.key, h=is_hidden: editor.set_helpline_hidden(k, not h)
            )
            row.addWidget(label, 1)
            row.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        """Rows whose parts would not fit side by side go one above the other instead."""
        room = self.viewport().width() - 8 * GRID  # the column's margins and gaps
        rows = (
            (self.top, [self.wheel, self.review_frame]),
            (self.action_row, self.action_buttons),
        )
        for row, widgets in rows:
            fits = sum(w.sizeHint().width() for w in widgets) <= room
            direction = (
                QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != direction:
                row.setDirection(direction)
        super().resizeEvent(event)

    def _refresh_holders(self) -> None:
        versions = self._session.versions
        layout = self.holders_layout
        clear_layout(layout)
        layout.addWidget(heading(self.tr("Who has a copy"), 2))
        holders = versions.holders()
        latest = versions.latest_number()
        changed = versions.changed_since_latest()
        if not holders:
            layout.addWidget(
                quiet(
                    self.tr(
                        "Nobody has a copy of your plan yet. When you print it or share it with "
                        "someone, you will see here which version they have."
                    )
                )
            )
        for holder in holders:
            when = nice_date(holder.version_date.date())
            outdated = holder.version_number != latest or changed
            text = self.tr("{name} has version {number}, from {date}.").format(
                name=holder.person_name, number=holder.version_number, date=when
            )
            if outdated:
                text += " " + self.tr("Your plan has changed since.")
            row = QHBoxLayout()
            row.addWidget(plain(text), 1)
            if outdated and holder.person_id is not None:
                update = QPushButton(self.tr("Send an update"))
                update.setAccessibleName(
                    self.tr("Send {name} an update").format(name=holder.person_name)
                )
                update.clicked.connect(
                    lambda _c=False, pid=holder.person_id: self.action_requested.emit(
                        f"update:{pid}"
                    )
                )
                row.addWidget(update)
            layout.addLayout(row)

    def _refresh_parts(self) -> None:
        counts = self._session.editor.part_counts()
        layout = self.parts_layout
        clear_layout(layout)
        layout.addWidget(heading(self.tr("How your plan is coming along"), 2))
        for group in catalogue.GROUPS:
            parts = list(catalogue.sections_in(group.key))
            started = sum(1 for s in parts if counts.get(s.key, 0))
            shown = group.localized(TRANSLATE)
            how_far = self.tr("{started} of {total} parts have something written.").format(
                started=started, total=len(parts)
            )
            # The group's name is the link; how far it is comes beside it as words that wrap,
            # so large text or a long translation never pushes the page sideways.
            row = QHBoxLayout()
            button = QPushButton(shown.title)
            button.setProperty("link", True)
            button.setAccessibleName(f"{shown.title}: {how_far}")
            first_empty = next((s.key for s in parts if not counts.get(s.key, 0)), parts[0].key)
            button.clicked.connect(
                lambda _c=False, k=first_empty: self.open_page_requested.emit(f"section:{k}")
            )
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(quiet(how_far), 1)
            layout.addLayout(row)

    def focus_first(self) -> None:
        """Focus the review card's button."""
        self.review_button.setFocus()


class _OwnerItem:
    """The owner shown through a fact form (one item, id 1)."""

    def __init__(self, owner: object) -> None:
        self.id = 1
        self._owner = owner

    def __getattr__(self, name: str) -> object:
        return getattr(self._owner, name)
