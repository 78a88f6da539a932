"""Table-shaped blocks: labelled facts, phone numbers, a tinted box, and lines to sign.

Every table reads row by row, left to right, so copied or read-aloud text comes out in the
order it is printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import unescape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table, TableStyle

from wrapdesk.printouts.fonts import REGULAR
from wrapdesk.printouts.style import ACCENT, INK, RULE, TINT, Styles
from wrapdesk.printouts.words import markup

Command = tuple[Any, ...]
"""One table style command, such as ``("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)``."""

Cell = Flowable | list[Flowable] | str


def _table(
    cells: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    commands: Sequence[Command],
    space_after: float = 0,
) -> Table:
    """A table set flush left, with no padding unless asked and the embedded font in every
    cell (an empty cell would otherwise name a font that isn't embedded)."""
    base: list[Command] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    table = Table(
        [list(row) for row in cells],
        colWidths=tuple(widths),
        hAlign="LEFT",
        spaceAfter=space_after,
    )
    table.setStyle(TableStyle([*base, *commands]))
    return table


def plain_text(marked_up: str) -> str:
    """Markup with its tags taken out, to measure how wide it prints."""
    return unescape(re.sub(r"<[^>]+>", "", marked_up))


def field_rows(rows: Sequence[tuple[str, str]], st: Styles, write_in: bool = False) -> Flowable:
    """Label and value pairs ("Name", "Alex Morgan") as a quiet two-column table. With
    ``write_in``, a missing value gets a line to write it on by hand."""
    width = st.width
    label_width = width * 0.28
    data = [
        [Paragraph(markup(label), st.label), Paragraph(markup(value), st.body) if value else ""]
        for label, value in rows
    ]
    style: list[Command] = [
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        # Line the smaller label's baseline up with the value's first line.
        ("TOPPADDING", (0, 0), (0, -1), 2 + st.body.fontSize - st.label.fontSize),
    ]
    if write_in:
        for index, (_label, value) in enumerate(rows):
            if not value:
                style += [
                    ("VALIGN", (0, index), (-1, index), "BOTTOM"),
                    ("LINEBELOW", (1, index), (1, index), 0.8, INK),
                    ("TOPPADDING", (0, index), (-1, index), st.base * 1.6),
                ]
    return _table(data, (label_width, width - label_width), style, space_after=st.base * 0.3)


def labelled_rows(
    rows: Sequence[tuple[str, str]], st: Styles, labels: Sequence[str] = ()
) -> list[Flowable]:
    """Items with a word or two in front saying where each stands ("Please avoid",
    "Allergic"): the words, not a colour, carry the meaning. Each item is markup.

    One small table per row, all with the same columns, so a page can break between any
    two rows and a heading stays with the row under it. ``labels`` are other labels to
    make room for, so every such list in a printout lines up.
    """
    label_style = st.label
    widest = max(
        stringWidth(label, label_style.fontName, label_style.fontSize)
        for label in [*labels, *(label for label, _ in rows)]
    )
    label_width = min(widest + st.base * 1.0, st.width * 0.3)
    style: list[Command] = [
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.base * 0.12),
        # Line the label's baseline up with the item's first line.
        ("TOPPADDING", (0, 0), (0, -1), st.body.fontSize - label_style.fontSize),
    ]
    widths = (label_width, st.width - label_width)
    out: list[Flowable] = [
        _table([[Paragraph(markup(label), label_style), Paragraph(text, st.body)]], widths, style)
        for label, text in rows
    ]
    out[-1].spaceAfter = st.base * 0.3
    return out


def phone_book(rows: Sequence[tuple[str, str, str]], st: Styles) -> Flowable:
    """Who, about them, and how to reach them: numbers line up on the right, where an eye
    looking for a number finds them. Each cell is markup."""
    reach_width = max(
        stringWidth(plain_text(reach), st.strong.fontName, st.strong.fontSize) for *_, reach in rows
    )
    reach_width = min(reach_width + st.base * 0.8, st.width * 0.3)
    widest_name = max(
        stringWidth(plain_text(who.split("<br/>")[0]), st.strong.fontName, st.strong.fontSize)
        for who, *_ in rows
    )
    name_width = min(max(widest_name + st.base * 0.8, st.width * 0.22), st.width * 0.36)
    about_width = st.width - name_width - reach_width
    data = [
        [Paragraph(who, st.body), Paragraph(about, st.quiet), Paragraph(reach, st.reach)]
        for who, about, reach in rows
    ]
    style: list[Command] = [
        ("RIGHTPADDING", (0, 0), (-2, -1), st.base * 0.5),
        ("TOPPADDING", (0, 0), (-1, -1), st.base * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.base * 0.15),
        # The quieter middle column sits on the same baseline as the name beside it.
        ("TOPPADDING", (1, 0), (1, -1), st.base * 0.15 + st.body.fontSize - st.quiet.fontSize),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]
    widths = (name_width, about_width, reach_width)
    return _table(data, widths, style, space_after=st.base * 0.3)


def number_grid(pairs: Sequence[tuple[str, str]], st: Styles) -> Flowable:
    """Names and numbers, two to a row, read left to right then down. Each is markup."""
    gutter = st.base * 1.5
    half = (st.width - gutter) / 2
    reach_width = max(
        stringWidth(plain_text(reach), st.strong.fontName, st.strong.fontSize) for _, reach in pairs
    )
    reach_width = min(reach_width + st.base * 0.5, half * 0.55)
    widths = (half - reach_width, reach_width, gutter, half - reach_width, reach_width)
    cells: list[list[Cell]] = []
    for index in range(0, len(pairs), 2):
        row: list[Cell] = []
        for name, reach in pairs[index : index + 2]:
            row += [Paragraph(name, st.body), Paragraph(reach, st.reach), ""]
        cells.append([*row, "", "", ""][:5])
    style: list[Command] = [
        ("TOPPADDING", (0, 0), (-1, -1), st.base * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.base * 0.15),
        ("LINEBELOW", (0, 0), (1, -2), 0.4, RULE),
        ("LINEBELOW", (3, 0), (4, -2), 0.4, RULE),
    ]
    return _table(cells, widths, style)


def boxed(content: list[Flowable], st: Styles) -> Flowable:
    """Content on a soft tint with a rule in the accent on its left: the thing to see first."""
    pad = st.base * 0.8
    style: list[Command] = [
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6),
    ]
    return _table([[content]], (st.width,), style, space_after=st.base * 0.3)


def rule(st: Styles) -> Flowable:
    """A hairline across the text column."""
    return HRFlowable(
        width="100%", thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=st.base * 0.3
    )


Field = tuple[str, str]
"""A line to write on: its label, and what is already known to go on it (often nothing)."""


def sign_here(rows: Sequence[Sequence[Field]], st: Styles, heading: str = "") -> list[Flowable]:
    """Lines to sign and write on by hand, one or two to a row, each labelled underneath.
    A value already known (a witness's name) is printed on its line. Callers keep the
    block on one page with ``KeepTogether`` (which must not be nested)."""
    gutter = st.base * 1.5
    width = st.width
    cells: list[list[Cell]] = []
    style: list[Command] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    # Three columns: a wide line, a gap, a narrower line (for a date).
    wide = (width - gutter) * 0.62
    narrow = width - gutter - wide
    for index, fields in enumerate(rows):
        line_row, label_row = index * 2, index * 2 + 1
        values: list[Cell] = []
        labels: list[Cell] = []
        for label, value in fields[:2]:
            values += [Paragraph(markup(value), st.body) if value else "", ""]
            labels += [Paragraph(markup(label), st.label), ""]
        cells += [[*values, "", ""][:3], [*labels, "", ""][:3]]
        style += [
            ("LINEBELOW", (0, line_row), (0, line_row), 0.8, INK),
            ("TOPPADDING", (0, line_row), (-1, line_row), st.base * 1.8),
            ("BOTTOMPADDING", (0, line_row), (-1, line_row), 2),
            ("TOPPADDING", (0, label_row), (-1, label_row), 2),
            ("BOTTOMPADDING", (0, label_row), (-1, label_row), st.base * 0.2),
        ]
        if len(fields) > 1:
            style.append(("LINEBELOW", (2, line_row), (2, line_row), 0.8, INK))
    table = _table(cells, (wide, gutter, narrow), style, space_after=st.base * 0.3)
    return [Paragraph(markup(heading), st.heading), table] if heading else [table]


def notice(text: str, st: Styles) -> Flowable:
    """A short paragraph set apart on the tint: what a reader must know about this page."""
    return boxed([Paragraph(text, st.body)], st)
