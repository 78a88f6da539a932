"""Passphrases made of words, for reading out over the phone to a supporter.

Six words drawn with :mod:`secrets` from the EFF long word list, joined by single spaces.
The list ships in ``resources/wordlists`` with its licence, and is checked against its
published SHA-256 before any word is used, so an edited or truncated list can never
quietly weaken a passphrase.

The words are read out to a supporter of someone who may be in crisis, so words about
death, harm, illness, despair or madness ("maimed", "strangle", "unloved") are left out
of the draw: 7,662 words remain, about 77.4 bits for six.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from functools import cache

from wrapdesk.bundled import resource_path

WORDLIST = ("wordlists", "eff_large_wordlist.txt")
WORDLIST_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"
WORDLIST_SIZE = 7776
WORDS = 6
MIN_BITS = 70.0

# Never drawn: hard words to hear read out, for someone close to a person in crisis.
LEFT_OUT = frozenset(
    [
        "agonize",
        "agonizing",
        "agony",
        "ambulance",
        "ambush",
        "anguished",
        "bleak",
        "bruising",
        "casket",
        "chokehold",
        "choking",
        "coroner",
        "crazy",
        "cruelly",
        "cruelness",
        "cruelty",
        "crying",
        "curse",
        "decay",
        "depress",
        "despair",
        "disaster",
        "distress",
        "dreaded",
        "dreadful",
        "drown",
        "emergency",
        "evil",
        "expire",
        "explode",
        "famine",
        "frail",
        "gallows",
        "gloomily",
        "gloomy",
        "gore",
        "gory",
        "graves",
        "graveyard",
        "grief",
        "grievance",
        "grieving",
        "grievous",
        "handgun",
        "harmful",
        "hate",
        "hatred",
        "haunt",
        "helpless",
        "hurt",
        "imprison",
        "jackknife",
        "maimed",
        "morbidity",
        "morbidly",
        "mourner",
        "mournful",
        "mutilated",
        "mutilator",
        "neurotic",
        "numbing",
        "numbness",
        "obituary",
        "overkill",
        "panic",
        "penknife",
        "perish",
        "poison",
        "prison",
        "psychic",
        "rage",
        "rash",
        "relapse",
        "rotten",
        "rotting",
        "ruined",
        "sadden",
        "sadly",
        "sadness",
        "scared",
        "scarily",
        "scariness",
        "scarring",
        "scary",
        "sedate",
        "sedation",
        "sedative",
        "shame",
        "shock",
        "sinister",
        "slit",
        "starved",
        "starving",
        "strangle",
        "suffocate",
        "throttle",
        "tragedy",
        "unable",
        "undead",
        "undying",
        "unhappy",
        "unhealthy",
        "unloved",
        "unstable",
        "unwanted",
        "unwell",
        "uselessly",
        "venomous",
        "void",
        "widow",
        "wound",
        "wrath",
        "wreckage",
        "wrecking",
    ]
)


class WordListDamaged(RuntimeError):
    """The shipped word list is not the EFF list WrapDesk was built with (a broken install)."""


@cache
def eff_words() -> tuple[str, ...]:
    """The EFF long word list, after checking it is exactly the published file."""
    raw = resource_path(*WORDLIST).read_bytes()
    if hashlib.sha256(raw).hexdigest() != WORDLIST_SHA256:
        raise WordListDamaged("the EFF word list does not match its published SHA-256")
    words = tuple(line.split("\t")[1] for line in raw.decode("ascii").splitlines())
    if len(set(words)) != WORDLIST_SIZE:  # pragma: no cover - the hash already proves this
        raise WordListDamaged("the EFF word list does not hold 7,776 different words")
    return tuple(w for w in words if w not in LEFT_OUT)


def entropy_bits(words: int = WORDS) -> float:
    """How many bits of entropy a passphrase of ``words`` words has."""
    return words * math.log2(len(eff_words()))


def new_passphrase(words: int = WORDS) -> str:
    """A fresh passphrase: ``words`` random words from the list, separated by single spaces."""
    if entropy_bits(words) < MIN_BITS:
        raise ValueError(f"{words} words are fewer than {MIN_BITS} bits")
    word_list = eff_words()
    return " ".join(secrets.choice(word_list) for _ in range(words))


def typed_forms(typed: str) -> list[str]:
    """What to try for a passphrase someone typed: as typed, then in WrapDesk's own form.

    WrapDesk's passphrases are lower-case words separated by single spaces; someone
    copying them down from a phone call may add a capital or a double space. The second
    form is tried only if it differs, so a passphrase chosen by hand (``age -p``) is
    always tried exactly as typed first.
    """
    forms = [typed] if typed else []
    words = " ".join(typed.split()).lower()
    if words and words != typed:
        forms.append(words)
    return forms
