"""The zip inside a share: ``plan.json``, ``plan.pdf`` and ``README.txt``, in memory only.

Reading treats the zip as hostile even though it arrived authenticated: whoever had the
passphrase or key could have made it. Nothing is ever extracted to disk. Before the zip
library parses anything, the end-of-directory record is read by hand to bound the number
of members and the size of the directory; then every member's name, type, flags and
declared size are checked, and each is read into memory with the declared size and a hard
limit enforced while reading, so a zip bomb or a lying header stops at the limit.
"""

from __future__ import annotations

import io
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass

from wrapdesk.document.canonical import MAX_DOCUMENT_BYTES
from wrapdesk.exchange.errors import NotAShareFile, SharePackageUnsafe

PLAN_JSON = "plan.json"
PLAN_PDF = "plan.pdf"
README = "README.txt"
MEMBERS = (PLAN_JSON, PLAN_PDF, README)
LIMITS = {
    PLAN_JSON: MAX_DOCUMENT_BYTES,
    PLAN_PDF: 64 * 1024 * 1024,
    README: 64 * 1024,
}
MAX_TOTAL = sum(LIMITS.values())
MAX_DIRECTORY_BYTES = 16 * 1024
"""Three members' central-directory records take about 200 bytes; the zip library reads
entries until the directory's declared size is used up, so that size is bounded first."""

_CHUNK = 64 * 1024
_LOCAL_HEADER = b"PK\x03\x04"
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_SEARCH_BACK = 1 << 16  # as far back as the zip library looks for the record
_FILE_MODE = stat.S_IFREG | 0o600  # the supporter's unzip makes files only they can read
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    EOFError,
    OSError,
    zlib.error,
    struct.error,
)


@dataclass(frozen=True)
class Package:
    """What a share holds: the plan document's bytes, the PDF's bytes and the note."""

    plan_json: bytes
    pdf: bytes
    readme: str


def pack(package: Package, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The package as zip bytes; every member dated ``date_time`` (the version's date)."""
    if date_time[0] < 1980:  # the zip format cannot store earlier dates
        date_time = (1980, 1, 1, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in (
            (README, package.readme.encode("utf-8")),
            (PLAN_JSON, package.plan_json),
            (PLAN_PDF, package.pdf),
        ):
            if len(data) > LIMITS[name]:
                raise ValueError(f"{name} is larger than a share may hold")
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the file mode below is honoured
            info.external_attr = _FILE_MODE << 16
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def unpack(data: bytes) -> Package:
    """Read a share's zip from memory, refusing anything WrapDesk would not have written."""
    if not data.startswith(_LOCAL_HEADER):
        raise NotAShareFile("not-a-package")
    _check_directory(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = _checked_members(archive.infolist())
            contents = {info.filename: _read_member(archive, info) for info in infos}
    except _ZIP_ERRORS as exc:
        raise SharePackageUnsafe("malformed", type(exc).__name__) from None
    try:
        readme = contents[README].decode("utf-8")
    except UnicodeDecodeError:
        raise SharePackageUnsafe("not-text") from None
    if not contents[PLAN_PDF].startswith(b"%PDF-"):
        raise SharePackageUnsafe("not-pdf")
    return Package(plan_json=contents[PLAN_JSON], pdf=contents[PLAN_PDF], readme=_plain(readme))


def _check_directory(data: bytes) -> None:
    """Find the end-of-directory record as the zip library will, and bound what it declares."""
    tail = data[-_END_RECORD.size :]
    if tail.startswith(_END_SIGNATURE) and tail.endswith(b"\0\0"):
        at = len(data) - _END_RECORD.size
    else:
        at = data.rfind(_END_SIGNATURE, max(0, len(data) - _END_RECORD.size - _SEARCH_BACK))
    if at < 0 or len(data) - at < _END_RECORD.size:
        raise SharePackageUnsafe("malformed", "no end of directory")
    if data[max(0, at - 20) : at].startswith(_ZIP64_LOCATOR):
        raise SharePackageUnsafe("malformed", "zip64")  # WrapDesk never writes zip64
    _sig, disk, cd_disk, on_disk, total, cd_size, _cd_offset, _comment = _END_RECORD.unpack(
        data[at : at + _END_RECORD.size]
    )
    if disk or cd_disk or on_disk != total:
        raise SharePackageUnsafe("malformed", "spanned")
    if total > len(MEMBERS):
        raise SharePackageUnsafe("too-many", str(total))
    if cd_size > MAX_DIRECTORY_BYTES:
        raise SharePackageUnsafe("too-many", f"directory of {cd_size} bytes")


def _checked_members(infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Every member is one of ours, a plain file, unencrypted, deflated or stored, in limits."""
    if len(infos) > len(MEMBERS):
        raise SharePackageUnsafe("too-many", str(len(infos)))
    seen: set[str] = set()
    for info in infos:
        _check_member(info)
        if info.filename in seen:
            raise SharePackageUnsafe("duplicate", repr(info.filename))
        seen.add(info.filename)
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        raise SharePackageUnsafe("too-large", "in all")
    missing = set(MEMBERS) - seen
    if missing:
        raise SharePackageUnsafe("missing", ", ".join(sorted(missing)))
    return infos


def _check_member(info: zipfile.ZipInfo) -> None:
    """One member's name, type, flags, compression and declared size."""
    name = info.filename
    if not name:  # a damaged name: zipfile's own is_dir() would fail on it
        raise SharePackageUnsafe("unexpected-name", repr(name))
    if _unsafe_path(name):
        raise SharePackageUnsafe("path", repr(name))
    kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
    if info.is_dir():
        raise SharePackageUnsafe("folder", repr(name))
    if kind == stat.S_IFLNK:
        raise SharePackageUnsafe("link", repr(name))
    if kind not in (0, stat.S_IFREG):
        raise SharePackageUnsafe("special", repr(name))
    if name not in LIMITS:
        raise SharePackageUnsafe("unexpected-name", repr(name))
    if info.flag_bits & 0x1:
        raise SharePackageUnsafe("encrypted", name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise SharePackageUnsafe("compression", name)
    if info.file_size > LIMITS[name]:
        raise SharePackageUnsafe("too-large", name)


def _unsafe_path(name: str) -> bool:
    """A name that would climb out of, or start outside, the folder it is unpacked in."""
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\"))
        or ".." in parts
        or (len(name) > 1 and name[1] == ":")
        or "\0" in name
    )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than it declared nor more than its limit."""
    limit = min(info.file_size, LIMITS[info.filename])
    chunks: list[bytes] = []
    got = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            got += len(chunk)
            if got > limit:
                raise SharePackageUnsafe("too-large", info.filename)
            chunks.append(chunk)
    if got != info.file_size:
        raise SharePackageUnsafe("size-mismatch", info.filename)
    return b"".join(chunks)


def _plain(text: str) -> str:
    """Text with control and format characters removed (line breaks and tabs kept)."""
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )
