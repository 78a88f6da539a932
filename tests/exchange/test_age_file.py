"""The age layer: files WrapDesk seals open again, and every broken file gets its own sentence.

Passphrase files cost a real scrypt (rage's ~1 s work factor), so one is made per session
and reused; everything that needs no passphrase uses an X25519 key.
"""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.conftest import assert_plain_sentence
from wrapdesk.exchange import (
    AgeIdentity,
    NotAShareFile,
    ShareError,
    ShareFileDamaged,
    ShareTooCostly,
    WrongShareKey,
    needs,
    new_identity,
    open_age,
)
from wrapdesk.exchange.age_file import seal_to_recipient, seal_with_passphrase
from wrapdesk.exchange.age_format import MAX_FILE_BYTES, MAX_SCRYPT_WORK_FACTOR, inspect

SECRET_TEXT = b"what helps: tea, quiet, a walk with Sam " * 2000  # a few chunks of payload
WORDS = "ample basin cobalt dwelling ember fjord"


@pytest.fixture(scope="module")
def key_file(recipient: str) -> bytes:
    return seal_to_recipient(SECRET_TEXT, recipient)


@pytest.fixture(scope="module")
def passphrase_file() -> bytes:
    return seal_with_passphrase(SECRET_TEXT, WORDS)


def payload_start(binary: bytes) -> int:
    return inspect(binary)[1].payload_offset


# ---------------------------------------------------------------------------- round trips


def test_key_file_opens_with_the_key_and_says_what_it_needs(
    key_file: bytes, identity: AgeIdentity
) -> None:
    assert key_file.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert SECRET_TEXT[:40] not in key_file
    assert needs(key_file) == "age-key"
    assert open_age(key_file, identity) == SECRET_TEXT


def test_armored_file_is_text_and_survives_email_whitespace(
    recipient: str, identity: AgeIdentity
) -> None:
    armored = seal_to_recipient(b"hello", recipient, armor=True)
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert all(line.isascii() and line.isprintable() for line in armored.decode().splitlines())
    pasted = b"\r\n  \n" + armored.replace(b"\n", b"  \r\n") + b"\n\n"
    assert open_age(pasted, identity) == b"hello"


def test_passphrase_file_opens_with_the_words_as_typed_or_as_read_out(
    passphrase_file: bytes,
) -> None:
    assert needs(passphrase_file) == "passphrase"
    header = inspect(passphrase_file)[1]
    assert header.stanza_types == ("scrypt",) and header.work_factor is not None
    assert open_age(passphrase_file, WORDS) == SECRET_TEXT
    # Written down during a phone call: a capital and a double space still open it.
    assert open_age(passphrase_file, "  Ample basin  COBALT dwelling ember fjord\n") == SECRET_TEXT


def test_a_file_for_several_keys_opens_with_any_of_them() -> None:
    other = new_identity()
    both = AgeIdentity((*other.secret_keys, *new_identity().secret_keys))
    sealed = seal_to_recipient(b"x", other.recipients[0])
    assert open_age(sealed, both) == b"x"


# ---------------------------------------------------------------------------- hostile input


def test_wrong_key(key_file: bytes) -> None:
    with pytest.raises(WrongShareKey) as caught:
        open_age(key_file, new_identity())
    assert (caught.value.needs, caught.value.given) == ("age-key", "age-key")
    assert "different supporter key" in assert_plain_sentence(caught.value)


def test_wrong_passphrase(passphrase_file: bytes) -> None:
    with pytest.raises(WrongShareKey) as caught:
        open_age(passphrase_file, "ample basin cobalt dwelling ember fjords")
    assert caught.value.needs == "passphrase"
    assert "words don't open" in assert_plain_sentence(caught.value)


def test_the_other_kind_of_secret_is_refused_before_any_work(
    key_file: bytes, passphrase_file: bytes, identity: AgeIdentity
) -> None:
    with pytest.raises(WrongShareKey) as caught:
        open_age(passphrase_file, identity)
    assert "opens with a passphrase" in assert_plain_sentence(caught.value)
    with pytest.raises(WrongShareKey) as caught:
        open_age(key_file, WORDS)
    assert "locked to a supporter key" in assert_plain_sentence(caught.value)


def test_empty_passphrase_is_just_wrong(passphrase_file: bytes) -> None:
    with pytest.raises(WrongShareKey):
        open_age(passphrase_file, "")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK\x03\x04 a zip, not an age file",
        b"%PDF-1.7\n",
        b"WRAPDESK\x01\x00\x00\x00",
        "age-encryption.org/v1 but in UTF-16".encode("utf-16"),
        b"-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----\n",
        b"age-encryption.org/v2\n-> X25519 abc\n",
    ],
    ids=["empty", "zip", "pdf", "wrapdesk-plan", "utf16", "pgp", "age-v2"],
)
def test_not_an_age_file(data: bytes, identity: AgeIdentity) -> None:
    with pytest.raises(NotAShareFile) as caught:
        open_age(data, identity)
    assert "isn't a plan shared from WrapDesk" in assert_plain_sentence(caught.value)


def test_far_too_large_is_refused_unread(identity: AgeIdentity) -> None:
    with pytest.raises(NotAShareFile) as caught:
        open_age(b"\0" * (MAX_FILE_BYTES + 1), identity)
    assert caught.value.reason == "too-large"


@pytest.mark.parametrize("where", ["in-intro", "in-header", "in-payload", "last-byte"])
def test_truncated_file(where: str, key_file: bytes, identity: AgeIdentity) -> None:
    cut = {
        "in-intro": 10,
        "in-header": 40,
        "in-payload": payload_start(key_file) + 70_000,
        "last-byte": len(key_file) - 1,
    }[where]
    with pytest.raises(ShareFileDamaged) as caught:
        open_age(key_file[:cut], identity)
    assert "damaged" in assert_plain_sentence(caught.value)


def test_truncated_armored_file(recipient: str, identity: AgeIdentity) -> None:
    armored = seal_to_recipient(SECRET_TEXT, recipient, armor=True)
    for cut in (len(armored) // 2, len(armored) - 40):
        with pytest.raises(ShareFileDamaged):
            open_age(armored[:cut], identity)


def test_armor_with_a_bad_character(recipient: str, identity: AgeIdentity) -> None:
    armored = bytearray(seal_to_recipient(b"x" * 100, recipient, armor=True))
    armored[60] = ord("!")
    with pytest.raises(ShareFileDamaged):
        open_age(bytes(armored), identity)


@pytest.mark.parametrize("where", ["payload-first", "payload-last", "nonce", "mac"])
def test_altered_file(where: str, key_file: bytes, identity: AgeIdentity) -> None:
    start = payload_start(key_file)
    mac_at = key_file.index(b"\n--- ") + 10
    index = {
        "payload-first": start + 20,
        "payload-last": len(key_file) - 3,
        "nonce": start + 2,
        "mac": mac_at,
    }[where]
    altered = bytearray(key_file)
    if where == "mac":  # another valid base64 letter, so only the MAC's value changes
        altered[index] = ord("B") if key_file[index] == ord("A") else ord("A")
    else:
        altered[index] ^= 0x01
    with pytest.raises(ShareFileDamaged) as caught:
        open_age(bytes(altered), identity)
    assert "changed since it was made" in assert_plain_sentence(caught.value)


def test_altered_passphrase_payload(passphrase_file: bytes) -> None:
    altered = bytearray(passphrase_file)
    altered[-5] ^= 0x80
    with pytest.raises(ShareFileDamaged):
        open_age(bytes(altered), WORDS)


def test_bytes_added_after_the_end(key_file: bytes, identity: AgeIdentity) -> None:
    with pytest.raises(ShareFileDamaged):
        open_age(key_file + b"\0", identity)


def test_a_passphrase_file_asking_for_too_much_work_is_refused_at_once(
    passphrase_file: bytes,
) -> None:
    text = passphrase_file.decode("latin-1")
    for factor in (MAX_SCRYPT_WORK_FACTOR + 1, 40, 99):
        stalling = re.sub(r"(-> scrypt \S+) \d+", rf"\1 {factor}", text, count=1)
        with pytest.raises(ShareTooCostly) as caught:
            open_age(stalling.encode("latin-1"), WORDS)
        assert caught.value.work_factor == factor
        assert "far more work" in assert_plain_sentence(caught.value)


@pytest.mark.parametrize(
    "header",
    [
        b"-> scrypt c2FsdA 018\n",  # leading zero
        b"-> scrypt c2FsdA\n",  # no work factor
        b"-> X25519  doublespace\n",
        b"->\n",
        b"garbage line\n",
    ],
)
def test_malformed_header_is_damage(header: bytes, identity: AgeIdentity) -> None:
    data = b"age-encryption.org/v1\n" + header + b"AAAA\n--- " + b"A" * 43 + b"\n" + b"\0" * 64
    with pytest.raises(ShareFileDamaged):
        open_age(data, identity)


def test_a_file_for_a_key_wrapdesk_does_not_use(identity: AgeIdentity) -> None:
    body = base64.b64encode(b"\0" * 32).rstrip(b"=")
    data = (
        b"age-encryption.org/v1\n-> ssh-ed25519 Tm9wZQ "
        + body
        + b"\n"
        + body
        + b"\n--- "
        + b"A" * 43
        + b"\n"
        + b"\0" * 64
    )
    assert needs(data) == "other"
    with pytest.raises(WrongShareKey) as caught:
        open_age(data, identity)
    assert "kind of key WrapDesk doesn't use" in assert_plain_sentence(caught.value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_damage_is_a_typed_error_never_a_crash(
    data: st.DataObject, key_file: bytes, identity: AgeIdentity
) -> None:
    blob = bytearray(key_file[:4096])
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(blob)))
    try:
        open_age(bytes(blob[:cut]), identity)
    except ShareError as exc:
        assert_plain_sentence(exc)
