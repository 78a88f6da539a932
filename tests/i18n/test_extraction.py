"""Every string the program translates is one lupdate extracts, in the context Qt looks in.

The source is read with ``ast`` (``source_calls``): each ``self.tr``, ``translate``,
``QT_TRANSLATE_NOOP``… call, what lupdate makes of it, and what the running program asks
for. First the reading is checked against lupdate itself (the same messages, context by
context), then every call must ask for a message lupdate extracted. Calls whose text is a
variable must be listed below with the marked strings they can hold, and those are checked
to be in the catalogue too.

``KNOWN_PROBLEMS`` are real bugs waiting for a fix in files this test doesn't own; each
entry must still match something, so it is removed when fixed.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import wrapdesk.content
from tests.i18n.conftest import Messages
from tests.i18n.source_calls import Call, Key, scan
from tests.i18n.tool import TOOL

# ---------------------------------------------------------------------------- known bugs

KNOWN_PROBLEMS: dict[tuple[str, str, str | None], str] = {
    # (file, callee, text or None for every call of that callee in the file): the fix
}


def _known(call: Call) -> bool:
    return (call.file, call.callee, call.source) in KNOWN_PROBLEMS or (
        call.file,
        call.callee,
        None,
    ) in KNOWN_PROBLEMS


# ---------------------------------------------------------------------------- variable text


@dataclass(frozen=True)
class Marked:
    """Why a call whose text is a variable finds its translation."""

    reason: str
    values: Callable[[], Iterable[str]] | None = None
    """Every text the variable can hold; each must be in the catalogue in the call's context.
    None for the translate functions themselves, whose callers are checked instead."""


def _attr(module: str, *names: str) -> Callable[[], Iterable[str]]:
    def values() -> Iterator[str]:
        imported = importlib.import_module(module)
        for name in names:
            found = getattr(imported, name)
            yield from found.values() if isinstance(found, dict) else [found]

    return values


def _edit_labels() -> Iterable[str]:
    """The labels of the Edit menu: services.editor and services.cycle_notes make them."""
    from wrapdesk.services import cycle_notes, editor

    return [*editor.LABELS.values(), *cycle_notes.LABELS.values()]


def _languages_follow() -> Iterable[str]:
    from wrapdesk.ui.settings_dialog import LANGUAGES

    return [label for code, label in LANGUAGES if code == ""]


MARKED: dict[tuple[str, str], Marked] = {
    # (file, the text argument as written): why it is safe
    ("src/wrapdesk/ui/cards.py", "source"): Marked("qt_translate itself"),
    ("src/wrapdesk/cli/console.py", "source"): Marked("the terminal's translate itself"),
    ("src/wrapdesk/content/localizing.py", "text"): Marked("the content's tr() helper itself"),
    ("src/wrapdesk/services/change_text.py", "AREA_TITLES.get(area, area)"): Marked(
        "AREA_TITLES is marked in Changes", _attr("wrapdesk.services.change_text", "AREA_TITLES")
    ),
    (
        "src/wrapdesk/services/change_text.py",
        "FIELD_NAMES.get(change.field or '', change.field or '')",
    ): Marked(
        "FIELD_NAMES is marked in Changes", _attr("wrapdesk.services.change_text", "FIELD_NAMES")
    ),
    ("src/wrapdesk/services/plan_text.py", "_LABELS['people']"): Marked(
        "_LABELS is marked in PlanText", _attr("wrapdesk.services.plan_text", "_LABELS")
    ),
    ("src/wrapdesk/services/plan_text.py", "_LABELS['not-involved']"): Marked(
        "_LABELS is marked in PlanText", _attr("wrapdesk.services.plan_text", "_LABELS")
    ),
    ("src/wrapdesk/services/plan_text.py", "_LABELS[area]"): Marked(
        "_LABELS is marked in PlanText", _attr("wrapdesk.services.plan_text", "_LABELS")
    ),
    ("src/wrapdesk/services/printing.py", "NOTES.get(kind, NOTES['wrap'])"): Marked(
        "NOTES is marked in Printing", _attr("wrapdesk.services.printing", "NOTES")
    ),
    ("src/wrapdesk/printouts/advance.py", "NOT_LEGAL_ADVICE"): Marked(
        "marked in Legal", _attr("wrapdesk.content.legal", "NOT_LEGAL_ADVICE")
    ),
    ("src/wrapdesk/printouts/crisis_plan.py", "CHECKED_NOTE"): Marked(
        "marked in Helplines", _attr("wrapdesk.content.helplines", "CHECKED_NOTE")
    ),
    ("src/wrapdesk/ui/main_window.py", "editor.undo_label"): Marked(
        "every Edit(label=…) is one of the LABELS marked in Edits", _edit_labels
    ),
    ("src/wrapdesk/ui/main_window.py", "editor.redo_label"): Marked(
        "every Edit(label=…) is one of the LABELS marked in Edits", _edit_labels
    ),
    ("src/wrapdesk/ui/print_flow.py", "TITLES.get(kind, kind)"): Marked(
        "TITLES is marked in PrintFlow", _attr("wrapdesk.ui.print_flow", "TITLES")
    ),
    ("src/wrapdesk/ui/settings_dialog.py", "label"): Marked(
        "LANGUAGES marks its one translated label in SettingsDialog (the languages' own names "
        "stay as written)",
        _languages_follow,
    ),
}


def _proven_by_content_walk(call: Call) -> bool:
    """The content's ``localized()`` methods: ``tr(translate, _CONTEXT, self.title)``."""
    return call.callee in ("tr", "tr_all") and call.text.startswith("self.")


# ---------------------------------------------------------------------------- the tests


def test_the_reading_matches_lupdate_context_by_context(
    calls: list[Call], fresh_catalogue: Messages
) -> None:
    modelled = {call.extracted_as for call in calls if call.extracted_as is not None}
    per_context = Counter(context for context, _source, _dis in modelled)
    assert per_context == Counter(context for context, _source, _dis in fresh_catalogue)
    assert modelled == fresh_catalogue.keys()
    counted = {call.extracted_as for call in calls if call.numerus}
    for key, message in fresh_catalogue.items():
        assert message.numerus == (key in counted), key


def test_every_literal_string_is_extracted_where_the_program_looks(
    calls: list[Call], fresh_catalogue: Messages
) -> None:
    problems = [call for call in calls if call.problem is not None and not _known(call)]
    assert not problems, "Strings a translator can never reach:\n" + "\n".join(
        f"{call.where}: {call.callee}({(call.source or call.text)[:50]!r}…): {call.problem}"
        for call in problems
    )
    for call in calls:
        if call.problem is None and call.asks_for is not None:
            assert call.asks_for in fresh_catalogue, f"{call.where}: {call.asks_for}"


def test_every_known_problem_is_still_there(calls: list[Call]) -> None:
    seen = {(c.file, c.callee, c.source) for c in calls if c.problem is not None}
    seen |= {(c.file, c.callee, None) for c in calls if c.problem is not None}
    fixed = [f"{key}: {fix}" for key, fix in KNOWN_PROBLEMS.items() if key not in seen]
    assert not fixed, "Fixed, thank you; now delete them from KNOWN_PROBLEMS:\n" + "\n".join(fixed)


def test_every_variable_text_is_listed_with_its_reason(calls: list[Call]) -> None:
    unlisted = [
        f"{call.where}: {call.callee}(…, {call.text})"
        for call in calls
        if call.dynamic
        and call.kind != "marker"
        and not _proven_by_content_walk(call)
        and (call.file, call.text) not in MARKED
    ]
    assert not unlisted, (
        "lupdate can't see these texts. Mark the strings they hold with QT_TRANSLATE_NOOP in "
        "the same context and add the call to MARKED in this file, or pass a literal:\n"
        + "\n".join(unlisted)
    )
    listed = {(call.file, call.text) for call in calls if call.dynamic}
    stale = [key for key in MARKED if key not in listed]
    assert not stale, f"MARKED lists calls that are gone: {stale}"


@pytest.mark.parametrize("key", sorted(MARKED), ids=lambda key: f"{key[0]}:{key[1]}")
def test_listed_variable_texts_hold_marked_strings(
    key: tuple[str, str], calls: list[Call], fresh_catalogue: Messages
) -> None:
    marked = MARKED[key]
    if marked.values is None:
        return
    contexts = {call.context for call in calls if (call.file, call.text) == key}
    assert len(contexts) == 1, f"{key}: one known context expected, found {contexts}"
    (context,) = contexts
    assert context is not None
    missing = [v for v in marked.values() if (context, v, "") not in fresh_catalogue]
    assert not missing, f"{key}: not marked in {context}: {missing}"


class _Recorder:
    """A Translate that remembers every message asked for, and answers in English."""

    def __init__(self) -> None:
        self.asked: list[Key] = []

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.append((context, source, disambiguation or ""))
        return source


def _localizable(value: Any) -> Iterator[Any]:
    if isinstance(value, tuple | list):
        for item in value:
            yield from _localizable(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _localizable(item)
    elif callable(getattr(value, "localized", None)) and not isinstance(value, type):
        yield value


def _content_modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(wrapdesk.content.__path__, "wrapdesk.content."):
        yield importlib.import_module(info.name)
    yield importlib.import_module("wrapdesk.services.cycle_notes")


def test_every_content_string_is_in_the_catalogue(fresh_catalogue: Messages) -> None:
    recorder = _Recorder()
    seen: set[int] = set()
    for module in _content_modules():
        for value in vars(module).values():
            for item in _localizable(value):
                if id(item) not in seen:
                    seen.add(id(item))
                    item.localized(recorder)
    contexts = {context for context, _source, _dis in recorder.asked}
    assert {"Sections", "Cycle", "Glossary", "Helplines", "Vocabulary"} <= contexts
    missing = sorted({key for key in recorder.asked if key not in fresh_catalogue})
    assert not missing, f"content strings not in the catalogue: {missing[:20]}"


# ---------------------------------------------------------------------------- the reading itself

_SAMPLE = """
from PySide6.QtCore import QCoreApplication
from wrapdesk.content.localizing import tr as helper
from wrapdesk.ui.cards import TRANSLATE

_CONTEXT = "Demo"
LABELS = {"a": QT_TRANSLATE_NOOP("Demo", "Marked")}


class Page(QWidget):
    def build(self, other, label, n):
        tr = self.tr
        t = translate
        self.tr("Plain")
        self.tr("%n page(s)", "", n)
        self.tr("Short", "short")
        tr("Aliased")
        other.tr("Elsewhere")
        f"<p>{self.tr('Inside')}</p>"
        self.tr(f"Made {label}")
        self.tr(label)
        t("Demo", "Via t")
        TRANSLATE("Demo", "Not read")
        TRANSLATE("Demo", LABELS["a"])
        QCoreApplication.translate("Demo", "Qt's")
        translate(_CONTEXT, "Constant context")
        helper(translate, _CONTEXT, self.title)
"""


def test_the_reading_knows_each_pattern(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(_SAMPLE, encoding="utf-8")
    found = {call.source or call.text: call for call in scan(tmp_path, ["sample.py"])}

    assert found["Plain"].asks_for == found["Plain"].extracted_as == ("Page", "Plain", "")
    assert found["%n page(s)"].numerus
    assert found["Short"].asks_for == ("Page", "Short", "short")
    assert found["Marked"].kind == "marker"
    assert found["Qt's"].extracted_as == ("Demo", "Qt's", "")
    for fine in ("Plain", "%n page(s)", "Short", "Marked", "Qt's", "label", "LABELS['a']"):
        assert found[fine].problem is None, fine
    assert found["label"].dynamic
    assert found["self.title"].kind == "runtime"

    assert found["Aliased"].extracted_as == ("", "Aliased", "")
    assert found["Aliased"].asks_for == ("Page", "Aliased", "")
    assert found["Elsewhere"].extracted_as == ("other", "Elsewhere", "")
    assert found["Elsewhere"].asks_for is None
    assert found["Inside"].extracted_as is None
    assert found["Via t"].extracted_as is None
    assert found["Not read"].extracted_as is None
    assert found["Constant context"].asks_for == ("Demo", "Constant context", "")
    assert found["Constant context"].extracted_as is None
    assert not found["f'Made {label}'"].dynamic
    assert found["f'Made {label}'"].extracted_as == (
        "Page",
        "Made {label}",
        "",
    )  # but asks "Made X"
    for wrong in (
        "Aliased",
        "Elsewhere",
        "Inside",
        "f'Made {label}'",
        "Via t",
        "Not read",
        "Constant context",
    ):
        assert found[wrong].problem, wrong


def test_the_reading_of_the_sample_matches_lupdate(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(_SAMPLE, encoding="utf-8")
    TOOL.run(
        [
            TOOL.qt_tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            str(tmp_path / "sample.py"),
            "-ts",
            str(tmp_path / "sample.ts"),
        ]
    )
    extracted = TOOL.read_messages(tmp_path / "sample.ts")
    modelled = {c.extracted_as for c in scan(tmp_path, ["sample.py"]) if c.extracted_as}
    assert modelled == extracted.keys()
