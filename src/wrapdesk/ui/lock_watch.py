"""When to lock by itself: after a while without use, when the screen locks, before sleep.

Idle time is measured from the person's own input (keys, mouse, touch) anywhere in the
app. On Linux, the desktop's D-Bus signals for the screen saver and for suspend also
lock the plan; where there is no bus, the idle timer alone does the job.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatch(QObject):
    """Emits ``idle()`` after ``minutes`` without input (0: never)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self._armed = False

    def set_minutes(self, minutes: float) -> None:
        """How long without input before ``idle`` (0 turns it off)."""
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._armed = minutes > 0
        self.restart()

    def restart(self) -> None:
        """Count from now."""
        if self._armed:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop counting (while nothing is open)."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        """Any input restarts the count."""
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False


class DesktopLockSignals(QObject):
    """``lock_requested()`` when the screen locks or the machine is about to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected() and session.connect(
            "",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            self,
            SLOT("_on_screen_saver(bool)").encode(),
        ):
            self.connected.append("screensaver")
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("_on_prepare_for_sleep(bool)").encode(),
        ):
            self.connected.append("sleep")
        log.info("desktop lock signals: %s", ", ".join(self.connected) or "none (idle timer only)")

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def _on_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_requested.emit()
