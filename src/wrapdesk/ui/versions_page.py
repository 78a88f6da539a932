"""Versions and sharing: every frozen version, who holds which, and what changed, in words."""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from wrapdesk.ui.cards import GRID, TRANSLATE, card, clear_layout, heading, plain, quiet
from wrapdesk.ui.overview_page import nice_date
from wrapdesk.ui.section_page import PageColumn
from wrapdesk.ui.session import PlanSession

NOW = -1  # the "to" choice meaning the plan as it is now


class VersionList(QListWidget):
    """The versions, newest first, wrapped at the list's width: tall enough for four of
    them (or all there are) and for up to six, so a short window scrolls the page
    instead of squeezing the list."""

    LEAST = 4
    MOST = 6

    def __init__(self) -> None:
        super().__init__()
        self._preferred = 0  # six versions' height, once they are known

    def fit(self) -> None:
        """Work out the heights again (after new versions, a new width or font)."""
        metrics = self.fontMetrics()
        # The width the words wrap at, whether or not the list's scroll bar is showing,
        # so the heights don't change as the bar comes and goes.
        width = (
            self.width()
            - 2 * self.frameWidth()
            - self.verticalScrollBar().sizeHint().width()
            - GRID
        )
        heights = [
            metrics.boundingRect(
                QRect(0, 0, max(width, GRID), 100_000),
                Qt.TextFlag.TextWordWrap,
                self.item(row).text(),
            ).height()
            for row in range(self.count())
        ] or [metrics.height()]
        room = 2 * self.frameWidth() + GRID
        least = sum(heights[: self.LEAST]) + room
        self._preferred = max(least, sum(heights[: self.MOST]) + room)
        self.setMinimumHeight(least)
        self.setMaximumHeight(self._preferred)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """As tall as six versions (Qt's own guess is a fixed 192 pixels)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self._preferred or hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        """A new width wraps the versions differently."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class VersionsPage(PageColumn):
    """The list of versions, a readable diff between any two, and each supporter's copy."""

    glossary_requested = Signal(str)
    action_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self._session = session
        self.area = "versions"
        self.setAccessibleName(self.tr("Versions and sharing"))
        self.column.addWidget(heading(self.tr("Versions and sharing"), 1))
        self.column.addWidget(
            quiet(
                self.tr(
                    "A version is a copy of your plan kept exactly as it was, so you can see "
                    "how it has changed and which copy each person has. Finishing a review, "
                    "printing and sharing each keep a version."
                )
            )
        )
        save = QPushButton(self.tr("Keep a version now…"))
        save.clicked.connect(self._on_save_clicked)
        self.column.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        self.list = VersionList()
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column.addWidget(self.list)
        frame, layout = card()
        layout.addWidget(heading(self.tr("What changed"), 2))
        row = QHBoxLayout()
        self.older = QComboBox()
        self.older.setAccessibleName(self.tr("From version"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(self.tr("To version"))
        from_label = QLabel(self.tr("From"))
        from_label.setBuddy(self.older)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.newer)
        row.addWidget(from_label)
        row.addWidget(self.older)
        row.addWidget(to_label)
        row.addWidget(self.newer)
        row.addStretch(1)
        layout.addLayout(row)
        self.diff = QTextBrowser()
        self.diff.setAccessibleName(self.tr("The changes"))
        self.diff.setMinimumHeight(self.fontMetrics().height() * 14)
        layout.addWidget(self.diff)
        self.column.addWidget(frame)
        self.holders_frame, self.holders_layout = card()
        self.column.addWidget(self.holders_frame)
        self.column.addStretch(1)
        self.older.currentIndexChanged.connect(lambda _i: self._show_diff())
        self.newer.currentIndexChanged.connect(lambda _i: self._show_diff())
        self.refresh({"versions"})
        session.changed.connect(self.refresh)

    # ------------------------------------------------------------------ drawing

    def refresh(self, areas: set[str]) -> None:
        """Redraw the lists when versions or shares change; the diff when anything does."""
        if areas & {"versions", "shares", "people"}:
            self._fill()
        self._show_diff()

    def _fill(self) -> None:
        versions = self._session.versions
        summaries = versions.summaries()
        self.list.clear()
        for summary in summaries:
            holders = ", ".join(h.person_name for h in summary.holders)
            text = self.tr("Version {number} — {date}").format(
                number=summary.number, date=nice_date(summary.created_at.date())
            )
            if summary.note:
                text += f" — {summary.note}"
            if holders:
                text += " " + self.tr("(held by {names})").format(names=holders)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.number)
            self.list.addItem(item)
        if not summaries:
            self.list.addItem(self.tr("No versions yet."))
        self.list.fit()
        numbers = [s.number for s in summaries]
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
        for n in reversed(numbers):
            self.older.addItem(self.tr("version {number}").format(number=n), n)
        self.newer.addItem(self.tr("the plan now"), NOW)
        for n in numbers:
            self.newer.addItem(self.tr("version {number}").format(number=n), n)
        if numbers:
            changed = versions.changed_since_latest()
            latest = numbers[0]
            self.older.setCurrentIndex(
                self.older.findData(latest if changed or len(numbers) == 1 else numbers[1])
            )
            self.newer.setCurrentIndex(self.newer.findData(NOW if changed else latest))
        for combo in (self.older, self.newer):
            combo.blockSignals(False)
        self._fill_holders()

    def _fill_holders(self) -> None:
        clear_layout(self.holders_layout)
        self.holders_layout.addWidget(heading(self.tr("Who has a copy"), 2))
        holders = self._session.versions.holders()
        if not holders:
            self.holders_layout.addWidget(quiet(self.tr("Nobody has a copy yet.")))
        for holder in holders:
            row = QHBoxLayout()
            label = plain(
                self.tr("{name}: version {number}, given {date}").format(
                    name=holder.person_name,
                    number=holder.version_number,
                    date=nice_date(holder.shared_at.date()),
                )
            )
            label.setWordWrap(True)
            row.addWidget(label, 1)
            since = QPushButton(self.tr("What changed since"))
            since.setAccessibleName(
                self.tr("What changed since {name}'s copy").format(name=holder.person_name)
            )
            since.clicked.connect(lambda _c=False, h=holder: self._show_since(h))
            row.addWidget(since)
            if holder.person_id is not None:
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
            wrapper = QWidget()
            wrapper.setLayout(row)
            self.holders_layout.addWidget(wrapper)

    def _render(self, title: str, changes: tuple[object, ...]) -> None:
        from wrapdesk.services.change_text import describe_changes

        editor = self._session.editor
        people = {p.id: p.name for p in editor.people()}
        customs = {k: t for k, t, _ in editor.custom_sections()}
        groups = describe_changes(changes, TRANSLATE, people, customs)  # type: ignore[arg-type]
        parts = [f"<h3>{html.escape(title)}</h3>"]
        if not groups:
            nothing = self.tr("Nothing changed.")
            parts.append(f"<p>{html.escape(nothing)}</p>")
        for group in groups:
            parts.append(f"<h4>{html.escape(group.title)}</h4><ul>")
            parts += [f"<li>{html.escape(line)}</li>" for line in group.lines]
            parts.append("</ul>")
        self.diff.setHtml("".join(parts))

    def _show_diff(self) -> None:
        old, new = self.older.currentData(), self.newer.currentData()
        if old is None or new is None:
            self.diff.setHtml(
                html.escape(
                    self.tr("When you have two versions, what changed between them shows here.")
                )
            )
            return
        versions = self._session.versions
        if new == NOW:
            title = self.tr("From version {old} to the plan now").format(old=old)
            self._render(title, versions.diff(int(old)))
        else:
            title = self.tr("From version {old} to version {new}").format(old=old, new=new)
            self._render(title, versions.diff(int(old), int(new)))

    def _show_since(self, holder: object) -> None:
        from wrapdesk.services.versions import Holder

        assert isinstance(holder, Holder)
        title = self.tr("What changed since {name}'s copy (version {number})").format(
            name=holder.person_name, number=holder.version_number
        )
        self._render(title, self._session.versions.diff_for_holder(holder))
        self.diff.setFocus()

    def _on_save_clicked(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Keep a version"))
        dialog.setLabelText(self.tr("A note to remember it by (optional):"))
        dialog.setObjectName("keep-version")
        dialog.textValueSelected.connect(lambda note: self._session.versions.freeze(note.strip()))
        dialog.open()

    def focus_first(self) -> None:
        """Focus the list of versions."""
        self.list.setFocus()
