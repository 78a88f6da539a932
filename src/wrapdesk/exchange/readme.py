"""``README.txt`` inside a share, and the short "how to open it" note to send beside it.

Plain words for someone who may never have heard of WrapDesk or age: what the file is,
who it is from, what is in it, and how to open it either way.
"""

from __future__ import annotations

from typing import Literal

from wrapdesk.content import catalogue, markup
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate

Method = Literal["passphrase", "age-key"]


def _owner_name(document: PlanDocument) -> str:
    return document.owner.preferred_name or document.owner.name


def section_titles(document: PlanDocument, translate: Translate) -> list[str]:
    """The titles of the sections a document includes, in its order, translated."""
    titles = []
    for key in document.included:
        section = document.section(key)
        if section is not None and section.title is not None:
            titles.append(section.title)
        elif not key.startswith("custom-"):
            titles.append(markup.plain(catalogue.section(key).localized(translate).title))
    return titles


def opening_instructions(method: Method, file_name: str, translate: Translate) -> str:
    """How to open a share, in WrapDesk and with age: to send with the file, or to keep."""
    if method == "passphrase":
        wrapdesk = translate(
            "Sharing",
            "In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}, and type "
            "the words you were given.",
        )
        age = translate(
            "Sharing",
            "With the age tool (age-encryption.org): run  age -d -o plan.zip {file}  and type "
            "the words when it asks for the passphrase; then unzip plan.zip.",
        )
    else:
        wrapdesk = translate(
            "Sharing",
            "In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}; it opens "
            "with the supporter key your WrapDesk made.",
        )
        age = translate(
            "Sharing",
            "With the age tool (age-encryption.org): run  age -d -i key.txt -o plan.zip {file}"
            "  with your own key file; then unzip plan.zip.",
        )
    return "\n".join((wrapdesk.format(file=file_name), age.format(file=file_name)))


def readme_text(document: PlanDocument, method: Method, translate: Translate) -> str:
    """The note inside a share, in the sender's language."""
    name = _owner_name(document)
    if name:
        title = translate("Sharing", "A plan {name} shared with you from WrapDesk").format(
            name=name
        )
        trust = translate(
            "Sharing",
            "It holds personal things {name} trusts you with. Please keep it private, and "
            "delete it when {name} sends you a newer copy.",
        ).format(name=name)
    else:
        title = translate("Sharing", "A plan shared with you from WrapDesk")
        trust = translate(
            "Sharing",
            "It holds personal things the sender trusts you with. Please keep it private, and "
            "delete it when they send you a newer copy.",
        )
    lines = [title, "=" * len(title), ""]
    if document.version is not None:
        lines.append(
            translate("Sharing", "This is version {number} of the plan, from {date}.").format(
                number=document.version.number, date=document.version.created_at[:10]
            )
        )
    lines += [trust, "", translate("Sharing", "The parts shared with you:")]
    lines += [f"  • {title}" for title in section_titles(document, translate)]
    lines += [
        "",
        translate("Sharing", "What is inside:"),
        "  plan.pdf    " + translate("Sharing", "the plan, to read or print"),
        "  plan.json   " + translate("Sharing", "the same plan for WrapDesk to read"),
        "  README.txt  " + translate("Sharing", "this note"),
        "",
        translate("Sharing", "How to open the file you were sent (it ends in .age):"),
        opening_instructions(method, "FILE.age", translate),
        "",
        translate(
            "Sharing",
            "WrapDesk is a free, private app for keeping a Wellness and Recovery Action Plan. "
            "Nothing you open is sent anywhere.",
        ),
    ]
    return "\n".join(lines) + "\n"
