"""The plan as plain text, for ``wrapdesk show``: the person's explicit choice to read it."""

from __future__ import annotations

from wrapdesk.content import catalogue, markup, vocabulary
from wrapdesk.document import PlanDocument, SectionDoc
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate

_LABELS = {
    "people": QT_TRANSLATE_NOOP("PlanText", "People"),
    "not-involved": QT_TRANSLATE_NOOP("PlanText", "Please do not involve"),
    "medicines": QT_TRANSLATE_NOOP("PlanText", "Medicines"),
    "treatments": QT_TRANSLATE_NOOP("PlanText", "Treatments"),
    "places": QT_TRANSLATE_NOOP("PlanText", "Places of care"),
    "refusals": QT_TRANSLATE_NOOP("PlanText", "Treatments I refuse"),
}


def _custom_list_label(kind: str, translate: Translate) -> str:
    return translate("PlanText", "Entries") if kind == "item" else kind


def _section_lines(section: SectionDoc, doc: PlanDocument, translate: Translate) -> list[str]:
    if section.title is not None:
        title, labels = section.title, {}
    else:
        definition = catalogue.section(section.key).localized(translate)
        title = definition.title
        labels = {lst.kind: lst.label for lst in definition.lists}
    lines = [title, "-" * len(title)]
    for lst in section.lists:
        lines.append(f"  {labels.get(lst.kind) or _custom_list_label(lst.kind, translate)}")
        for entry in lst.entries:
            person = doc.person(entry.suggested_by)
            who = (
                translate("PlanText", " (suggested by {name})").format(name=person.name)
                if person
                else ""
            )
            lines.append(f"    • {entry.text}{who}")
    return [*lines, ""]


def _choice_label(choices: tuple[vocabulary.Choice, ...], key: str, translate: Translate) -> str:
    try:
        return vocabulary.choice(choices, key).localized(translate).label
    except KeyError:
        return key


def render_text(doc: PlanDocument, translate: Translate) -> str:
    """The document as readable text: sections in order, then people and care facts."""
    name = doc.owner.name or translate("PlanText", "Your plan")
    if doc.version is not None:
        heading = translate("PlanText", "{name} — version {number}, {date}").format(
            name=name, number=doc.version.number, date=doc.version.created_at[:10]
        )
    else:
        heading = translate("PlanText", "{name} — the plan as it is now").format(name=name)
    lines = [heading, "=" * len(heading), ""]
    group = None
    for section in doc.sections:
        if section.group != group:
            group = section.group
            title = catalogue.group(section.group).localized(translate).title  # type: ignore[arg-type]
            lines += [title.upper(), ""]
        lines += _section_lines(section, doc, translate)
    supporters = [p for p in doc.people if not p.do_not_involve]
    if supporters:
        lines += [translate("PlanText", _LABELS["people"]), ""]
        for p in supporters:
            details = " · ".join(x for x in (p.relationship, p.phone, p.email) if x)
            lines.append(f"  • {p.name}" + (f" — {details}" if details else ""))
        lines.append("")
    avoid = [p for p in doc.people if p.do_not_involve]
    if avoid:
        lines += [translate("PlanText", _LABELS["not-involved"]), ""]
        lines += [
            f"  • {p.name}" + (f" — {p.not_involve_reason}" if p.not_involve_reason else "")
            for p in avoid
        ]
        lines.append("")
    for area, items in (
        (
            "medicines",
            [
                (
                    m.name,
                    _choice_label(vocabulary.MEDICINE_STATUSES, m.status, translate),
                    " · ".join(x for x in (m.dose, m.purpose, m.reason) if x),
                )
                for m in doc.medicines
            ],
        ),
        (
            "treatments",
            [
                (
                    x.name,
                    _choice_label(vocabulary.TREATMENT_PREFERENCES, x.preference, translate),
                    x.reason,
                )
                for x in doc.treatments
            ],
        ),
        (
            "places",
            [
                (
                    x.name,
                    _choice_label(vocabulary.PLACE_PREFERENCES, x.preference, translate),
                    " · ".join(y for y in (x.details, x.reason) if y),
                )
                for x in doc.places
            ],
        ),
        (
            "refusals",
            [
                (
                    x.treatment,
                    translate("PlanText", "even if my life is at risk")
                    if x.life_sustaining
                    else "",
                    x.circumstances,
                )
                for x in doc.refusals
            ],
        ),
    ):
        if not items:
            continue
        lines += [translate("PlanText", _LABELS[area]), ""]
        for item_name, label, more in items:
            tail = " — ".join(x for x in (label, more) if x)
            lines.append(f"  • {item_name}" + (f" ({tail})" if tail else ""))
        lines.append("")
    return markup.plain("\n".join(lines).rstrip() + "\n")
