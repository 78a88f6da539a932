"""The three kinds of advance statement: wishes (England and Wales), refusals, and Scotland's."""

from __future__ import annotations

from wrapdesk.content.section_types import EntryListDef, SectionDef
from wrapdesk.i18n import QT_TRANSLATE_NOOP

ADVANCE_STATEMENT = SectionDef(
    key="advance-statement",
    group="advance",
    title=QT_TRANSLATE_NOOP("Sections", "Advance statement (England and Wales)"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Advance statement", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Your wishes, beliefs and values about your care, for a time when you can't decide "
        "or say what you want.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "What matters most to you about how you are cared for?"),
        QT_TRANSLATE_NOOP(
            "Sections", "Which treatments or medicines work for you, and which don't?"
        ),
        QT_TRANSLATE_NOOP(
            "Sections", "Who should be told if you become unwell, and who shouldn't?"
        ),
        QT_TRANSLATE_NOOP("Sections", "Who can look after your children, pets or home?"),
        QT_TRANSLATE_NOOP(
            "Sections", "How can people help you understand them, and be understood?"
        ),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "Please let me keep my own clothes and phone on the ward"),
        QT_TRANSLATE_NOOP("Sections", "I'm vegetarian, and I'd like to see a chaplain"),
        QT_TRANSLATE_NOOP("Sections", "Talk to me in short sentences and give me time to answer"),
    ),
    lists=(
        EntryListDef(
            kind="treatment",
            label=QT_TRANSLATE_NOOP("Sections", "Treatment"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a wish about treatment"),
        ),
        EntryListDef(
            kind="medicines-notes",
            label=QT_TRANSLATE_NOOP("Sections", "Notes about medicines"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a note about medicines"),
            hint=QT_TRANSLATE_NOOP(
                "Sections", "Your list of medicines is in your crisis plan. Add anything else here."
            ),
        ),
        EntryListDef(
            kind="hospital",
            label=QT_TRANSLATE_NOOP("Sections", "If I go into hospital"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a wish about hospital"),
        ),
        EntryListDef(
            kind="physical-health",
            label=QT_TRANSLATE_NOOP("Sections", "Physical health and disability"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a health need"),
        ),
        EntryListDef(
            kind="contact",
            label=QT_TRANSLATE_NOOP("Sections", "Who to contact"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add someone to contact"),
        ),
        EntryListDef(
            kind="no-contact",
            label=QT_TRANSLATE_NOOP("Sections", "Who not to contact"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add someone not to contact"),
        ),
        EntryListDef(
            kind="dependants",
            label=QT_TRANSLATE_NOOP("Sections", "Children, dependants and pets"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a child, dependant or pet"),
        ),
        EntryListDef(
            kind="home",
            label=QT_TRANSLATE_NOOP("Sections", "Home, bills, benefits and work"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something about home or money"),
        ),
        EntryListDef(
            kind="faith",
            label=QT_TRANSLATE_NOOP("Sections", "Faith and culture"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something about faith or culture"),
        ),
        EntryListDef(
            kind="diet",
            label=QT_TRANSLATE_NOOP("Sections", "Food and drink"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something about food"),
        ),
        EntryListDef(
            kind="communication",
            label=QT_TRANSLATE_NOOP("Sections", "How to talk with me"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a way to talk with me"),
        ),
        EntryListDef(
            kind="other",
            label=QT_TRANSLATE_NOOP("Sections", "Anything else"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something else"),
        ),
    ),
    # One fact, one row: the medicines, treatments, places and people written once for the
    # crisis plan also belong in the advance statement and its printout.
    structured=("medicines", "treatments", "places", "people", "not-involved"),
    about=(
        QT_TRANSLATE_NOOP(
            "Sections",
            "An [advance statement](glossary:advance-statement) tells people how you would like "
            "to be cared for if you can't make or share decisions yourself. It can cover "
            "anything that matters to you.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "It is not legally binding. But anyone who decides in your "
            "[best interests](glossary:best-interests) must take it into account. This comes "
            "from section 4(6) of the [Mental Capacity Act 2005](glossary:mental-capacity-act).",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "It can't stop treatment given under the "
            "[Mental Health Act](glossary:mental-health-act), but it still tells staff what you "
            "would like.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Sign and date it. You don't need a [witness](glossary:witness), but having one can "
            "help show it is yours.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Look at it again about once a year, and after a crisis or a change in treatment. "
            "Give copies to your family, your [GP](glossary:gp) and your "
            "[care team](glossary:care-team).",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "WrapDesk helps you put your wishes into words. It is not legal advice. For advice "
            "about your own situation, talk to a solicitor, Citizens Advice or a mental health "
            "[advocate](glossary:advocate).",
        ),
    ),
)

ADRT = SectionDef(
    key="adrt",
    group="advance",
    title=QT_TRANSLATE_NOOP("Sections", "Advance decision to refuse treatment"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Refusals (ADRT)", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "Treatments you refuse now, in case you can't make that choice later. For England "
        "and Wales.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP("Sections", "Is there a treatment you are sure you would refuse?"),
        QT_TRANSLATE_NOOP("Sections", "When should each refusal apply?"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Does a refusal cover [treatment that keeps you alive]"
            "(glossary:life-sustaining-treatment)?",
        ),
        QT_TRANSLATE_NOOP("Sections", "Who has a copy? Does your GP know about it?"),
    ),
    examples=(
        QT_TRANSLATE_NOOP(
            "Sections", "I refuse haloperidol in any form: it gave me painful spasms"
        ),
        QT_TRANSLATE_NOOP("Sections", "I refuse electroconvulsive therapy (ECT) in any situation"),
    ),
    lists=(),
    structured=("refusals", "adrt-details"),
    about=(
        QT_TRANSLATE_NOOP(
            "Sections",
            "An [advance decision](glossary:adrt) lets you refuse a treatment now, in case you "
            "can't make or share that choice later. It can only say no to treatment. It can't "
            "ask for it.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "You need to be 18 or over and have [capacity](glossary:capacity) when you make it. "
            "Name each treatment you refuse, and the situations when the refusal applies.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "To refuse [life-sustaining treatment](glossary:life-sustaining-treatment), it must "
            "be in writing and signed by you, or by someone else for you while you are there. "
            "You sign in front of a [witness](glossary:witness), who signs too. It must also "
            "say that it applies “even if my life is at risk”.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "It stops counting if you withdraw it, or if you act in a way that clearly goes "
            "against it. A [lasting power of attorney](glossary:lasting-power-of-attorney) you "
            "make later, covering the same treatment, also replaces it.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "It only applies to the treatment and the situations you describe. Doctors may still "
            "treat a [mental disorder](glossary:mental-disorder) under the "
            "[Mental Health Act 1983](glossary:mental-health-act).",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Put in your name, address, date of birth and GP, and say where copies are kept.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "WrapDesk helps you write it down. It is not legal advice. For advice about your "
            "own situation, talk to a solicitor or a mental health "
            "[advocate](glossary:advocate).",
        ),
    ),
)

SCOTTISH_STATEMENT = SectionDef(
    key="scottish-statement",
    group="advance",
    title=QT_TRANSLATE_NOOP("Sections", "Advance statement (Scotland)"),
    short_title=QT_TRANSLATE_NOOP("Sections", "Scottish statement", "short"),
    purpose=QT_TRANSLATE_NOOP(
        "Sections",
        "For people in Scotland: how you wish, or don't wish, to be treated if your mental "
        "health makes it very hard to decide.",
    ),
    prompts=(
        QT_TRANSLATE_NOOP(
            "Sections", "How would you like to be treated if you become very unwell?"
        ),
        QT_TRANSLATE_NOOP("Sections", "Which treatments do you not want?"),
        QT_TRANSLATE_NOOP("Sections", "What has helped you in the past, and why?"),
        QT_TRANSLATE_NOOP(
            "Sections", "Who could be your [witness](glossary:witness), such as your GP or nurse?"
        ),
    ),
    examples=(
        QT_TRANSLATE_NOOP("Sections", "I'd like to be treated at home if it is safe"),
        QT_TRANSLATE_NOOP("Sections", "I do not want lorazepam: it makes me feel out of control"),
        QT_TRANSLATE_NOOP("Sections", "Talking therapy helped me most last time"),
    ),
    lists=(
        EntryListDef(
            kind="wanted",
            label=QT_TRANSLATE_NOOP("Sections", "How I wish to be treated"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a wish"),
        ),
        EntryListDef(
            kind="not-wanted",
            label=QT_TRANSLATE_NOOP("Sections", "How I do not wish to be treated"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add something I don't want"),
        ),
        EntryListDef(
            kind="reasons",
            label=QT_TRANSLATE_NOOP("Sections", "My reasons"),
            add_label=QT_TRANSLATE_NOOP("Sections", "Add a reason"),
            hint=QT_TRANSLATE_NOOP(
                "Sections", "Reasons help people understand your wishes. They are up to you."
            ),
        ),
    ),
    structured=("scottish-witness",),
    about=(
        QT_TRANSLATE_NOOP(
            "Sections",
            "In Scotland, an [advance statement](glossary:scottish-advance-statement) says how "
            "you wish, or don't wish, to be treated for a "
            "[mental disorder](glossary:mental-disorder) if your ability to make decisions "
            "becomes significantly impaired. It comes from sections 275 and 276 of the "
            "[Mental Health (Care and Treatment) (Scotland) Act 2003]"
            "(glossary:scottish-mental-health-act).",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "It only counts if it is in writing and signed by you. A "
            "[witness](glossary:witness) from a set list of jobs must also sign it: for example "
            "a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Your witness writes that, when you made it, you had the "
            "[capacity](glossary:capacity) to mean the wishes in it. To withdraw it, you follow "
            "the same steps.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Once your [Health Board](glossary:health-board) has a copy, it puts it in your "
            "medical record and tells the "
            "[Mental Welfare Commission](glossary:mental-welfare-commission), which keeps a "
            "register. You don't need to register it yourself.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "A [tribunal](glossary:tribunal) or doctor who goes against it must write down why. "
            "They must also tell you, your [named person](glossary:named-person) and the "
            "Commission.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The Commission suggests you look at it again every 6 to 12 months.",
        ),
        QT_TRANSLATE_NOOP(
            "Sections",
            "WrapDesk helps you write your wishes down. It is not legal advice. For advice about "
            "your own situation, talk to a solicitor or a mental health "
            "[advocate](glossary:advocate).",
        ),
    ),
)

ADVANCE_SECTIONS: tuple[SectionDef, ...] = (ADVANCE_STATEMENT, ADRT, SCOTTISH_STATEMENT)
"""The advance statement parts, in order."""
