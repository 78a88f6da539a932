"""The zip inside a share, read as hostile: every trick refused in a sentence, in memory.

Each package is sealed to the supporter's key and opened the way the viewer opens it, so
these are end-to-end: age file in, typed error out, nothing extracted anywhere.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.conftest import (
    PDF,
    README,
    WHEN,
    assert_plain_sentence,
    good_package,
    zip_bytes,
)
from wrapdesk.document import PlanDocument, dumps
from wrapdesk.exchange import (
    AgeIdentity,
    NotAShareFile,
    OpenedShare,
    ShareError,
    SharePackageUnsafe,
    make_share,
    open_share,
)
from wrapdesk.exchange.age_file import seal_to_recipient
from wrapdesk.exchange.package import LIMITS, MAX_DIRECTORY_BYTES, Package, pack, unpack


def opened(package: bytes, recipient: str, identity: AgeIdentity) -> OpenedShare:
    return open_share(seal_to_recipient(package, recipient), identity)


def refused(package: bytes, recipient: str, identity: AgeIdentity, reason: str) -> str:
    with pytest.raises(SharePackageUnsafe) as caught:
        opened(package, recipient, identity)
    assert caught.value.reason == reason, caught.value
    text = assert_plain_sentence(caught.value)
    assert "could be unsafe" in text
    return text


def member(name: str, *, mode: int = stat.S_IFREG | 0o600) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=WHEN)
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def with_members(document: PlanDocument, *extra: tuple[zipfile.ZipInfo | str, bytes]) -> bytes:
    """Our three members plus ``extra`` ones."""
    return zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf"), PDF),
            *extra,
        ]
    )


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite a member's declared uncompressed size in its local and central headers."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, size_at, name_len_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        at = out.find(signature)
        while at >= 0:
            (name_len,) = struct.unpack_from("<H", out, at + name_len_at)
            if bytes(out[at + name_at : at + name_at + name_len]) == encoded:
                struct.pack_into("<I", out, at + size_at, size)
            at = out.find(signature, at + 4)
    return bytes(out)


def set_flag(data: bytes, bit: int) -> bytes:
    """Set a general-purpose flag bit on every member (local and central headers)."""
    out = bytearray(data)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        while at >= 0:
            (flags,) = struct.unpack_from("<H", out, at + flag_at)
            struct.pack_into("<H", out, at + flag_at, flags | bit)
            at = out.find(signature, at + 4)
    return bytes(out)


# ---------------------------------------------------------------------------- the good one


def test_a_package_round_trips_and_unzips_with_owner_only_files(document: PlanDocument) -> None:
    data = good_package(dumps(document))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "plan.json", "plan.pdf"]
        for info in archive.infolist():
            assert stat.S_IMODE(info.external_attr >> 16) == 0o600
            assert info.date_time == WHEN
    package = unpack(data)
    assert package == Package(plan_json=dumps(document), pdf=PDF, readme=README)


def test_a_share_round_trips(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    data = make_share(document, PDF, README, recipient=recipient)
    share = open_share(data, identity)
    assert share == OpenedShare(document=document, pdf=PDF, readme=README)


def test_packing_refuses_a_member_over_its_limit(document: PlanDocument) -> None:
    with pytest.raises(ValueError, match="larger"):
        pack(Package(plan_json=dumps(document), pdf=PDF, readme="x" * (64 * 1024 + 1)), WHEN)


def test_control_characters_in_the_note_are_dropped(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    readme = "Hello\u202e\x1b[31m there\tfriend\n"
    assert opened(good_package(dumps(document)), recipient, identity).readme == README
    package = pack(Package(plan_json=dumps(document), pdf=PDF, readme=readme), WHEN)
    assert opened(package, recipient, identity).readme == "Hello[31m there\tfriend\n"


# ---------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize("name", ["../plan.json", "docs/../../plan.pdf", "..\\README.txt"])
def test_member_climbing_out_with_dotdot(
    name: str, document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes([(member("plan.json"), dumps(document)), (member(name), PDF)])
    refused(package, recipient, identity, "path")


@pytest.mark.parametrize("name", ["/etc/cron.d/plan", "\\Windows\\plan.json", "C:plan.json"])
def test_member_with_an_absolute_path(
    name: str, document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes([(member("README.txt"), README.encode()), (member(name), b"x")])
    refused(package, recipient, identity, "path")


def test_member_that_is_a_symlink(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf", mode=stat.S_IFLNK | 0o777), b"/home/sam/.ssh/authorized_keys"),
        ]
    )
    refused(package, recipient, identity, "link")


def test_member_that_is_a_folder(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes([(member("plan.json/", mode=stat.S_IFDIR | 0o700), b"")])
    refused(package, recipient, identity, "folder")


def test_member_that_is_a_device(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes([(member("plan.pdf", mode=stat.S_IFIFO | 0o600), PDF)])
    refused(package, recipient, identity, "special")


def test_unexpected_member_name(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("autorun.inf"), b"open=evil.exe"),
        ]
    )
    refused(package, recipient, identity, "unexpected-name")


def test_a_member_with_an_empty_name_is_refused_not_a_crash(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    """Found by the damaged-zip test: zipfile's is_dir() fails on an empty name."""
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member(""), PDF),
        ]
    )
    refused(package, recipient, identity, "unexpected-name")


def test_too_many_members(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    refused(with_members(document, (member("extra.txt"), b"x")), recipient, identity, "too-many")


def test_end_record_understating_a_huge_directory(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    many = [(member(f"m{i:04}"), b"") for i in range(600)]
    data = bytearray(zip_bytes(many))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 3, 3)  # "three members", over a 600-entry directory
    assert struct.unpack_from("<L", data, end + 12)[0] > MAX_DIRECTORY_BYTES
    refused(bytes(data), recipient, identity, "too-many")


def test_duplicate_member(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        package = with_members(document, (member("plan.json"), b'{"schema": "evil"}'))
    refused(package, recipient, identity, "too-many")
    with pytest.warns(UserWarning, match="Duplicate name"):
        package = zip_bytes(
            [(member("plan.json"), dumps(document)), (member("plan.json"), dumps(document))]
        )
    refused(package, recipient, identity, "duplicate")


def test_missing_member(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    package = zip_bytes([(member("README.txt"), README.encode()), (member("plan.json"), b"{}")])
    refused(package, recipient, identity, "missing")


def test_member_declared_oversized(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = patch_declared_size(with_members(document), "plan.json", LIMITS["plan.json"] + 1)
    refused(package, recipient, identity, "too-large")


def test_zip_bomb_with_honest_sizes(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    bomb = b"\0" * (LIMITS["plan.pdf"] + 1024)  # 64 MiB of zeros deflates to ~64 KiB
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf"), b"%PDF-" + bomb),
        ]
    )
    assert len(package) < 200_000
    refused(package, recipient, identity, "too-large")


def test_zip_bomb_declaring_a_small_size(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    bomb = b"%PDF-" + b"\0" * (32 * 1024 * 1024)
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf"), bomb),
        ]
    )
    lying = patch_declared_size(package, "plan.pdf", 100)
    with pytest.raises(SharePackageUnsafe) as caught:
        opened(lying, recipient, identity)
    # Reading stops at the declared size; the member then fails its checksum.
    assert caught.value.reason in ("malformed", "size-mismatch", "too-large")
    assert_plain_sentence(caught.value)


def test_member_larger_than_it_says_in_all(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = patch_declared_size(with_members(document), "README.txt", 10)
    with pytest.raises(SharePackageUnsafe):
        opened(package, recipient, identity)


def test_encrypted_member(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    refused(set_flag(with_members(document), 0x1), recipient, identity, "encrypted")


def test_unusual_compression(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    info = member("plan.pdf")
    info.compress_type = zipfile.ZIP_BZIP2
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (info, PDF),
        ]
    )
    refused(package, recipient, identity, "compression")


def test_note_that_is_not_text(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes(
        [
            (member("README.txt"), b"\xff\xfe\x00binary"),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf"), PDF),
        ]
    )
    refused(package, recipient, identity, "not-text")


def test_pdf_that_is_not_a_pdf(
    document: PlanDocument, recipient: str, identity: AgeIdentity
) -> None:
    package = zip_bytes(
        [
            (member("README.txt"), README.encode()),
            (member("plan.json"), dumps(document)),
            (member("plan.pdf"), b"MZ\x90\x00 an executable"),
        ]
    )
    refused(package, recipient, identity, "not-pdf")


def test_zip64_end_record(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    data = bytearray(with_members(document))
    end = data.rfind(b"PK\x05\x06")
    data[end:end] = b"PK\x06\x07" + b"\0" * 16
    refused(bytes(data), recipient, identity, "malformed")


def test_something_else_sealed_with_age_is_not_a_share(
    recipient: str, identity: AgeIdentity
) -> None:
    with pytest.raises(NotAShareFile) as caught:
        opened(b"Dear Sam, here is my shopping list.", recipient, identity)
    assert caught.value.reason == "not-a-package"
    assert "doesn't hold a plan shared from WrapDesk" in assert_plain_sentence(caught.value)


def test_truncated_zip(document: PlanDocument, recipient: str, identity: AgeIdentity) -> None:
    data = with_members(document)
    refused(data[: len(data) // 2], recipient, identity, "malformed")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_damaged_zip_is_a_typed_error_never_a_crash(
    data: st.DataObject, document: PlanDocument
) -> None:
    blob = bytearray(good_package(dumps(document)))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    try:
        unpack(bytes(blob))
    except ShareError as exc:
        assert_plain_sentence(exc)
