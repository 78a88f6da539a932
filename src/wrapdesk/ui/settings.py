"""Settings, each declared once with its key, type and default, over an injected QSettings.

Nothing secret and no plan content ever goes in here: only how WrapDesk looks and
behaves, the window's geometry, and where the last plan file was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is stored, what type it has, and its default."""

    key: str
    type: type[T]
    default: T


TEXT_SCALE = Setting("appearance/text_scale", int, 100)  # percent, 100 to 200
THEME = Setting("appearance/theme", str, "system")  # system | light | dark | high-contrast
IDLE_LOCK_MINUTES = Setting("privacy/idle_lock_minutes", int, 5)  # 0: never
LANGUAGE = Setting("language", str, "")  # "" follows the system
PAPER = Setting("printing/paper", str, "")  # "" follows the locale; A4 | Letter
LARGE_PRINT = Setting("printing/large_type", bool, False)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
LAST_PLAN = Setting("files/last_plan", str, "")

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SCALE_RANGE = (100, 200)
IDLE_LOCK_RANGE = (0, 120)


class AppSettings(QObject):
    """Typed access to WrapDesk's settings; ``changed`` says which key changed."""

    changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default if missing or of the wrong type."""
        raw = self._store.value(setting.key, setting.default)
        if setting.type is bool:
            if isinstance(raw, str):
                return cast(T, raw.lower() in ("true", "1", "yes"))
            return cast(T, bool(raw))
        if setting.type is int:
            try:
                return cast(T, int(raw))  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return cast(T, raw) if isinstance(raw, QByteArray) else setting.default
        return cast(T, str(raw)) if raw is not None else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` and tell listeners (if it changed)."""
        if self.get(setting) == value:
            return
        self._store.setValue(setting.key, value)
        self._store.sync()
        self.changed.emit(setting.key)

    def text_scale(self) -> int:
        """Text size in percent, clamped to 100–200."""
        low, high = TEXT_SCALE_RANGE
        return max(low, min(high, self.get(TEXT_SCALE)))

    def theme(self) -> str:
        """The chosen theme; unknown values fall back to following the system."""
        value = self.get(THEME)
        return value if value in THEMES else "system"

    def idle_lock_minutes(self) -> int:
        """Minutes without use before the plan locks (0: never), clamped to a sane range."""
        low, high = IDLE_LOCK_RANGE
        return max(low, min(high, self.get(IDLE_LOCK_MINUTES)))
