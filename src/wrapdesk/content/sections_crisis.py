"""The crisis plan's nine parts: written while you are well, for others to use if you can't."""

from __future__ import annotations

from wrapdesk.content.section_types import EntryListDef, SectionDef
from wrapdesk.i18n import QT_TRANSLATE_NOOP

WHEN_WELL = SectionDef(
    key="crisis.when-well",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "What I'm like when I'm well"),
    short_title=QT_TRANSLATE_NOOP("Sections", "When I'm well", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "A picture of you at your best, so the people who help you can tell when you're "
        "not yourself.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What are you like on a good day?"),
        QT_TRANSLATE_NOOP("Sections", "How do you talk, dress and spend your time?"),
        QT_TRANSLATE_NOOP("Sections", "What would someone who knows you well say about you?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I'm quiet but friendly, and I like a joke"),
        QT_TRANSLATE_NOOP("Sections", "I keep my flat tidy and I'm up by eight"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "How people can tell I'm well"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something people notice"),
        ),
    ),
)

TAKE_OVER_SIGNS = SectionDef(
    key="crisis.take-over-signs",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "Signs that others need to take over"),
    short_title=QT_TRANSLATE_NOOP("Sections", "When others take over", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "The signs that tell your [supporters](glossary:supporter) it's time for them to "
        "act for you.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What do people see when you can't look after yourself?"),
        QT_TRANSLATE_NOOP("Sections", "What might you do or say that is not like you at all?"),
        QT_TRANSLATE_NOOP("Sections", "Which signs mean people should step in right away?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I stop eating and drinking for more than a day"),
        QT_TRANSLATE_NOOP("Sections", "I stay in my room and don't answer the door"),
        QT_TRANSLATE_NOOP("Sections", "I don't know what day it is"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "When you see these, please step in"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a sign to watch for"),
        ),
    ),
)

SUPPORTERS = SectionDef(
    key="crisis.supporters",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "My supporters"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Supporters", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Who you want to help in a [crisis](glossary:crisis), how to reach them, and anyone "
        "you don't want involved.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "Who do you trust to help if you can't act for yourself?"),
        QT_TRANSLATE_NOOP("Sections", "What would you like each person to do?"),
        QT_TRANSLATE_NOOP(
            "Sections", "Is there anyone you don't want involved? You don't need to say why."
        ),
        QT_TRANSLATE_NOOP("Sections", "If your supporters disagree, how should they settle it?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "My sister Jo: call her first, day or night"),
        QT_TRANSLATE_NOOP("Sections", "My friend Sam can look after the cat"),
        QT_TRANSLATE_NOOP("Sections", "If they can't agree, Jo has the final say"),
    ),
    lists=(
        EntryListDef(
            kind="disagreements",
            label=QT_TRANSLATE_NOOP("Sections", "If my supporters disagree"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add how to settle a disagreement"),
        ),
    ),
    structured=("people", "not-involved"),
)

MEDICINES = SectionDef(
    key="crisis.medicines",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "Medicines"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Medicines", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "The medicines you take now, ones you would accept, ones to avoid, and any allergies.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "Which medicines do you take now, and how much?"),
        QT_TRANSLATE_NOOP("Sections", "Which would you accept if a change is needed?"),
        QT_TRANSLATE_NOOP("Sections", "Has a medicine not suited you? What happened?"),
        QT_TRANSLATE_NOOP("Sections", "Are you allergic to anything?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Sertraline, 100 mg each morning"),
        QT_TRANSLATE_NOOP("Sections", "Please avoid olanzapine: it made me gain a lot of weight"),
        QT_TRANSLATE_NOOP("Sections", "I'm allergic to penicillin"),
    ),
    lists=(),
    structured=("medicines",),
)

TREATMENTS = SectionDef(
    key="crisis.treatments",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "Treatments"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Treatments", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections", "Treatments you would want if you become unwell, and ones you want to avoid."
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "Which treatments have helped you before?"),
        QT_TRANSLATE_NOOP("Sections", "Is there one you would like to try?"),
        QT_TRANSLATE_NOOP("Sections", "Are there any you want to avoid? What makes you say so?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Talking with someone I know helps more than extra tablets"),
        QT_TRANSLATE_NOOP("Sections", "I'd rather not have injections if tablets will do"),
    ),
    lists=(),
    structured=("treatments",),
)

HOME_CARE = SectionDef(
    key="crisis.home-care",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "Care at home or respite"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Care at home", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Ways to get care at home, in your community or through [respite](glossary:respite), "
        "instead of going into hospital.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What would help you stay at home through a crisis?"),
        QT_TRANSLATE_NOOP("Sections", "Who could stay with you, or visit each day?"),
        QT_TRANSLATE_NOOP("Sections", "Is there a crisis house or a place to rest you would use?"),
        QT_TRANSLATE_NOOP("Sections", "What needs to be in place for this to work?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Mum stays with me and the crisis team visits each day"),
        QT_TRANSLATE_NOOP("Sections", "A short stay at the crisis house in town"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "Care I'd like instead of hospital"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a kind of care"),
        ),
    ),
)

PLACES = SectionDef(
    key="crisis.places",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "Treatment places"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Treatment places", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Where you would like to be treated if you can't stay at home, and places to avoid.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "If you need a hospital, where would you like to go?"),
        QT_TRANSLATE_NOOP("Sections", "Is there a place you want to avoid? Why?"),
        QT_TRANSLATE_NOOP("Sections", "What makes a place feel safe to you?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Ward 3 at St Mary's, where the staff know me"),
        QT_TRANSLATE_NOOP("Sections", "Not Hill View: it's too far for my family to visit"),
    ),
    lists=(),
    structured=("places",),
)

HELPS = SectionDef(
    key="crisis.helps",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "What helps and what doesn't"),
    short_title=QT_TRANSLATE_NOOP("Sections", "What helps", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "What people can do that helps, what makes things harder, and jobs you'd like "
        "named people to take on.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What helps you feel safe when you're unwell?"),
        QT_TRANSLATE_NOOP("Sections", "What do people do that makes things harder?"),
        QT_TRANSLATE_NOOP("Sections", "Who can look after your pets, children, bills or work?"),
        QT_TRANSLATE_NOOP("Sections", "What would put your mind at rest while you get better?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Speak slowly and tell me what's going on"),
        QT_TRANSLATE_NOOP("Sections", "Please don't crowd me or raise your voice"),
        QT_TRANSLATE_NOOP("Sections", "Jo feeds the cat and lets my boss know I'm off sick"),
    ),
    lists=(
        EntryListDef(
            kind="helps",
            label=QT_TRANSLATE_NOOP("Sections", "What helps me"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something that helps"),
        ),
        EntryListDef(
            kind="not-helps",
            label=QT_TRANSLATE_NOOP("Sections", "What doesn't help"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something that doesn't help"),
        ),
        EntryListDef(
            kind="tasks",
            label=QT_TRANSLATE_NOOP("Sections", "Jobs for people I trust"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a job"),
            hint=QT_TRANSLATE_NOOP(
                "Sections", "Say who does each job: pets, children, bills, work or anything else."
            ),
        ),
    ),
)

NO_LONGER_NEEDED = SectionDef(
    key="crisis.no-longer-needed",
    group="crisis",
    title=QT_TRANSLATE_NOOP("Sections", "When this plan is no longer needed"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Plan no longer needed", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "The signs that tell your supporters they can step back and hand things back to you.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What shows you can make your own choices again?"),
        QT_TRANSLATE_NOOP("Sections", "What are the first signs that you are getting better?"),
        QT_TRANSLATE_NOOP("Sections", "How would you like people to step back?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I sleep through the night three nights in a row"),
        QT_TRANSLATE_NOOP("Sections", "I can plan my own day and stick to it"),
    ),
    lists=(
        EntryListDef(
            kind="item",
            label=QT_TRANSLATE_NOOP("Sections", "Signs my supporters can step back"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a sign I'm ready"),
        ),
    ),
)

CRISIS_SECTIONS: tuple[SectionDef, ...] = (
    WHEN_WELL,
    TAKE_OVER_SIGNS,
    SUPPORTERS,
    MEDICINES,
    TREATMENTS,
    HOME_CARE,
    PLACES,
    HELPS,
    NO_LONGER_NEEDED,
)
"""The crisis plan's nine parts, in order."""
