"""Work-arounds for bugs in the Qt bindings, each checked for before it is applied.

**Every ``emit()`` from Python drops a reference to ``True``** (PySide6 6.12.0: the
``bool`` that ``SignalInstance.emit`` returns is handed back without the reference it
owes). On Python 3.11, where ``True`` is an ordinary counted object, the count falls by
one per emit, and when it reaches zero the interpreter aborts with "bool_dealloc:
deallocating True or False". WrapDesk starts with about ten thousand references, and
every keystroke in a passphrase field emits: an afternoon's use would crash the app,
taking unsaved words with it.

PySide6_Pdf, which the print preview needs, is only published for 6.12.0, so an older
PySide6 cannot be pinned. Instead, at start-up, this module emits a few signals and
watches the count. If it falls, and ``True`` is not already immortal (Python 3.12 made
it so: the count is then never changed), it raises the count far beyond what any
session could use up: 2**48 emits, one a microsecond, would take nine years. Nothing else
about ``True`` changes. With a fixed PySide6 the check finds nothing and does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

HEADROOM = 1 << 48
_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def references_lost_per_emit() -> int:
    """How many references to ``True`` one Python-side ``emit()`` loses (0 when sound)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return max(0, lost) // _PROBES


def keep_true_alive() -> bool:
    """Apply the work-around if this PySide6 needs it; True if it was applied."""
    if references_lost_per_emit() == 0:
        return False
    if sys.version_info >= (3, 12):  # pragma: no cover - True is immortal there
        return False
    # CPython 3.11: a PyObject starts with its reference count, a Py_ssize_t.
    count = ctypes.c_ssize_t.from_address(id(True))
    if count.value < HEADROOM:
        count.value += HEADROOM
        log.info("PySide6 loses a reference to True on every emit; worked around")
    return True
