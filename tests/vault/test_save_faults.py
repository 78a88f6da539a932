"""A fault at any step of saving leaves the previous file byte-identical, and loses no edit.

Faults are injected where the operating system would report them (the ``os`` calls the
save makes), not by replacing any of our own code.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import SaveFailed, Vault, atomic_file, backups, list_backups


class SimulatedCrash(BaseException):
    """Stands for the process dying at this instant: no cleanup code runs."""


class FaultyOS:
    """The real ``os`` module, except that call number ``nth`` of ``name`` fails."""

    def __init__(self, name: str, error: BaseException, nth: int = 1) -> None:
        self._name = name
        self._error = error
        self._nth = nth
        self.calls = 0

    def __getattr__(self, attr: str) -> Any:
        real = getattr(os, attr)
        if attr != self._name:
            return real

        def faulty(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self._nth:
                raise self._error
            return real(*args, **kwargs)

        return faulty


class Step(NamedTuple):
    """Where in a save the fault strikes, and what the person is told it was."""

    label: str
    module: Any  # the module whose ``os`` is replaced
    os_call: str
    nth: int


# The order of a save: temp file created, written, flushed, read back, backup link, rename.
STEPS = [
    Step("create temp file", atomic_file, "open", 1),
    Step("write temp file", atomic_file, "writev", 1),
    Step("flush temp file", atomic_file, "fsync", 1),
    Step("keep backup", backups, "link", 1),
    Step("rename over the old file", atomic_file, "replace", 1),
]
ERRORS = {
    SaveFailed.REASON_DISK_FULL: errno.ENOSPC,
    SaveFailed.REASON_READ_ONLY: errno.EROFS,
    SaveFailed.REASON_IO: errno.EIO,
}


def oserror(code: int) -> OSError:
    return OSError(code, os.strerror(code))


@pytest.fixture
def saved_vault(vault_path: Path) -> tuple[Vault, bytes]:
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"version one", kdf=CHEAP_KDF)
    vault.save(b"version two")
    return vault, vault_path.read_bytes()


def reopen(path: Path) -> bytes:
    vault, plaintext = Vault.open(path, PASSPHRASE)
    vault.close()
    return plaintext


def leftovers(path: Path) -> list[Path]:
    return atomic_file.temp_files(path)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.label)
@pytest.mark.parametrize("reason", list(ERRORS), ids=str)
def test_fault_at_each_step_keeps_old_file_and_next_save_succeeds(
    saved_vault: tuple[Vault, bytes],
    monkeypatch: pytest.MonkeyPatch,
    step: Step,
    reason: str,
) -> None:
    vault, before = saved_vault
    faulty = FaultyOS(step.os_call, oserror(ERRORS[reason]), step.nth)
    monkeypatch.setattr(step.module, "os", faulty)

    if step.label == "keep backup" and reason != SaveFailed.REASON_DISK_FULL:
        # A backup that cannot be kept never blocks saving the person's words.
        vault.save(b"version three")
        monkeypatch.undo()
        vault.close()
        assert reopen(vault.path) == b"version three"
        return

    with pytest.raises(SaveFailed) as info:
        vault.save(b"version three")
    monkeypatch.undo()
    assert faulty.calls >= step.nth, "the fault was never reached"
    assert info.value.reason == reason
    assert vault.path.read_bytes() == before, "the previous file must be byte-identical"
    assert leftovers(vault.path) == []

    # The fault is gone: the same edits save, and a fresh open sees them.
    vault.save(b"version three")
    vault.close()
    assert reopen(vault.path) == b"version three"


def test_failed_read_back_keeps_old_file(
    saved_vault: tuple[Vault, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, before = saved_vault
    real_read = atomic_file.read_file

    def flaky_read(path: Path) -> bytes:
        if path.name.endswith(".tmp"):
            raise oserror(errno.EIO)
        return real_read(path)

    monkeypatch.setattr(atomic_file, "read_file", flaky_read)
    with pytest.raises(SaveFailed) as info:
        vault.save(b"version three")
    monkeypatch.undo()
    assert info.value.reason == SaveFailed.REASON_IO
    assert vault.path.read_bytes() == before
    vault.save(b"version three")
    vault.close()
    assert reopen(vault.path) == b"version three"


def test_bad_read_back_is_caught_by_verification(
    saved_vault: tuple[Vault, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk hands back different bytes than were written (a silent corruption)."""
    vault, before = saved_vault
    real_read = atomic_file.read_file

    def corrupting_read(path: Path) -> bytes:
        data = bytearray(real_read(path))
        if path.name.endswith(".tmp"):
            data[len(data) // 2] ^= 0xFF
        return bytes(data)

    monkeypatch.setattr(atomic_file, "read_file", corrupting_read)
    with pytest.raises(SaveFailed) as info:
        vault.save(b"version three")
    monkeypatch.undo()
    assert info.value.reason == SaveFailed.REASON_VERIFY
    assert vault.path.read_bytes() == before
    vault.close()


def test_verifier_rejecting_the_plaintext_blocks_the_save(vault_path: Path) -> None:
    def only_good(plaintext: bytes) -> None:
        if b"bad" in plaintext:
            raise ValueError("not a sound database")

    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"good", kdf=CHEAP_KDF, verify=only_good)
    before = vault_path.read_bytes()
    with pytest.raises(SaveFailed) as info:
        vault.save(b"bad bytes")
    assert info.value.reason == SaveFailed.REASON_VERIFY
    assert vault_path.read_bytes() == before
    vault.close()


def test_free_space_is_checked_before_writing_anything(
    saved_vault: tuple[Vault, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, before = saved_vault
    writes = FaultyOS("writev", oserror(errno.EIO), nth=10**9)  # counts, never fails
    monkeypatch.setattr(atomic_file, "os", writes)
    usage = shutil.disk_usage(vault.path.parent)
    monkeypatch.setattr(atomic_file.shutil, "disk_usage", lambda _p: usage._replace(free=1000))
    with pytest.raises(SaveFailed) as info:
        vault.save(b"version three")
    assert info.value.reason == SaveFailed.REASON_DISK_FULL
    assert writes.calls == 0
    monkeypatch.undo()
    assert vault.path.read_bytes() == before
    vault.close()


def test_folder_flush_failure_after_rename_reports_and_recovers(
    saved_vault: tuple[Vault, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename happened; only its durability is unknown. Nothing is lost either way."""
    vault, _ = saved_vault
    faulty = FaultyOS("fsync", oserror(errno.EIO), nth=2)  # 1: temp file, 2: the folder
    monkeypatch.setattr(atomic_file, "os", faulty)
    with pytest.raises(SaveFailed):
        vault.save(b"version three")
    monkeypatch.undo()
    vault.save(b"version four")  # not mistaken for "changed on disk"
    vault.close()
    assert reopen(vault.path) == b"version four"


CrashPoint = Callable[[pytest.MonkeyPatch], None]


def crash_in(module: Any, call: str, nth: int = 1) -> CrashPoint:
    def arm(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(module, "os", FaultyOS(call, SimulatedCrash(), nth))

    return arm


CRASHES = {
    "while creating the temp file": crash_in(atomic_file, "open"),
    "mid-write": crash_in(atomic_file, "writev"),
    "before flushing": crash_in(atomic_file, "fsync"),
    "before the backup": crash_in(backups, "link"),
    "just before the rename": crash_in(atomic_file, "replace"),
    "after the rename, before the folder flush": crash_in(atomic_file, "fsync", nth=2),
}


@pytest.mark.parametrize("arm", list(CRASHES.values()), ids=list(CRASHES))
def test_crash_between_steps_leaves_a_file_that_opens(
    saved_vault: tuple[Vault, bytes], monkeypatch: pytest.MonkeyPatch, arm: CrashPoint
) -> None:
    vault, before = saved_vault
    arm(monkeypatch)
    with pytest.raises(SimulatedCrash):
        vault.save(b"version three")
    monkeypatch.undo()
    vault.close()  # the process is gone: its lock goes with it

    after = reopen(vault.path)
    assert after in (b"version two", b"version three")
    if after == b"version two":
        assert vault.path.read_bytes() == before
    assert leftovers(vault.path) == [], "stale temp files are removed on open"


def test_backups_roll_and_each_opens(saved_vault: tuple[Vault, bytes]) -> None:
    vault, _ = saved_vault
    for n in range(3, 15):
        vault.save(f"version {n}".encode())
    vault.close()
    found = list_backups(vault.path)
    assert 10 <= len(found) <= 11  # ten newest, plus today's newest (which is one of them)
    assert all(b.is_intact() for b in found)
    newest, plaintext = Vault.open(found[0].path, PASSPHRASE)
    newest.close()
    assert plaintext == b"version 13"
