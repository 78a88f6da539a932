"""Vault speed: save latency beside the bare minimum, unlock cost beyond the KDF, calibration.

Run: ``.venv/bin/python benchmarks/bench_vault.py`` (or ``make bench``). Prints figures and
ratios measured in the same run; nothing here is asserted.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

sys.path.insert(0, str(Path(__file__).parent))

from common import print_table
from wrapdesk.store import PlanDatabase, check_database_bytes
from wrapdesk.vault import FLOOR, Vault, calibrate
from wrapdesk.vault.kdf import time_params

SIZES = {"200 KB": 200_000, "2 MB": 2_000_000, "20 MB": 20_000_000}


def database_of(size: int) -> PlanDatabase:
    """A real plan database of about ``size`` bytes (text that does not compress away)."""
    db = PlanDatabase.new()
    conn = db.connection
    conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
    chunk = 4000
    with conn:
        for i in range(max(1, size // chunk)):
            conn.execute("INSERT INTO filler (text) VALUES (?)", (os.urandom(chunk // 2).hex(),))
            if i % 64 == 0 and len(db.dump()) >= size:
                break
    return db


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_save(folder: Path, db: PlanDatabase, key: bytes) -> None:
    """The bare minimum: serialize, AES-GCM, write, fsync, rename."""
    data = AESGCM(key).encrypt(os.urandom(12), db.dump(), None)
    tmp = folder / "raw.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(folder / "raw.bin")


def rekey_rows() -> list[tuple[str, ...]]:
    """A passphrase change over a plan with a full set of backups (KDF at its floor)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="wrapdesk-bench-") as tmp:
        for label, size in list(SIZES.items())[:2]:
            db = database_of(size)
            path = Path(tmp) / f"rekey-{label.replace(' ', '')}.wrapdesk"
            vault, _ = Vault.create(path, "bench", db.dump(), kdf=FLOOR)
            data = db.dump()
            for _ in range(12):
                vault.save(data)
            copies = len(vault.backups()) + 1
            start = time.perf_counter()
            for _ in range(copies):
                vault.save(data)
            saves = time.perf_counter() - start
            start = time.perf_counter()
            vault.change_passphrase("bench two", data, kdf=FLOOR)
            change = time.perf_counter() - start - time_params(FLOOR)  # less the one KDF run
            vault.close()
            db.close()
            rows.append(
                (
                    label,
                    str(copies),
                    f"{change * 1000:.0f}",
                    f"{saves * 1000:.0f}",
                    f"{change / saves:.2f}x",
                )
            )
    return rows


def main() -> None:
    rows = []
    unlock_rows = []
    with tempfile.TemporaryDirectory(prefix="wrapdesk-bench-") as tmp:
        folder = Path(tmp)
        key = AESGCM.generate_key(256)
        for label, size in SIZES.items():
            db = database_of(size)
            path = folder / f"plan-{label.replace(' ', '')}.wrapdesk"
            vault, _ = Vault.create(
                path, "bench", db.dump(), kdf=FLOOR, verify=check_database_bytes
            )
            runs = 15 if size < 10_000_000 else 7
            ours = median_seconds(lambda db=db, vault=vault: vault.save(db.dump()), runs)
            raw = median_seconds(lambda db=db: raw_save(folder, db, key), runs)
            rows.append((label, f"{ours * 1000:.1f}", f"{raw * 1000:.1f}", f"{ours / raw:.2f}x"))
            vault.close()

            kdf_only = statistics.median(time_params(FLOOR) for _ in range(3))

            def unlock(path: Path = path) -> None:
                opened, plaintext = Vault.open(path, "bench")
                PlanDatabase.load(plaintext).close()
                opened.close()

            total = median_seconds(unlock, 5)
            unlock_rows.append(
                (
                    label,
                    f"{total * 1000:.0f}",
                    f"{kdf_only * 1000:.0f}",
                    f"{(total - kdf_only) * 1000:.1f}",
                )
            )
            db.close()

    print_table(
        "Save latency (median), full path vs raw serialize+AES-GCM+write+fsync+rename "
        "(goal <= 1.5x)",
        ("plan size", "WrapDesk save ms", "raw path ms", "ratio"),
        rows,
    )
    print_table(
        "Unlock (open + decrypt + load database) beyond the KDF's own time "
        "(goal <= 60 ms at 20 MB)",
        ("plan size", "unlock ms", "KDF ms", "beyond KDF ms"),
        unlock_rows,
    )
    print_table(
        "Changing the passphrase: the new file plus every backup sealed again, against one "
        "plain save per copy (the least it could cost)",
        ("plan size", "copies", "change ms", "saves ms", "ratio"),
        rekey_rows(),
    )
    start = time.perf_counter()
    chosen = calibrate()
    spent = time.perf_counter() - start
    derive = time_params(chosen)
    print_table(
        "KDF calibration on this machine (goal: about 1 s, never below 64 MiB / t=3 / p=4)",
        ("memory MiB", "passes", "lanes", "one derivation s", "calibration took s"),
        [
            (
                str(chosen.memory_kib // 1024),
                str(chosen.iterations),
                str(chosen.lanes),
                f"{derive:.2f}",
                f"{spent:.2f}",
            )
        ],
    )


if __name__ == "__main__":
    main()
