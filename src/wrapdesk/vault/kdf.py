"""Key derivation: Argon2id for passphrases (calibrated per machine), HKDF for random keys."""

from __future__ import annotations

import math
import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 32

# Limits accepted when reading a file: generous enough for any real machine, tight enough
# that a hostile header cannot ask for terabytes of memory or hours of work.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 64


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def within_limits(self) -> bool:
        """True if these are values WrapDesk would ever write (a guard against hostile files)."""
        return (
            8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB
            and 1 <= self.iterations <= _MAX_ITERATIONS
            and 1 <= self.lanes <= _MAX_LANES
        )


# Never below this at creation (DESIGN.md): 64 MiB, three passes, four lanes.
FLOOR = Argon2Params(memory_kib=64 * 1024, iterations=3, lanes=4)


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: Unicode NFC, so every keyboard types the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_from_passphrase(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Stretch a passphrase into a 256-bit key with Argon2id."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def derive_from_key(secret: bytes, salt: bytes, info: bytes) -> bytes:
    """Derive a 256-bit key from a key that is already random (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def time_params(params: Argon2Params) -> float:
    """Seconds one derivation with ``params`` takes here."""
    start = time.perf_counter()
    derive_from_passphrase("calibration", b"\0" * SALT_BYTES, params)
    return time.perf_counter() - start


def _memory_cap_kib() -> int:
    """At most 256 MiB, and never more than an eighth of this machine's memory.

    The cap keeps a plan made on a large machine openable on a small laptop; beyond it,
    extra cost comes from more passes instead.
    """
    cap = 256 * 1024
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return cap
    return max(FLOOR.memory_kib, min(cap, total // 8 // 1024))


def calibrate(target_seconds: float = 1.0) -> Argon2Params:
    """Choose Argon2id costs that take about ``target_seconds`` here, never below :data:`FLOOR`.

    Memory is raised first (it is what makes guessing expensive on special hardware), up
    to its cap; then passes are set from a second measurement at that memory.
    """
    base = min(time_params(FLOOR) for _ in range(2))
    if base >= target_seconds:
        return FLOOR
    wanted = int(FLOOR.memory_kib * target_seconds / base) // 1024 * 1024
    memory = max(FLOOR.memory_kib, min(_memory_cap_kib(), wanted))
    # Time grows with passes plus a fixed cost for setting up the memory: fit both.
    low, high = FLOOR.iterations, FLOOR.iterations + 3
    # Runs vary with what else the machine is doing: take the better of two of each.
    t_low = min(time_params(Argon2Params(memory, low, FLOOR.lanes)) for _ in range(2))
    t_high = min(time_params(Argon2Params(memory, high, FLOOR.lanes)) for _ in range(2))
    if t_high > t_low:
        per_pass = (t_high - t_low) / (high - low)
        fixed = max(0.0, t_low - low * per_pass)
    else:  # noise swamped the difference: assume time is all passes
        per_pass, fixed = t_low / low, 0.0
    iterations = math.ceil((target_seconds - fixed) / per_pass)
    iterations = max(FLOOR.iterations, min(_MAX_ITERATIONS, iterations))
    return Argon2Params(memory_kib=memory, iterations=iterations, lanes=FLOOR.lanes)
