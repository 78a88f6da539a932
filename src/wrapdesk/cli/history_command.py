"""``wrapdesk history``: the reviews (passes of the cycle) and the versions of the plan.

As text, each pass is called a review, as the window calls it ("Review 2"); the JSON keeps
its stable ``passes`` key.

``wrapdesk history (PATH [--passphrase-stdin] | --demo) [--json]`` lists each pass (its
dates, the steps gone through and skipped, every statement's rating, the review date)
and each version (number, date, note, and who holds it as their newest copy), oldest
first. Nothing is written to the plan file.

With ``--json`` the same facts come as one JSON object, in a stable shape (fields may be
added in later releases under the same ``format``; none is renamed or removed). Moments
are UTC (``2026-05-16T15:45:00Z``), days are ISO dates (``2026-11-16``)::

    {
      "format": "wrapdesk.history/1",
      "next_review": "2026-11-16",   # review date of the newest finished pass, or null
      "review_due": false,           # true from that day on (the computer's clock)
      "passes": [                    # oldest first
        {
          "number": 1,
          "started_at": "2024-08-24T10:00:00Z",
          "finished_at": "2024-09-14T14:30:00Z",   # null while under way
          "current_step": null,      # the step a pass under way rests on, else null
          "after_crisis": false,
          "steps_done": ["co-assess", "co-decide", "co-design", "co-deliver"],
          "steps_skipped": [],
          "review_date": "2025-03-14",             # or null
          "version": 2,              # the version finishing the pass froze, or null
          "ratings": [               # rated statements only, in the cycle's order
            {"statement": "assess.whole-life", "step": "co-assess",
             "rating": "partly", "comment": "Still mostly about symptoms"}
          ]
        }
      ],
      "versions": [                  # oldest first
        {
          "number": 4,
          "created_at": "2026-05-16T15:45:00Z",
          "note": "Yearly review.",
          "pass": 3,                 # the pass that froze it, or null
          "holders": [               # people for whom this is their newest copy
            {"name": "Sam", "person_id": 2, "sections": ["crisis.when-well"],
             "method": "passphrase", "shared_at": "2026-05-17T09:30:00Z"}
          ]
        }
      ]
    }

Statement keys, steps and rating values (``not-yet``, ``partly``, ``yes``) are the stable
keys of ``wrapdesk.content.cycle``.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wrapdesk.cli.console import EXIT_OK, Console, add_plan_source, for_terminal, read_plan
from wrapdesk.content.cycle import RATINGS, STEPS, CycleStepDef, statement
from wrapdesk.i18n import Translate

if TYPE_CHECKING:  # the services (and SQLAlchemy) load only when the command runs
    from wrapdesk.services.cycle_records import PassRecord
    from wrapdesk.services.editor import PlanEditor
    from wrapdesk.services.reviews import ReviewStatus
    from wrapdesk.services.versions import VersionSummary

FORMAT = "wrapdesk.history/1"
WIDTH = 78  # text output wraps statements and notes to this many columns


@dataclass(frozen=True)
class History:
    """Everything ``history`` shows, read from the plan in one go."""

    passes: tuple[PassRecord, ...]  # oldest first
    versions: tuple[VersionSummary, ...]  # oldest first
    status: ReviewStatus


def read_history(editor: PlanEditor) -> History:
    """The passes, versions and review status of an open plan."""
    from wrapdesk.services.cycle_records import load_passes
    from wrapdesk.services.reviews import Reviews
    from wrapdesk.services.versions import Versions

    return History(
        passes=tuple(load_passes(editor.session)),
        versions=tuple(reversed(Versions(editor).summaries())),
        status=Reviews(editor).status(),
    )


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _day(moment: datetime) -> str:
    """The day of ``moment`` where the person is, as an ISO date."""
    return moment.astimezone().date().isoformat()


def to_json(history: History) -> dict[str, Any]:
    """The documented ``wrapdesk.history/1`` object."""
    pass_of_version = {p.version_number: p.number for p in history.passes if p.version_number}
    status = history.status
    return {
        "format": FORMAT,
        "next_review": status.next_review.isoformat() if status.next_review else None,
        "review_due": status.due,
        "passes": [
            {
                "number": p.number,
                "started_at": _utc(p.started_at),
                "finished_at": _utc(p.finished_at),
                "current_step": None if p.is_finished else p.current_step,
                "after_crisis": p.after_crisis,
                "steps_done": list(p.steps_done),
                "steps_skipped": list(p.steps_skipped),
                "review_date": p.review_date.isoformat() if p.review_date else None,
                "version": p.version_number,
                "ratings": [
                    {
                        "statement": r.statement_key,
                        "step": r.step,
                        "rating": r.value,
                        "comment": r.comment,
                    }
                    for r in p.ratings
                ],
            }
            for p in history.passes
        ],
        "versions": [
            {
                "number": v.number,
                "created_at": _utc(v.created_at),
                "note": v.note,
                "pass": pass_of_version.get(v.number),
                "holders": [
                    {
                        "name": h.person_name,
                        "person_id": h.person_id,
                        "sections": list(h.sections),
                        "method": h.method,
                        "shared_at": _utc(h.shared_at),
                    }
                    for h in v.holders
                ],
            }
            for v in history.versions
        ],
    }


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    ) or [(indent if first is None else first).rstrip()]


def _render_pass(
    p: PassRecord, translate: Translate, steps: dict[str, CycleStepDef], labels: dict[str, str]
) -> list[str]:
    pad = max(len(label) for label in labels.values()) + 2
    started = _day(p.started_at)
    if p.finished_at is None:
        lines = [
            translate("Cycle", "Review {number}: started {start}, under way at {step}.").format(
                number=p.number, start=started, step=steps[p.current_step].short_title
            )
        ]
    else:
        lines = [
            translate("Cycle", "Review {number}: {start} to {end}").format(
                number=p.number, start=started, end=_day(p.finished_at)
            )
        ]
    if p.after_crisis:
        lines.append("  " + translate("Cycle", "After a crisis."))
    none = translate("Cycle", "none")
    done = ", ".join(steps[s].short_title for s in p.steps_done) or none
    lines.append("  " + translate("Cycle", "Steps done: {steps}").format(steps=done))
    if p.steps_skipped:
        skipped = ", ".join(steps[s].short_title for s in p.steps_skipped)
        lines.append("  " + translate("Cycle", "Steps skipped: {steps}").format(steps=skipped))
    if p.review_date is not None:
        lines.append(
            "  " + translate("Cycle", "Review date: {date}").format(date=p.review_date.isoformat())
        )
    if p.version_number is not None:
        lines.append(
            "  " + translate("Cycle", "Saved as version {number}.").format(number=p.version_number)
        )
    if not p.ratings:
        lines.append("  " + translate("Cycle", "No statements rated."))
    for step in STEPS:
        rated = p.ratings_for(step.key)
        if not rated:
            continue
        lines.append(
            "  "
            + translate("Cycle", "What I can expect in {step}:").format(
                step=steps[step.key].short_title
            )
        )
        for r in rated:
            text = statement(r.statement_key).localized(translate).text
            lines += _wrap(text, "    " + " " * pad, "    " + labels[r.value].ljust(pad))
            if r.comment:
                quoted = translate("Cycle", "“{comment}”").format(comment=r.comment)
                lines += _wrap(quoted, "    " + " " * pad)
    return lines


def render_text(history: History, translate: Translate) -> str:
    """The history as text to read in a terminal."""
    steps: dict[str, CycleStepDef] = {s.key: s.localized(translate) for s in STEPS}
    labels = {r.key: r.localized(translate).label for r in RATINGS}
    lines = [translate("Cycle", "Reviews"), ""]
    if not history.passes:
        lines += [translate("Cycle", "No review yet."), ""]
    for p in history.passes:
        lines += [*_render_pass(p, translate, steps, labels), ""]
    status = history.status
    if status.next_review is not None:
        when = status.next_review.isoformat()
        lines += [
            translate("Cycle", "Next review: {date}. It's time for a review.").format(date=when)
            if status.due
            else translate("Cycle", "Next review: {date}.").format(date=when),
            "",
        ]
    lines += [translate("Cycle", "Versions of the plan"), ""]
    if not history.versions:
        lines += [translate("Cycle", "No version saved yet."), ""]
    for v in history.versions:
        day = _day(v.created_at)
        heading = translate("Cycle", "Version {number}, {date}").format(number=v.number, date=day)
        lines.append(heading)
        if v.note:
            lines += _wrap(v.note, "  ")
        for h in v.holders:
            lines.append(
                "  "
                + translate("Cycle", "Held by {name} (given {date}).").format(
                    name=h.person_name, date=_day(h.shared_at)
                )
            )
        lines.append("")
    return "\n".join(lines)


def cmd_history(args: argparse.Namespace, console: Console) -> int:
    """Print the reviews (passes of the cycle) and the versions of the plan."""
    from wrapdesk.services.editor import PlanEditor

    with read_plan(args, console) as db:
        editor = PlanEditor(db)
        try:
            history = read_history(editor)
        finally:
            editor.close()
    if args.json:
        console.result_json(json.dumps(to_json(history)))
    else:
        console.stdout.write(for_terminal(render_text(history, console.translate)))
    return EXIT_OK


def register(sub: Any, translate: Translate) -> None:
    """Add ``history`` to the ``wrapdesk`` parser."""
    p = sub.add_parser(
        "history",
        help=translate("Cycle", "list your reviews and the versions of the plan"),
    )
    add_plan_source(p, translate)
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cycle", "print the history as JSON instead, in a stable shape"),
    )
    p.set_defaults(run=cmd_history)
