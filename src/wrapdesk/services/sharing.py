"""Share the plan with a supporter, and open a plan someone shared: the use cases, no Qt.

Exporting freezes a version first when the plan has changed since the newest one, so every
copy that leaves is a numbered version the person can compare against later; then builds
the plan document for the chosen sections, its PDF, the note, the zip and the age file, all
in memory, and records who was given which version, how and with which parts. Writing the
file is the caller's job (the window or the terminal writes where the person chose).

A supporter's own key lives in their own vault (``SupporterKey``); a plan they open is
checked against the plan document's schema and its PDF is made afresh here, so WrapDesk
never hands a PDF made elsewhere to a PDF renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from wrapdesk import exchange
from wrapdesk.document import PlanDocument, VersionInfo
from wrapdesk.exchange import AgeIdentity, KeyKind, Method
from wrapdesk.i18n import Translate, untranslated
from wrapdesk.model import SupporterKey
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_document import expand_section_keys
from wrapdesk.services.versions import Holder, Versions

if TYPE_CHECKING:
    from wrapdesk.printouts import PrintOptions

METHODS: tuple[Method, ...] = ("passphrase", "age-key")
PDF_KIND = "wrap"  # the printout of every section in a document
PRESETS: dict[str, tuple[str, ...]] = {
    "crisis-plan": ("crisis-plan",),
    "crisis-and-advance": ("crisis-plan", "advance-statements"),
    "whole-plan": ("wrap", "crisis-plan", "advance-statements"),
}
"""The export dialog's choices of parts; "whole-plan" also takes the person's own parts."""


class SharingProblem(Exception):
    """Base class of the choices that cannot be exported as asked."""


class NoSectionsChosen(SharingProblem):
    """No part of the plan was chosen to share."""


class UnknownSection(SharingProblem):
    """A section key that is neither in the catalogue nor one of the person's own parts."""

    def __init__(self, key: str) -> None:
        super().__init__(f"no section {key!r}")
        self.key = key


class RecipientMissing(SharingProblem):
    """Sending to a supporter key, but there is no key for this person."""

    def __init__(self, person_name: str) -> None:
        super().__init__(f"no supporter key for {person_name or 'this person'}")
        self.person_name = person_name


class NotSentAsFile(SharingProblem):
    """The copy a person holds was printed, so there is no file to send again."""

    def __init__(self, person_name: str) -> None:
        super().__init__(f"{person_name or 'this person'} was given a printed copy")
        self.person_name = person_name


class NoSupporterKeyYet(SharingProblem):
    """A file locked to a supporter key, opened in a plan that has no supporter key."""


@dataclass(frozen=True)
class ExportResult:
    """An export: the age file's bytes, the passphrase (shown once), and what was shared."""

    data: bytes = field(repr=False)
    passphrase: str | None = field(repr=False)
    version_number: int
    sections: tuple[str, ...]
    method: Method
    person_id: int | None
    person_name: str

    @property
    def suggested_file_name(self) -> str:
        """A file name that says what it is without saying whose plan it is."""
        return f"shared-plan-v{self.version_number}.age"


@dataclass(frozen=True)
class SharedPlan:
    """A plan someone shared, for the read-only viewer: the checked document, a PDF made
    here from it, and the note that came with it."""

    document: PlanDocument
    pdf: bytes = field(repr=False)
    readme: str = field(repr=False)


class SupporterKeyPair(NamedTuple):
    """The supporter's own key: the public part to send, the secret part to open with."""

    recipient: str
    identity: AgeIdentity


# ---------------------------------------------------------------------------- choosing


def preset_sections(editor: PlanEditor, preset: str) -> tuple[str, ...]:
    """The section choice of a preset ("whole-plan" includes the person's own parts)."""
    chosen = PRESETS[preset]
    if preset == "whole-plan":
        chosen += tuple(key for key, _title, _group in editor.custom_sections())
    return chosen


def suggested_sections(editor: PlanEditor, person_id: int | None) -> tuple[str, ...]:
    """What to tick first for a person: what their entry says they may be given, else the
    crisis plan."""
    person = next((p for p in editor.people() if p.id == person_id), None)
    if person is not None and person.may_receive:
        return person.may_receive
    return PRESETS["crisis-plan"]


def _section_choice(editor: PlanEditor, sections: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The choice without repeats, each key checked; ``UnknownSection`` names a bad one."""
    custom = [key for key, _title, _group in editor.custom_sections()]
    choice = tuple(dict.fromkeys(key.strip() for key in sections if key.strip()))
    if not choice:
        raise NoSectionsChosen("choose at least one part of the plan to share")
    for key in choice:
        try:
            expand_section_keys([key], custom)
        except KeyError:
            raise UnknownSection(key) from None
    return choice


# ---------------------------------------------------------------------------- exporting


def export_for(
    editor: PlanEditor,
    versions: Versions,
    *,
    person_id: int | None,
    sections: list[str] | tuple[str, ...],
    method: Method,
    recipient: str | None = None,
    armor: bool = False,
    translate: Translate = untranslated,
    print_options: PrintOptions | None = None,
    record: bool = True,
) -> ExportResult:
    """Export the chosen sections for one person (or someone not in the plan).

    ``method`` "passphrase" makes a new passphrase (in the result: show it once);
    "age-key" encrypts to ``recipient`` (the supporter's ``age1…`` key, pasted or read from
    their file), or to the key kept for the person. A key given for a person is kept
    for next time. With ``record`` (the default) the share is recorded at once; a caller
    that writes the file afterwards may pass ``record=False`` and call
    :func:`record_export` once the file is written, so a failed write is never recorded.
    The plan must be saved by the caller afterwards.
    """
    pending = prepare_export(
        editor,
        versions,
        person_id=person_id,
        sections=sections,
        method=method,
        recipient=recipient,
        armor=armor,
        translate=translate,
        print_options=print_options,
    )
    result = pending.seal()
    if record:
        record_export(versions, result)
    return result


def prepare_export(
    editor: PlanEditor,
    versions: Versions,
    *,
    person_id: int | None,
    sections: list[str] | tuple[str, ...],
    method: Method,
    recipient: str | None = None,
    armor: bool = False,
    translate: Translate = untranslated,
    print_options: PrintOptions | None = None,
) -> PendingExport:
    """Everything :func:`export_for` reads from the plan; call :meth:`PendingExport.seal`
    (in the background if you like), then :func:`record_export` once the file is written."""
    person = next((p for p in editor.people() if p.id == person_id), None)
    if person_id is not None and person is None:
        raise KeyError(person_id)
    return _prepare(
        editor,
        versions,
        person_id=person_id,
        person_name=person.name if person else "",
        sections=sections,
        method=method,
        recipient=recipient,
        armor=armor,
        translate=translate,
        print_options=print_options,
    )


def update_for(
    editor: PlanEditor,
    versions: Versions,
    holder: Holder,
    *,
    armor: bool = False,
    translate: Translate = untranslated,
    print_options: PrintOptions | None = None,
    record: bool = True,
) -> ExportResult:
    """Send a holder the plan as it is now, with the same parts and method as last time.

    A passphrase share gets a new passphrase; a key share goes to the key kept for the
    person. Parts of the person's own that were deleted since are left out.
    """
    if holder.method not in METHODS:
        raise NotSentAsFile(holder.person_name)
    method: Method = "passphrase" if holder.method == "passphrase" else "age-key"
    custom = [key for key, _title, _group in editor.custom_sections()]
    still_there = []
    for key in holder.sections:
        try:
            expand_section_keys([key], custom)
        except KeyError:
            continue
        still_there.append(key)
    known = any(p.id == holder.person_id for p in editor.people())
    result = _prepare(
        editor,
        versions,
        person_id=holder.person_id if known else None,
        person_name=holder.person_name,
        sections=still_there,
        method=method,
        recipient=None,
        armor=armor,
        translate=translate,
        print_options=print_options,
    ).seal()
    if record:
        record_export(versions, result)
    return result


def record_export(versions: Versions, result: ExportResult) -> None:
    """Record that ``result`` went to its person (after the file was written)."""
    versions.record_share(
        result.version_number, result.person_id, result.person_name, result.sections, result.method
    )


def _recipient_for(
    editor: PlanEditor, person_id: int | None, person_name: str, recipient: str | None
) -> tuple[str, int | None]:
    """The key to encrypt to, and the person it belongs to (found by key if not given)."""
    if recipient is not None and recipient.strip():
        key = exchange.parse_recipient(recipient)
    elif person_id is not None and editor.person_age_recipient(person_id):
        key = exchange.parse_recipient(editor.person_age_recipient(person_id) or "")
    else:
        raise RecipientMissing(person_name)
    if person_id is None:
        person_id = next(
            (p.id for p in editor.people() if editor.person_age_recipient(p.id) == key), None
        )
    return key, person_id


def _version_for_sharing(versions: Versions, note: str) -> VersionInfo:
    """The newest version, frozen first if the plan changed since (or has none yet)."""
    latest = versions.latest_number()
    if latest is None or versions.changed_since(latest):
        return versions.freeze(note)
    info = versions.document(latest).version
    assert info is not None
    return info


@dataclass(frozen=True)
class PendingExport:
    """Everything an export reads from the plan, ready to be encrypted.

    Preparing reads the plan (on the thread that owns it); :meth:`seal` only encrypts
    bytes, so the window can run it in the background while the slow scrypt works.
    """

    document: PlanDocument
    pdf: bytes = field(repr=False)
    readme: str = field(repr=False)
    passphrase: str | None = field(repr=False)
    recipient: str | None
    armor: bool
    version_number: int
    sections: tuple[str, ...]
    method: Method
    person_id: int | None
    person_name: str

    def seal(self) -> ExportResult:
        """Encrypt the package (no plan access: safe off the GUI thread)."""
        data = exchange.make_share(
            self.document,
            self.pdf,
            self.readme,
            passphrase=self.passphrase,
            recipient=self.recipient,
            armor=self.armor,
        )
        return ExportResult(
            data=data,
            passphrase=self.passphrase,
            version_number=self.version_number,
            sections=self.sections,
            method=self.method,
            person_id=self.person_id,
            person_name=self.person_name,
        )


def _prepare(
    editor: PlanEditor,
    versions: Versions,
    *,
    person_id: int | None,
    person_name: str,
    sections: list[str] | tuple[str, ...],
    method: Method,
    recipient: str | None,
    armor: bool,
    translate: Translate,
    print_options: PrintOptions | None,
) -> PendingExport:
    if method not in METHODS:
        raise ValueError(f"unknown sharing method {method!r}")
    choice = _section_choice(editor, sections)
    key: str | None = None
    if method == "age-key":
        key, person_id = _recipient_for(editor, person_id, person_name, recipient)
        if person_id is not None and not person_name:
            person_name = next(p.name for p in editor.people() if p.id == person_id)
    custom = [k for k, _title, _group in editor.custom_sections()]
    if person_name:
        note = translate("Sharing", "Shared with {name}").format(name=person_name)
    else:
        note = translate("Sharing", "Shared as a file")
    info = _version_for_sharing(versions, note)
    document = editor.document(expand_section_keys(choice, custom), version=info)
    pdf = _pdf(document, translate, print_options)
    readme = exchange.readme_text(document, method, translate)
    if key is not None and person_id is not None and editor.person_age_recipient(person_id) != key:
        editor.update_person(person_id, age_recipient=key)
    return PendingExport(
        document=document,
        pdf=pdf,
        readme=readme,
        passphrase=exchange.new_passphrase() if method == "passphrase" else None,
        recipient=key,
        armor=armor,
        version_number=info.number,
        sections=choice,
        method=method,
        person_id=person_id,
        person_name=person_name,
    )


def _pdf(document: PlanDocument, translate: Translate, options: PrintOptions | None) -> bytes:
    """Every section of ``document`` as a PDF (reportlab loads only when one is made)."""
    from wrapdesk.printouts import PrintOptions, build_pdf

    return build_pdf(PDF_KIND, document, translate, options or PrintOptions())


def opening_instructions(method: Method, file_name: str, translate: Translate) -> str:
    """How the supporter opens the file, to send with it (in WrapDesk, or with age)."""
    return exchange.opening_instructions(method, file_name, translate)


# ---------------------------------------------------------------------------- supporter side


def supporter_key(editor: PlanEditor) -> SupporterKeyPair:
    """This plan's own supporter key, made on first use. Save the plan afterwards."""
    session = editor.session
    row = session.scalars(select(SupporterKey).order_by(SupporterKey.id)).first()
    if row is None:
        identity = exchange.new_identity()
        row = SupporterKey(
            identity=identity.secret_keys[0],
            recipient=identity.recipients[0],
            created_at=editor.clock(),
        )
        session.add(row)
        session.commit()
        editor.notify("supporter-key")
    identity = AgeIdentity((row.identity,))
    return SupporterKeyPair(recipient=identity.recipients[0], identity=identity)


def has_supporter_key(editor: PlanEditor) -> bool:
    """True if this plan has made its supporter key."""
    return editor.session.scalars(select(SupporterKey.id)).first() is not None


def share_needs(data: bytes) -> KeyKind:
    """Which secret a shared file opens with, so the window asks for the right one."""
    return exchange.needs(data)


def open_shared(
    data: bytes,
    secret: str | AgeIdentity,
    *,
    translate: Translate = untranslated,
    print_options: PrintOptions | None = None,
) -> SharedPlan:
    """Open a shared file with a passphrase or a key: the checked plan, for reading only."""
    opened = exchange.open_share(data, secret)
    pdf = _pdf(opened.document, translate, print_options)
    return SharedPlan(document=opened.document, pdf=pdf, readme=opened.readme)


def open_with_my_key(
    editor: PlanEditor,
    data: bytes,
    *,
    translate: Translate = untranslated,
    print_options: PrintOptions | None = None,
) -> SharedPlan:
    """Open a file sent to this plan's own supporter key."""
    rows = editor.session.scalars(select(SupporterKey).order_by(SupporterKey.id)).all()
    if not rows:
        if share_needs(data) == "age-key":
            raise NoSupporterKeyYet("this plan has no supporter key yet")
        raise exchange.WrongShareKey(share_needs(data), "age-key")
    identity = AgeIdentity(tuple(row.identity for row in rows))
    return open_shared(data, identity, translate=translate, print_options=print_options)
