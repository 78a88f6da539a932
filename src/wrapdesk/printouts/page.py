"""The page every printout is laid out on: margins, a footer on every page, the PDF's facts.

The footer says which copy this is and "page x of y". The total is only known once every
page is laid out, so the canvas holds each finished page back and draws the footers when
the document is saved: one layout pass, no second build.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from wrapdesk.printouts.fonts import BOLD, REGULAR, register_fonts
from wrapdesk.printouts.options import Paper
from wrapdesk.printouts.style import BOTTOM_MARGIN, INK, MARGIN, QUIET, RULE, TOP_MARGIN

PAGE_SIZES: dict[Paper, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
_FOOTER_GAP = 6.0  # points between the text and the footer's hairline


@dataclass(frozen=True)
class Sheet:
    """What a printout says about itself: PDF facts, the running head and the footer."""

    title: str
    """The PDF's title, also the running head on pages after the first."""
    author: str
    language: str
    paper: Paper
    footer: Sequence[str]
    """Footer lines: the first in bold (the reminder to check for a newer copy)."""
    page_of: str
    """"Page {page} of {pages}", translated."""
    subject: str = ""
    footer_size: float = 9.0

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draw the footer (and, after page 1, the running head) on one page."""
        width, height = PAGE_SIZES[self.paper]
        size = self.footer_size
        rule_at = BOTTOM_MARGIN - _FOOTER_GAP
        first_baseline = rule_at - size * 1.2
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, rule_at, width - MARGIN, rule_at)
        for index, text in enumerate(self.footer):
            canvas.setFillColor(INK if index == 0 else QUIET)
            canvas.setFont(BOLD if index == 0 else REGULAR, size)
            canvas.drawString(MARGIN, first_baseline - index * size * 1.35, text)
        canvas.setFillColor(QUIET)
        canvas.setFont(REGULAR, size)
        page_of = self.page_of.format(page=page, pages=pages)
        canvas.drawRightString(width - MARGIN, first_baseline, page_of)
        if page > 1:  # a loose sheet still says what it belongs to
            canvas.drawString(MARGIN, height - TOP_MARGIN / 2 - size / 2, self.title)
        canvas.restoreState()


class _NumberedCanvas(Canvas):
    """A canvas that keeps finished pages back until it knows how many there are."""

    def __init__(self, *args: Any, sheet: Sheet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sheet = sheet
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Hold the finished page and start a fresh one."""
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        """Draw every held page's footer, now that the total is known, then write the PDF."""
        pages = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._sheet.decorate(self, number, pages)
            super().showPage()
        super().save()


def render(story: list[Flowable], sheet: Sheet) -> tuple[bytes, int]:
    """Lay out ``story`` on ``sheet``'s pages; the PDF's bytes and how many pages it has."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[sheet.paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=sheet.title,
        author=sheet.author,
        subject=sheet.subject,
        creator="WrapDesk",
        lang=sheet.language,
        displayDocTitle=True,
        initialFontName=REGULAR,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=partial(_NumberedCanvas, sheet=sheet))
    return buffer.getvalue(), document.page


def content_width(paper: Paper) -> float:
    """The width text can use on ``paper``."""
    return PAGE_SIZES[paper][0] - 2 * MARGIN
