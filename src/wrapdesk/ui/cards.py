"""Small building blocks every page uses: cards, headings, quiet text, fold-away parts.

Spacing follows an 8-pixel grid. Sizes are relative to the application font, so the
text-size setting (100–200 %) scales everything together.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.i18n import Translate
from wrapdesk.ui.icons import icon

GRID = 8


def qt_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translator, in the shape the Qt-free layers expect (``i18n.Translate``)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


TRANSLATE: Translate = qt_translate


class Dialog(QDialog):
    """A dialog where Return only ever presses the button marked as its default.

    Qt lets any button that had the focus become the default, so Return pressed in a
    field could open a folder picker or cancel. Here every other button is taken out of
    that, each time the dialog is shown; fields that act on Return say so themselves.
    """

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        """Before the dialog appears: only the marked default button answers Return."""
        for button in self.findChildren(QPushButton):
            if not button.isDefault():
                button.setAutoDefault(False)
        super().showEvent(event)


class DraftLine(QLineEdit):
    """A line where something new is typed, then added with Return.

    Typed but not yet added, it is added anyway when the plan locks or closes or its
    window is left (:func:`commit_drafts`): what someone typed is never thrown away.
    """

    def __init__(self, add: Callable[[], None]) -> None:
        super().__init__()
        self._add = add
        self.returnPressed.connect(add)

    def commit_draft(self) -> None:
        """Add what is typed here, if anything."""
        if self.text().strip():
            self._add()


def commit_drafts(root: QWidget) -> None:
    """Keep everything typed under ``root`` that is not in the plan yet.

    The field being edited is left (so it saves, as it does when focus moves on), then
    every widget with a ``commit_draft()`` method (lines typed but not added, notes
    waiting for a pause in typing) keeps what it holds.
    """
    focus = root.window().focusWidget()  # even when the window is not the active one
    if focus is not None and (focus is root or root.isAncestorOf(focus)):
        focus.clearFocus()
    for widget in [root, *root.findChildren(QWidget)]:
        commit = getattr(widget, "commit_draft", None)
        if callable(commit):
            commit()


class _WheelOnlyWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if not (
            isinstance(event, QWheelEvent)
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # the page scrolls instead
            bar = area.verticalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y() // 120 * 3 * bar.singleStep())
        return True


_WHEEL_FILTER: _WheelOnlyWhenFocused | None = None


def wheel_only_when_focused(*widgets: QWidget) -> None:
    """Scrolling a page past a drop-down or a date must scroll the page, not change them."""
    global _WHEEL_FILTER  # noqa: PLW0603 - one filter object serves every widget
    if _WHEEL_FILTER is None:
        _WHEEL_FILTER = _WheelOnlyWhenFocused(QApplication.instance())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_WHEEL_FILTER)


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The application font at ``factor`` times its size."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def plain(text: str) -> QLabel:
    """A label that shows ``text`` exactly as written, never as markup (plan text goes here:
    Qt would otherwise guess that "<b>…" is rich text and draw it)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    """A heading: level 1 for a page title, 2 for a part of a page, 3 for a list label."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("heading", True)
    label.setFont(scaled_font({1: 1.6, 2: 1.25, 3: 1.05}[level], bold=True))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def quiet(text: str, rich: bool = False) -> QLabel:
    """Muted, wrapping text for purposes, prompts and hints."""
    label = QLabel(text)
    label.setProperty("muted", True)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SteadyText(QLabel):
    """Quiet, wrapping text that keeps room for ``lines`` lines, so nothing below it moves
    while its words change (a passphrase's strength, as it is typed).

    A text that needs more room at this width (a long translation, a long folder name)
    gets it, and the room is kept while the words change; a new font or width works it
    out again. (Layouts such as a form's rows don't ask wrapped text how tall it is at
    the width it gets; this label tells them.)
    """

    def __init__(self, text: str = "", lines: int = 2, *, muted: bool = True) -> None:
        super().__init__(text)
        self._lines = lines
        self.setProperty("muted", muted)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._keep_room(again=True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's API
        """Show ``text``; the room below only ever grows while the words change."""
        super().setText(text)
        self._keep_room(again=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        """A new font (the text size setting): the room is worked out again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_room(again=True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        """A new width wraps the words differently: the room is worked out again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_room(again=True)

    def reserved_height(self) -> int:
        """The height kept for ``lines`` lines at the current font, whatever the words."""
        margins = self.contentsMargins()
        sample = "\n".join(["X"] * self._lines)
        lines = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), 0, sample)
        return lines.height() + margins.top() + margins.bottom()

    def _keep_room(self, *, again: bool) -> None:
        needed = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0
        kept = 0 if again else self.minimumHeight()
        self.setMinimumHeight(max(self.reserved_height(), needed, kept))


def clear_layout(layout: QLayout) -> None:
    """Remove and delete everything in ``layout`` (before drawing it afresh)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)
            inner.deleteLater()


def card(*, notice: bool = False) -> tuple[QFrame, QVBoxLayout]:
    """A rounded card with a hairline border (or a soft notice), and its layout."""
    frame = QFrame()
    frame.setProperty("notice" if notice else "card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * GRID, 2 * GRID, 2 * GRID, 2 * GRID)
    layout.setSpacing(GRID)
    return frame, layout


class FoldSection(QWidget):
    """A titled part that folds open and shut (ideas, examples, explanations)."""

    toggled = Signal(bool)

    def __init__(self, title: str, content: QWidget, *, open_: bool = False) -> None:
        super().__init__()
        self._title = title
        self._button = QToolButton()
        self._button.setProperty("link", True)
        self._button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._button.setCheckable(True)
        self._button.setAccessibleName(title)
        self._button.toggled.connect(self._on_button_toggled)
        self._content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID // 2)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(content)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._button.setChecked(open_)
        self._on_button_toggled(open_)

    @property
    def button(self) -> QToolButton:
        """The button that folds the part (for focus order and tests)."""
        return self._button

    def is_open(self) -> bool:
        """True while unfolded."""
        return self._button.isChecked()

    def set_open(self, open_: bool) -> None:
        """Fold or unfold."""
        self._button.setChecked(open_)

    def _on_button_toggled(self, open_: bool) -> None:
        self._button.setIcon(icon("collapse" if open_ else "expand"))
        self._button.setText(self._title)
        self._content.setVisible(open_)
        self.toggled.emit(open_)
