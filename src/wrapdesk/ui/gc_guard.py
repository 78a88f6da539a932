"""Python's garbage collector runs only on the GUI thread, and only from its event loop.

Automatic collection runs wherever an allocation happens to cross a threshold:

- in a background task (building a PDF, deriving a key), where it could destroy Qt
  widgets that belong to the GUI thread, which crashes;
- inside a Qt destructor that calls back into Python while holding one of Qt's own
  locks, where destroying another object waits for that same lock for ever.

So automatic collection is switched off, and a timer on the GUI thread collects instead,
generation by generation, as the thresholds would have: between events, never in the
middle of Qt's work.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Switches off automatic collection and collects from a GUI-thread timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count has passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self, *, give_back: bool = True) -> None:
        """Stop collecting; ``give_back`` automatic collection to Python (the app closing)."""
        self._timer.stop()
        if give_back:
            gc.enable()
