"""Glossary words for the parts of your plan, the planning cycle, and keeping the plan safe."""

from __future__ import annotations

from wrapdesk.content.glossary_term import GlossaryTerm
from wrapdesk.i18n import QT_TRANSLATE_NOOP

PLAN_TERMS: tuple[GlossaryTerm, ...] = (
    GlossaryTerm(
        key="action-plan",
        term=QT_TRANSLATE_NOOP("Glossary", "Action plan"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The steps you decide on ahead of time for when a [trigger](glossary:trigger), a "
            "warning sign or a harder time comes: things you must do, and things you might do.",
        ),
        see_also=("trigger", "early-warning-sign"),
    ),
    GlossaryTerm(
        key="age",
        term=QT_TRANSLATE_NOOP("Glossary", "age"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A free, open standard tool for [encrypting](glossary:encryption) files. A supporter "
            "can use it "
            "to open a plan you share with them, even without WrapDesk.",
        ),
        see_also=("encryption", "passphrase"),
    ),
    GlossaryTerm(
        key="backup",
        term=QT_TRANSLATE_NOOP("Glossary", "Backup"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A spare copy of your plan file, in case the main one is lost or damaged. WrapDesk "
            "keeps the one before each save.",
        ),
        see_also=("version",),
    ),
    GlossaryTerm(
        key="co-assess",
        term=QT_TRANSLATE_NOOP("Glossary", "Co-assess"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The first step of the planning cycle. You look at your whole life with the people "
            "you choose: what matters, what works and what doesn't.",
        ),
        see_also=("co-decide", "coproduction"),
    ),
    GlossaryTerm(
        key="co-decide",
        term=QT_TRANSLATE_NOOP("Glossary", "Co-decide"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The second step of the planning cycle. You choose your goals and next steps, "
            "compare options, and pick who supports you.",
        ),
        see_also=("co-assess", "co-design"),
    ),
    GlossaryTerm(
        key="co-deliver",
        term=QT_TRANSLATE_NOOP("Glossary", "Co-deliver"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The fourth step of the planning cycle. You agree who does what and by when, set a "
            "[review date](glossary:review-date), and choose who gets a copy.",
        ),
        see_also=("co-design", "version"),
    ),
    GlossaryTerm(
        key="co-design",
        term=QT_TRANSLATE_NOOP("Glossary", "Co-design"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The third step of the planning cycle. You write or rewrite your plan, with anyone "
            "you want to involve.",
        ),
        see_also=("co-decide", "co-deliver"),
    ),
    GlossaryTerm(
        key="crisis",
        term=QT_TRANSLATE_NOOP("Glossary", "Crisis"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A time when you feel so unwell or distressed that you can't manage on your own, and "
            "other people need to help or take over for a while.",
        ),
        see_also=("crisis-plan", "nhs-111"),
    ),
    GlossaryTerm(
        key="crisis-house",
        term=QT_TRANSLATE_NOOP("Glossary", "Crisis house"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A small, homely place where you can stay for a short time in a crisis, instead of "
            "going into hospital. Not every area has one.",
        ),
        see_also=("respite",),
    ),
    GlossaryTerm(
        key="crisis-plan",
        term=QT_TRANSLATE_NOOP("Glossary", "Crisis plan"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A plan you write while you are well. It tells the people you trust how to help if "
            "you can't act for yourself. In WrapDesk it has nine parts.",
        ),
        see_also=("crisis", "supporter", "post-crisis-plan"),
    ),
    GlossaryTerm(
        key="daily-maintenance-plan",
        term=QT_TRANSLATE_NOOP("Glossary", "Daily maintenance plan"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The part of your WRAP about everyday life: what you are like when you are well, and "
            "what you do, or might do, to stay that way.",
        ),
        see_also=("wellness-toolbox", "wrap"),
    ),
    GlossaryTerm(
        key="early-warning-sign",
        term=QT_TRANSLATE_NOOP("Glossary", "Early warning sign"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A small change inside you that can mean things are starting to slip, like sleeping "
            "badly or wanting to be alone more.",
        ),
        see_also=("trigger", "action-plan"),
    ),
    GlossaryTerm(
        key="encryption",
        term=QT_TRANSLATE_NOOP("Glossary", "Encryption"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Scrambling information so only someone with the right key or "
            "[passphrase](glossary:passphrase) can read it. Your plan file is always encrypted.",
        ),
        see_also=("passphrase", "age"),
    ),
    GlossaryTerm(
        key="passphrase",
        term=QT_TRANSLATE_NOOP("Glossary", "Passphrase"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A password made of several words, which you type to open your plan. A few ordinary "
            "words are easier to remember than a short jumble, and safer too.",
        ),
        see_also=("recovery-key", "encryption"),
    ),
    GlossaryTerm(
        key="post-crisis-plan",
        term=QT_TRANSLATE_NOOP("Glossary", "Post-crisis plan"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The part of your WRAP for the time after a crisis: how you'll know you're getting "
            "better, what helps you heal, and what you'd change next time.",
        ),
        see_also=("crisis-plan",),
    ),
    GlossaryTerm(
        key="recovery-key",
        term=QT_TRANSLATE_NOOP("Glossary", "Recovery key"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A long number WrapDesk gives you to print when you make your plan. If you forget "
            "your passphrase, it lets you back in. Keep it somewhere safe.",
        ),
        see_also=("passphrase",),
    ),
    GlossaryTerm(
        key="respite",
        term=QT_TRANSLATE_NOOP("Glossary", "Respite"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A short break or stay away from home, to rest and get support without going into "
            "hospital. It can also mean a break for a carer.",
        ),
        see_also=("crisis-house", "carer"),
    ),
    GlossaryTerm(
        key="review-date",
        term=QT_TRANSLATE_NOOP("Glossary", "Review date"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "The day you choose to look at your plan again. When it comes, the planning cycle "
            "starts again.",
        ),
        see_also=("co-assess", "version"),
    ),
    GlossaryTerm(
        key="trigger",
        term=QT_TRANSLATE_NOOP("Glossary", "Trigger"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Something that happens around you that can upset you or make you feel worse, like "
            "an argument or a bill you can't pay.",
        ),
        see_also=("early-warning-sign", "action-plan"),
    ),
    GlossaryTerm(
        key="version",
        term=QT_TRANSLATE_NOOP("Glossary", "Version"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A frozen copy of your plan, saved when you finish a review. You can look back at "
            "it, print it, share it, or compare it with a later one.",
        ),
        see_also=("review-date", "backup"),
    ),
    GlossaryTerm(
        key="wellness-toolbox",
        term=QT_TRANSLATE_NOOP("Glossary", "Wellness toolbox"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "Your list of things that help you stay well or feel better, from a walk to a phone "
            "call to a favourite song.",
        ),
        see_also=("daily-maintenance-plan", "wrap"),
    ),
    GlossaryTerm(
        key="wrap",
        term=QT_TRANSLATE_NOOP("Glossary", "WRAP (Wellness Recovery Action Plan)"),
        definition=QT_TRANSLATE_NOOP(
            "Glossary",
            "A plan you write for yourself, to stay well and to get through hard times. It "
            "usually has a keeping-well plan and a crisis plan. WRAP is a trademark of "
            "Advocates for Human Potential, and WrapDesk is an independent app.",
        ),
        see_also=("wellness-toolbox", "crisis-plan", "recovery"),
    ),
)
"""Words for your plan's parts, the cycle and keeping your plan private."""
