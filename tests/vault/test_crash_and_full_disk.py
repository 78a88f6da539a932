"""Real crashes (kill -9 mid-save) and a real full disk lose nothing that was saved."""

from __future__ import annotations

import contextlib
import os
import random
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.vault import SaveFailed, Vault, atomic_file

KILLS = 200


def _save_loop(path: Path, report_fd: int, size: int) -> None:
    """Child process: open the vault and save an increasing counter until killed."""
    vault, plaintext = Vault.open(path, PASSPHRASE)
    counter = int(plaintext.split(b":", 1)[0])
    filler = os.urandom(size)
    while True:
        counter += 1
        vault.save(b"%d:" % counter + filler)
        os.write(report_fd, b"%d\n" % counter)


def _run_child(path: Path, size: int) -> tuple[int, int]:
    """Fork a saver; returns (pid, read end of its report pipe)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_fd)
            _save_loop(path, write_fd, size)
        finally:
            os._exit(1)
    os.close(write_fd)
    return pid, read_fd


def _drain(fd: int) -> list[int]:
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    return [int(x) for x in b"".join(chunks).split()]


@pytest.mark.slow
def test_kill_9_at_random_moments_never_loses_a_completed_save(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, b"0:", kdf=CHEAP_KDF)
    vault.close()
    rng = random.Random(12345)
    last_completed = 0
    killed_mid_save = 0
    unreadable = 0
    lost = 0
    for _ in range(KILLS):
        pid, fd = _run_child(vault_path, size=rng.choice((4_000, 200_000, 1_000_000)))
        # Wait for the child to be saving, then kill it after a random moment.
        select.select([fd], [], [], 10)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reported = _drain(fd)
        os.close(fd)
        if reported:
            last_completed = max(last_completed, reported[-1])
        if atomic_file.temp_files(vault_path):
            killed_mid_save += 1
        try:
            opened, plaintext = Vault.open(vault_path, PASSPHRASE)
        except Exception:
            unreadable += 1
            continue
        assert atomic_file.temp_files(vault_path) == [], "stale temp files cleaned on open"
        opened.close()
        on_disk = int(plaintext.split(b":", 1)[0])
        if on_disk < last_completed:
            lost += 1
        last_completed = max(last_completed, on_disk)
    print(
        f"\nkill -9: {KILLS} kills, {killed_mid_save} mid-save (temp file left), "
        f"{last_completed} saves completed, {lost} completed saves lost, {unreadable} unreadable"
    )
    assert (lost, unreadable) == (0, 0)
    assert killed_mid_save > 0, "the kills must land inside saves to prove anything"


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.decode().strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.root
@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root (CI runs as root)")
def test_real_full_disk_loses_zero_bytes(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        path = disk / "plan.wrapdesk"
        vault, _ = Vault.create(path, PASSPHRASE, b"kept:" + bytes(100_000), kdf=CHEAP_KDF)
        before = path.read_bytes()

        # Fill the disk with something else, leaving less room than the next save needs.
        filler = disk / "someone-elses-big-file"
        with contextlib.suppress(OSError), filler.open("wb", buffering=0) as handle:
            while True:
                handle.write(os.urandom(4096))
        free = shutil.disk_usage(disk).free

        with pytest.raises(SaveFailed) as info:
            vault.save(b"new:" + os.urandom(300_000))
        assert info.value.reason == SaveFailed.REASON_DISK_FULL
        assert path.read_bytes() == before, "0 bytes of the previous file lost"
        assert atomic_file.temp_files(path) == []

        # Bypass the free-space check so the write itself hits ENOSPC mid-way.
        real_check = atomic_file.ensure_free_space
        atomic_file.ensure_free_space = lambda folder, needed: None  # type: ignore[assignment]
        try:
            with pytest.raises(SaveFailed) as info:
                vault.save(b"new:" + os.urandom(300_000))
        finally:
            atomic_file.ensure_free_space = real_check  # type: ignore[assignment]
        assert info.value.reason == SaveFailed.REASON_DISK_FULL
        assert path.read_bytes() == before
        assert atomic_file.temp_files(path) == []

        # Space is freed: the same edits now save.
        filler.unlink()
        vault.save(b"new:" + bytes(300_000))
        vault.close()
        reopened, plaintext = Vault.open(path, PASSPHRASE)
        reopened.close()
        assert plaintext.startswith(b"new:")
        print(f"\nfull disk: {free} bytes free at the failed save; previous file intact")
