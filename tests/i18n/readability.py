"""Flesch reading ease, small and dependency-free.

    ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

60 and above is plain English, read easily by most people at 13 to 15 years old; 70 and
above is easier still. Syllables are counted by the usual spelling rules (vowel groups, less
a silent final "e", "-es" and "-ed"); on WrapDesk's own words it agrees with a dictionary
count for nearly every word (``test_reading_ease`` keeps a sample), which is all a score
meant for comparing sentences needs.

Text is prepared as a person sees it: glossary links become their words, rich-text tags and
accelerator ampersands go, and each placeholder (``{name}``, ``%n``) reads as a short word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wrapdesk.content.markup import plain

_BLOCK_TAG = re.compile(r"</?(?:p|h[1-6]|br|li|ul|ol|div|tr|td|th|table)\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?(?:n|[1-9][0-9]?)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n\s*\n")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouy]e$")
_CONSONANT_LE = re.compile(r"[^aeiouy]le$")
_SILENT_ES_ED = re.compile(r"(?<![szxgch])es$|(?<![td])ed$")
_TWO_VOWELS_HEARD = re.compile(r"[aeiouy]ing$|[^aeiou](?:ea|ia)$")
_FIRST_WORDS = ("some", "where", "there", "home", "life", "care", "side", "time", "safe")
_SUFFIXES = ("ment", "ness", "ful", "less", "ly")


def syllables(word: str) -> int:
    """How many syllables ``word`` has, by spelling (at least one)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 1  # a number or a symbol, read as one short word
    for first in _FIRST_WORDS:  # "somewhere", "caregiver": the first word's "e" is silent
        rest = letters.removeprefix(first)
        if rest != letters and len(rest) >= 3 and _VOWEL_GROUPS.search(rest):
            return 1 + syllables(rest)
    for suffix in _SUFFIXES:  # "statement", "lonely": count the stem on its own
        stem = letters.removesuffix(suffix)
        if stem != letters and len(stem) >= 3 and _VOWEL_GROUPS.search(stem):
            return syllables(stem) + 1
    if len(letters) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(letters))
    silent_e = _SILENT_E.search(letters) and not _CONSONANT_LE.search(letters)  # "make"
    silent_ending = _SILENT_ES_ED.search(letters) and _VOWEL_GROUPS.search(letters[:-2])  # "used"
    if silent_e or silent_ending:
        count -= 1
    if _TWO_VOWELS_HEARD.search(letters):  # "being", "idea"
        count += 1
    return max(1, count)


def as_read(text: str) -> str:
    """``text`` as a person reads it: no links, tags, accelerators; placeholders as "it".

    A block tag (``<p>``, ``<h2>``…) ends a sentence, as a paragraph does.
    """
    text = plain(text)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _TAG.sub("", text)
    text = _PLACEHOLDER.sub("it", text)
    return text.replace("&&", "and").replace("&", "")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (a heading or a question without a full stop is one too)."""
    return [s.strip() for s in _SENTENCE_END.split(as_read(text)) if _WORD.search(s)]


@dataclass(frozen=True)
class Counts:
    """Sentences, words and syllables of some text, and its reading ease."""

    sentences: int
    words: int
    syllables: int

    @property
    def ease(self) -> float:
        """Flesch reading ease."""
        if not self.words:
            return 100.0
        return (
            206.835
            - 1.015 * (self.words / max(1, self.sentences))
            - 84.6 * (self.syllables / self.words)
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
        )


def count(texts: Iterable[str]) -> Counts:
    """The counts over all ``texts`` together."""
    total = Counts(0, 0, 0)
    for text in texts:
        for sentence in sentences(text):
            words = _WORD.findall(sentence)
            total += Counts(1, len(words), sum(syllables(w) for w in words))
    return total


def sentence_ease(sentence: str) -> Counts:
    """The counts of one sentence."""
    return count([sentence])
