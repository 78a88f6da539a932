"""Printouts: the crisis plan PDF for the demo and the ten-year plan, beside a minimal
one-page reportlab document made in the same run.

Goal from the issue: the crisis plan PDF in at most 100 ms.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import print_table
from plan_generator import generate
from wrapdesk.document import PlanDocument
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import PrintOptions, build_pdf, crisis_plan_pages
from wrapdesk.services.demo import build_demo_database
from wrapdesk.services.editor import PlanEditor
from wrapdesk.store import PlanDatabase

GOAL_MS = 100.0


def median_ms(action: Callable[[], object], runs: int = 11) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def minimal_pdf() -> bytes:
    """The least reportlab can do: one page, one line, built-in font."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Hello")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def minimal_pdf_with_our_font() -> bytes:
    """The same page in the embedded DejaVu Sans every printout uses (subset on save)."""
    from reportlab.pdfgen.canvas import Canvas

    from wrapdesk.printouts.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 720, "Hello")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def document_of(db: PlanDatabase) -> PlanDocument:
    editor = PlanEditor(db)
    document = editor.document()
    editor.close()
    db.close()
    return document


def main() -> None:
    start = time.perf_counter()
    build_pdf("wallet-card", PlanDocument(owner=document_of(PlanDatabase.new()).owner,
                                          included=(), sections=()), untranslated)  # fmt: skip
    first_call = (time.perf_counter() - start) * 1000  # loads reportlab and the fonts

    plans = {"demo": document_of(build_demo_database()), "ten years": document_of(generate())}
    options = PrintOptions(allow_long=True)
    baseline = median_ms(minimal_pdf)
    with_font = median_ms(minimal_pdf_with_our_font)
    rows = [
        ("minimal one-page reportlab PDF", "1", f"{baseline:.1f}", "1.0", ""),
        ("the same, in embedded DejaVu Sans", "1", f"{with_font:.1f}",
         f"{with_font / baseline:.0f}", ""),
    ]  # fmt: skip
    for label, document in plans.items():
        pages = crisis_plan_pages(document, untranslated, options)
        spent = median_ms(lambda d=document: build_pdf("crisis-plan", d, untranslated, options))
        verdict = "yes" if spent <= GOAL_MS else "NO"
        rows.append(
            (f"crisis plan, {label}", str(pages), f"{spent:.1f}", f"{spent / baseline:.0f}",
             verdict)
        )  # fmt: skip
    for kind in ("wrap", "advance-statement", "adrt", "wallet-card"):
        spent = median_ms(lambda k=kind: build_pdf(k, plans["demo"], untranslated), runs=5)
        rows.append((f"{kind}, demo", "", f"{spent:.1f}", f"{spent / baseline:.0f}", ""))
    print_table(
        f"Printouts (median ms over repeated runs; goal <= {GOAL_MS:.0f} ms for the crisis plan; "
        f"first PDF in a process {first_call:.0f} ms, loading reportlab and the fonts)",
        ("PDF", "pages", "ms", "x minimal", "within goal"),
        rows,
    )


if __name__ == "__main__":
    main()
