"""What the app says about the law: that it is not legal advice, and which statement is which.

The "which is which" paragraphs may link glossary terms with ``[words](glossary:KEY)``;
show them through :mod:`markup`, like the sections' "about" paragraphs.
"""

from __future__ import annotations

from wrapdesk.i18n import QT_TRANSLATE_NOOP

NOT_LEGAL_ADVICE = QT_TRANSLATE_NOOP(
    "Legal",
    "WrapDesk helps you write down your wishes, but it is not legal advice. For advice about "
    "your own situation, talk to a solicitor, Citizens Advice or a mental health advocacy "
    "service.",
)
"""Shown wherever the app talks about advance statements, and on their printouts."""

WHICH_IS_WHICH: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Legal",
        "An [advance statement](glossary:advance-statement), in England and Wales, says what "
        "you would like: your wishes, beliefs and values about your care. It is not legally "
        "binding, but people who decide for you must take it into account.",
    ),
    QT_TRANSLATE_NOOP(
        "Legal",
        "An [advance decision to refuse treatment](glossary:adrt), in England and Wales, says "
        "no to named treatments in named situations. If it is valid and fits the situation, it "
        "counts as if you said no at the time. It can't ask for treatment, and treatment for a "
        "[mental disorder](glossary:mental-disorder) may still be given under the Mental "
        "Health Act.",
    ),
    QT_TRANSLATE_NOOP(
        "Legal",
        "A [Scottish advance statement](glossary:scottish-advance-statement) says how you wish, "
        "or don't wish, to be treated for your mental health. It needs a witness from a set "
        "list of jobs. Doctors and tribunals must take it into account. If they go against it, "
        "they must write down why and tell you.",
    ),
    QT_TRANSLATE_NOOP(
        "Legal",
        "You can make more than one. For example, you might write an advance statement and an "
        "advance decision about one or two treatments.",
    ),
)
"""Short paragraphs on how the three kinds of advance statement differ."""
