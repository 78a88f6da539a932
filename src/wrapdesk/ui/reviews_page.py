"""Reviews: every pass of the cycle looked back on, and a small chart of how each step felt.

The chart shows, for each step, how true its "what I can expect" statements felt in each
review (from "not yet" to "yes"). Lines differ in pattern and marker as well as colour,
and the same figures are in a table just below, so nothing is told by colour alone.
"""

from __future__ import annotations

import html
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import cycle
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
from wrapdesk.ui.overview_page import nice_date
from wrapdesk.ui.section_page import PageColumn
from wrapdesk.ui.session import PlanSession

if TYPE_CHECKING:
    from wrapdesk.services.reviews import StepSeries

PATTERNS = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
MARKERS = ("circle", "square", "triangle", "diamond")


class RatingsChart(QWidget):
    """Four lines (one per step) of scores from 0 ("not yet") to 2 ("yes"), pass by pass."""

    def __init__(self) -> None:
        super().__init__()
        self.series: tuple[StepSeries, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart of how each step felt, review by review"))

    def set_series(self, series: tuple[StepSeries, ...]) -> None:
        """Show ``series`` (from ``Reviews.chart()``)."""
        self.series = series
        words = []
        for line in series:
            step = cycle.step(line.step).localized(TRANSLATE)
            scores = [p.score for p in line.points if p.score is not None]
            if scores:
                words.append(
                    self.tr("{step}: from {first:.1f} to {last:.1f} out of 2").format(
                        step=step.short_title, first=scores[0], last=scores[-1]
                    )
                )
        self.setAccessibleDescription("; ".join(words))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """Wide and short."""
        return QSize(560, QFontMetrics(self.font()).height() * 16)

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        """Axes, the three levels, and one line per step with its marker and pattern."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        line_height = metrics.height()
        labels = [self.tr("Not yet"), self.tr("Partly"), self.tr("Yes")]
        left = max(metrics.horizontalAdvance(w) for w in labels) + 2 * GRID
        legend_height = 2 * line_height + GRID
        review_label = self.tr("Review {number}").format(number=99)
        right = metrics.horizontalAdvance(review_label) / 2 + GRID
        plot = QRectF(
            left,
            GRID,
            self.width() - left - right,
            self.height() - legend_height - 3 * line_height,
        )
        painter.setPen(QPen(muted, 1))
        for level, word in enumerate(labels):
            y = plot.bottom() - plot.height() * level / 2
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line_height / 2, left - GRID, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                word,
            )
            painter.setPen(QPen(muted, 1))
        numbers = sorted({p.pass_number for s in self.series for p in s.points})
        if not numbers:
            painter.setPen(text)
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Your ratings will show here after your first review."),
            )
            painter.end()
            return

        def x_of(number: int) -> float:
            if len(numbers) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * numbers.index(number) / (len(numbers) - 1)

        painter.setPen(text)
        for number in numbers:
            painter.drawText(
                QRectF(x_of(number) - 40, plot.bottom() + 4, 80, line_height),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Review {number}").format(number=number),
            )
        colours = [accent, text, accent.darker(140), muted]
        for i, line in enumerate(self.series):
            pen = QPen(colours[i % 4], 2, PATTERNS[i % 4])
            points = [
                QPointF(x_of(p.pass_number), plot.bottom() - plot.height() * p.score / 2)
                for p in line.points
                if p.score is not None
            ]
            painter.setPen(pen)
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setPen(QPen(colours[i % 4], 2))
            for point in points:
                self._marker(painter, MARKERS[i % 4], point)
            # Legend: marker, pattern and the step's name.
            step = cycle.step(line.step).localized(TRANSLATE)
            x0 = left + (i % 2) * (plot.width() / 2)
            y0 = self.height() - legend_height + (i // 2) * line_height + line_height / 2
            painter.setPen(pen)
            painter.drawLine(QPointF(x0, y0), QPointF(x0 + 3 * GRID, y0))
            painter.setPen(QPen(colours[i % 4], 2))
            self._marker(painter, MARKERS[i % 4], QPointF(x0 + 1.5 * GRID, y0))
            painter.setPen(text)
            painter.drawText(
                QPointF(x0 + 4 * GRID, y0 + metrics.ascent() / 2 - 1), step.short_title
            )
        painter.end()

    @staticmethod
    def _marker(painter: QPainter, shape: str, at: QPointF) -> None:
        r = 4.0
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                [
                    QPointF(at.x(), at.y() - r),
                    QPointF(at.x() + r, at.y() + r),
                    QPointF(at.x() - r, at.y() + r),
                ]
            )
        else:
            painter.drawPolygon(
                [
                    QPointF(at.x(), at.y() - r),
                    QPointF(at.x() + r, at.y()),
                    QPointF(at.x(), at.y() + r),
                    QPointF(at.x() - r, at.y()),
                ]
            )


class ReviewsPage(PageColumn):
    """Past reviews, newest first, and the chart."""

    glossary_requested = Signal(str)
    action_requested = Signal(str)

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self._session = session
        self.area = "reviews"
        self.setAccessibleName(self.tr("Reviews"))
        self.column.addWidget(heading(self.tr("Reviews"), 1))
        self.column.addWidget(
            quiet(
                self.tr(
                    "Each review goes round four steps with you: co-assess, co-decide, "
                    "co-design and co-deliver. Here is what you wrote each time, and how true "
                    "the “what I can expect” statements felt."
                )
            )
        )
        start = QPushButton(self.tr("Start a review"))
        start.setProperty("primary", True)
        start.clicked.connect(lambda: self.action_requested.emit("start-review"))
        self.column.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        frame, layout = card()
        layout.addWidget(heading(self.tr("How each step felt"), 2))
        self.chart = RatingsChart()
        layout.addWidget(self.chart)
        self.table = quiet("")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(FoldSection(self.tr("The same figures as a table"), self.table))
        self.column.addWidget(frame)
        self.passes_box = QWidget()
        self.passes_layout = QVBoxLayout(self.passes_box)
        self.passes_layout.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.passes_box)
        self.column.addStretch(1)
        self.refresh({"cycle"})
        session.changed.connect(self.refresh)

    def refresh(self, areas: set[str]) -> None:
        """Redraw when the cycle changed (a review finished, a commitment ticked)."""
        if not areas & {"cycle", "versions", "people"}:
            return
        from wrapdesk.services.reviews import Reviews

        reviews = Reviews(self._session.editor)
        series = reviews.chart()
        self.chart.set_series(series)
        rows = []
        for line in series:
            step = cycle.step(line.step).localized(TRANSLATE)
            cells = "".join(
                f"<td>{p.score:.1f}</td>" if p.score is not None else "<td>–</td>"
                for p in line.points
            )
            rows.append(f"<tr><th align='left'>{step.short_title}</th>{cells}</tr>")
        numbers = [p.pass_number for p in series[0].points] if series else []
        review_n = self.tr("Review {n}")
        head = "".join(f"<th>{review_n.format(n=n)}</th>" for n in numbers)
        scale = self.tr("0 means “not yet” for every statement; 2 means “yes” for all.")
        self.table.setText(
            f"<table cellpadding='4'><tr><th></th>{head}</tr>{''.join(rows)}</table><p>{scale}</p>"
        )
        clear_layout(self.passes_layout)
        passes = reviews.passes()
        if not passes:
            self.passes_layout.addWidget(quiet(self.tr("No reviews finished yet.")))
        for record in passes:
            self.passes_layout.addWidget(self._pass_widget(reviews, record))

    def _pass_widget(self, reviews: object, record: object) -> QWidget:
        from wrapdesk.services.cycle_records import PassRecord
        from wrapdesk.services.reviews import Reviews

        assert isinstance(record, PassRecord) and isinstance(reviews, Reviews)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2 * GRID, 0, 0, GRID)
        names = {s.key: s.localized(TRANSLATE).short_title for s in cycle.STEPS}
        done = ", ".join(names[s] for s in record.steps_done) or self.tr("none")
        layout.addWidget(quiet(self.tr("Steps done: {steps}.").format(steps=done)))
        if record.steps_skipped:
            layout.addWidget(
                quiet(
                    self.tr("Skipped: {steps}.").format(
                        steps=", ".join(names[s] for s in record.steps_skipped)
                    )
                )
            )
        areas = {a.key: a.localized(TRANSLATE).title for a in cycle.LIFE_AREAS}
        for reflection in record.reflections:
            topic = areas.get(reflection.topic, reflection.topic.replace("-", " ").capitalize())
            label = QLabel(f"<b>{topic}</b>: {_escape(reflection.text)}")
            label.setWordWrap(True)
            layout.addWidget(label)
        for goal in record.goals:
            layout.addWidget(plain(self.tr("Goal: {text}").format(text=goal.text)))
        for option in record.options:
            mark = self.tr(" (chosen)") if option.chosen else ""
            layout.addWidget(
                plain(self.tr("Option: {text}{chosen}").format(text=option.text, chosen=mark))
            )
        for commitment in record.commitments:
            who = commitment.who.name if commitment.who else self.tr("me")
            due = nice_date(commitment.due) if commitment.due else self.tr("no date")
            box = QCheckBox(
                self.tr("{what} — {who}, by {due}").format(what=commitment.what, who=who, due=due)
            )
            box.setChecked(commitment.done)
            box.toggled.connect(lambda on, cid=commitment.id: reviews.tick_commitment(cid, on))
            layout.addWidget(box)
        statements = {
            s.key: s.text for step in cycle.STEPS for s in step.localized(TRANSLATE).statements
        }
        ratings = {r.key: r.localized(TRANSLATE).label for r in cycle.RATINGS}
        for rating in record.ratings:
            text = (
                f"{statements.get(rating.statement_key, rating.statement_key)} — "
                f"{ratings.get(rating.value, rating.value)}"
            )
            if rating.comment:
                text += f" (“{rating.comment}”)"
            label = quiet(text)
            layout.addWidget(label)
        finished = nice_date(record.finished_at.date()) if record.finished_at else ""
        title = self.tr("Review {number}, finished {date}").format(
            number=record.number, date=finished
        )
        if record.after_crisis:
            title += " " + self.tr("(after a crisis)")
        return FoldSection(title, body)

    def focus_first(self) -> None:
        """Focus the chart (its description reads the figures)."""
        self.chart.setFocus()


def _escape(text: str) -> str:
    return html.escape(text)
