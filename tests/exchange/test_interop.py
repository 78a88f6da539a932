"""WrapDesk and the standard ``age`` tool (Debian's age 1.1) open each other's files.

The passphrase is typed into ``age`` through a pseudo-terminal, as a supporter would type
it: age reads passphrases from the terminal, never from a pipe.
"""

from __future__ import annotations

import io
import os
import pty
import select
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wrapdesk.document import dumps, loads
from wrapdesk.exchange import parse_identities
from wrapdesk.exchange.share import package_bytes
from wrapdesk.i18n import untranslated
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.sharing import (
    export_for,
    open_shared,
    open_with_my_key,
    supporter_key,
)
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase

AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"


def run_in_terminal(argv: list[str], answers: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run ``argv`` on a new pseudo-terminal, typing one answer at each passphrase prompt.

    The child gets a session of its own, so age can only read from the pseudo-terminal,
    never from the terminal that runs the tests.
    """
    main, child = pty.openpty()
    proc = subprocess.Popen(
        argv, stdin=child, stdout=child, stderr=child, start_new_session=True, close_fds=True
    )
    os.close(child)
    seen = b""
    typed = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{argv[0]} did not finish: {seen!r}")
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(main, 4096)
                except OSError:  # EIO: the child has gone and closed the terminal
                    chunk = b""
                if not chunk:
                    break
                seen += chunk
                if typed < len(answers) and seen.lower().count(b"passphrase") > typed:
                    os.write(main, answers[typed].encode() + b"\n")
                    typed += 1
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=timeout), seen.decode("utf-8", "replace")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(main)


@pytest.fixture
def plan() -> Iterator[tuple[PlanEditor, Versions]]:
    db = PlanDatabase.new()
    editor = PlanEditor(db)
    editor.update_owner(name="Alex Example", preferred_name="Alex")
    sam = editor.add_person("Sam", relationship="sister")
    editor.add_entry("crisis.when-well", "item", "I make tea for everyone", suggested_by=sam)
    editor.add_entry("crisis.take-over-signs", "item", "I stop answering the phone")
    yield editor, Versions(editor)
    editor.close()
    db.close()


def unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_age_tools_are_installed() -> None:
    version = subprocess.run([AGE, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip().startswith(("v1.", "1."))


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_export_to_a_key_decrypts_with_age_and_an_age_keygen_key(
    armor: bool, plan: tuple[PlanEditor, Versions], tmp_path: Path
) -> None:
    editor, versions = plan
    key = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], capture_output=True, check=True)
    recipient = parse_identities(key.read_text()).recipients[0]
    result = export_for(
        editor,
        versions,
        person_id=None,
        sections=["crisis-plan"],
        method="age-key",
        recipient=f"Public key: {recipient}\n",
        armor=armor,
    )
    shared = tmp_path / "shared.age"
    shared.write_bytes(result.data)
    out = tmp_path / "plan.zip"
    subprocess.run(
        [AGE, "-d", "-i", str(key), "-o", str(out), str(shared)], capture_output=True, check=True
    )
    members = unzip(out)
    assert sorted(members) == ["README.txt", "plan.json", "plan.pdf"]
    document = loads(members["plan.json"])
    assert document.version is not None and document.version.number == result.version_number
    assert "I make tea for everyone" in members["plan.json"].decode()
    assert members["plan.pdf"].startswith(b"%PDF-")
    assert "age -d -i key.txt -o plan.zip" in members["README.txt"].decode()


def test_passphrase_export_decrypts_with_age_typing_the_words(
    plan: tuple[PlanEditor, Versions], tmp_path: Path
) -> None:
    editor, versions = plan
    result = export_for(
        editor, versions, person_id=None, sections=["crisis-plan"], method="passphrase"
    )
    assert result.passphrase is not None
    shared = tmp_path / "shared.age"
    shared.write_bytes(result.data)
    out = tmp_path / "plan.zip"
    code, screen = run_in_terminal([AGE, "-d", "-o", str(out), str(shared)], [result.passphrase])
    assert code == 0, screen
    assert "Enter passphrase" in screen
    members = unzip(out)
    document = loads(members["plan.json"])
    assert document.version is not None and document.version.number == result.version_number
    assert [s.key for s in document.sections] == ["crisis.when-well", "crisis.take-over-signs"]
    assert "age -d -o plan.zip" in members["README.txt"].decode()


def test_wrong_words_fail_in_age_too(plan: tuple[PlanEditor, Versions], tmp_path: Path) -> None:
    editor, versions = plan
    result = export_for(
        editor, versions, person_id=None, sections=["crisis-plan"], method="passphrase"
    )
    shared = tmp_path / "shared.age"
    shared.write_bytes(result.data)
    out = tmp_path / "plan.zip"
    code, screen = run_in_terminal([AGE, "-d", "-o", str(out), str(shared)], ["not the words"])
    assert code != 0 and "incorrect passphrase" in screen.lower()
    assert not out.exists() or out.stat().st_size == 0


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_file_age_encrypts_to_my_supporter_key_opens_in_wrapdesk(
    armor: bool, plan: tuple[PlanEditor, Versions], tmp_path: Path
) -> None:
    # The person's side: a package as WrapDesk makes it, but encrypted by the age tool.
    editor, _versions = plan
    document = editor.document(["crisis.when-well", "crisis.take-over-signs"])
    package = tmp_path / "plan.zip"
    package.write_bytes(package_bytes(document, b"%PDF-1.4\n%%EOF\n", "Hello from Alex\n"))
    # The supporter's side: their own plan makes their key and shows the public half.
    supporter_db = PlanDatabase.new()
    supporter = PlanEditor(supporter_db)
    try:
        shown = supporter_key(supporter).recipient
        shared = tmp_path / "shared.age"
        argv = [AGE, "-r", shown, "-o", str(shared), str(package)]
        subprocess.run(argv[:1] + (["-a"] if armor else []) + argv[1:], check=True)
        opened = open_with_my_key(supporter, shared.read_bytes(), translate=untranslated)
    finally:
        supporter.close()
        supporter_db.close()
    assert dumps(opened.document) == dumps(document)
    assert opened.readme == "Hello from Alex\n"
    assert opened.pdf.startswith(b"%PDF-") and len(opened.pdf) > 1000  # made afresh here


def test_file_age_encrypts_to_a_passphrase_opens_in_wrapdesk(
    plan: tuple[PlanEditor, Versions], tmp_path: Path
) -> None:
    editor, _versions = plan
    document = editor.document(["crisis.when-well"])
    package = tmp_path / "plan.zip"
    package.write_bytes(package_bytes(document, b"%PDF-1.4\n%%EOF\n", "Hello\n"))
    shared = tmp_path / "shared.age"
    words = "ample basin cobalt dwelling ember fjord"
    code, screen = run_in_terminal([AGE, "-p", "-o", str(shared), str(package)], [words, words])
    assert code == 0, screen
    opened = open_shared(shared.read_bytes(), words)
    assert dumps(opened.document) == dumps(document)
