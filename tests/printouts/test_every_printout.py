"""What every printout shares: its own font, a title and language, which copy it is on
every page, and words that all go through translation."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable

import pytest

from tests.printouts.conftest import (
    OPTIONS,
    flat,
    page_texts,
    pdf_text,
    reader,
    sample_plan,
)
from tests.printouts.test_translation import printout_sources
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate, untranslated
from wrapdesk.printouts import KINDS, PrintOptions, build_pdf, build_recovery_sheet
from wrapdesk.vault import RecoveryKey

TITLES = {
    "crisis-plan": "Crisis plan — Gwenllian Ŷr-Evans",
    "wrap": "Plan — Gwenllian Ŷr-Evans",
    "advance-statement": "Advance statement — Gwenllian Ŷr-Evans",
    "adrt": "Advance decision to refuse treatment — Gwenllian Ŷr-Evans",
    "scottish-statement": "Advance statement (Scotland) — Gwenllian Ŷr-Evans",
    "wallet-card": "Wallet card — Gwenllian Ŷr-Evans",
}


def make(kind: str, options: PrintOptions = OPTIONS, translate: Translate = untranslated) -> bytes:
    if kind == "recovery-sheet":
        key = RecoveryKey(bytes(16)).formatted()
        return build_recovery_sheet(key, "/home/gwen/plan.wrapdesk", translate, options)
    document = sample_plan()
    return build_pdf(kind, document, translate, dataclasses.replace(options, allow_long=True))


@pytest.mark.parametrize("kind", KINDS)
def test_title_author_and_language_are_set(kind: str) -> None:
    pdf = make(kind, dataclasses.replace(OPTIONS, language="cy-GB"))
    document = reader(pdf)
    assert document.metadata is not None
    assert document.metadata.title == TITLES[kind]
    assert document.metadata.author == "Gwenllian Ŷr-Evans"
    assert document.trailer["/Root"]["/Lang"] == "cy-GB"


@pytest.mark.parametrize("kind", [*KINDS, "recovery-sheet"])
def test_every_font_is_embedded_dejavu(kind: str) -> None:
    fonts = {}
    for page in reader(make(kind)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in font["/FontDescriptor"]
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts), fonts


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_says_which_copy_it_is(kind: str) -> None:
    pages = page_texts(make(kind, dataclasses.replace(OPTIONS, large_type=True)))
    for number, text in enumerate(pages, start=1):
        assert "Version 7 · 14 February 2027" in text
        assert "Check this is the newest copy — ask Gwen" in text
        assert f"Page {number} of {len(pages)}" in text


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("crisis-plan", ("Gwenllian Ŷr-Evans", "Siân", "Paweł Łukasik", "Tŷ Gwyn", "Mŵg")),
        ("wrap", ("Ŷr-Evans", "Dŵr", "Łukasik", "Mŵg", "Ελένη Παππά")),
        ("advance-statement", ("Ŷr-Evans", "Heol y Dŵr", "Ελένη Παππά")),
        ("adrt", ("Ŷr-Evans", "Heol y Dŵr", "Siân")),
        ("scottish-statement", ("Ŷr-Evans", "Heol y Dŵr")),
        ("wallet-card", ("Ŷr-Evans", "Siân")),
    ],
)
def test_welsh_polish_and_greek_letters_survive(kind: str, words: tuple[str, ...]) -> None:
    text = pdf_text(make(kind))
    for word in words:
        assert word in text


@pytest.mark.parametrize("kind", [*KINDS, "recovery-sheet"])
def test_paper_is_a4_or_letter(kind: str) -> None:
    a4 = reader(make(kind)).pages[0].mediabox
    letter = reader(make(kind, dataclasses.replace(OPTIONS, paper="Letter"))).pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


def bracketed(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A pretend language that marks every translated string «like this»."""
    return f"«{untranslated(context, source, disambiguation, n)}»"


@pytest.mark.parametrize("kind", [*KINDS, "recovery-sheet"])
def test_every_word_of_ours_goes_through_translation(kind: str) -> None:
    text = flat(pdf_text(make(kind, translate=bracketed)))
    assert "«Page «1» of" not in text  # numbers are filled in after translating
    checked = 0
    for source in printout_sources():
        if "{" in source or len(source.split()) < 2:
            continue  # placeholders are filled after translating; single words are too common
        for match in re.finditer(re.escape(source), text):
            checked += 1
            before = text[: match.start()]
            inside = before.count("«") > before.count("»")
            assert inside, (source, text[match.start() - 40 : match.end()])
    assert checked >= 3


def test_an_unknown_kind_is_refused(plan: PlanDocument) -> None:
    with pytest.raises(ValueError, match="wallet-card"):
        build_pdf("poster", plan, untranslated, OPTIONS)


@pytest.mark.parametrize("kind", [*KINDS, "recovery-sheet"])
def test_a_printout_is_made_in_memory_and_writes_no_file(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    real_open: Callable[..., object] = open
    real_os_open: Callable[..., int] = os.open

    def watch_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(flag in mode for flag in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watch_os_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            written.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watch_open)
    monkeypatch.setattr("os.open", watch_os_open)
    assert make(kind).startswith(b"%PDF")
    assert written == []
