"""The built-in demo plan: an invented person's plan with its history, for trying WrapDesk.

``resources/demo/demo-plan.json`` describes the plan as it is now, and for each item the
version it arrived in (``since``), left in (``until``) and its earlier wording (``was``).
From that, the four earlier versions are rebuilt and frozen by the same document builder
the app uses, so the Versions page and every diff show real differences. The demo opens
from a fresh temporary vault with a random passphrase: nothing to type, and the person's
own data folder is never touched.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wrapdesk.bundled import resource_path
from wrapdesk.content import catalogue
from wrapdesk.document import VersionInfo, dumps
from wrapdesk.model import (
    AdvanceDetails,
    Commitment,
    CyclePass,
    Entry,
    Goal,
    Medicine,
    Option,
    PassSupporter,
    Person,
    Place,
    PlanOwner,
    Rating,
    Reflection,
    Refusal,
    Section,
    ShareRecord,
    Treatment,
    Version,
)
from wrapdesk.services.plan_document import build_document, expand_section_keys
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.store import PlanDatabase
from wrapdesk.vault import FLOOR

LIVE = 5  # "since": 5 means added after the last version, in the plan as it is now
Seed = dict[str, Any]


def load_seed() -> Seed:
    """The demo plan's description."""
    seed: Seed = json.loads(resource_path("demo", "demo-plan.json").read_text("utf-8"))
    if seed.get("format") != "wrapdesk.demo/1":
        raise ValueError("unknown demo format")
    return seed


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _exists(item: Seed, version: int) -> bool:
    return bool(item.get("since", 1) <= version < item.get("until", LIVE + 1))


def _text_at(item: Seed, version: int, field: str = "text") -> str:
    for upto in sorted(int(k) for k in item.get("was", {})):
        if version <= upto:
            return str(item["was"][str(upto)])
    return str(item[field])


def _when(seed: Seed, version: int) -> datetime:
    dates = {v["number"]: _moment(v["created_at"]) for v in seed["versions"]}
    if version in dates:
        return dates[version]
    return max(dates.values()) + timedelta(days=14)


def _populate(session: Session, seed: Seed, version: int) -> None:
    """Write the plan as it was at ``version`` (LIVE: as it is now). Ids are the same in
    every version, so diffs match items across them."""
    owner = seed["owner"]
    session.add(
        PlanOwner(
            id=1,
            **{**owner, "date_of_birth": _day(owner["date_of_birth"])},
            hidden_helplines=list(seed["hidden_helplines"]),
        )
    )
    session.add(
        AdvanceDetails(
            id=1, **{k: _day(v) if k.endswith("_on") else v for k, v in seed["advance"].items()}
        )
    )
    refs: dict[str, int] = {}
    position = 0
    for pid, person in enumerate(seed["people"], start=1):
        refs[person["ref"]] = pid
        if _exists(person, version):
            fields = {k: v for k, v in person.items() if k not in ("ref", "since", "until")}
            session.add(
                Person(
                    id=pid,
                    position=position,
                    created_at=_when(seed, person["since"]),
                    changed_at=_when(seed, person["since"]),
                    **fields,
                )
            )
            position += 1
    entry_id = 0
    sections: list[tuple[str, str | None, str, dict[str, list[Seed]], int]] = [
        (key, None, catalogue.section(key).group, seed["sections"][key], 1)
        for key in (s.key for s in catalogue.SECTIONS)
        if key in seed["sections"]
    ]
    sections += [
        (f"custom-{n}", c["title"], c["group"], c["lists"], c.get("since", 1))
        for n, c in enumerate(seed["custom_sections"], start=1)
    ]
    for section_id, (key, title, group, lists, since) in enumerate(sections, start=1):
        present = since <= version
        if present:
            session.add(
                Section(
                    id=section_id,
                    key=key,
                    custom_title=title,
                    group=group,
                    position=1 if title else 0,
                    created_at=_when(seed, since),
                )
            )
        for kind, items in lists.items():
            position = 0
            for item in items:
                entry_id += 1
                if not (present and _exists(item, version)):
                    continue
                session.add(
                    Entry(
                        id=entry_id,
                        section_id=section_id,
                        list_kind=kind,
                        text=_text_at(item, version),
                        position=position,
                        suggested_by_id=refs[item["by"]] if item.get("by") else None,
                        created_at=_when(seed, item.get("since", 1)),
                        changed_at=_when(seed, item.get("since", 1)),
                    )
                )
                position += 1
    for entity, name in (
        (Medicine, "medicines"),
        (Treatment, "treatments"),
        (Place, "places"),
        (Refusal, "refusals"),
    ):
        position = 0
        for item_id, item in enumerate(seed[name], start=1):
            if _exists(item, version):
                fields = {k: v for k, v in item.items() if k not in ("since", "until", "was")}
                session.add(
                    entity(
                        id=item_id,
                        position=position,
                        changed_at=_when(seed, item.get("since", 1)),
                        **fields,
                    )
                )
                position += 1
    session.commit()


def _add_history(session: Session, seed: Seed, versions: dict[int, str]) -> None:
    refs = {p["ref"]: pid for pid, p in enumerate(seed["people"], start=1)}
    pass_ids: dict[int, int] = {}
    for data in seed["passes"]:
        cycle = CyclePass(
            number=data["number"],
            started_at=_moment(data["started_at"]),
            finished_at=_moment(data["finished_at"]),
            current_step="co-deliver",
            steps_done=list(data["steps_done"]),
            steps_skipped=list(data["steps_skipped"]),
            after_crisis=data["after_crisis"],
            review_date=_day(data["review_date"]),
            version_note=data["version_note"],
        )
        cycle.reflections = [
            Reflection(step=r["step"], topic=r["topic"], text=r["text"], position=i)
            for i, r in enumerate(data["reflections"])
        ]
        cycle.goals = [Goal(text=g, position=i) for i, g in enumerate(data["goals"])]
        cycle.options = [Option(position=i, **o) for i, o in enumerate(data["options"])]
        cycle.commitments = [
            Commitment(
                what=c["what"],
                who_id=refs[c["who"]] if c["who"] else None,
                due=_day(c["due"]),
                done=c["done"],
                done_at=_moment(data["finished_at"]) if c["done"] else None,
                position=i,
            )
            for i, c in enumerate(data["commitments"])
        ]
        cycle.ratings = [
            Rating(statement_key=k, value=v[0], comment=v[1]) for k, v in data["ratings"].items()
        ]
        session.add(cycle)
        session.flush()
        cycle.supporters = [
            PassSupporter(pass_id=cycle.id, person_id=refs[r]) for r in data["supporters"]
        ]
        pass_ids[data["version"]] = cycle.id
    version_ids = {}
    for info in seed["versions"]:
        row = Version(
            number=info["number"],
            created_at=_moment(info["created_at"]),
            note=info["note"],
            document=versions[info["number"]],
            pass_id=pass_ids.get(info["number"]),
        )
        session.add(row)
        session.flush()
        version_ids[info["number"]] = row.id
    customs = [f"custom-{n}" for n in range(1, len(seed["custom_sections"]) + 1)]
    for share in seed["shares"]:
        person_id = refs[share["person"]]
        session.add(
            ShareRecord(
                version_id=version_ids[share["version"]],
                person_id=person_id,
                person_name=seed["people"][person_id - 1]["name"],
                sections=expand_section_keys(share["sections"], customs),
                method=share["method"],
                created_at=_moment(share["created_at"]),
            )
        )
    session.commit()


def build_demo_database() -> PlanDatabase:
    """A new in-memory database holding the demo plan, its passes, versions and shares."""
    seed = load_seed()
    frozen: dict[int, str] = {}
    for info in seed["versions"]:
        scratch = PlanDatabase.new()
        with scratch.session() as session:
            _populate(session, seed, info["number"])
            document = build_document(
                session,
                version=VersionInfo(
                    number=info["number"], created_at=info["created_at"], note=info["note"]
                ),
            )
        frozen[info["number"]] = dumps(document).decode("utf-8")
        scratch.close()
    db = PlanDatabase.new()
    with db.session() as session:
        _populate(session, seed, LIVE)
        _add_history(session, seed, frozen)
    return db


class DemoPlan:
    """The demo, open from a throwaway encrypted copy in a private temp folder."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="wrapdesk-demo-"))
        self.passphrase = secrets.token_urlsafe(24)
        # A random passphrase nobody types: the cheapest allowed key stretching will do.
        self.plan, _ = PlanFile.create(
            self.folder / "demo.wrapdesk", self.passphrase, kdf=FLOOR, db=build_demo_database()
        )

    def close(self) -> None:
        """Close the demo and delete its temporary folder."""
        self.plan.close()
        shutil.rmtree(self.folder, ignore_errors=True)
