from __future__ import annotations

import pytest

from wrapdesk.content.markup import glossary_keys, plain, to_html


@pytest.mark.parametrize(
    ("text", "keys", "words", "html"),
    [
        ("No links here.", (), "No links here.", "No links here."),
        (
            "Who would you trust to [take over](glossary:crisis-plan) for you?",
            ("crisis-plan",),
            "Who would you trust to take over for you?",
            'Who would you trust to <a href="glossary:crisis-plan">take over</a> for you?',
        ),
        (
            "[GP](glossary:gp) & [NHS 111](glossary:nhs-111)",
            ("gp", "nhs-111"),
            "GP & NHS 111",
            '<a href="glossary:gp">GP</a> &amp; <a href="glossary:nhs-111">NHS 111</a>',
        ),
        (
            "if x < 3 & y > 2, see [a <b> tag](glossary:age)",
            ("age",),
            "if x < 3 & y > 2, see a <b> tag",
            'if x &lt; 3 &amp; y &gt; 2, see <a href="glossary:age">a &lt;b&gt; tag</a>',
        ),
        (
            'She said "hi" [it\'s](glossary:wrap)',
            ("wrap",),
            'She said "hi" it\'s',
            'She said &quot;hi&quot; <a href="glossary:wrap">it&#x27;s</a>',
        ),
    ],
)
def test_links_round_trip(text: str, keys: tuple[str, ...], words: str, html: str) -> None:
    assert glossary_keys(text) == keys
    assert plain(text) == words
    assert to_html(text) == html


@pytest.mark.parametrize(
    "text",
    [
        "[words](http://example.com)",  # not a glossary link
        "[words](glossary:Bad_Key)",  # keys are lower-case kebab-case
        "[words] (glossary:gap)",  # a space breaks the link
        "[](glossary:empty)",  # nothing to click
    ],
)
def test_things_that_are_not_links_stay_as_text(text: str) -> None:
    assert glossary_keys(text) == ()
    assert plain(text) == text
    assert "<a " not in to_html(text)


def test_backslashes_in_link_words_survive() -> None:
    assert plain(r"[a\1b](glossary:age)") == r"a\1b"


def test_to_html_never_lets_a_tag_through() -> None:
    text = "<script>alert(1)</script> [<i>x</i>](glossary:age)"
    rendered = to_html(text)
    assert "<script>" not in rendered
    assert "<i>" not in rendered
    assert rendered.count("<a ") == 1
