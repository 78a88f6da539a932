"""Small shared pieces for tests: the cheap KDF, a passphrase, and ways to look at files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from wrapdesk.vault import Argon2Params

# A deliberately cheap Argon2id setting so tests run fast; test_kdf proves the real one.
CHEAP_KDF = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"


def files_under(*roots: Path) -> Iterable[Path]:
    """Every regular file below ``roots`` (unreadable folders skipped)."""
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                if path.is_file() and not path.is_symlink():
                    yield path


def files_containing(marker: bytes, *roots: Path, since: float = 0.0) -> list[Path]:
    """Files below ``roots`` changed at or after ``since`` whose bytes contain ``marker``."""
    hits = []
    for path in files_under(*roots):
        try:
            if path.stat().st_mtime < since:
                continue
            if marker in path.read_bytes():
                hits.append(path)
        except OSError:
            continue
    return hits
