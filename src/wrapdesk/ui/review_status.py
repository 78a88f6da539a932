"""What the Overview's review card says: the next review, or that it's time, calmly."""

from __future__ import annotations

from dataclasses import dataclass

from wrapdesk.content import cycle
from wrapdesk.ui.cards import TRANSLATE
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.session import PlanSession


@dataclass(frozen=True)
class ReviewCard:
    """The card's words, its button, and the cycle's state for the drawing."""

    title: str
    words: str
    button: str
    due: bool
    current_step: str | None
    steps_done: tuple[str, ...]


def review_status(session: PlanSession) -> ReviewCard:
    """Read the plan's review state and word it."""
    from wrapdesk.services.reviews import Reviews
    from wrapdesk.ui.overview_page import nice_date

    status = Reviews(session.editor).status()
    if status.open_step is not None:
        step = cycle.step(status.open_step).localized(TRANSLATE)
        words = translate(
            "ReviewCard", "You stopped at {step}. Carry on whenever you're ready; nothing is lost."
        )
        if status.open_after_crisis:
            words += " " + translate(
                "ReviewCard", "This review looks back at your recent crisis, gently."
            )
        return ReviewCard(
            title=translate("ReviewCard", "Your review is under way"),
            words=words.format(step=step.short_title),
            button=translate("ReviewCard", "Carry on with your review"),
            due=False,
            current_step=status.open_step,
            steps_done=status.open_steps_done,
        )
    if status.next_review is None:
        return ReviewCard(
            title=translate("ReviewCard", "Reviewing your plan"),
            words=translate(
                "ReviewCard",
                "When you're ready, a review walks you through four steps: looking at "
                "what matters, deciding next steps, writing your plan, and putting it "
                "into practice. You can stop and come back at any point.",
            ),
            button=translate("ReviewCard", "Start a review"),
            due=False,
            current_step=None,
            steps_done=(),
        )
    when = nice_date(status.next_review)
    if status.due:
        return ReviewCard(
            title=translate("ReviewCard", "It's time for a review"),
            words=translate(
                "ReviewCard",
                "Your review date was {date}. Start when you're ready; there's no rush, "
                "and you can take it one step at a time.",
            ).format(date=when),
            button=translate("ReviewCard", "Start a review"),
            due=True,
            current_step=None,
            steps_done=(),
        )
    return ReviewCard(
        title=translate("ReviewCard", "Your next review"),
        words=translate(
            "ReviewCard", "Your next review is on {date}. You can start one sooner at any time."
        ).format(date=when),
        button=translate("ReviewCard", "Start a review now"),
        due=False,
        current_step=None,
        steps_done=(),
    )
