"""The plan model round-trips through a real vault; one fact is one row."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from tests.helpers import PASSPHRASE
from wrapdesk.model import (
    AdvanceDetails,
    Entry,
    Medicine,
    Person,
    PlanOwner,
    Refusal,
    Section,
    Version,
)
from wrapdesk.services.plan_file import PlanFile


def test_every_kind_of_row_survives_save_and_reopen(vault_path: Path) -> None:
    plan, _ = PlanFile.create(vault_path, PASSPHRASE)
    with plan.db.session() as session:
        session.add(
            PlanOwner(
                id=1, name="Alex Morgan", pronouns="they/them", date_of_birth=date(1990, 4, 1)
            )
        )
        sam = Person(
            name="Sam", relationship="sister", roles=["first-contact"], may_receive=["crisis-plan"]
        )
        session.add(sam)
        session.flush()
        section = Section(key="early-warning-signs", group="wrap")
        section.entries = [
            Entry(
                list_kind="item", text="Sleeping less than five hours ŵ ł", suggested_by_id=sam.id
            )
        ]
        session.add(section)
        session.add(Medicine(name="Lithium", status="avoid", reason="tremor"))
        session.add(Refusal(treatment="ECT", circumstances="always", life_sustaining=False))
        session.add(AdvanceDetails(id=1, adrt_signed_on=date(2026, 1, 2)))
        session.add(Version(number=1, created_at=datetime(2026, 1, 1, tzinfo=UTC), document="{}"))
        session.commit()
    plan.save()
    plan.close()

    with PlanFile.open(vault_path, PASSPHRASE) as again, again.db.session() as session:
        entry = session.scalars(select(Entry)).one()
        assert entry.text == "Sleeping less than five hours ŵ ł"
        assert entry.suggested_by is not None and entry.suggested_by.name == "Sam"
        assert entry.section.key == "early-warning-signs"
        person = session.scalars(select(Person)).one()
        assert person.roles == ["first-contact"] and person.may_receive == ["crisis-plan"]
        owner = session.get(PlanOwner, 1)
        assert owner is not None and owner.date_of_birth == date(1990, 4, 1)
        medicine = session.scalars(select(Medicine)).one()
        assert (medicine.name, medicine.status) == ("Lithium", "avoid")
        version = session.scalars(select(Version)).one()
        assert version.created_at == datetime(2026, 1, 1, tzinfo=UTC)
        details = session.get(AdvanceDetails, 1)
        assert details is not None and details.adrt_signed_on == date(2026, 1, 2)


def test_removing_a_person_keeps_the_entries_they_suggested(vault_path: Path) -> None:
    plan, _ = PlanFile.create(vault_path, PASSPHRASE)
    with plan.db.session() as session:
        sam = Person(name="Sam")
        session.add(sam)
        session.flush()
        section = Section(key="triggers", group="wrap")
        section.entries = [Entry(text="Loud parties", suggested_by_id=sam.id)]
        session.add(section)
        session.commit()
        session.delete(sam)
        session.commit()
        session.expire_all()  # read what the database did, not what the session remembers
        entry = session.scalars(select(Entry)).one()
        assert entry.text == "Loud parties" and entry.suggested_by_id is None
    plan.close()
