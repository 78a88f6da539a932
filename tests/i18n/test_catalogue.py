"""The committed translations match the source: ``make translations`` has been run.

A string added to the code without running it fails here, and so does a .qm that no longer
matches its .ts. The rest proves the tool: same source, same bytes; a stale file is caught;
only finished translations are compiled; English gets exactly its plural forms.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.i18n.conftest import Messages
from tests.i18n.tool import ROOT, TOOL
from wrapdesk.i18n import english_plural


def _copy_committed(to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    for code in TOOL.LANGUAGES:
        shutil.copyfile(TOOL.ts_path(code), TOOL.ts_path(code, to))
        qm = TOOL.ts_path(code).with_suffix(".qm")
        shutil.copyfile(qm, to / qm.name)
    return to


def test_translations_are_up_to_date_with_the_source() -> None:
    done = subprocess.run(
        [sys.executable, "packaging/translations.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_every_file_is_there() -> None:
    for code in TOOL.LANGUAGES:
        assert TOOL.ts_path(code).is_file()
        assert TOOL.ts_path(code).with_suffix(".qm").is_file()


def test_the_same_source_gives_the_same_bytes(tmp_path: Path) -> None:
    first = _copy_committed(tmp_path / "first")
    TOOL.update(first)
    second = _copy_committed(tmp_path / "second")
    TOOL.update(second)
    TOOL.update(second)  # and again on its own output
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    _match, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert (mismatch, errors) == ([], [])


def test_a_new_string_or_a_stale_qm_is_caught(tmp_path: Path) -> None:
    folder = _copy_committed(tmp_path)
    assert TOOL.check(folder) == []

    welsh = TOOL.ts_path("cy", folder)
    text = welsh.read_text(encoding="utf-8")
    source = re.search(r"<source>([^<&]{1,60})</source>", text)
    assert source is not None
    welsh.write_text(
        text.replace(source[0], f"<source>{source[1]} (edited)</source>", 1), encoding="utf-8"
    )
    TOOL.lrelease(welsh, welsh.with_suffix(".qm"))  # the .qm follows its (wrong) .ts
    polish_qm = TOOL.ts_path("pl", folder).with_suffix(".qm")
    polish_qm.write_bytes(polish_qm.read_bytes() + b"\0")
    TOOL.ts_path("en", folder).with_suffix(".qm").unlink()

    problems = TOOL.check(folder)

    assert any(
        p.startswith("wrapdesk_cy.ts: not extracted yet") and repr(source[1]) in p for p in problems
    )
    assert any(
        p.startswith("wrapdesk_cy.ts: no longer in the source")
        and repr(f"{source[1]} (edited)") in p
        for p in problems
    )
    assert "wrapdesk_pl.qm: stale (not what wrapdesk_pl.ts compiles to)" in problems
    assert "wrapdesk_en.qm: missing" in problems
    assert not any(p.startswith("wrapdesk_cy.qm") for p in problems)


def test_english_has_exactly_its_plural_forms(committed: dict[str, Messages]) -> None:
    english = committed["en"].values()
    counted = [m for m in english if m.numerus]
    assert counted, "expected some counted messages (%n)"
    for message in counted:
        assert message.finished, message.source
        assert message.translations == (
            english_plural(message.source, 1),
            english_plural(message.source, 2),
        )
    for message in english:
        if not message.numerus:
            assert not message.finished, f"English {message.source!r} must fall back to source"
            assert message.translations == ("",)


def test_english_plural_forms_read_well(committed: dict[str, Messages]) -> None:
    forms = {m.source: m.translations for m in committed["en"].values() if m.numerus}
    assert forms["%n thing(s) written"] == ("%n thing written", "%n things written")
    assert forms["Found in %n place(s)."] == ("Found in %n place.", "Found in %n places.")


def test_only_finished_translations_are_compiled(tmp_path: Path) -> None:
    ts = tmp_path / "wrapdesk_cy.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">\n<context>\n'
        "    <name>Demo</name>\n"
        "    <message>\n        <source>Checked</source>\n"
        "        <translation>Wedi gwirio</translation>\n    </message>\n"
        "    <message>\n        <source>Not checked</source>\n"
        '        <translation type="unfinished">Heb ei wirio</translation>\n    </message>\n'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    TOOL.lrelease(ts, ts.with_suffix(".qm"))
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Demo", "Checked") == "Wedi gwirio"
    assert not translator.translate("Demo", "Not checked")


@pytest.mark.parametrize("code", ["cy", "pl"])
def test_translators_get_every_message(code: str, committed: dict[str, Messages]) -> None:
    assert committed[code].keys() == committed["en"].keys()
