"""Glossary words about recovery, working together, and the people and services involved."""

from __future__ import annotations

from wrapdesk.content.glossary_term import GlossaryTerm
from wrapdesk.i18n import QT_TRANSLATE_NOOP

RECOVERY_TERMS: tuple[GlossaryTerm, ...] = (
    GlossaryTerm(
        key="advocate",
        term=QT_TRANSLATE_NOOP("Glossary", "Advocate"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who helps you say what you want and stand up for your rights. A mental "
            "health advocate is independent of your care team.",
        ),
        see_also=("care-team",),
    ),
    GlossaryTerm(
        key="care-team",
        term=QT_TRANSLATE_NOOP("Glossary", "Care team"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The professionals who help with your care, such as a nurse, doctor, social worker "
            "or support worker.",
        ),
        see_also=("gp", "experts-by-profession"),
    ),
    GlossaryTerm(
        key="carer",
        term=QT_TRANSLATE_NOOP("Glossary", "Carer"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who looks after a family member, partner or friend without being paid, "
            "because of illness, disability or age. It can also mean someone who used to do "
            "this.",
        ),
        see_also=("supporter",),
    ),
    GlossaryTerm(
        key="coproduction",
        term=QT_TRANSLATE_NOOP("Glossary", "Coproduction"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Working together as equals. People with [lived experience](glossary:lived-experience) "
            "share in the decisions, from how services are planned and run to their own care. "
            "Things are done with you, not to you or for you.",
        ),
        see_also=("co-assess", "co-decide", "co-design", "co-deliver"),
    ),
    GlossaryTerm(
        key="experts-by-experience",
        term=QT_TRANSLATE_NOOP("Glossary", "Experts by experience"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "People who know about something because they have lived through it. Their "
            "practical know-how can help, and give hope to, others going through the same.",
        ),
        see_also=("lived-experience", "experts-by-profession"),
    ),
    GlossaryTerm(
        key="experts-by-profession",
        term=QT_TRANSLATE_NOOP("Glossary", "Experts by profession or training"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Doctors, nurses, social workers and other staff. Their knowledge comes from study, "
            "training and their work, and they can offer advice based on research.",
        ),
        see_also=("experts-by-experience", "care-team"),
    ),
    GlossaryTerm(
        key="gp",
        term=QT_TRANSLATE_NOOP("Glossary", "GP"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Your family doctor at your local surgery. GP is short for general practitioner.",
        ),
        see_also=("care-team",),
    ),
    GlossaryTerm(
        key="lived-experience",
        term=QT_TRANSLATE_NOOP("Glossary", "Lived experience"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "What you know from going through something yourself, such as mental distress or "
            "caring for someone. It is knowing from the inside, not from a book.",
        ),
        see_also=("experts-by-experience", "peer-support"),
    ),
    GlossaryTerm(
        key="nhs-111",
        term=QT_TRANSLATE_NOOP("Glossary", "NHS 111"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A free NHS phone number for urgent help when it isn't an emergency. In England, "
            "you can choose option 2 for mental health.",
        ),
        see_also=("crisis",),
    ),
    GlossaryTerm(
        key="patient",
        term=QT_TRANSLATE_NOOP("Glossary", "Patient"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who gets care from health services. Some people like this word. Others "
            "prefer a different one, or just their name.",
        ),
        see_also=("service-user",),
    ),
    GlossaryTerm(
        key="peer-support",
        term=QT_TRANSLATE_NOOP("Glossary", "Peer support"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The help people with [lived experience](glossary:lived-experience) of mental "
            "distress give each other. It can mean listening, sharing what works, practical "
            "help, or finding groups and other support.",
        ),
        see_also=("peer-supporter", "user-led-initiative"),
    ),
    GlossaryTerm(
        key="peer-supporter",
        term=QT_TRANSLATE_NOOP("Glossary", "Peer supporter"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who offers [peer support](glossary:peer-support). It might be a friend, "
            "someone in a self-help group, or a paid peer support worker.",
        ),
        see_also=("peer-support", "supporter"),
    ),
    GlossaryTerm(
        key="recovery",
        term=QT_TRANSLATE_NOOP("Glossary", "Recovery"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Living a life that feels good and means something to you, with or without "
            "symptoms. It is your own path, at your own pace.",
        ),
        see_also=("wrap",),
    ),
    GlossaryTerm(
        key="service-user",
        term=QT_TRANSLATE_NOOP("Glossary", "Service user"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone who uses health or social care services, or cares for someone who does. "
            "Some people like this word and some don't.",
        ),
        see_also=("patient", "carer"),
    ),
    GlossaryTerm(
        key="signposting",
        term=QT_TRANSLATE_NOOP("Glossary", "Signposting"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "When someone points you to a service or group that may help, often local or "
            "online, and helps you find your way to it.",
        ),
    ),
    GlossaryTerm(
        key="supporter",
        term=QT_TRANSLATE_NOOP("Glossary", "Supporter"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Someone you choose to help with your plan or in a crisis. It could be family, a "
            "friend, a [peer supporter](glossary:peer-supporter) or a professional.",
        ),
        see_also=("crisis-plan", "carer"),
    ),
    GlossaryTerm(
        key="user-led-initiative",
        term=QT_TRANSLATE_NOOP("Glossary", "User-led initiative"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A group or project run by and for the people who use services. You may also hear "
            "it called service user led or peer-led.",
        ),
        see_also=("peer-support",),
    ),
)
"""Words about recovery, coproduction and the people around you."""
