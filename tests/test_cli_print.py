"""``wrapdesk print``: a PDF where the person asked for it, plain sentences, stable exit codes."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk import cli
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.store import PlanDatabase
from wrapdesk.vault import RecoveryKey

MARKER = "Zebra-striped umbrella on Thursdays"
"""An entry no printout of anything else could contain."""


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def text_of(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.decode("utf-8").split())


def pages_of(path: Path) -> int:
    return len(PdfReader(path).pages)


def make_plan(path: Path, crisis_signs: int = 2) -> RecoveryKey:
    """A plan file with a person to call first, a few crisis signs, and the marker entry."""
    db = PlanDatabase.new()
    editor = PlanEditor(db)
    editor.update_owner(name="Morgan Ŵyn", preferred_name="Morgan")
    editor.add_person("Sam Łęcka", relationship="Sister", phone="07700 900417",
                      roles=["first-contact"])  # fmt: skip
    editor.add_entry("wellness-toolbox", "item", MARKER)
    for number in range(crisis_signs):
        editor.add_entry("crisis.take-over-signs", "item", f"Sign number {number} to watch for")
    editor.add_item("refusals", treatment="Depot injections")
    editor.close()
    plan, key = PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF, db=db)
    plan.close()
    return key


@pytest.fixture
def plan_path(vault_path: Path) -> Path:
    make_plan(vault_path)
    return vault_path


def test_the_demo_crisis_plan_prints_on_two_pages(tmp_path: Path) -> None:
    out = tmp_path / "crisis.pdf"
    code, stdout, stderr = run("print", "crisis-plan", "--demo", "-o", str(out))
    assert code == cli.EXIT_OK, stderr
    assert stdout == ""
    assert f"Your printout is saved in {out}." in stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert pages_of(out) == 2
    assert "Who to call first" in text_of(out)
    assert out.stat().st_mode & 0o777 == 0o600, "a printout is readable by its owner only"


@pytest.mark.parametrize(
    "kind", ["wrap", "advance-statement", "adrt", "scottish-statement", "wallet-card"]
)
def test_each_kind_prints_from_a_plan_file(plan_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, _, stderr = run(
        "print", kind, str(plan_path), "--passphrase-stdin", "-o", str(out),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK, stderr
    assert "Morgan Ŵyn" in text_of(out)


def test_a_wrong_passphrase_writes_nothing(plan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "crisis.pdf"
    code, _, stderr = run(
        "print", "crisis-plan", str(plan_path), "--passphrase-stdin", "-o", str(out),
        stdin="not the passphrase\n",
    )  # fmt: skip
    assert code == cli.EXIT_WRONG_KEY
    assert stderr.count("\n") == 1 and "passphrase doesn't open this plan" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()


def test_a_crisis_plan_too_long_says_so_and_saves_nothing(vault_path: Path, tmp_path: Path) -> None:
    make_plan(vault_path, crisis_signs=150)
    out = tmp_path / "crisis.pdf"
    argv = ("print", "crisis-plan", str(vault_path), "--passphrase-stdin", "-o", str(out))
    code, _, stderr = run(*argv, stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_ERROR
    pages = int(stderr.split("needs ")[1].split(" pages")[0])
    assert pages > 2
    assert "Nothing was saved. Add --long" in stderr and stderr.count("\n") == 1
    assert not out.exists()

    code, _, stderr = run(*argv, "--long", stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_OK, stderr
    assert pages_of(out) == pages
    assert "Sign number 149 to watch for" in text_of(out)


def test_large_type_and_letter_paper(plan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "crisis.pdf"
    code, _, stderr = run(
        "print", "crisis-plan", str(plan_path), "--passphrase-stdin", "-o", str(out),
        "--paper", "Letter", "--large", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK, stderr
    box = PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_the_adrt_check_speaks_before_the_pdf_is_written(plan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "adrt.pdf"
    code, _, stderr = run(
        "print", "adrt", str(plan_path), "--passphrase-stdin", "-o", str(out),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK
    lines = stderr.splitlines()
    assert lines[0] == "Before you sign your advance decision, it needs these things:"
    assert any("date of birth" in line for line in lines)
    assert any("“Depot injections” doesn't say when it applies" in line for line in lines)
    assert lines[-1].startswith("Your printout is saved in")
    assert out.exists()


def test_the_recovery_sheet_has_the_key_and_the_path_and_nothing_of_the_plan(
    vault_path: Path, tmp_path: Path
) -> None:
    key = make_plan(vault_path)
    out = tmp_path / "recovery.pdf"
    code, stdout, stderr = run(
        "print", "recovery-sheet", str(vault_path), "--recovery-key-stdin", "-o", str(out),
        stdin=key.formatted() + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK, stderr
    assert stdout == ""
    text = text_of(out)
    assert all(group in text for group in key.groups)
    assert str(vault_path.absolute()) in text.replace(" ", "")  # long paths break at a "/"
    for plan_words in (MARKER, "Morgan", "Sam", "Łęcka", "07700", "Depot", "Sign number"):
        assert plan_words not in text
    assert PdfReader(out).metadata.author == "WrapDesk"  # type: ignore[union-attr]


def test_the_recovery_sheet_needs_the_right_key(vault_path: Path, tmp_path: Path) -> None:
    make_plan(vault_path)
    out = tmp_path / "recovery.pdf"
    argv = ("print", "recovery-sheet", str(vault_path), "--recovery-key-stdin", "-o", str(out))
    code, _, stderr = run(*argv, stdin=RecoveryKey.generate().formatted() + "\n")
    assert code == cli.EXIT_WRONG_KEY
    assert "recovery key doesn't open this plan" in stderr
    code, _, stderr = run(*argv, stdin="123456-000000\n")
    assert code == cli.EXIT_WRONG_KEY
    assert "48 digits" in stderr
    assert not out.exists()


def test_the_recovery_sheet_is_for_a_plan_file_not_the_demo(tmp_path: Path) -> None:
    code, _, stderr = run(
        "print", "recovery-sheet", "--demo", "--recovery-key-stdin", "-o", str(tmp_path / "r.pdf")
    )
    assert code == cli.EXIT_USAGE
    assert "Name the plan file" in stderr


def test_a_pdf_is_never_written_over_a_plan_file(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    code, _, stderr = run(
        "print", "wrap", str(plan_path), "--passphrase-stdin", "-o", str(plan_path),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_USAGE
    assert "is a WrapDesk plan file" in stderr
    assert plan_path.read_bytes() == before


def test_an_unknown_kind_is_a_usage_error(tmp_path: Path) -> None:
    code, _, _ = run("print", "poster", "--demo", "-o", str(tmp_path / "p.pdf"))
    assert code == cli.EXIT_USAGE


def test_printing_leaves_no_file_but_the_one_asked_for(plan_path: Path, tmp_path: Path) -> None:
    temp = Path(tempfile.gettempdir())
    before_temp = set(temp.iterdir())
    before_here = set(tmp_path.rglob("*"))
    out = tmp_path / "crisis.pdf"
    code, _, _ = run(
        "print", "crisis-plan", str(plan_path), "--passphrase-stdin", "-o", str(out),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK
    assert set(tmp_path.rglob("*")) - before_here == {out}
    assert set(temp.iterdir()) - before_temp == set()
