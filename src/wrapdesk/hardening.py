"""Process hygiene for a program that holds private words in memory."""

from __future__ import annotations

import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """A crash must never write the plan's plaintext to a core file.

    On Linux the process is also marked not dumpable, which keeps other programs running
    as the same user (without root) from attaching a debugger and reading its memory.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on this platform
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
            pass
