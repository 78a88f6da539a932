"""The reviews page's chart: laid out from the font, so nothing overlaps at 200 % text."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wrapdesk.content import cycle
from wrapdesk.services.reviews import ChartPoint, StepSeries
from wrapdesk.ui.cards import GRID, TRANSLATE
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.reviews_page import ChartLayout, RatingsChart, ReviewsPage


def three_reviews() -> tuple[StepSeries, ...]:
    """Each step rated in three reviews, as the demo plan has them."""
    return tuple(
        StepSeries(
            step=step.key,
            statements=3,
            points=tuple(
                ChartPoint(n, date(2025, n, 1), not_yet=3 - n, partly=1, yes=n - 1)
                for n in (1, 2, 3)
            ),
        )
        for step in cycle.STEPS
    )


def doubled(font: QFont) -> QFont:
    """``font`` at the text size setting's largest (200 %)."""
    bigger = QFont(font)
    bigger.setPointSizeF(max(11.0, font.pointSizeF()) * 2)
    return bigger


def assert_nothing_overlaps(chart: RatingsChart, layout: ChartLayout, width: int) -> None:
    metrics = QFontMetrics(chart.font())
    names = [step.localized(TRANSLATE).short_title for step in cycle.STEPS]
    assert len(layout.legend) == len(names)
    for a, b in itertools.combinations(layout.legend, 2):
        assert not a.intersects(b), (a, b)
    for item, name in zip(layout.legend, names, strict=True):
        assert not item.intersects(layout.plot)
        assert all(not item.intersects(r) for r in (*layout.reviews, *layout.levels))
        assert item.left() >= 0 and item.right() <= width
        assert item.height() >= metrics.height()
        # Room for the sample line and the whole name, unless not even one fits.
        assert item.width() >= 4 * GRID + metrics.horizontalAdvance(name) or item.left() == 0
    assert all(level.top() >= 0 for level in layout.levels)  # "Yes" is not cut at the top
    for review, level in itertools.product(layout.reviews, layout.levels):
        assert not review.intersects(level), (review, level)  # "Review 1" under "Not yet"
    assert layout.height >= max(item.bottom() for item in layout.legend)


@pytest.mark.parametrize("width", [300, 420, 560, 900])
def test_the_legend_never_overlaps_the_plot_or_itself_at_200_percent(
    qtbot: QtBot, width: int
) -> None:
    chart = RatingsChart()
    qtbot.addWidget(chart)
    chart.setFont(doubled(QApplication.font()))
    chart.set_series(three_reviews())
    layout = chart.chart_layout(width)
    assert_nothing_overlaps(chart, layout, width)


def test_a_narrow_chart_wraps_its_legend_onto_more_rows_and_grows_taller(qtbot: QtBot) -> None:
    chart = RatingsChart()
    chart.setFont(doubled(QApplication.font()))
    chart.set_series(three_reviews())
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(chart)
    rows = []
    for width in (1400, 380):
        holder.resize(width, 200)  # far too short: the chart keeps the height it needs
        holder.show()
        QApplication.processEvents()
        layout = chart.chart_layout()
        rows.append(len({item.top() for item in layout.legend}))
        assert chart.height() >= layout.height
        assert_nothing_overlaps(chart, layout, chart.width())
    assert rows == [1, 4]  # all in a row when wide; one a row when narrow
    assert chart.heightForWidth(380) > chart.heightForWidth(1400)


def test_the_reviews_page_shows_the_whole_chart_at_any_text_size(
    qtbot: QtBot, window: MainWindow, text_size: float
) -> None:
    window.resize(900, 700)
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.view is not None
    window.view.show_page("reviews")
    page = window.view.page("reviews")
    assert isinstance(page, ReviewsPage)
    QApplication.processEvents()
    chart = page.chart
    assert len(chart.series) == 4 and chart.isVisible()
    layout = chart.chart_layout()
    assert chart.height() >= layout.height
    assert_nothing_overlaps(chart, layout, chart.width())


def test_before_the_first_review_there_is_no_legend_to_make_room_for(qtbot: QtBot) -> None:
    chart = RatingsChart()
    qtbot.addWidget(chart)
    chart.setFont(doubled(QApplication.font()))
    chart.set_series(tuple(StepSeries(step.key, 3, ()) for step in cycle.STEPS))
    layout = chart.chart_layout(420)
    assert layout.legend == () and layout.reviews == ()
    rated = RatingsChart()
    qtbot.addWidget(rated)
    rated.setFont(chart.font())
    rated.set_series(three_reviews())
    assert layout.height < rated.chart_layout(420).height  # no empty rows kept below
    chart.resize(420, layout.height)
    assert not chart.grab().isNull()  # drawn: "Your ratings will show here…" in the plot
