"""The plan document: build it, freeze a version, diff two versions (demo and ten years).

Goal from the issue: each at most 50 ms for the ten-year plan.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import print_table
from plan_generator import generate
from wrapdesk.document import dumps
from wrapdesk.services.demo import build_demo_database
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase


def median_ms(action: Callable[[], object], runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(label: str, db: PlanDatabase) -> tuple[str, ...]:
    editor = PlanEditor(db)
    versions = Versions(editor)
    first, last = 1, versions.latest_number() or 1
    build = median_ms(editor.document)
    canonical = median_ms(lambda: dumps(editor.document()))
    freeze = median_ms(lambda: versions.freeze("bench"), runs=5)
    diff = median_ms(lambda: versions.diff(first, last))
    entries = sum(editor.entry_counts().values())
    editor.close()
    return (label, str(entries), f"{build:.1f}", f"{canonical:.1f}", f"{freeze:.1f}", f"{diff:.1f}")


def main() -> None:
    rows = [measure("demo", build_demo_database()), measure("ten years", generate())]
    print_table(
        "Plan document (median ms; goal <= 50 ms each at ten years)",
        (
            "plan",
            "entries",
            "build",
            "build + canonical JSON",
            "freeze version",
            "diff first..last",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
