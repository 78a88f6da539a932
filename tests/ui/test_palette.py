"""Every colour pair that carries words meets WCAG 2.2 AA, in every theme."""

from __future__ import annotations

import pytest

from wrapdesk.ui.palette import THEMES, Theme, contrast_ratio

AA_TEXT = 4.5  # WCAG 2.2 1.4.3, normal-size text
AA_NON_TEXT = 3.0  # WCAG 2.2 1.4.11: focus rings, the selected part, field borders in focus


def text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """Every (foreground, background) the stylesheet and palette put words on."""
    backgrounds = {"window": theme.window, "surface": theme.surface, "notice": theme.notice}
    pairs = {}
    for fg_name in ("text", "muted", "accent"):  # accent: links and link-style buttons
        for bg_name, bg in backgrounds.items():
            pairs[f"{fg_name} on {bg_name}"] = (getattr(theme, fg_name), bg)
    pairs["on_accent on accent"] = (theme.on_accent, theme.accent)  # primary buttons, selection
    return pairs


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_word_is_readable(name: str) -> None:
    theme = THEMES[name]
    low = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, (fg, bg) in text_pairs(theme).items()
        if contrast_ratio(fg, bg) < AA_TEXT
    }
    assert low == {}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_and_selection_stand_out(name: str) -> None:
    theme = THEMES[name]
    for background in (theme.window, theme.surface):
        assert contrast_ratio(theme.accent, background) >= AA_NON_TEXT


def test_high_contrast_is_high() -> None:
    theme = THEMES["high-contrast"]
    assert contrast_ratio(theme.text, theme.window) >= 7.0  # WCAG AAA
    assert contrast_ratio(theme.on_accent, theme.accent) >= 7.0


def test_the_ratio_itself_is_right() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_window_icon_comes_at_every_size_it_ships() -> None:
    from wrapdesk.app import window_icon

    sizes = {(s.width(), s.height()) for s in window_icon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
