"""Supporter export and open-shared, for the demo and the ten-year plan.

X25519 (a supporter's key) costs almost nothing, so the first table is the work WrapDesk
itself does: the plan document, the PDF, the zip, the age file, and back. Passphrase
files add scrypt at rage's own work factor (about a second on the sender's computer),
measured on its own in the second table.
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
from wrapdesk.exchange import (
    AgeIdentity,
    make_share,
    new_identity,
    new_passphrase,
    open_age,
    open_share,
    readme_text,
)
from wrapdesk.exchange.age_file import seal_with_passphrase
from wrapdesk.exchange.age_format import inspect
from wrapdesk.i18n import untranslated
from wrapdesk.printouts import PrintOptions, build_pdf
from wrapdesk.services.demo import build_demo_database
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_document import expand_section_keys
from wrapdesk.services.sharing import (
    ExportResult,
    export_for,
    open_shared,
    preset_sections,
)
from wrapdesk.services.versions import Versions


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def key_row(
    label: str, preset: str, editor: PlanEditor, versions: Versions, key: AgeIdentity
) -> tuple[str, ...]:
    choice = preset_sections(editor, preset)
    keys = expand_section_keys(choice, [k for k, _, _ in editor.custom_sections()])
    document = editor.document(keys)
    pdf = build_pdf("wrap", document, untranslated, PrintOptions())
    readme = readme_text(document, "age-key", untranslated)
    recipient = key.recipients[0]
    data = make_share(document, pdf, readme, recipient=recipient)

    def export() -> bytes:
        return export_for(
            editor,
            versions,
            person_id=None,
            sections=list(choice),
            method="age-key",
            recipient=recipient,
            record=False,
        ).data

    export()  # the first export freezes a version if the plan changed; time the rest
    return (
        label,
        preset,
        f"{len(dumps(document)) / 1024:.0f}",
        f"{len(pdf) / 1024:.0f}",
        f"{len(data) / 1024:.0f}",
        f"{median_ms(lambda: editor.document(keys)):.0f}",
        f"{median_ms(lambda: build_pdf('wrap', document, untranslated)):.0f}",
        f"{median_ms(lambda: make_share(document, pdf, readme, recipient=recipient)):.0f}",
        f"{median_ms(export):.0f}",
        f"{median_ms(lambda: open_share(data, key)):.0f}",
        f"{median_ms(lambda: open_shared(data, key)):.0f}",
    )


def passphrase_row(label: str, editor: PlanEditor, versions: Versions) -> tuple[str, ...]:
    choice = preset_sections(editor, "whole-plan")
    results: list[ExportResult] = []

    def export() -> None:
        results.append(
            export_for(
                editor,
                versions,
                person_id=None,
                sections=list(choice),
                method="passphrase",
                record=False,
            )
        )

    export_ms = median_ms(export, runs=3)
    last = results[-1]
    open_ms = median_ms(lambda: open_shared(last.data, last.passphrase or ""), runs=3)
    return (label, f"{export_ms:.0f}", f"{open_ms:.0f}")


def scrypt_row() -> tuple[str, ...]:
    words = new_passphrase()
    sealed: list[bytes] = []
    seal_ms = median_ms(lambda: sealed.append(seal_with_passphrase(b"", words)), runs=3)
    factor = inspect(sealed[-1])[1].work_factor
    open_ms = median_ms(lambda: open_age(sealed[-1], words), runs=3)
    return (str(factor), f"{seal_ms:.0f}", f"{open_ms:.0f}")


def main() -> None:
    plans = [("demo", build_demo_database()), ("ten years", generate())]
    key = new_identity()
    key_rows: list[tuple[str, ...]] = []
    passphrase_rows: list[tuple[str, ...]] = []
    for label, db in plans:
        editor = PlanEditor(db)
        versions = Versions(editor)
        key_rows += [
            key_row(label, p, editor, versions, key) for p in ("crisis-plan", "whole-plan")
        ]
        passphrase_rows.append(passphrase_row(label, editor, versions))
        editor.close()
        db.close()
    print_table(
        "Supporter export and open, to a supporter key (X25519; median of 5 ms; sizes in KiB)",
        (
            "plan",
            "parts",
            "plan.json",
            "plan.pdf",
            "age file",
            "document",
            "PDF",
            "zip + age",
            "export_for",
            "open (exchange)",
            "open_shared (+ viewer PDF)",
        ),
        key_rows,
    )
    print_table(
        "Passphrase mode, whole plan (median of 3 ms; includes scrypt both ways)",
        ("plan", "export_for", "open_shared"),
        passphrase_rows,
    )
    print_table(
        "scrypt alone, at rage's own work factor (median of 3 ms, empty file)",
        ("work factor (log2 N)", "encrypt (calibrate + scrypt)", "decrypt (scrypt)"),
        [scrypt_row()],
    )


if __name__ == "__main__":
    main()
