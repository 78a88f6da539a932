"""The wallet card: "I have a crisis plan — please contact …", the size of a bank card.

Printed on an ordinary page as two cards with corner marks to cut along. Each card is two
panels side by side with a dashed fold between them; folded (printing outside) it is
85.6 × 54 mm, the size of a bank card. The front says there is a plan and who to call;
the back gives the person's name, any allergies, and which copy of the plan it matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wrapdesk.document import PersonDoc, PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts import facts
from wrapdesk.printouts.blocks import title_block
from wrapdesk.printouts.fonts import BOLD, REGULAR
from wrapdesk.printouts.options import PrintOptions
from wrapdesk.printouts.page import Sheet, content_width, render
from wrapdesk.printouts.style import ACCENT, BASE_SIZE, INK, QUIET, RULE, make_styles
from wrapdesk.printouts.words import (
    full_name,
    markup,
    name_line,
    newest_copy,
    number,
    page_of,
    which_copy,
)

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
"""One panel, and the folded card: ISO/IEC 7810 ID-1, the size of a bank card."""
PAD = 4 * mm
MARK = 4 * mm  # length of a corner mark
MARK_GAP = 1.5 * mm  # marks stop short of the card so no ink is left on its edge
CARDS_PER_PAGE = 2

_SMALL = ParagraphStyle("card", fontName=REGULAR, fontSize=7.5, leading=9.2, textColor=INK)
_LABEL = ParagraphStyle("card-label", parent=_SMALL, fontSize=6.8, leading=8, textColor=QUIET)
_NAME = ParagraphStyle("card-name", parent=_SMALL, fontName=BOLD, fontSize=9, leading=11)
_NUMBER = ParagraphStyle("card-number", parent=_SMALL, fontName=BOLD, fontSize=11, leading=13)
_HEAD = ParagraphStyle(
    "card-head", parent=_SMALL, fontName=BOLD, fontSize=10.5, leading=12.5, textColor=ACCENT
)


@dataclass(frozen=True)
class CardWords:
    """Everything printed on one card, as paragraph markup, front then back."""

    front: tuple[tuple[str, ParagraphStyle], ...]
    back: tuple[tuple[str, ParagraphStyle], ...]
    back_foot: tuple[tuple[str, ParagraphStyle], ...]


class WalletCard(Flowable):
    """One unfolded card (two panels and a fold) with corner marks around it."""

    def __init__(self, words: CardWords) -> None:
        super().__init__()
        self.words = words
        self.width = 2 * CARD_WIDTH + 2 * (MARK + MARK_GAP)
        self.height = CARD_HEIGHT + 2 * (MARK + MARK_GAP)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The card's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Marks, outline and fold first, then the words in reading order."""
        canvas = self.canv
        left = bottom = MARK + MARK_GAP
        right, top = left + 2 * CARD_WIDTH, bottom + CARD_HEIGHT
        canvas.saveState()
        canvas.setStrokeColor(QUIET)
        canvas.setLineWidth(0.5)
        for x, y, dx, dy in (
            (left, top, -1, 1),
            (right, top, 1, 1),
            (left, bottom, -1, -1),
            (right, bottom, 1, -1),
        ):
            canvas.line(x + dx * MARK_GAP, y, x + dx * (MARK_GAP + MARK), y)
            canvas.line(x, y + dy * MARK_GAP, x, y + dy * (MARK_GAP + MARK))
        canvas.setStrokeColor(RULE)
        canvas.rect(left, bottom, 2 * CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
        canvas.setFillColor(ACCENT)
        canvas.rect(left, bottom, 1.6 * mm, CARD_HEIGHT, stroke=0, fill=1)
        canvas.setDash(3, 2)
        canvas.setStrokeColor(QUIET)
        canvas.line(left + CARD_WIDTH, bottom, left + CARD_WIDTH, top)
        canvas.restoreState()
        self._panel(self.words.front, (), left + 1 * mm, top)
        self._panel(self.words.back, self.words.back_foot, left + CARD_WIDTH, top)

    def _panel(
        self,
        lines: tuple[tuple[str, ParagraphStyle], ...],
        foot: tuple[tuple[str, ParagraphStyle], ...],
        x: float,
        top: float,
    ) -> None:
        """Words from the top of a panel down, and ``foot`` set at its bottom edge."""
        width = CARD_WIDTH - 2 * PAD
        y = top - PAD * 0.8
        for text, style in lines:
            paragraph = Paragraph(text, style)
            _w, height = paragraph.wrap(width, CARD_HEIGHT)
            y -= height
            paragraph.drawOn(self.canv, x + PAD, y)
            y -= style.fontSize * 0.25
        paragraphs = [Paragraph(text, style) for text, style in foot]
        heights = [paragraph.wrap(width, CARD_HEIGHT)[1] for paragraph in paragraphs]
        y = top - CARD_HEIGHT + PAD * 0.8 + sum(heights)  # set from the bottom edge up,
        for paragraph, height in zip(paragraphs, heights, strict=True):  # drawn top down
            y -= height
            paragraph.drawOn(self.canv, x + PAD, y)


def _contacts(document: PlanDocument) -> tuple[PersonDoc, ...]:
    """Up to two people to call: those marked "call first", else the first with a number."""
    first = tuple(p for p in facts.first_contacts(document) if p.phone.strip())
    if not first:
        first = tuple(p for p in facts.supporters(document) if p.phone.strip())[:1]
    return first[:2]


def card_words(document: PlanDocument, translate: Translate, options: PrintOptions) -> CardWords:
    """What goes on the card, in the person's language."""
    has_advance = bool(
        document.refusals or any(s.group == "advance" and s.entry_count for s in document.sections)
    )
    has_crisis = any(s.group == "crisis" and s.entry_count for s in document.sections)
    if has_advance and has_crisis:
        head = translate("Printouts", "I have a crisis plan and an advance statement.")
    elif has_advance:
        head = translate("Printouts", "I have an advance statement.")
    else:
        head = translate("Printouts", "I have a crisis plan.")
    front: list[tuple[str, ParagraphStyle]] = [(markup(head), _HEAD)]
    contacts = _contacts(document)
    if contacts:
        ask = translate("Printouts", "If I can't speak for myself, please contact:")
        front.append((markup(ask), _SMALL))
        for person in contacts:
            who = f"<b>{markup(person.name)}</b>"
            if person.relationship.strip():
                who += f" · {markup(person.relationship)}"
            front += [(who, _SMALL), (number(person.phone), _NUMBER)]
    back: list[tuple[str, ParagraphStyle]] = [
        (markup(translate("Printouts", "Name")), _LABEL),
        (markup(name_line(document.owner) or "—"), _NAME),
    ]
    allergies = [m.name.strip() for m in document.medicines if m.status == "allergy"]
    if allergies:
        back += [
            (markup(translate("Printouts", "Allergies")), _LABEL),
            (markup(", ".join(allergies)), _NAME),
        ]
    foot = (
        (markup(which_copy(document, options, translate)), _LABEL),
        (markup(newest_copy(document.owner, translate)), _LABEL),
    )
    return CardWords(front=tuple(front), back=tuple(back), back_foot=foot)


def build_wallet_card(document: PlanDocument, translate: Translate, options: PrintOptions) -> bytes:
    """A page with two wallet cards to cut out and fold."""
    st = make_styles(BASE_SIZE, content_width(options.paper))
    how = translate(
        "Printouts",
        "Cut along the corner marks, then fold along the dashed line with the printing on the "
        "outside. Folded, each card is the size of a bank card: keep one in your wallet, and "
        "one in a bag or coat.",
    )
    story: list[Flowable] = title_block(
        name_line(document.owner), translate("Printouts", "Wallet card"), [markup(how)], st
    )
    words = card_words(document, translate, options)
    for _ in range(CARDS_PER_PAGE):
        story += [Spacer(1, 6 * mm), WalletCard(words)]
    name = full_name(document.owner, translate)
    sheet = Sheet(
        title=translate("Printouts", "Wallet card — {name}").format(name=name),
        author=name,
        subject=translate("Printouts", "A card to carry, saying who to contact"),
        language=options.language,
        paper=options.paper,
        footer=(newest_copy(document.owner, translate), which_copy(document, options, translate)),
        page_of=page_of(translate),
    )
    return render(story, sheet)[0]
