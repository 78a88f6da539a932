"""The six WRAP parts that sit around the crisis plan: staying well and getting well again."""

from __future__ import annotations

from wrapdesk.content.section_types import EntryListDef, SectionDef
from wrapdesk.i18n import QT_TRANSLATE_NOOP

# The same two action-plan lists serve triggers, early warning signs and breaking down.
_MUST_DO = EntryListDef(
    kind="must-do",
    label=QT_TRANSLATE_NOOP("Sections", "Things I must do"),
    add_label=QT_TRANSLATE_NOOP("Sections", "Add something I must do"),
    hint=QT_TRANSLATE_NOOP("Sections", "The steps you take every time, because they work for you."),
)
_MIGHT_DO = EntryListDef(
    kind="might-do",
    label=QT_TRANSLATE_NOOP("Sections", "Things I might do"),
    add_label=QT_TRANSLATE_NOOP("Sections", "Add something I might do"),
    hint=QT_TRANSLATE_NOOP("Sections", "Other ideas to try, if they fit the moment."),
)

WELLNESS_TOOLBOX = SectionDef(
    key="wellness-toolbox",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "Wellness toolbox"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Wellness toolbox", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Your [wellness toolbox](glossary:wellness-toolbox): the things that help you stay "
        "well, and help you feel better when times are hard.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What helps you feel calm?"),
        QT_TRANSLATE_NOOP("Sections", "What do you do on a good day?"),
        QT_TRANSLATE_NOOP("Sections", "Who do you like to spend time with?"),
        QT_TRANSLATE_NOOP("Sections", "What small thing lifts your mood, even a little?"),
        QT_TRANSLATE_NOOP("Sections", "What did you once enjoy that you might try again?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Walk the dog by the river"),
        QT_TRANSLATE_NOOP("Sections", "Ring my sister for a chat"),
        QT_TRANSLATE_NOOP("Sections", "Put on my favourite album and make a cup of tea"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "Things that help me"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a tool"),
            hint=QT_TRANSLATE_NOOP("Sections", "Anything that helps counts, big or small."),
        ),
    ),
)

DAILY_PLAN = SectionDef(
    key="daily-plan",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "Daily maintenance plan"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Daily plan", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "What you are like when you are well, and what you do each day to stay that way.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "How would a friend describe you on a good day?"),
        QT_TRANSLATE_NOOP("Sections", "What do you need to do each day to feel okay?"),
        QT_TRANSLATE_NOOP("Sections", "What helps on some days, but not every day?"),
        QT_TRANSLATE_NOOP(
            "Sections", "What would you like to work towards, one small step at a time?"
        ),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I'm chatty and I laugh a lot"),
        QT_TRANSLATE_NOOP("Sections", "Eat breakfast and take my tablets by nine"),
        QT_TRANSLATE_NOOP("Sections", "Spend an hour at the allotment when I can"),
    ),
    lists=(
        EntryListDef(
            kind="well",
            label=QT_TRANSLATE_NOOP("Sections", "How I am when I'm well"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something about me when I'm well"),
        ),
        EntryListDef(
            kind="daily",
            label=QT_TRANSLATE_NOOP("Sections", "Things I do every day"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something I do every day"),
        ),
        EntryListDef(
            kind="might",
            label=QT_TRANSLATE_NOOP("Sections", "Things I might do some days"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something for some days"),
            hint=QT_TRANSLATE_NOOP(
                "Sections", "Things that help now and then, when you need them."
            ),
        ),
        EntryListDef(
            kind="goals",
            label=QT_TRANSLATE_NOOP("Sections", "Goals, in small steps"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a goal or a step"),
            hint=QT_TRANSLATE_NOOP("Sections", "Bigger hopes, broken into steps you can take."),
        ),
    ),
)

TRIGGERS = SectionDef(
    key="triggers",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "Triggers"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Triggers", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Things around you that can upset you, called [triggers](glossary:trigger), "
        "and what you do when they happen.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What kinds of events tend to upset you?"),
        QT_TRANSLATE_NOOP("Sections", "Are there times of year, places or dates that are hard?"),
        QT_TRANSLATE_NOOP("Sections", "What do you do when one of these happens?"),
        QT_TRANSLATE_NOOP("Sections", "What else could you try, if you have the time?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "A row with my dad"),
        QT_TRANSLATE_NOOP("Sections", "Brown envelopes about money"),
        QT_TRANSLATE_NOOP("Sections", "Go for a walk, then talk it over with Sam"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "My triggers"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a trigger"),
        ),
        _MUST_DO,
        _MIGHT_DO,
    ),
)

EARLY_WARNING_SIGNS = SectionDef(
    key="early-warning-signs",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "Early warning signs"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Early warning signs", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Small changes inside you that tell you things may be slipping, and your "
        "[action plan](glossary:action-plan) for them.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What is the first thing you notice when you start to slip?"),
        QT_TRANSLATE_NOOP("Sections", "What changes in your sleep, food or mood?"),
        QT_TRANSLATE_NOOP("Sections", "What do people close to you notice first?"),
        QT_TRANSLATE_NOOP("Sections", "What helps you get back on track?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Sleeping less than five hours"),
        QT_TRANSLATE_NOOP("Sections", "Not answering my messages"),
        QT_TRANSLATE_NOOP("Sections", "Tell my sister and book a GP visit"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "My early warning signs"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a sign"),
        ),
        _MUST_DO,
        _MIGHT_DO,
    ),
)

BREAKING_DOWN = SectionDef(
    key="breaking-down",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "When things are breaking down"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Breaking down", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Signs that things are getting much worse, and the extra help you ask for then.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "How do you know when things are getting much worse?"),
        QT_TRANSLATE_NOOP("Sections", "What do others see at this point?"),
        QT_TRANSLATE_NOOP("Sections", "Who do you want to hear from, and what can they do?"),
        QT_TRANSLATE_NOOP("Sections", "What do you need to keep yourself safe?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I can't get out of bed, even to eat"),
        QT_TRANSLATE_NOOP("Sections", "Ask Jo to stay over for a few nights"),
        QT_TRANSLATE_NOOP("Sections", "Ring my community nurse that day"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "Signs things are getting worse"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a sign things are worse"),
        ),
        _MUST_DO,
        _MIGHT_DO,
    ),
)

POST_CRISIS = SectionDef(
    key="post-crisis",
    group="wrap",
    title=QT_TRANSLATE_NOOP("Sections", "Post-crisis plan"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Post-crisis", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "How you recover after a [crisis](glossary:crisis), and what you learn for next time.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "How will you know you are getting better?"),
        QT_TRANSLATE_NOOP("Sections", "Who and what helps you heal?"),
        QT_TRANSLATE_NOOP("Sections", "What can wait until you feel stronger?"),
        QT_TRANSLATE_NOOP("Sections", "What would you like to go differently next time?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I start to cook for myself again"),
        QT_TRANSLATE_NOOP("Sections", "Go back to work half days for a month"),
        QT_TRANSLATE_NOOP("Sections", "Next time, ask for help a week sooner"),
    ),
    lists=(
        EntryListDef(
            kind="feel",
            label=QT_TRANSLATE_NOOP("Sections", "How I'll know I'm recovering"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a sign of recovery"),
        ),
        EntryListDef(
            kind="support",
            label=QT_TRANSLATE_NOOP("Sections", "Who and what helps me recover"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a person or thing that helps"),
        ),
        EntryListDef(
            kind="steps",
            label=QT_TRANSLATE_NOOP("Sections", "Things to do as I heal"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a step"),
            hint=QT_TRANSLATE_NOOP("Sections", "Go gently: small steps, in your own time."),
        ),
        EntryListDef(
            kind="learned",
            label=QT_TRANSLATE_NOOP("Sections", "What I'd do differently next time"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something I've learned"),
        ),
    ),
)

WRAP_SECTIONS: tuple[SectionDef, ...] = (
    WELLNESS_TOOLBOX,
    DAILY_PLAN,
    TRIGGERS,
    EARLY_WARNING_SIGNS,
    BREAKING_DOWN,
    POST_CRISIS,
)
"""The WRAP parts, in the order the sidebar shows them."""
