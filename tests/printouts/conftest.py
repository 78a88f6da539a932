"""Plans to print, and ways to read a PDF the way a person (or a screen reader) would."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from wrapdesk.document import (
    AdvanceDoc,
    EntryDoc,
    EntryListDoc,
    MedicineDoc,
    OwnerDoc,
    PersonDoc,
    PlaceDoc,
    PlanDocument,
    RefusalDoc,
    SectionDoc,
    TreatmentDoc,
    VersionInfo,
)
from wrapdesk.printouts import PrintOptions

TODAY = date(2027, 3, 4)
"""The "printed on" date every test prints with."""

OPTIONS = PrintOptions(today=TODAY)


def _section(
    key: str, group: str, *lists: tuple[str, tuple[str, ...]], start: int = 1
) -> SectionDoc:
    entries = []
    next_id = start
    for kind, texts in lists:
        items = []
        for text in texts:
            items.append(EntryDoc(id=next_id, text=text))
            next_id += 1
        entries.append(EntryListDoc(kind=kind, entries=tuple(items)))
    return SectionDoc(key=key, group=group, lists=tuple(entries))


def sample_plan() -> PlanDocument:
    """A whole plan, small but complete, with Welsh, Polish and Greek in it."""
    sections = (
        _section("wellness-toolbox", "wrap", ("item", ("Walk to Llyn y Fan with Siân",)), start=1),
        _section(
            "early-warning-signs",
            "wrap",
            ("item", ("Sleeping under five hours",)),
            ("must-do", ("Tell Siân the same day",)),
            start=10,
        ),
        SectionDoc(
            key="custom-1",
            group="wrap",
            title="My allotment",
            lists=(EntryListDoc(kind="item", entries=(EntryDoc(id=20, text="Bean rows in May"),)),),
        ),
        _section("crisis.when-well", "crisis", ("item", ("I hum while I cook",)), start=30),
        _section(
            "crisis.take-over-signs",
            "crisis",
            ("item", ("I stop eating for a day", "I don't answer the door")),
            start=40,
        ),
        _section(
            "crisis.supporters",
            "crisis",
            ("disagreements", ("Siân has the final say",)),
            start=50,
        ),
        _section(
            "crisis.home-care", "crisis", ("item", ("A night at Tŷ Gwyn crisis house",)), start=60
        ),
        SectionDoc(
            key="crisis.helps",
            group="crisis",
            lists=(
                EntryListDoc(
                    kind="helps",
                    entries=(EntryDoc(id=70, text="Speak slowly and kindly", suggested_by=1),),
                ),
                EntryListDoc(kind="not-helps", entries=(EntryDoc(id=71, text="Loud rooms"),)),
                EntryListDoc(
                    kind="tasks", entries=(EntryDoc(id=72, text="Paweł feeds Mŵg the cat"),)
                ),
            ),
        ),
        _section(
            "crisis.no-longer-needed", "crisis", ("item", ("I cook my own tea again",)), start=80
        ),
        _section(
            "advance-statement",
            "advance",
            ("treatment", ("Try care at home first",)),
            ("diet", ("Vegetarian",)),
            ("communication", ("Short sentences, please",)),
            start=90,
        ),
        _section(
            "scottish-statement",
            "advance",
            ("wanted", ("Treat me near my family",)),
            ("not-wanted", ("No haloperidol",)),
            ("reasons", ("It gave me spasms",)),
            start=100,
        ),
    )
    included = (
        "wellness-toolbox",
        "daily-plan",
        "triggers",
        "early-warning-signs",
        "breaking-down",
        "post-crisis",
        "custom-1",
        "crisis.when-well",
        "crisis.take-over-signs",
        "crisis.supporters",
        "crisis.medicines",
        "crisis.treatments",
        "crisis.home-care",
        "crisis.places",
        "crisis.helps",
        "crisis.no-longer-needed",
        "advance-statement",
        "adrt",
        "scottish-statement",
    )
    return PlanDocument(
        owner=OwnerDoc(
            name="Gwenllian Ŷr-Evans",
            preferred_name="Gwen",
            pronouns="she/her",
            communication_needs="Text first, please.",
            date_of_birth="1988-02-29",
            address="3 Heol y Dŵr, Aberystwyth",
        ),
        included=included,
        sections=sections,
        people=(
            PersonDoc(
                id=1,
                name="Siân Ŷr-Evans",
                relationship="Sister",
                phone="07700 900111",
                notes="Any time, day or night.",
                roles=("first-contact", "supporter"),
            ),
            PersonDoc(id=2, name="Paweł Łukasik", relationship="Neighbour", phone="07700 900222"),
            PersonDoc(id=3, name="Ελένη Παππά", relationship="Friend", email="eleni@example.org"),
            PersonDoc(
                id=4,
                name="Jordan Price",
                relationship="Ex-partner",
                do_not_involve=True,
                not_involve_reason="It would set me back.",
            ),
        ),
        medicines=(
            MedicineDoc(id=1, name="Lithium", status="current", dose="800 mg at night"),
            MedicineDoc(id=2, name="Quetiapine", status="acceptable", dose="25 mg"),
            MedicineDoc(id=3, name="Olanzapine", status="avoid", reason="Made me flat"),
            MedicineDoc(id=4, name="Penicillin", status="allergy", reason="Swollen lips"),
        ),
        treatments=(
            TreatmentDoc(id=1, name="Talking therapy", preference="wanted"),
            TreatmentDoc(id=2, name="Injections", preference="avoid", reason="Offer tablets first"),
        ),
        places=(
            PlaceDoc(id=1, name="Ward 3, Ysbyty Bronglais", preference="preferred"),
            PlaceDoc(id=2, name="Any ward far away", preference="avoid", reason="Too far"),
        ),
        refusals=(
            RefusalDoc(
                id=1,
                treatment="Electroconvulsive therapy",
                circumstances="In any situation",
            ),
            RefusalDoc(
                id=2,
                treatment="Artificial ventilation",
                circumstances="If I have a stroke and can't breathe for myself",
                life_sustaining=True,
            ),
        ),
        advance=AdvanceDoc(
            statement_witness_name="Dr Rhys Owen",
            adrt_gp="Dr Rhys Owen, Stryd Fawr Surgery",
            adrt_copies_held_by="Siân and my GP",
            adrt_witness_name="Ffion Hughes",
            scottish_witness_name="Dr Iain Ross",
            scottish_witness_profession="Psychiatrist",
        ),
        hidden_helplines=("shout",),
        version=VersionInfo(number=7, created_at="2027-02-14T12:00:00Z", note="After my review"),
    )


@pytest.fixture
def plan() -> PlanDocument:
    """The sample plan."""
    return sample_plan()


@pytest.fixture(scope="session")
def demo() -> PlanDocument:
    """The built-in demo plan, as the app would print it."""
    from wrapdesk.services.demo import build_demo_database
    from wrapdesk.services.editor import PlanEditor

    db = build_demo_database()
    editor = PlanEditor(db)
    document = editor.document()
    editor.close()
    db.close()
    return document


@pytest.fixture(scope="session")
def ten_years() -> PlanDocument:
    """The ten-year plan from the benchmarks: 2,000 entries, 30 people, 20 medicines."""
    from benchmarks.plan_generator import generate

    from wrapdesk.services.editor import PlanEditor

    db = generate()
    editor = PlanEditor(db)
    document = editor.document()
    editor.close()
    db.close()
    return document


def pdf_text(pdf: bytes, mode: str = "-layout", page: int | None = None) -> str:
    """What ``pdftotext`` reads from ``pdf`` (or one page of it): the words a person copies
    or hears. ``-layout`` keeps lines as printed; ``-raw`` gives them in the order they are
    drawn, the order a screen reader follows."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    args = ["pdftotext", "-enc", "UTF-8", mode, *pages, "-", "-"]
    result = subprocess.run(args, input=pdf, capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")


def reader(pdf: bytes) -> PdfReader:
    """The PDF opened with pypdf."""
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page."""
    return [pdf_text(pdf, page=n) for n in range(1, len(reader(pdf).pages) + 1)]


_FOOTER = re.compile(
    r"^.*(Check this is the newest copy|Version \d+ · \d|not a saved version|Page \d+ of \d+)"
    r".*$",
    re.MULTILINE,
)


def body_only(pdf: bytes) -> str:
    """The text without running heads and footers, flattened, so an entry that runs onto
    the next page reads as one."""
    title = str(reader(pdf).metadata.title)  # type: ignore[union-attr]
    lines = _FOOTER.sub("", pdf_text(pdf)).splitlines()
    return flat("\n".join(line for line in lines if line.strip() != title))


def body_size(pdf: bytes) -> float:
    """The type size most of the words are set in, in points."""
    sizes: dict[float, int] = {}

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scaled = round(size * tm[3], 1)
            sizes[scaled] = sizes.get(scaled, 0) + len(text)

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return max(sizes, key=lambda size: sizes[size])


def flat(text: str) -> str:
    """Text with every run of white space as one space, so wrapped lines read as one."""
    return re.sub(r"\s+", " ", text).strip()


def in_order(text: str, *parts: str) -> bool:
    """Whether each of ``parts`` is in ``text``, each after the one before."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True
