"""Process hygiene for a program that holds private words in memory."""

from __future__ import annotations


def disable_core_dumps() -> None:
    """A crash must never write the plan's plaintext to a core file."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on this platform
        pass
