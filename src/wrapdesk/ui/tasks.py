"""The one way long work leaves the GUI thread: run a call in the background, report back.

Key derivation, saving, building PDFs and exports run through :class:`TaskRunner`. The
result (or the error) comes back on the GUI thread through a queued signal, so callers
never touch widgets from a worker. Anything still running after a quarter of a second
turns the busy indicator on.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 250


class _Emitter(QObject):
    """Carries a finished call's outcome back to the runner's thread."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, token: int, call: Callable[[], Any], emitter: _Emitter) -> None:
        super().__init__()
        self._token = token
        self._call = call
        self._emitter = emitter
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self._call()
        except BaseException as exc:  # every error goes back to the caller
            self._emitter.finished.emit(self._token, False, exc)
            return
        self._emitter.finished.emit(self._token, True, value)


class TaskRunner(QObject):
    """Runs calls on a small thread pool; ``busy_changed(True)`` after 250 ms of work."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter(self)
        self._emitter.finished.connect(self._deliver)
        self._pending: dict[
            int, tuple[Callable[[Any], object], Callable[[BaseException], object]]
        ] = {}
        self._tokens = itertools.count(1)
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)

    @property
    def running(self) -> int:
        """How many calls are still running."""
        return len(self._pending)

    def run(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
    ) -> None:
        """Run ``call()`` in the background; then ``on_done(result)`` or ``on_error(exc)``."""
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._pool.start(_Job(token, call, self._emitter))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every call finished (for closing); True if they all did."""
        done = self._pool.waitForDone(msecs)
        return bool(done)

    @Slot(int, bool, object)
    def _deliver(self, token: int, ok: bool, value: object) -> None:
        callbacks = self._pending.pop(token, None)
        if not self._pending:
            self._busy_timer.stop()
            self._set_busy(False)
        if callbacks is None:
            return
        on_done, on_error = callbacks
        if ok:
            on_done(value)
        else:
            assert isinstance(value, BaseException)
            on_error(value)

    def _on_busy_timer_timeout(self) -> None:
        if self._pending:
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
