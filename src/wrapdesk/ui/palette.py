"""The one place colours live: calm themes built into Qt palettes and one small stylesheet.

Warm neutrals, one accent, hairline borders. No red: problems are said in words, in the
same quiet colours as everything else. Every text colour meets WCAG 2.2 AA (4.5:1) on
the background it sits on; ``tests/ui/test_palette.py`` computes it for every theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    """The colours of one theme."""

    name: str
    window: str  # the page background (warm paper)
    surface: str  # cards, fields and lists
    text: str
    muted: str  # prompts, hints, "suggested by"
    accent: str  # links, focus, the current step, selection
    on_accent: str  # text on the accent
    hairline: str  # card borders and separators
    notice: str  # background of a calm notice (review due, save problem)
    dark: bool


LIGHT = Theme(
    name="light",
    window="#f6f3ee",
    surface="#fffdf9",
    text="#2a2825",
    muted="#615c55",
    accent="#2c6464",
    on_accent="#ffffff",
    hairline="#ded7cc",
    notice="#f3ead8",
    dark=False,
)
DARK = Theme(
    name="dark",
    window="#1e1d1b",
    surface="#282624",
    text="#eeeae4",
    muted="#b5afa6",
    accent="#86c9c3",
    on_accent="#10201f",
    hairline="#3d3a36",
    notice="#3a3325",
    dark=True,
)
HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffd600",
    on_accent="#000000",
    hairline="#ffffff",
    notice="#1a1a00",
    dark=True,
)
THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def resolve(choice: str) -> Theme:
    """The theme for a setting value; "system" follows the desktop's light or dark mode."""
    if choice in THEMES:
        return THEMES[choice]
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def palette(theme: Theme) -> QPalette:
    """A Qt palette painting every standard widget in ``theme``'s colours."""
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.on_accent,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.LinkVisited: theme.accent,
        QPalette.ColorRole.BrightText: theme.on_accent,
        QPalette.ColorRole.Mid: theme.hairline,
        QPalette.ColorRole.Midlight: theme.hairline,
        QPalette.ColorRole.Dark: theme.muted,
        QPalette.ColorRole.Shadow: theme.hairline,
        QPalette.ColorRole.Light: theme.surface,
    }
    for role, colour in roles.items():
        p.setColor(role, c(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, c(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, c(theme.muted))
    return p


def stylesheet(theme: Theme) -> str:
    """The small stylesheet for what palettes cannot say: cards, banners, focus rings."""
    focus = theme.accent
    return f"""
QFrame[card="true"] {{
    background: {theme.surface};
    border: 1px solid {theme.hairline};
    border-radius: 10px;
}}
QFrame[notice="true"] {{
    background: {theme.notice};
    border: 1px solid {theme.hairline};
    border-radius: 10px;
}}
QLabel[muted="true"] {{ color: {theme.muted}; }}
QLabel[heading="true"] {{ color: {theme.text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTreeView, QTableView {{
    border: 1px solid {theme.hairline};
    border-radius: 6px;
    padding: 4px 6px;
    background: {theme.surface};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTreeView:focus,
QTableView:focus {{
    border: 2px solid {focus};
}}
QPushButton, QToolButton {{
    border: 1px solid {theme.hairline};
    border-radius: 6px;
    padding: 6px 12px;
    background: {theme.surface};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {focus};
}}
QPushButton[primary="true"] {{
    background: {theme.accent};
    color: {theme.on_accent};
    border: 1px solid {theme.accent};
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {theme.text}; }}
QPushButton[current="true"] {{
    border: 2px solid {theme.accent};
    color: {theme.accent};
    font-weight: bold;
}}
QPushButton:disabled, QToolButton:disabled {{ color: {theme.muted}; }}
QPushButton[primary="true"]:disabled {{
    background: {theme.window};
    color: {theme.muted};
    border: 1px dashed {theme.muted};
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QComboBox:disabled {{
    background: {theme.window};
    border: 1px dashed {theme.hairline};
}}
QToolButton[link="true"], QPushButton[link="true"] {{
    border: none; color: {theme.accent}; padding: 4px 4px; text-align: left;
}}
QToolButton[link="true"]:focus, QPushButton[link="true"]:focus {{ border: 2px solid {focus}; }}
QTreeView#sidebar {{
    background: {theme.window};
    border: none;
    border-right: 1px solid {theme.hairline};
    border-radius: 0;
    padding: 8px 4px;
}}
QTreeView#sidebar:focus {{ border-right: 2px solid {focus}; }}
QTreeView#sidebar::item {{ padding: 5px 6px; border-radius: 6px; }}
QTreeView#sidebar::item:selected {{ background: {theme.accent}; color: {theme.on_accent}; }}
QTreeView#sidebar::branch:selected {{ background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
QStatusBar {{ border-top: 1px solid {theme.hairline}; }}
"""


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.2 contrast ratio between two colours."""

    def luminance(colour: str) -> float:
        q = QColor(colour)

        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
