"""Supporter keys: read as age reads them, a pasted secret key refused, the QR code exact."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.exchange.conftest import assert_plain_sentence
from wrapdesk.exchange import (
    AgeIdentity,
    IdentityInvalid,
    RecipientInvalid,
    new_identity,
    parse_identities,
    parse_recipient,
    recipient_qr,
)


def test_new_identity_is_an_age_key_pair(identity: AgeIdentity) -> None:
    (secret,) = identity.secret_keys
    assert secret.startswith("AGE-SECRET-KEY-1")
    (public,) = identity.recipients
    assert public.startswith("age1") and len(public) == 62
    assert new_identity().recipients != identity.recipients
    assert secret not in repr(identity) and "SECRET" not in repr(identity)


def test_age_keygen_agrees_on_the_public_key(tmp_path: Path, identity: AgeIdentity) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity.secret_keys[0] + "\n")
    shown = subprocess.run(
        ["age-keygen", "-y", str(key_file)], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == identity.recipients[0]


@pytest.mark.parametrize(
    "pasted",
    [
        "{key}",
        "  {key}  \n",
        "\n# Sam's key, from her WrapDesk\n{key}\n\n",
        "{upper}",
        "Public key: {key}",
        "# public key: {key}\r\n",
        "# public key: {key}\n{key}\n",
    ],
    ids=["bare", "spaces", "comments", "upper-case", "age-keygen-line", "comment-line", "twice"],
)
def test_recipient_pasted_or_from_a_file(pasted: str, recipient: str) -> None:
    text = pasted.format(key=recipient, upper=recipient.upper())
    assert parse_recipient(text) == recipient


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n# only a comment\n", "empty"),
        ("{key}\n{other}", "several"),
        ("{key} extra", "malformed"),
        ("{key_mixed}", "malformed"),
        ("{key_typo}", "malformed"),
        ("age1", "malformed"),
        ("hello", "malformed"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE sam@laptop", "unsupported"),
        ("age1yubikey1qwt50d05nh5vutpdzmlg5wn80xq5negm4uj9ghv0snvdd3yysf5yw3rhl3t", "unsupported"),
        ("{secret}", "secret-key"),
        ("# created: 2026-03-01\n# public key: {key}\n{secret}\n", "secret-key"),
    ],
)
def test_not_a_recipient(text: str, reason: str, recipient: str, identity: AgeIdentity) -> None:
    values = {
        "key": recipient,
        "other": new_identity().recipients[0],
        "key_mixed": "age1" + recipient[4:].upper()[:10] + recipient[14:],
        "key_typo": recipient[:-1] + ("q" if recipient[-1] != "q" else "p"),
        "secret": identity.secret_keys[0],
    }
    with pytest.raises(RecipientInvalid) as caught:
        parse_recipient(text.format(**values))
    assert caught.value.reason == reason
    words = assert_plain_sentence(caught.value)
    if reason == "secret-key":
        assert "should never be sent" in words and "AGE-SECRET" not in words


def test_identity_file_as_age_keygen_writes_it(identity: AgeIdentity) -> None:
    text = (
        "# created: 2026-03-01T09:30:00Z\n"
        f"# public key: {identity.recipients[0]}\n"
        f"{identity.secret_keys[0]}\n"
    )
    assert parse_identities(text) == identity
    two = parse_identities(f"{identity.secret_keys[0]}\n\n{new_identity().secret_keys[0]}\n")
    assert len(two.secret_keys) == 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("# nothing here\n", "empty"),
        ("{public}", "public-key"),
        ("AGE-SECRET-KEY-1NOTAKEY", "malformed"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", "malformed"),
    ],
)
def test_not_an_identity(text: str, reason: str, identity: AgeIdentity) -> None:
    with pytest.raises(IdentityInvalid) as caught:
        parse_identities(text.format(public=identity.recipients[0]))
    assert caught.value.reason == reason
    assert_plain_sentence(caught.value)


@given(st.text(max_size=300))
def test_any_text_is_a_key_or_a_plain_refusal(text: str) -> None:
    for parse, error in ((parse_recipient, RecipientInvalid), (parse_identities, IdentityInvalid)):
        try:
            parse(text)
        except error as exc:
            assert_plain_sentence(exc)


def test_qr_code_encodes_the_key_text_as_shown(recipient: str) -> None:
    svg = recipient_qr(f"  Public key: {recipient.upper()}\n", "svg")
    assert svg.startswith(b"<svg") and b"<?xml" not in svg
    png = recipient_qr(recipient, "png", scale=4)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    # The code holds the canonical key exactly as shown beside it (not the pasted form).
    import segno

    expected = segno.make(recipient, error="m", micro=False, boost_error=False)
    out = io.BytesIO()
    expected.save(out, kind="svg", scale=8, border=4, xmldecl=False, dark="#000", light="#fff")
    assert out.getvalue() == svg
    assert expected.designator == "4-M" and expected.mode == "byte"
    with pytest.raises(RecipientInvalid):
        recipient_qr("not a key")
