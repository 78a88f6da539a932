"""The cycle's pages for the ten-year plan (40 passes, 40 versions).

Goals from the issue: the Reviews page's data (the passes and the chart) and the Versions
page's data (the list with who holds what) in at most 200 ms each; a diff between the
first and the last version in at most 100 ms. The wizard's own reads are measured too.
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
from wrapdesk.services.cycle import Cycle
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.reviews import Reviews
from wrapdesk.services.versions import Versions


def timed_ms(action: Callable[[], object], runs: int = 9) -> tuple[float, float]:
    """The first run (cold: queries not yet compiled) and the median of the next ``runs``."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times[0] * 1000, statistics.median(times[1:]) * 1000


def main() -> None:
    editor = PlanEditor(generate())
    versions = Versions(editor)
    cycle = Cycle(editor, versions)
    reviews = Reviews(editor, cycle)
    first, last = 1, versions.latest_number() or 1
    passes = len(reviews.passes())

    def reviews_page() -> object:
        return reviews.passes(), reviews.chart(), reviews.status()

    def versions_page() -> object:
        return versions.summaries(), cycle.outdated_copies()

    measured = [
        ("Reviews page: passes, chart, status", timed_ms(reviews_page), 200.0),
        ("Reviews page: the passes alone", timed_ms(reviews.passes), 200.0),
        ("Reviews page: the chart alone", timed_ms(reviews.chart), 200.0),
        ("Versions page: summaries, copies to update", timed_ms(versions_page), 200.0),
        (f"diff version {first}..{last}", timed_ms(lambda: versions.diff(first, last)), 100.0),
    ]
    cycle.start()
    editor.add_entry("triggers", "item", "A new trigger written in co-design")
    measured += [
        ("wizard: resume the pass under way", timed_ms(cycle.current), 200.0),
        ("wizard: what changed in this pass", timed_ms(cycle.changes_in_pass), 200.0),
    ]
    editor.close()
    rows = [
        (what, f"{cold:.1f}", f"{warm:.1f}", f"{goal:.0f}", "yes" if cold <= goal else "NO")
        for what, (cold, warm), goal in measured
    ]
    print_table(
        f"The cycle, ten-year plan ({passes} passes, {last} versions; ms)",
        ("what", "first", "median after", "goal", "first within goal"),
        rows,
    )


if __name__ == "__main__":
    main()
