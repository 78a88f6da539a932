"""The facts entered once and shown wherever they belong: people, medicines, treatments,
places, refusals, and the signing details of the advance documents.

A medicine to avoid is one row; the crisis plan's medicines part, the advance statement
and the Medicines page all edit that same row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.content import vocabulary
from wrapdesk.document import MedicineDoc, PersonDoc, PlaceDoc, RefusalDoc, TreatmentDoc
from wrapdesk.i18n import QT_TRANSLATE_NOOP
from wrapdesk.services.editor import ItemKind
from wrapdesk.ui.cards import GRID, TRANSLATE, heading, quiet
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.fact_editor import FactEditor, FactSource, FieldDef
from wrapdesk.ui.session import PlanSession

SHARE_CHOICES = (
    vocabulary.Choice(
        "crisis-plan", QT_TRANSLATE_NOOP("FactTables", "Crisis plan"), context="FactTables"
    ),
    vocabulary.Choice("wrap", QT_TRANSLATE_NOOP("FactTables", "Your WRAP"), context="FactTables"),
    vocabulary.Choice(
        "advance-statements",
        QT_TRANSLATE_NOOP("FactTables", "Advance statements"),
        context="FactTables",
    ),
)


def _label(choices: tuple[vocabulary.Choice, ...], key: str) -> str:
    try:
        return vocabulary.choice(choices, key).localized(TRANSLATE).label
    except KeyError:
        return key


def people_editor(session: PlanSession) -> FactEditor:
    """Everyone in the plan: how to reach them, their roles, and who not to involve."""
    editor = session.editor

    def summary(p: PersonDoc) -> str:
        parts = [p.name or translate("FactTables", "(no name yet)")]
        if p.relationship:
            parts.append(p.relationship)
        if p.do_not_involve:
            parts.append(translate("FactTables", "please do not involve"))
        elif p.phone:
            parts.append(p.phone)
        return " — ".join(parts)

    fields = (
        FieldDef("name", translate("FactTables", "Name")),
        FieldDef(
            "relationship",
            translate("FactTables", "Who they are to you"),
            hint=translate("FactTables", "For example: sister, friend, GP, care coordinator."),
        ),
        FieldDef("phone", translate("FactTables", "Phone")),
        FieldDef("email", translate("FactTables", "Email")),
        FieldDef("address", translate("FactTables", "Address"), "multiline"),
        FieldDef(
            "roles",
            translate("FactTables", "Their part in your plan"),
            "choices",
            vocabulary.PERSON_ROLES,
        ),
        FieldDef(
            "may_receive",
            translate("FactTables", "What they may be given"),
            "choices",
            SHARE_CHOICES,
        ),
        FieldDef(
            "do_not_involve", translate("FactTables", "Please do not involve this person"), "flag"
        ),
        FieldDef(
            "not_involve_reason",
            translate("FactTables", "Why not (only if you want to say)"),
            "multiline",
        ),
        FieldDef("notes", translate("FactTables", "Notes"), "multiline"),
    )
    source = FactSource(
        items=editor.people,
        summary=summary,
        add=lambda: editor.add_person(""),
        update=lambda pid, values: editor.update_person(pid, **values),
        delete=editor.delete_person,
        move=editor.move_person,
        areas={"people"},
    )
    return FactEditor(
        translate("FactTables", "People"),
        translate(
            "FactTables",
            "The people who support you, and anyone you do not want involved. Put the "
            "person to call first at the top.",
        ),
        translate("FactTables", "Add a person"),
        fields,
        source,
    )


def item_editor(session: PlanSession, kind: ItemKind) -> FactEditor:
    """Medicines, treatments, places or refusals."""
    editor = session.editor
    if kind == "medicines":

        def medicine(m: MedicineDoc) -> str:
            bits = [
                m.name or translate("FactTables", "(no name yet)"),
                m.dose,
                _label(vocabulary.MEDICINE_STATUSES, m.status),
            ]
            return " — ".join(b for b in bits if b)

        fields: tuple[FieldDef, ...] = (
            FieldDef("name", translate("FactTables", "Medicine")),
            FieldDef(
                "status",
                translate("FactTables", "How you feel about it"),
                "choice",
                vocabulary.MEDICINE_STATUSES,
            ),
            FieldDef("dose", translate("FactTables", "Dose")),
            FieldDef("purpose", translate("FactTables", "What it is for")),
            FieldDef("reason", translate("FactTables", "Why (optional)"), "multiline"),
        )
        title, intro, add = (
            translate("FactTables", "Medicines"),
            translate(
                "FactTables",
                "What you take now, what you would accept, what to avoid, and any allergies.",
            ),
            translate("FactTables", "Add a medicine"),
        )
        summary: Any = medicine
        defaults: dict[str, Any] = {"name": "", "status": "current"}
    elif kind == "treatments":

        def treatment(t: TreatmentDoc) -> str:
            return " — ".join(
                b
                for b in (
                    t.name or translate("FactTables", "(no name yet)"),
                    _label(vocabulary.TREATMENT_PREFERENCES, t.preference),
                )
                if b
            )

        fields = (
            FieldDef("name", translate("FactTables", "Treatment")),
            FieldDef(
                "preference",
                translate("FactTables", "Your wish"),
                "choice",
                vocabulary.TREATMENT_PREFERENCES,
            ),
            FieldDef("reason", translate("FactTables", "Why (optional)"), "multiline"),
        )
        title, intro, add = (
            translate("FactTables", "Treatments"),
            translate("FactTables", "Treatments you would want, and ones to avoid."),
            translate("FactTables", "Add a treatment"),
        )
        summary, defaults = treatment, {"name": "", "preference": "wanted"}
    elif kind == "places":

        def place(p: PlaceDoc) -> str:
            return " — ".join(
                b
                for b in (
                    p.name or translate("FactTables", "(no name yet)"),
                    _label(vocabulary.PLACE_PREFERENCES, p.preference),
                )
                if b
            )

        fields = (
            FieldDef("name", translate("FactTables", "Place")),
            FieldDef(
                "preference",
                translate("FactTables", "Your wish"),
                "choice",
                vocabulary.PLACE_PREFERENCES,
            ),
            FieldDef("details", translate("FactTables", "Address or how to reach it"), "multiline"),
            FieldDef("reason", translate("FactTables", "Why (optional)"), "multiline"),
        )
        title, intro, add = (
            translate("FactTables", "Places of care"),
            translate("FactTables", "Where you would like to be cared for, and where not."),
            translate("FactTables", "Add a place"),
        )
        summary, defaults = place, {"name": "", "preference": "preferred"}
    else:

        def refusal(r: RefusalDoc) -> str:
            text = r.treatment or translate("FactTables", "(no treatment named yet)")
            return text + (
                translate("FactTables", " — even if my life is at risk")
                if r.life_sustaining
                else ""
            )

        fields = (
            FieldDef("treatment", translate("FactTables", "The treatment you refuse")),
            FieldDef(
                "circumstances",
                translate("FactTables", "When this applies"),
                "multiline",
                hint=translate("FactTables", "Be specific: the situations in which you refuse it."),
            ),
            FieldDef(
                "life_sustaining",
                translate("FactTables", "This applies even if my life is at risk"),
                "flag",
                hint=translate(
                    "FactTables",
                    "Only tick this if you mean it. A refusal of life-sustaining "
                    "treatment must be written, signed and witnessed to count.",
                ),
            ),
        )
        title, intro, add = (
            translate("FactTables", "Treatments I refuse"),
            translate("FactTables", "Each refusal, and the circumstances it applies to."),
            translate("FactTables", "Add a refusal"),
        )
        summary, defaults = refusal, {"treatment": ""}
    reads = {
        "medicines": editor.medicines,
        "treatments": editor.treatments,
        "places": editor.places,
        "refusals": editor.refusals,
    }
    source = FactSource(
        items=reads[kind],
        summary=summary,
        add=lambda: editor.add_item(kind, **defaults),
        update=lambda item_id, values: editor.update_item(kind, item_id, **values),
        delete=lambda item_id: editor.delete_item(kind, item_id),
        move=lambda item_id, index: editor.move_item(kind, item_id, index),
        areas={kind},
    )
    return FactEditor(title, intro, add, fields, source)


class DateField(QWidget):
    """A date that may not be set yet: a tick box ("done") and the date."""

    def __init__(self, label: str) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.done = QCheckBox(label)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName(label)
        self.date.setEnabled(False)
        self.done.toggled.connect(self.date.setEnabled)
        row.addWidget(self.done)
        row.addWidget(self.date)
        row.addStretch(1)

    def value(self) -> date | None:
        """The date, or None if not done."""
        if not self.done.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def show_value(self, value: date | None) -> None:
        """Show ``value`` (None: not done yet; the date box shows today)."""
        self.done.setChecked(value is not None)
        shown = value or date.today()
        self.date.setDate(QDate(shown.year, shown.month, shown.day))


class SigningDetails(QWidget):
    """When a printed advance document was signed and witnessed (recorded after printing)."""

    def __init__(
        self, session: PlanSession, title: str, fields: Sequence[tuple[str, str, str]], intro: str
    ) -> None:
        super().__init__()
        self._session = session
        self._loading = False
        self._widgets: dict[str, QLineEdit | DateField] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, GRID)
        layout.addWidget(heading(title, 2))
        layout.addWidget(quiet(intro))
        form = QFormLayout()
        for name, label, kind in fields:
            widget: QLineEdit | DateField
            if kind == "date":
                widget = DateField(label)
                widget.done.toggled.connect(lambda _on, n=name: self._commit(n))
                widget.date.editingFinished.connect(lambda n=name: self._commit(n))
                form.addRow("", widget)
            else:
                widget = QLineEdit()
                widget.setAccessibleName(label)
                widget.editingFinished.connect(lambda n=name: self._commit(n))
                form.addRow(label, widget)
            self._widgets[name] = widget
        layout.addLayout(form)
        self.reload()

    def reload(self) -> None:
        """Show what the plan holds."""
        values = self._session.editor.advance()
        self._loading = True
        for name, widget in self._widgets.items():
            if isinstance(widget, DateField):
                widget.show_value(values[name])
            elif widget.text() != values[name]:
                widget.setText(values[name])
        self._loading = False

    def _commit(self, name: str) -> None:
        if self._loading:
            return
        widget = self._widgets[name]
        value = widget.value() if isinstance(widget, DateField) else widget.text()
        if self._session.editor.advance()[name] != value:
            self._session.editor.update_advance(**{name: value})

    def refresh(self, areas: set[str]) -> None:
        """Reload after undo or another change to the signing details."""
        if "advance" in areas:
            self.reload()


def structured_editors(session: PlanSession, kinds: Sequence[str]) -> list[QWidget]:
    """The editors a plan part shows for its structured facts, in a sensible order."""
    out: list[QWidget] = []
    if "people" in kinds or "not-involved" in kinds:
        out.append(people_editor(session))
    for kind in ("medicines", "treatments", "places", "refusals"):
        if kind in kinds:
            out.append(item_editor(session, kind))
    if "adrt-details" in kinds:
        out.append(
            SigningDetails(
                session,
                translate("FactTables", "Signing your advance decision"),
                (
                    ("adrt_gp", translate("FactTables", "Your GP (name and surgery)"), "text"),
                    ("adrt_copies_held_by", translate("FactTables", "Who holds copies"), "text"),
                    ("adrt_signed_on", translate("FactTables", "Signed on"), "date"),
                    ("adrt_witness_name", translate("FactTables", "Witness's name"), "text"),
                    ("adrt_witnessed_on", translate("FactTables", "Witnessed on"), "date"),
                ),
                translate(
                    "FactTables",
                    "Fill these in after you have printed, signed and had it witnessed.",
                ),
            )
        )
    if "scottish-witness" in kinds:
        out.append(
            SigningDetails(
                session,
                translate("FactTables", "Signing and witnessing"),
                (
                    ("scottish_witness_name", translate("FactTables", "Witness's name"), "text"),
                    (
                        "scottish_witness_profession",
                        translate("FactTables", "Witness's profession"),
                        "text",
                    ),
                    ("scottish_signed_on", translate("FactTables", "Signed on"), "date"),
                    ("scottish_witnessed_on", translate("FactTables", "Witnessed on"), "date"),
                ),
                translate(
                    "FactTables",
                    "The witness must be someone like a doctor, nurse, social worker, "
                    "psychologist, solicitor or occupational therapist.",
                ),
            )
        )
    return out
