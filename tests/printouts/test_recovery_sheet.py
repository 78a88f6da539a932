"""The recovery sheet: the key and where the plan is, and nothing at all from the plan."""

from __future__ import annotations

from tests.printouts.conftest import OPTIONS, flat, in_order, pdf_text, reader
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import build_recovery_sheet
from wrapdesk.vault import RecoveryKey

KEY = RecoveryKey(bytes(range(16)))
PATH = "/home/gwen/Dogfennau/cynllun-Gwen.wrapdesk"


def sheet() -> bytes:
    return build_recovery_sheet(KEY.formatted(), PATH, untranslated, OPTIONS)


def test_the_key_prints_in_its_eight_numbered_groups() -> None:
    text = pdf_text(sheet())
    groups = KEY.groups
    assert len(groups) == 8
    assert in_order(flat(text), "Your recovery key", *groups, f"on one line: {KEY.formatted()}")
    # Read back from the page, the key opens the plan: nothing was lost in printing.
    assert RecoveryKey.parse(" ".join(g for g in text.split() if g in groups)) == KEY


def test_it_says_where_the_file_is_and_what_to_do() -> None:
    text = flat(pdf_text(sheet()))
    assert in_order(
        text,
        "Where your plan is",
        PATH,
        "If you forget your passphrase",
        "type the 48 digits",
        "Choose a new passphrase",
        "Keeping this sheet safe",
        "Anyone with this key and your plan file can read your plan.",
        "Private: keep this sheet safe",
        "Printed 4 March 2027",
    )


def test_it_is_one_page_made_by_wrapdesk_and_names_no_one() -> None:
    pdf = sheet()
    document = reader(pdf)
    assert len(document.pages) == 1
    assert document.metadata is not None
    assert document.metadata.title == "WrapDesk recovery key"
    assert document.metadata.author == "WrapDesk"
    assert "Version" not in pdf_text(pdf)
