"""Reviews: every pass of the cycle looked back on, and a small chart of how each step felt.

The chart shows, for each step, how true its "what I can expect" statements felt in each
review (from "not yet" to "yes"). Lines differ in pattern and marker as well as colour,
and the same figures are in a table just below, so nothing is told by colour alone.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ChartLayout:
    """Where each part of the chart goes at one width, worked out from the font."""

    plot: QRectF  # the lines and the three levels
    levels: tuple[QRectF, ...]  # "Not yet", "Partly", "Yes", beside the plot
    reviews: tuple[QRectF, ...]  # one "Review n" under the plot for each review shown
    legend: tuple[QRectF, ...]  # one per line: its pattern, marker and step name
    height: int  # all of it


class RatingsChart(QWidget):
    """Four lines (one per step) of scores from 0 ("not yet") to 2 ("yes"), pass by pass.

    Everything is placed from the font's measures (:meth:`chart_layout`): at a large text
    size the legend wraps onto more rows and the chart grows taller, so no words overlap.
    """

    PLOT_LINES = 10  # the plot is as tall as this many lines of text

    def __init__(self) -> None:
        super().__init__()
        self.series: tuple[StepSeries, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
        self.updateGeometry()  # a new number of lines may need another legend row
        self.update()

    def _level_words(self) -> list[str]:
        return [self.tr("Not yet"), self.tr("Partly"), self.tr("Yes")]

    def _numbers(self) -> list[int]:
        return sorted({p.pass_number for s in self.series for p in s.points})

    def _step_names(self) -> list[str]:
        return [cycle.step(line.step).localized(TRANSLATE).short_title for line in self.series]

    def chart_layout(self, width: int | None = None) -> ChartLayout:
        """Where the plot, its labels and the legend go at ``width`` (the widget's own by
        default). Legend items sit in columns as wide as the widest; they wrap onto as
        many rows as they need, filled evenly."""
        width = self.width() if width is None else width
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        words = self._level_words()
        left = max(metrics.horizontalAdvance(w) for w in words) + 2 * GRID
        numbers = self._numbers()
        review_words = [self.tr("Review {number}").format(number=n) for n in numbers]
        widest_review = max(
            (metrics.horizontalAdvance(w) for w in review_words),
            default=metrics.horizontalAdvance(self.tr("Review {number}").format(number=99)),
        )
        right = widest_review / 2 + GRID
        top = line / 2 + GRID / 2  # room for half of "Yes", centred on the top level
        plot = QRectF(left, top, max(width - left - right, 4 * GRID), self.PLOT_LINES * line)
        levels = tuple(
            QRectF(0, plot.bottom() - plot.height() * n / 2 - line / 2, left - GRID, line)
            for n in range(len(words))
        )
        labels_top = levels[0].bottom() + GRID / 2  # below "Not yet", which may reach under
        reviews = []
        for n in range(len(numbers)):
            x = (
                plot.center().x()
                if len(numbers) == 1
                else plot.left() + plot.width() * n / (len(numbers) - 1)
            )
            advance = metrics.horizontalAdvance(review_words[n]) + GRID
            reviews.append(QRectF(x - advance / 2, labels_top, advance, line))
        legend = []
        legend_top = labels_top + line + 2 * GRID
        names = self._step_names() if numbers else []  # no legend before the first review
        if names:
            sample = 4 * GRID  # the line's pattern and marker, before its name
            item_width = sample + max(metrics.horizontalAdvance(n) for n in names) + GRID
            column = item_width + 3 * GRID
            start = plot.left() if width - plot.left() >= item_width else 0.0
            fits = max(1, min(len(names), int((width - start + 3 * GRID) // column)))
            rows = -(-len(names) // fits)
            columns = -(-len(names) // rows)  # rows filled evenly: two and two, not three and one
            row_height = line + GRID / 2
            for i in range(len(names)):
                row, col = divmod(i, columns)
                legend.append(
                    QRectF(
                        start + col * column,
                        legend_top + row * row_height,
                        min(item_width, width - start),
                        line,
                    )
                )
        bottom = legend[-1].bottom() if legend else legend_top
        return ChartLayout(
            plot=plot,
            levels=levels,
            reviews=tuple(reviews),
            legend=tuple(legend),
            height=int(bottom + GRID + 0.999),
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        """The legend wraps onto more rows as the chart gets narrower."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        """As tall as the plot, its labels and every row of the legend need."""
        return self.chart_layout(width).height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """Wide and short."""
        width = 70 * QFontMetrics(self.font()).averageCharWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """Narrow enough for a small window: the levels' words, a short plot, and the
        legend one item to a row."""
        metrics = QFontMetrics(self.font())
        words = max(metrics.horizontalAdvance(w) for w in self._level_words())
        review = metrics.horizontalAdvance(self.tr("Review {number}").format(number=99))
        names = [metrics.horizontalAdvance(n) for n in self._step_names()]
        width = int(max(words + 12 * GRID + review / 2, 5 * GRID + max(names, default=0)))
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        """Axes, the three levels, and one line per step with its marker and pattern."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        layout = self.chart_layout()
        plot = layout.plot
        for level, (word, where) in enumerate(zip(self._level_words(), layout.levels, strict=True)):
            y = plot.bottom() - plot.height() * level / 2
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                where, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, word
            )
        numbers = self._numbers()
        if not numbers:
            painter.setPen(text)
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Your ratings will show here after your first review."),
            )
            painter.end()
            return
        painter.setPen(text)
        shown: QRectF | None = None
        for number, where in zip(numbers, layout.reviews, strict=True):
            if shown is not None and where.left() < shown.right():
                continue  # many reviews in a narrow chart: every other label, and so on
            painter.drawText(
                where,
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Review {number}").format(number=number),
            )
            shown = where
        colours = [accent, text, accent.darker(140), muted]
        for i, (line, name, item) in enumerate(
            zip(self.series, self._step_names(), layout.legend, strict=True)
        ):
            pen = QPen(colours[i % 4], 2, PATTERNS[i % 4])
            points = [
                QPointF(
                    layout.reviews[numbers.index(p.pass_number)].center().x(),
                    plot.bottom() - plot.height() * p.score / 2,
                )
                for p in line.points
                if p.score is not None
            ]
            painter.setPen(pen)
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setPen(QPen(colours[i % 4], 2))
            for point in points:
                self._marker(painter, MARKERS[i % 4], point)
            # Legend: pattern, marker and the step's name, in the place worked out for it.
            y = item.center().y()
            painter.setPen(pen)
            painter.drawLine(QPointF(item.left(), y), QPointF(item.left() + 3 * GRID, y))
            painter.setPen(QPen(colours[i % 4], 2))
            self._marker(painter, MARKERS[i % 4], QPointF(item.left() + 1.5 * GRID, y))
            painter.setPen(text)
            words = item.adjusted(4 * GRID, 0, 0, 0)
            painter.drawText(
                words,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(words.width())),
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
