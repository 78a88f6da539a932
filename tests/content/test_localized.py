"""Every localized() copy translates every visible string, in the context it was marked in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.content.content_views import Marked, all_content_objects, strings_in
from wrapdesk.content import CHECKED_NOTE, NOT_LEGAL_ADVICE, WHICH_IS_WHICH

Message = tuple[object, object, object]


def _upper(source: str) -> str:
    return f"«{source.upper()}»"


def _fake(known: set[Message], asked: set[Message]) -> Callable[..., str]:
    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        message = (context, source, disambiguation)
        assert message in known, f"asked for a message nobody marked: {message}"
        assert n == -1
        asked.add(message)
        return _upper(source)

    return translate


@pytest.mark.parametrize("name", sorted(all_content_objects()))
def test_localized_translates_every_string(name: str, marked: tuple[Marked, ...]) -> None:
    known = {call.message for call in marked}
    asked: set[Message] = set()
    translate = _fake(known, asked)
    originals = all_content_objects()[name]
    localized = tuple(item.localized(translate) for item in originals)  # type: ignore[attr-defined]

    before = list(strings_in(originals, name))
    after = list(strings_in(localized, name))
    assert [where for where, _ in before] == [where for where, _ in after]
    sources = {text for _, text in before if text}
    for (where, old), (_, new) in zip(before, after, strict=True):
        if old:
            assert new == _upper(old), where
            assert new not in sources, f"{where} kept its original text"
        else:
            assert new == "", where
    assert asked, "nothing was translated"
    # Keys and numbers never change.
    for old_item, new_item in zip(originals, localized, strict=True):
        assert getattr(old_item, "key", None) == getattr(new_item, "key", None)


def test_every_marked_string_is_reachable(marked: tuple[Marked, ...]) -> None:
    known = {call.message for call in marked}
    asked: set[Message] = set()
    translate = _fake(known, asked)
    for originals in all_content_objects().values():
        for item in originals:
            item.localized(translate)  # type: ignore[attr-defined]
    for text in (NOT_LEGAL_ADVICE, CHECKED_NOTE, *WHICH_IS_WHICH):
        message = (("Helplines" if text == CHECKED_NOTE else "Legal"), text, None)
        assert message in known
        asked.add(message)
    assert known - asked == set(), "marked strings that nothing shows"
