"""The embedded font: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

One font family covers Welsh (ŵ ŷ), Polish (ł ą ę) and most European, Greek and Cyrillic
text, and is embedded (subset) in every PDF, so a printout looks the same on any computer
and its text can be copied and read aloud.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wrapdesk.bundled import resource_path

REGULAR = "WrapDeskSans"
BOLD = "WrapDeskSans-Bold"
ITALIC = "WrapDeskSans-Oblique"

_FILES = (
    (REGULAR, "DejaVuSans.ttf"),
    (BOLD, "DejaVuSans-Bold.ttf"),
    (ITALIC, "DejaVuSans-Oblique.ttf"),
)


def register_fonts() -> None:
    """Register the family with reportlab once per process (reportlab keeps the registry)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> and <i> inside paragraphs; there is no bold oblique, so bold stands in for it.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
