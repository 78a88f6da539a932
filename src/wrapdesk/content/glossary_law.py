"""Glossary words about advance statements and the laws around them, in plain words."""

from __future__ import annotations

from wrapdesk.content.glossary_term import GlossaryTerm
from wrapdesk.i18n import QT_TRANSLATE_NOOP

LAW_TERMS: tuple[GlossaryTerm, ...] = (
    GlossaryTerm(
        key="adrt",
        term=QT_TRANSLATE_NOOP("Glossary", "Advance decision to refuse treatment (ADRT)"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A decision you make ahead of time to refuse a named treatment in named situations, "
            "in England and Wales. Refusing "
            "[life-sustaining treatment](glossary:life-sustaining-treatment) this way needs "
            "extra steps, including a witness.",
        ),
        see_also=("advance-statement", "capacity", "mental-capacity-act"),
    ),
    GlossaryTerm(
        key="advance-statement",
        term=QT_TRANSLATE_NOOP("Glossary", "Advance statement"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A written note of your wishes, beliefs and values about future care. It guides "
            "anyone who has to decide in your [best interests](glossary:best-interests) if you "
            "can't decide or say. In England and Wales it is not legally binding.",
        ),
        see_also=("adrt", "scottish-advance-statement"),
    ),
    GlossaryTerm(
        key="best-interests",
        term=QT_TRANSLATE_NOOP("Glossary", "Best interests"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "When you can't make a decision, the people deciding for you must choose what is "
            "best for you. They must think about your wishes, feelings, beliefs and values, "
            "including any [advance statement](glossary:advance-statement).",
        ),
        see_also=("capacity", "mental-capacity-act"),
    ),
    GlossaryTerm(
        key="capacity",
        term=QT_TRANSLATE_NOOP("Glossary", "Capacity"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Being able to make a certain decision at the time it's needed. You can understand "
            "the facts, keep them in mind, weigh them up, and let people know your choice.",
        ),
        see_also=("best-interests", "mental-capacity-act"),
    ),
    GlossaryTerm(
        key="health-board",
        term=QT_TRANSLATE_NOOP("Glossary", "Health Board"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "In Scotland, the part of the NHS that runs health services in your area.",
        ),
        see_also=("scottish-advance-statement",),
    ),
    GlossaryTerm(
        key="lasting-power-of-attorney",
        term=QT_TRANSLATE_NOOP("Glossary", "Lasting power of attorney"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A legal document in England and Wales that lets you choose someone to make "
            "decisions for you if you can't. One for health and care can cover decisions about "
            "treatment.",
        ),
        see_also=("adrt", "mental-capacity-act"),
    ),
    GlossaryTerm(
        key="life-sustaining-treatment",
        term=QT_TRANSLATE_NOOP("Glossary", "Life-sustaining treatment"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Treatment that a doctor or nurse caring for you thinks is needed to keep you alive.",
        ),
        see_also=("adrt",),
    ),
    GlossaryTerm(
        key="mental-capacity-act",
        term=QT_TRANSLATE_NOOP("Glossary", "Mental Capacity Act 2005"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The law in England and Wales about decisions for people who can't make them at the "
            "time. It covers [capacity](glossary:capacity), best interests and advance "
            "decisions to refuse treatment.",
        ),
        see_also=("capacity", "best-interests", "adrt"),
    ),
    GlossaryTerm(
        key="mental-disorder",
        term=QT_TRANSLATE_NOOP("Glossary", "Mental disorder"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The words mental health law uses for a mental illness or a related condition.",
        ),
        see_also=("mental-health-act", "scottish-mental-health-act"),
    ),
    GlossaryTerm(
        key="mental-health-act",
        term=QT_TRANSLATE_NOOP("Glossary", "Mental Health Act 1983"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The law in England and Wales that lets people be kept in hospital and treated for "
            "a [mental disorder](glossary:mental-disorder) without agreeing, when strict "
            "conditions are met. People often call this being sectioned.",
        ),
        see_also=("mental-capacity-act", "tribunal"),
    ),
    GlossaryTerm(
        key="scottish-mental-health-act",
        term=QT_TRANSLATE_NOOP(
            "Glossary", "Mental Health (Care and Treatment) (Scotland) Act 2003"
        ),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Scotland's mental health law. Among other things, it sets out how an "
            "[advance statement](glossary:scottish-advance-statement) is made and used there.",
        ),
        see_also=("scottish-advance-statement", "named-person", "mental-welfare-commission"),
    ),
    GlossaryTerm(
        key="mental-welfare-commission",
        term=QT_TRANSLATE_NOOP("Glossary", "Mental Welfare Commission"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "An independent body in Scotland that protects the rights of people who get mental "
            "health care. It keeps a register of advance statements.",
        ),
        see_also=("scottish-advance-statement",),
    ),
    GlossaryTerm(
        key="named-person",
        term=QT_TRANSLATE_NOOP("Glossary", "Named person"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "In Scotland, someone you choose to support you and look after your interests if "
            "you are treated under mental health law. They must be told about some decisions "
            "about your care.",
        ),
        see_also=("scottish-mental-health-act",),
    ),
    GlossaryTerm(
        key="scottish-advance-statement",
        term=QT_TRANSLATE_NOOP("Glossary", "Scottish advance statement"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "In Scotland, a signed and witnessed statement of how you wish, or don't wish, to be "
            "treated for your mental health if your ability to decide becomes significantly "
            "impaired. Doctors and tribunals must take it into account.",
        ),
        see_also=("advance-statement", "mental-welfare-commission", "witness"),
    ),
    GlossaryTerm(
        key="tribunal",
        term=QT_TRANSLATE_NOOP("Glossary", "Tribunal"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "An independent panel that makes or reviews decisions about some kinds of mental "
            "health care given without your agreement.",
        ),
        see_also=("mental-health-act", "scottish-mental-health-act"),
    ),
    GlossaryTerm(
        key="witness",
        term=QT_TRANSLATE_NOOP("Glossary", "Witness"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who watches you sign a document and then signs it too, to show the "
            "signature is yours. Some documents need a certain kind of witness.",
        ),
        see_also=("adrt", "scottish-advance-statement"),
    ),
)
"""Words about advance statements, capacity and mental health law."""
