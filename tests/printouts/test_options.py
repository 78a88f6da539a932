"""Paper from the locale, and the options every printout takes."""

from __future__ import annotations

from datetime import date

import pytest

from wrapdesk.printouts import KINDS, PrintOptions, default_paper


@pytest.mark.parametrize(
    "locale_name",
    ["en_US", "en_US.UTF-8", "es-MX", "fr_CA", "en_PH", "es_CL.utf8", "en-Latn-US", "en_US@euro"],
)
def test_letter_where_the_locale_uses_it(locale_name: str) -> None:
    assert default_paper(locale_name) == "Letter"


@pytest.mark.parametrize(
    "locale_name", ["en_GB", "cy_GB.UTF-8", "pl_PL", "de-DE", "en", "C", "POSIX", "", "fr"]
)
def test_a4_everywhere_else(locale_name: str) -> None:
    assert default_paper(locale_name) == "A4"


def test_defaults_print_today_on_a4_within_two_pages() -> None:
    options = PrintOptions()
    assert (options.paper, options.large_type, options.allow_long) == ("A4", False, False)
    assert options.printed_on() == date.today()
    assert PrintOptions(today=date(2027, 1, 2)).printed_on() == date(2027, 1, 2)


def test_the_six_kinds() -> None:
    assert KINDS == (
        "crisis-plan",
        "wrap",
        "advance-statement",
        "adrt",
        "scottish-statement",
        "wallet-card",
    )
