"""The recovery sheet: the key that opens a plan when the passphrase is forgotten.

It holds the key, where the plan file is, what to do with it and how to keep the sheet
safe, and nothing at all from the plan: it is built without the plan document, so no
name, entry or person can reach it. The key prints large, in its eight numbered groups
(WrapDesk names a mistyped group by its number), and once more in one line to type.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from wrapdesk.i18n import Translate
from wrapdesk.printouts.blocks import bullets, gap, title_block
from wrapdesk.printouts.fonts import BOLD, REGULAR
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import Sheet, content_width, render
from wrapdesk.printouts.style import BASE_SIZE, INK, QUIET, RULE, TINT, make_styles
from wrapdesk.printouts.tables import boxed
from wrapdesk.printouts.words import long_date, markup, page_of

GROUPS_PER_ROW = 4
DIGIT_SIZE = 22.0
DIGIT_SPACING = 1.6  # points between digits: easy to read back, still one word when copied


class KeyGroups(Flowable):
    """The key's groups in numbered boxes, four to a row, drawn large."""

    def __init__(self, groups: tuple[str, ...], width: float) -> None:
        super().__init__()
        self.groups = groups
        self.width = width
        self.box_height = 17 * mm
        rows = -(-len(groups) // GROUPS_PER_ROW)
        self.height = rows * self.box_height + (rows - 1) * 4 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The grid's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Each group in reading order: left to right, then the next row."""
        canvas = self.canv
        gutter = 4 * mm
        box_width = (self.width - (GROUPS_PER_ROW - 1) * gutter) / GROUPS_PER_ROW
        canvas.saveState()
        for index, group in enumerate(self.groups):
            row, column = divmod(index, GROUPS_PER_ROW)
            x = column * (box_width + gutter)
            y = self.height - (row + 1) * self.box_height - row * 4 * mm
            canvas.setFillColor(TINT)
            canvas.setStrokeColor(RULE)
            canvas.roundRect(x, y, box_width, self.box_height, 2 * mm, stroke=1, fill=1)
            canvas.setFillColor(QUIET)
            canvas.setFont(REGULAR, 8)
            canvas.drawString(x + 2.5 * mm, y + self.box_height - 4.5 * mm, str(index + 1))
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, DIGIT_SIZE)
            canvas.drawCentredString(
                x + box_width / 2, y + 4.2 * mm, group, charSpace=DIGIT_SPACING
            )
        canvas.restoreState()


def path_lines(path: str, font: str, size: float, width: float) -> list[str]:
    """``path`` broken into lines that fit ``width``, after a folder separator where it can
    be (a long path is easier to read, and to type, broken between folder names)."""
    pieces = re.findall(r"[^/\\]*[/\\]|[^/\\]+$", path) or [path]
    lines = [""]
    for piece in pieces:
        if stringWidth(lines[-1] + piece, font, size) <= width or not lines[-1]:
            lines[-1] += piece
        else:
            lines.append(piece)
    fitted = []
    for line in lines:  # a single folder name wider than the page: break it anywhere
        rest = line
        while stringWidth(rest, font, size) > width and len(rest) > 1:
            cut = max(
                (n for n in range(1, len(rest)) if stringWidth(rest[:n], font, size) <= width),
                default=1,
            )
            fitted.append(rest[:cut])
            rest = rest[cut:]
        fitted.append(rest)
    return fitted


def _groups(recovery_key: str) -> tuple[str, ...]:
    """The key's groups as the person will type them (the key is already formatted)."""
    return tuple(part for part in recovery_key.replace(" ", "-").split("-") if part)


def build_recovery_sheet(
    recovery_key: str,
    plan_path: str,
    translate: Translate,
    options: PrintOptions,
) -> bytes:
    """The recovery sheet for the plan at ``plan_path`` as a PDF; no plan content at all."""
    st = make_styles(BASE_SIZE + 1, content_width(options.paper))
    intro = translate(
        "Printouts",
        "This key opens your plan if you ever forget your passphrase. WrapDesk showed it to "
        "you once and can't show it again, so keep this sheet somewhere safe.",
    )
    story: list[Flowable] = title_block(
        translate("Printouts", "WrapDesk"),
        translate("Printouts", "Your recovery key"),
        [markup(intro)],
        st,
    )
    story += [gap(st, 0.4), KeyGroups(_groups(recovery_key), st.width), gap(st, 0.8)]
    one_line = translate("Printouts", "The same key on one line: {key}").format(key=recovery_key)
    story.append(Paragraph(markup(one_line), st.quiet))

    story.append(Paragraph(markup(translate("Printouts", "Where your plan is")), st.heading))
    box_width = st.width - 2 * st.base * 0.8 - 3  # inside the box's padding and rule
    lines = path_lines(plan_path, st.strong.fontName, st.strong.fontSize, box_width)
    story.append(boxed([Paragraph("<br/>".join(markup(line) for line in lines), st.strong)], st))
    moved = translate(
        "Printouts",
        "If you move or copy the file, the same key still opens it.",
    )
    story.append(Paragraph(markup(moved), st.quiet))

    story.append(
        Paragraph(markup(translate("Printouts", "If you forget your passphrase")), st.heading)
    )
    steps = (
        translate("Printouts", "Open your plan in WrapDesk."),
        translate(
            "Printouts",
            "Choose to use your recovery key instead of your passphrase, and type the 48 "
            "digits. Spaces and dashes don't matter.",
        ),
        translate("Printouts", "Choose a new passphrase. This key keeps working afterwards."),
    )
    story += [
        Paragraph(markup(step), st.bullet, bulletText=f"{number}.")
        for number, step in enumerate(steps, start=1)
    ]

    story.append(Paragraph(markup(translate("Printouts", "Keeping this sheet safe")), st.heading))
    story += bullets(
        [
            markup(
                translate(
                    "Printouts",
                    "Anyone with this key and your plan file can read your plan. Keep the sheet "
                    "away from your laptop and its bag.",
                )
            ),
            markup(
                translate(
                    "Printouts",
                    "Keep it with your important papers, or in a sealed envelope with someone "
                    "you trust.",
                )
            ),
            markup(
                translate(
                    "Printouts",
                    "Don't photograph it, and don't keep a copy on your computer or phone.",
                )
            ),
        ],
        st,
    )
    sheet = Sheet(
        title=translate("Printouts", "WrapDesk recovery key"),
        author=translate("Printouts", "WrapDesk"),
        subject=translate(
            "Printouts", "The key that opens your plan if you forget your passphrase"
        ),
        language=options.language,
        paper=options.paper,
        footer=(
            translate("Printouts", "Private: keep this sheet safe"),
            translate("Printouts", "Printed {date}").format(
                date=long_date(options.printed_on(), translate)
            ),
        ),
        page_of=page_of(translate),
    )
    return render(story, sheet)[0]
