"""The four-step cycle drawn as a circle: co-assess, co-decide, co-design, co-deliver.

The current step is filled with the accent colour and named in bold; steps done carry a
tick. The same is said in words to screen readers, so nothing depends on colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wrapdesk.content import cycle
from wrapdesk.ui.cards import TRANSLATE, scaled_font


class CycleWheel(QWidget):
    """Four steps round a circle, with arrows between them and the current one lit."""

    def __init__(self, diameter: int = 220) -> None:
        super().__init__()
        self._steps = [s.localized(TRANSLATE) for s in cycle.STEPS]
        self._current: str | None = None
        self._done: set[str] = set()
        self._diameter = diameter
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("The four-step cycle"))
        self._describe()

    def set_state(self, current: str | None, done: Sequence[str] = ()) -> None:
        """Light ``current`` (a step key, or None between reviews) and tick ``done``."""
        self._current = current
        self._done = set(done)
        self._describe()
        self.update()

    def _describe(self) -> None:
        names: dict[str, str] = {s.key: s.title for s in self._steps}
        if self._current is None:
            text = self.tr("No review in progress. The steps are: {steps}.").format(
                steps=", ".join(s.title for s in self._steps)
            )
        else:
            keys: list[str] = [s.key for s in self._steps]
            number = keys.index(self._current) + 1
            text = self.tr("You are at step {number} of 4: {step}.").format(
                number=number, step=names[self._current]
            )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """Room for the circle and the labels beside it (the longest, on both sides)."""
        metrics = QFontMetrics(scaled_font(0.9, bold=True))
        widest = max(metrics.horizontalAdvance(s.short_title) for s in self._steps) + 8
        height = self._diameter + 4 * metrics.height()
        return QSize(self._diameter + 2 * (widest + 24), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As large as it wants."""
        return self.sizeHint()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        """Draw the ring, the arrows and the four steps."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        surface = palette.color(QPalette.ColorRole.Base)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self._diameter / 2 - 14
        painter.setPen(QPen(muted, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)
        font = scaled_font(0.9)
        bold = scaled_font(0.9, bold=True)
        metrics = QFontMetrics(bold)
        for i, step in enumerate(self._steps):
            angle = -math.pi / 2 + i * math.pi / 2  # top, right, bottom, left
            point = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
            )
            # An arrowhead a little after each step, pointing clockwise.
            ahead = angle + math.pi / 4
            tip = QPointF(
                centre.x() + radius * math.cos(ahead), centre.y() + radius * math.sin(ahead)
            )
            direction = ahead + math.pi / 2
            arrow = QPainterPath(tip)
            for turn in (2.6, -2.6):
                arrow.moveTo(tip)
                arrow.lineTo(
                    tip.x() - 9 * math.cos(direction + turn / 4 * math.pi / 2),
                    tip.y() - 9 * math.sin(direction + turn / 4 * math.pi / 2),
                )
            painter.setPen(QPen(muted, 2))
            painter.drawPath(arrow)
            current = step.key == self._current
            painter.setPen(QPen(accent if current else muted, 2))
            painter.setBrush(accent if current else surface)
            painter.drawEllipse(point, 13, 13)
            painter.setPen(on_accent if current else text)
            mark = "✓" if step.key in self._done else str(i + 1)
            painter.setFont(bold)
            painter.drawText(
                QRectF(point.x() - 13, point.y() - 13, 26, 26), Qt.AlignmentFlag.AlignCenter, mark
            )
            painter.setFont(bold if current else font)
            painter.setPen(text)
            label = step.short_title
            width = metrics.horizontalAdvance(label) + 8
            height = metrics.height()
            offsets = {
                0: (-width / 2, -13 - 6 - height),
                1: (18, -height / 2),
                2: (-width / 2, 13 + 6),
                3: (-18 - width, -height / 2),
            }
            dx, dy = offsets[i]
            painter.drawText(
                QRectF(point.x() + dx, point.y() + dy, width, height),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()
