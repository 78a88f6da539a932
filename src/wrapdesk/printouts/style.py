"""The printouts' look: one calm accent colour, warm ink, and type scaled from one base size.

Nothing is told by colour alone: headings differ by size and weight, and every "avoid" or
"allergic" is said in words. Contrast is at least 6:1 on white and on the tint.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from wrapdesk.printouts.fonts import BOLD, REGULAR, register_fonts

# The app's own palette (ui/palette.py, light theme), so paper and screen feel the same.
INK = HexColor("#2A2825")
"""Body text: a warm, soft black (14.7:1 on white)."""
QUIET = HexColor("#615C55")
"""Secondary words (who suggested an entry, notes): a warm grey, 6.6:1 on white."""
ACCENT = HexColor("#2C6464")
"""The one accent: the app's deep, calm teal, for headings and rules (6.7:1 on white)."""
TINT = HexColor("#EEF4F3")
"""A whisper of the accent behind the most important box."""
RULE = HexColor("#BFC9C4")
"""Hairlines: decoration only, never the only sign of anything."""

MARGIN = 15 * mm
TOP_MARGIN = 13 * mm
BOTTOM_MARGIN = 19 * mm  # leaves room for the footer on every page

BASE_SIZE = 11.0
"""Body type for the longer documents."""
CRISIS_SIZE = 12.0
"""Body type for the crisis plan: large and clear."""
CRISIS_LARGE_SIZE = 16.0
"""The crisis plan's extra-large option."""


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of one printout, scaled from ``base`` points, and the width
    of the text column they are set in."""

    base: float
    width: float
    eyebrow: ParagraphStyle
    title: ParagraphStyle
    intro: ParagraphStyle
    group: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    quiet: ParagraphStyle
    label: ParagraphStyle
    strong: ParagraphStyle
    call: ParagraphStyle
    reach: ParagraphStyle

    @property
    def quiet_size(self) -> float:
        """The size of secondary words inside a line of body text."""
        return round(self.base * 0.85, 1)


def make_styles(base: float, width: float) -> Styles:
    """The styles for body type of ``base`` points, in a column ``width`` points wide."""
    register_fonts()  # paragraphs look their fonts up as they are made
    leading = base * 1.22
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=base,
        leading=leading,
        textColor=INK,
        spaceAfter=base * 0.3,
        allowWidows=0,
        allowOrphans=0,
    )
    return Styles(
        base=base,
        width=width,
        eyebrow=ParagraphStyle(
            "eyebrow",
            parent=body,
            fontName=BOLD,
            fontSize=base * 0.9,
            leading=base * 1.2,
            textColor=ACCENT,
            spaceAfter=base * 0.2,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=base * 2.0,
            leading=base * 2.3,
            spaceAfter=base * 0.35,
        ),
        intro=ParagraphStyle("intro", parent=body, spaceAfter=base * 0.45),
        group=ParagraphStyle(
            "group",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.6,
            leading=base * 1.95,
            spaceBefore=base * 1.6,
            spaceAfter=base * 0.5,
            keepWithNext=1,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.2,
            leading=base * 1.4,
            textColor=ACCENT,
            spaceBefore=base * 0.65,
            spaceAfter=base * 0.2,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=BOLD,
            spaceBefore=base * 0.35,
            spaceAfter=base * 0.15,
            keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=base * 1.25,
            bulletIndent=base * 0.25,
            bulletFontName=REGULAR,
            bulletFontSize=base,
            bulletColor=ACCENT,
            spaceAfter=base * 0.08,
        ),
        quiet=ParagraphStyle(
            "quiet",
            parent=body,
            fontSize=base * 0.85,
            leading=base * 1.15,
            textColor=QUIET,
        ),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontSize=base * 0.85,
            leading=base * 1.15,
            textColor=QUIET,
            spaceAfter=0,
        ),
        strong=ParagraphStyle("strong", parent=body, fontName=BOLD, spaceAfter=0),
        call=ParagraphStyle(
            "call",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.4,
            leading=base * 1.75,
            spaceAfter=base * 0.15,
        ),
        reach=ParagraphStyle("reach", parent=body, fontName=BOLD, alignment=TA_RIGHT, spaceAfter=0),
    )


def hex_of(colour: Color) -> str:
    """``#rrggbb`` for a colour, to use inside paragraph markup."""
    return "#" + colour.hexval()[2:]
