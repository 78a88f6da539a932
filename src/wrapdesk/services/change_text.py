"""Put the differences between two versions into sentences a person can read.

Each group is a part of the plan ("Early warning signs", "People", …) with one line per
change: what was added, removed or reworded, in the person's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wrapdesk.content import catalogue
from wrapdesk.document import Change
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate

AREA_TITLES = {
    "owner": QT_TRANSLATE_NOOP("Changes", "About you"),
    "people": QT_TRANSLATE_NOOP("Changes", "People"),
    "medicines": QT_TRANSLATE_NOOP("Changes", "Medicines"),
    "treatments": QT_TRANSLATE_NOOP("Changes", "Treatments"),
    "places": QT_TRANSLATE_NOOP("Changes", "Places of care"),
    "refusals": QT_TRANSLATE_NOOP("Changes", "Refusals of treatment"),
    "advance": QT_TRANSLATE_NOOP("Changes", "Signing and witnessing"),
}

FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Changes", "name"),
    "preferred_name": QT_TRANSLATE_NOOP("Changes", "the name WrapDesk uses"),
    "pronouns": QT_TRANSLATE_NOOP("Changes", "pronouns"),
    "communication_needs": QT_TRANSLATE_NOOP("Changes", "communication needs"),
    "date_of_birth": QT_TRANSLATE_NOOP("Changes", "date of birth"),
    "address": QT_TRANSLATE_NOOP("Changes", "address"),
    "relationship": QT_TRANSLATE_NOOP("Changes", "relationship"),
    "phone": QT_TRANSLATE_NOOP("Changes", "phone number"),
    "email": QT_TRANSLATE_NOOP("Changes", "email"),
    "notes": QT_TRANSLATE_NOOP("Changes", "notes"),
    "roles": QT_TRANSLATE_NOOP("Changes", "role in the plan"),
    "may_receive": QT_TRANSLATE_NOOP("Changes", "what they may receive"),
    "do_not_involve": QT_TRANSLATE_NOOP("Changes", "whether to involve them"),
    "not_involve_reason": QT_TRANSLATE_NOOP("Changes", "reason not to involve them"),
    "dose": QT_TRANSLATE_NOOP("Changes", "dose"),
    "purpose": QT_TRANSLATE_NOOP("Changes", "what it is for"),
    "status": QT_TRANSLATE_NOOP("Changes", "status"),
    "reason": QT_TRANSLATE_NOOP("Changes", "reason"),
    "preference": QT_TRANSLATE_NOOP("Changes", "preference"),
    "details": QT_TRANSLATE_NOOP("Changes", "details"),
    "treatment": QT_TRANSLATE_NOOP("Changes", "treatment"),
    "circumstances": QT_TRANSLATE_NOOP("Changes", "circumstances"),
    "life_sustaining": QT_TRANSLATE_NOOP("Changes", "applies even if your life is at risk"),
}


@dataclass(frozen=True)
class ChangeGroup:
    """The changes in one part of the plan, worded."""

    area: str
    title: str
    lines: tuple[str, ...]


def area_title(
    area: str, translate: Translate, custom_titles: Mapping[str, str] | None = None
) -> str:
    """The translated title of an area ("section:<key>" or a structured area)."""
    if area.startswith("section:"):
        key = area.removeprefix("section:")
        if custom_titles and key in custom_titles:
            return custom_titles[key]
        try:
            return catalogue.section(key).localized(translate).title
        except KeyError:
            return key
    return translate("Changes", AREA_TITLES.get(area, area))


def _list_label(area: str, kind: str | None, translate: Translate) -> str:
    if kind is None or not area.startswith("section:"):
        return ""
    try:
        lists = catalogue.section(area.removeprefix("section:")).lists
    except KeyError:
        return ""
    for lst in lists:
        if lst.kind == kind:
            return lst.localized(translate).label
    return ""


def _line(change: Change, translate: Translate, people: Mapping[int, str]) -> str:
    where = _list_label(change.area, change.list_kind, translate)
    prefix = f"{where}: " if where else ""
    if change.kind == "added":
        return prefix + translate("Changes", "added “{item}”").format(item=change.label)
    if change.kind == "removed":
        return prefix + translate("Changes", "removed “{item}”").format(item=change.label)
    if change.kind == "reordered":
        return prefix + translate("Changes", "the order changed")
    if change.field == "text":
        return prefix + translate("Changes", "“{before}” now reads “{after}”").format(
            before=change.before, after=change.after
        )
    if change.field == "suggested_by":

        def who(value: str | None) -> str:
            if not value:
                return translate("Changes", "you")
            return people.get(int(value), translate("Changes", "someone no longer in the plan"))

        return prefix + translate("Changes", "“{item}” is now noted as suggested by {who}").format(
            item=change.label, who=who(change.after)
        )
    field = translate("Changes", FIELD_NAMES.get(change.field or "", change.field or ""))
    if change.label:
        return translate("Changes", "{item}: {field} changed from “{before}” to “{after}”").format(
            item=change.label, field=field, before=change.before, after=change.after
        )
    return translate("Changes", "{field} changed from “{before}” to “{after}”").format(
        field=field, before=change.before, after=change.after
    )


def describe_changes(
    changes: Sequence[Change],
    translate: Translate,
    people: Mapping[int, str] | None = None,
    custom_titles: Mapping[str, str] | None = None,
) -> list[ChangeGroup]:
    """Group ``changes`` by part of the plan and word each one."""
    groups: dict[str, list[str]] = {}
    for change in changes:
        groups.setdefault(change.area, []).append(_line(change, translate, people or {}))
    return [
        ChangeGroup(area, area_title(area, translate, custom_titles), tuple(lines))
        for area, lines in groups.items()
    ]
