"""What a translation must carry over from its source unchanged.

* ``{name}`` fields, filled by ``str.format`` after translation: one the source lacks raises
  ``KeyError`` on screen, and one left out loses words; and the text must still parse;
* Qt's ``%n`` (the count) and ``%1``…``%99``;
* glossary links ``[words](glossary:key)``: the words are translated, the keys are not;
* rich-text tags such as ``<b>``, ``</p>``, ``<a href="…">``, as written.

A plural form may leave out ``%n`` ("one page"), as Qt allows.
"""

from __future__ import annotations

import re
import string
from collections import Counter

from wrapdesk.content.markup import glossary_keys

_QT_ARG = re.compile(r"%L?(?:n|[1-9][0-9]?)")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)((?:\s[^<>]*)?)>")
_COUNT = re.compile(r"%L?n")


def format_fields(text: str) -> set[str]:
    """The ``{…}`` fields ``str.format`` fills in ``text`` (ValueError when it can't parse)."""
    fields = set()
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            shown_conversion = f"!{conversion}" if conversion else ""
            shown_spec = f":{spec}" if spec else ""
            fields.add(f"{{{name}{shown_conversion}{shown_spec}}}")
    return fields


def tags(text: str) -> Counter[str]:
    """The rich-text tags in ``text``, names lower-cased and spaces between attributes tidied."""
    found: Counter[str] = Counter()
    for closing, name, attributes in _TAG.findall(text):
        tidy = " ".join(attributes.split())
        found[f"<{closing}{name.lower()}{' ' + tidy if tidy else ''}>"] += 1
    return found


def differences(source: str, translation: str, *, plural_form: bool = False) -> list[str]:
    """How ``translation`` breaks what it must keep from ``source`` (empty: nothing)."""
    problems = []
    try:
        wanted, got = format_fields(source), format_fields(translation)
    except ValueError as error:
        problems.append(f"braces don't parse ({error}); write a literal brace as {{{{ or }}}}")
    else:
        if got - wanted:
            problems.append(f"fields not in the source: {sorted(got - wanted)}")
        if wanted - got:
            problems.append(f"fields left out: {sorted(wanted - got)}")
    source_args = Counter(_QT_ARG.findall(source))
    translation_args = Counter(_QT_ARG.findall(translation))
    if plural_form and not any(_COUNT.fullmatch(arg) for arg in translation_args):
        source_args = Counter({a: k for a, k in source_args.items() if not _COUNT.fullmatch(a)})
    if source_args != translation_args:
        problems.append(f"Qt arguments {_listed(source_args)} became {_listed(translation_args)}")
    if sorted(glossary_keys(source)) != sorted(glossary_keys(translation)):
        problems.append(
            f"glossary links {glossary_keys(source)} became {glossary_keys(translation)}"
        )
    if tags(source) != tags(translation):
        problems.append(f"tags {_listed(tags(source))} became {_listed(tags(translation))}")
    return problems


def _listed(found: Counter[str]) -> list[str]:
    return sorted(found.elements())
