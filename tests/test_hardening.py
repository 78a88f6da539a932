"""Process hygiene: no core files, and no debugger attaching from another program."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_wrapdesk_processes_write_no_core_and_are_not_dumpable() -> None:
    # In a child, so the test process itself stays as it was.
    child = textwrap.dedent(
        """
        import resource
        from wrapdesk.hardening import disable_core_dumps
        disable_core_dumps()
        status = dict(
            line.split(":\\t", 1) for line in open("/proc/self/status").read().splitlines()
            if ":\\t" in line
        )
        import ctypes
        dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        print(resource.getrlimit(resource.RLIMIT_CORE), dumpable)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "(0, 0) 0"
