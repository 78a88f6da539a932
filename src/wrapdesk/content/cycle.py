"""The four-step planning cycle: its steps, questions, "what I can expect" statements and ratings.

Co-assess, co-decide, co-design and co-deliver, then round again at the review date. Each
step carries statements the person rates for that pass, so they can see over time whether
their care is becoming more shared.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from wrapdesk.content.localizing import SHORT, tr, tr_all
from wrapdesk.content.vocabulary import Choice
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate

StepKey = Literal["co-assess", "co-decide", "co-design", "co-deliver"]
"""The four steps, by their stable keys."""

_CONTEXT = "Cycle"


@dataclass(frozen=True)
class StatementDef:
    """One "what I can expect" statement, in the person's own voice."""

    key: str
    text: str

    def localized(self, translate: Translate) -> StatementDef:
        """A copy with the text translated in the "Cycle" context."""
        return dataclasses.replace(self, text=tr(translate, _CONTEXT, self.text))


@dataclass(frozen=True)
class CycleStepDef:
    """One step of the cycle: what it is for, questions to think about, statements to rate."""

    key: StepKey
    title: str
    short_title: str
    purpose: str
    questions: tuple[str, ...]
    statements: tuple[StatementDef, ...]

    def localized(self, translate: Translate) -> CycleStepDef:
        """A copy with every visible string translated in the "Cycle" context."""
        return dataclasses.replace(
            self,
            title=tr(translate, _CONTEXT, self.title),
            short_title=tr(translate, _CONTEXT, self.short_title, SHORT),
            purpose=tr(translate, _CONTEXT, self.purpose),
            questions=tr_all(translate, _CONTEXT, self.questions),
            statements=tuple(statement.localized(translate) for statement in self.statements),
        )


@dataclass(frozen=True)
class LifeArea:
    """One area of life to look at while co-assessing."""

    key: str
    title: str
    prompt: str

    def localized(self, translate: Translate) -> LifeArea:
        """A copy with the title and prompt translated in the "Cycle" context."""
        return dataclasses.replace(
            self,
            title=tr(translate, _CONTEXT, self.title),
            prompt=tr(translate, _CONTEXT, self.prompt),
        )


STEPS: tuple[CycleStepDef, ...] = (
    CycleStepDef(
        key="co-assess",
        title=QT_TRANSLATE_NOOP("Cycle", "Co-assess: what matters to you"),
        short_title=QT_TRANSLATE_NOOP("Cycle", "Co-assess", "short"),
        purpose=QT_TRANSLATE_NOOP(
            "Cycle",
            "In [co-assess](glossary:co-assess), you look at your whole life: what works, what "
            "doesn't, and what you'd like to change.",
        ),
        questions=(
            QT_TRANSLATE_NOOP("Cycle", "What matters most to you right now, across your life?"),
            QT_TRANSLATE_NOOP("Cycle", "What has worked well for you since last time?"),
            QT_TRANSLATE_NOOP("Cycle", "What hasn't worked, or has stopped helping?"),
            QT_TRANSLATE_NOOP("Cycle", "What would you like to change?"),
        ),
        statements=(
            StatementDef(
                key="assess.whole-life",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "My plan covers my whole life and the things I care about, not only the "
                    "needs someone has assessed.",
                ),
            ),
            StatementDef(
                key="assess.listened-to",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "I get the chance to look back on how things went, and when I say what "
                    "helps and what doesn't, people listen and believe me.",
                ),
            ),
            StatementDef(
                key="assess.honest-views",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "When we review, my honest views can shape my own plan and help make "
                    "services better for others too.",
                ),
            ),
        ),
    ),
    CycleStepDef(
        key="co-decide",
        title=QT_TRANSLATE_NOOP("Cycle", "Co-decide: choose your next steps"),
        short_title=QT_TRANSLATE_NOOP("Cycle", "Co-decide", "short"),
        purpose=QT_TRANSLATE_NOOP(
            "Cycle",
            "In [co-decide](glossary:co-decide), you choose your goals and next steps, weigh up "
            "your options, and pick who you want beside you.",
        ),
        questions=(
            QT_TRANSLATE_NOOP("Cycle", "What are your goals, and what is the next step for each?"),
            QT_TRANSLATE_NOOP("Cycle", "What options do you have, and how do they compare?"),
            QT_TRANSLATE_NOOP("Cycle", "What do you need to know before you choose?"),
            QT_TRANSLATE_NOOP(
                "Cycle", "Who would you like to [support you](glossary:supporter) through this?"
            ),
        ),
        statements=(
            StatementDef(
                key="decide.own-goals",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "My next steps come from my own hopes and goals, and I have help to choose "
                    "them.",
                ),
            ),
            StatementDef(
                key="decide.compare-options",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "I can look at the options side by side and pick the one that suits me, "
                    "knowing what each one means.",
                ),
            ),
            StatementDef(
                key="decide.fresh-ideas",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "People help me think freely about new ways to get where I want to be.",
                ),
            ),
            StatementDef(
                key="decide.information",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "I get the facts I need to plan, at the time I need them and in a form I "
                    "can use, including what help there is near me.",
                ),
            ),
            StatementDef(
                key="decide.choose-helpers",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "If I want help to plan, I pick who helps me, both to make the plan and to "
                    "carry it out.",
                ),
            ),
        ),
    ),
    CycleStepDef(
        key="co-design",
        title=QT_TRANSLATE_NOOP("Cycle", "Co-design: write your plan"),
        short_title=QT_TRANSLATE_NOOP("Cycle", "Co-design", "short"),
        purpose=QT_TRANSLATE_NOOP(
            "Cycle",
            "In [co-design](glossary:co-design), you write or rewrite parts of your plan, with "
            "anyone you choose to involve.",
        ),
        questions=(
            QT_TRANSLATE_NOOP("Cycle", "Which parts of your plan do you want to write or change?"),
            QT_TRANSLATE_NOOP("Cycle", "Who, if anyone, would you like to write it with?"),
            QT_TRANSLATE_NOOP("Cycle", "Who suggested each idea in your plan?"),
            QT_TRANSLATE_NOOP("Cycle", "Does your plan still sound like you?"),
        ),
        statements=(
            StatementDef(
                key="design.trusted-to-write",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "People trust me to write my own plan, with as much or as little help as I "
                    "need.",
                ),
            ),
            StatementDef(
                key="design.fits-me",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "My plan fits my goals, my situation and what I can do, and any treatment "
                    "in it is kept as light a load as it can be.",
                ),
            ),
            StatementDef(
                key="design.open-helpers",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "The people who help me plan are open, honest and flexible, and they look "
                    "for what can work.",
                ),
            ),
            StatementDef(
                key="design.family-friends",
                text=QT_TRANSLATE_NOOP(
                    "Cycle", "If I want to, I can bring friends and family into my planning."
                ),
            ),
        ),
    ),
    CycleStepDef(
        key="co-deliver",
        title=QT_TRANSLATE_NOOP("Cycle", "Co-deliver: put it into practice"),
        short_title=QT_TRANSLATE_NOOP("Cycle", "Co-deliver", "short"),
        purpose=QT_TRANSLATE_NOOP(
            "Cycle",
            "In [co-deliver](glossary:co-deliver), you agree who does what, set your "
            "[review date](glossary:review-date), and choose who gets a copy. Finishing this "
            "step saves a [version](glossary:version) of your plan.",
        ),
        questions=(
            QT_TRANSLATE_NOOP("Cycle", "Who will do what, and by when?"),
            QT_TRANSLATE_NOOP("Cycle", "When would you like to look at your plan again?"),
            QT_TRANSLATE_NOOP("Cycle", "Who should get a copy, and of which parts?"),
        ),
        statements=(
            StatementDef(
                key="deliver.own-part",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "I have help to play my own part in my care and to look after my wellbeing.",
                ),
            ),
            StatementDef(
                key="deliver.risks-ok",
                text=QT_TRANSLATE_NOOP(
                    "Cycle",
                    "I have backing to try things, even when there's some risk. Mistakes are "
                    "allowed, and so is changing my mind.",
                ),
            ),
            StatementDef(
                key="deliver.people-follow-through",
                text=QT_TRANSLATE_NOOP(
                    "Cycle", "People keep their word, so I know what will happen and when."
                ),
            ),
        ),
    ),
)
"""The four steps, in cycle order."""

LIFE_AREAS: tuple[LifeArea, ...] = (
    LifeArea(
        key="home",
        title=QT_TRANSLATE_NOOP("Cycle", "Home"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "How do you feel about where you live?"),
    ),
    LifeArea(
        key="relationships",
        title=QT_TRANSLATE_NOOP("Cycle", "People close to you"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "Who is close to you, and how are things with them?"),
    ),
    LifeArea(
        key="work-study",
        title=QT_TRANSLATE_NOOP("Cycle", "Work or study"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "How are work, study or volunteering going?"),
    ),
    LifeArea(
        key="money",
        title=QT_TRANSLATE_NOOP("Cycle", "Money"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "Is money a worry for you at the moment?"),
    ),
    LifeArea(
        key="physical-health",
        title=QT_TRANSLATE_NOOP("Cycle", "Body and physical health"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "How are your sleep, food, energy and any pain?"),
    ),
    LifeArea(
        key="mind",
        title=QT_TRANSLATE_NOOP("Cycle", "Mind and feelings"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "How are your mood and thoughts these days?"),
    ),
    LifeArea(
        key="free-time",
        title=QT_TRANSLATE_NOOP("Cycle", "Free time"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "What do you enjoy, and do you get time for it?"),
    ),
    LifeArea(
        key="identity",
        title=QT_TRANSLATE_NOOP("Cycle", "Faith, culture and identity"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "What helps you feel like yourself?"),
    ),
    LifeArea(
        key="community",
        title=QT_TRANSLATE_NOOP("Cycle", "Community"),
        prompt=QT_TRANSLATE_NOOP("Cycle", "Where do you feel you belong?"),
    ),
)
"""Areas of life to look at in co-assess, so the plan is about your whole life."""

RATINGS: tuple[Choice, ...] = (
    Choice(
        key="not-yet",
        label=QT_TRANSLATE_NOOP("Cycle", "Not yet"),
        hint=QT_TRANSLATE_NOOP("Cycle", "This isn't how it feels for you yet."),
        context=_CONTEXT,
    ),
    Choice(
        key="partly",
        label=QT_TRANSLATE_NOOP("Cycle", "Partly"),
        hint=QT_TRANSLATE_NOOP("Cycle", "Some of the time, or in some ways."),
        context=_CONTEXT,
    ),
    Choice(
        key="yes",
        label=QT_TRANSLATE_NOOP("Cycle", "Yes"),
        hint=QT_TRANSLATE_NOOP("Cycle", "Yes, this is how it feels for you."),
        context=_CONTEXT,
    ),
)
"""How far a statement rings true for this pass of the cycle."""


def step(key: str) -> CycleStepDef:
    """The cycle step with this key; ``KeyError`` if there is none."""
    for candidate in STEPS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def statement(key: str) -> StatementDef:
    """The "what I can expect" statement with this key, from any step; ``KeyError`` if none."""
    for candidate_step in STEPS:
        for candidate in candidate_step.statements:
            if candidate.key == key:
                return candidate
    raise KeyError(key)
