"""Passphrases of words: from the real EFF list, enough entropy, fresh every time."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from wrapdesk.bundled import resource_path
from wrapdesk.exchange import entropy_bits, new_passphrase
from wrapdesk.exchange import passphrase as module
from wrapdesk.exchange.passphrase import WordListDamaged, eff_words, typed_forms


def test_the_word_list_is_the_published_eff_long_list_with_its_licence() -> None:
    raw = resource_path("wordlists", "eff_large_wordlist.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == module.WORDLIST_SHA256
    words = eff_words()
    assert len(words) == len(set(words)) == 7776 - len(module.LEFT_OUT)
    assert words[0] == "abacus" and words[-1] == "zoom"
    assert all(w.replace("-", "").isalpha() and w.islower() for w in words)
    licence = resource_path("wordlists", "LICENSE-EFF-wordlist.txt").read_text()
    assert "CC BY 3.0" in licence and "Electronic Frontier Foundation" in licence


def test_a_passphrase_is_six_list_words_joined_by_single_spaces() -> None:
    words = set(eff_words())
    phrase = new_passphrase()
    parts = phrase.split(" ")
    assert len(parts) == 6 and all(p in words for p in parts)
    assert phrase == " ".join(phrase.split())


def test_entropy_is_at_least_seventy_bits() -> None:
    assert entropy_bits() == pytest.approx(6 * math.log2(7662))
    assert entropy_bits() > 77.4
    with pytest.raises(ValueError, match="bits"):
        new_passphrase(words=5)  # 64.6 bits: too few


def test_passphrases_are_fresh_and_spread_over_the_list() -> None:
    phrases = {new_passphrase() for _ in range(200)}
    assert len(phrases) == 200
    used = {w for p in phrases for w in p.split()}
    assert len(used) > 900  # 1,200 draws from 7,776 words: about 1,100 different


def test_an_edited_word_list_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    weak = tmp_path / "wordlists"
    weak.mkdir()
    (weak / "eff_large_wordlist.txt").write_text("11111\tpassword\n" * 7776)
    monkeypatch.setattr(module, "resource_path", tmp_path.joinpath)
    eff_words.cache_clear()
    try:
        with pytest.raises(WordListDamaged):
            new_passphrase()
    finally:
        eff_words.cache_clear()


def test_typed_forms_try_as_typed_first_then_wrapdesk_form() -> None:
    assert typed_forms("ample basin") == ["ample basin"]
    assert typed_forms(" Ample  basin\t") == [" Ample  basin\t", "ample basin"]
    assert typed_forms("") == []
    assert typed_forms("   ") == ["   "]


def test_words_hard_to_hear_are_never_drawn() -> None:
    from wrapdesk.exchange.passphrase import LEFT_OUT, eff_words

    drawn = {word for _ in range(3000) for word in new_passphrase().split()}
    assert drawn.isdisjoint(LEFT_OUT)
    assert {"maimed", "strangle", "unloved", "suffocate", "despair"} <= LEFT_OUT
    assert LEFT_OUT.isdisjoint(eff_words())
