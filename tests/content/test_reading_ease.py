"""Prompts read easily: Flesch reading ease of 60 or more, on average."""

from __future__ import annotations

import re

from wrapdesk.content import GLOSSARY, SECTIONS, STEPS, plain

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")


def syllables(word: str) -> int:
    """A rough English syllable count: vowel groups, less a silent final e."""
    word = word.lower()
    if word.isdigit():
        return len(word)  # "111" is read one digit at a time
    word = re.sub(r"['’].*$", "", word)  # don't, you're, I'll: the ending adds no syllable
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]+", word)))


def flesch(text: str) -> float:
    """Flesch reading ease of ``text`` (higher is easier)."""
    text = plain(text)
    words = WORD.findall(text)
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    count = sum(syllables(word) for word in words)
    return 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (count / len(words))


def _average(texts: list[str]) -> float:
    return sum(flesch(text) for text in texts) / len(texts)


def test_syllable_counter_is_sensible() -> None:
    assert [syllables(w) for w in ("cat", "table", "happy", "recovery", "what's")] == [
        1,
        2,
        2,
        4,
        1,
    ]
    assert flesch("The cat sat on the mat.") > 100
    assert flesch("Interdisciplinary consultation necessitates comprehensive documentation.") < 0


def test_prompts_read_easily() -> None:
    prompts = [prompt for section in SECTIONS for prompt in section.prompts]
    questions = [question for step in STEPS for question in step.questions]
    average = _average(prompts)
    hardest = sorted(prompts, key=flesch)[:3]
    print(f"\nFlesch reading ease, section prompts: average {average:.1f} over {len(prompts)}")
    print(f"Flesch reading ease, cycle questions: average {_average(questions):.1f}")
    print(f"Flesch reading ease, purposes: {_average([s.purpose for s in SECTIONS]):.1f}")
    print(f"Flesch reading ease, glossary: {_average([g.definition for g in GLOSSARY]):.1f}")
    for prompt in hardest:
        print(f"  hardest prompt ({flesch(prompt):.0f}): {plain(prompt)}")
    assert average >= 60
    assert _average(questions) >= 60
