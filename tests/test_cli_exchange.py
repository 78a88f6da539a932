"""``wrapdesk export`` and ``wrapdesk open-shared``: clean output, sentences, exit codes."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk import cli
from wrapdesk.exchange import AgeIdentity, new_identity
from wrapdesk.exchange.age_file import seal_to_recipient
from wrapdesk.services.editor import PlanEditor
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.services.sharing import supporter_key
from wrapdesk.services.versions import Versions
from wrapdesk.store import PlanDatabase

WORDS = re.compile(r"^[a-z-]+( [a-z-]+){5}\n$")


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def one_sentence(err: str) -> str:
    """stderr is one plain line: no traceback, no Python names."""
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err and "Error" not in err and "unexpected" not in err
    return err


@pytest.fixture(scope="module")
def key() -> AgeIdentity:
    return new_identity()


@pytest.fixture
def key_file(tmp_path: Path, key: AgeIdentity) -> Path:
    path = tmp_path / "key.txt"
    path.write_text(f"# public key: {key.recipients[0]}\n{key.secret_keys[0]}\n")
    return path


@pytest.fixture
def plan_path(vault_path: Path) -> Path:
    plan, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    editor = PlanEditor(plan.db)
    editor.update_owner(name="Alex Example", preferred_name="Alex")
    editor.add_person("Sam", relationship="sister")
    editor.add_entry("crisis.when-well", "item", "I make tea for everyone")
    editor.close()
    plan.save()
    plan.close()
    return vault_path


@pytest.fixture(scope="module")
def demo_for_key(tmp_path_factory: pytest.TempPathFactory, key: AgeIdentity) -> Path:
    """The demo's crisis plan exported to ``key`` (made once: most tests only read it)."""
    out = tmp_path_factory.mktemp("shared") / "demo.age"
    code, stdout, err = run(
        "export", "--demo", "--sections", "crisis-plan", "--to-recipient", key.recipients[0],
        "-o", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert stdout == ""
    return out


# ---------------------------------------------------------------------------- export


def test_export_to_a_passphrase_prints_only_the_words(tmp_path: Path) -> None:
    out = tmp_path / "for-sam.age"
    code, stdout, err = run(
        "export", "--demo", "--sections", "crisis-plan,advance-statements", "--to-passphrase",
        "--armor", "-o", str(out),
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert WORDS.match(stdout), stdout
    assert "different way from the file" in err and str(out) in err
    assert out.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert out.stat().st_mode & 0o077 == 0

    code, text, err = run("open-shared", str(out), "--passphrase-stdin", stdin=stdout)
    assert code == cli.EXIT_OK, err
    assert text.startswith("Alex") and "CRISIS PLAN" in text and "ADVANCE STATEMENTS" in text
    assert "YOUR WRAP" not in text


def test_export_from_a_plan_file_records_the_share_and_saves(
    plan_path: Path, tmp_path: Path, key: AgeIdentity, key_file: Path
) -> None:
    out = tmp_path / "for-sam.age"
    code, stdout, err = run(
        "export", str(plan_path), "--passphrase-stdin", "--sections", "crisis-plan",
        "--to-recipient", key.recipients[0], "-o", str(out),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert stdout == "" and "version 1" in err
    with PlanFile.open(plan_path, PASSPHRASE) as plan:
        editor = PlanEditor(plan.db)
        versions = Versions(editor)
        (holder,) = versions.holders()
        assert (holder.version_number, holder.sections, holder.method) == (
            1,
            ("crisis-plan",),
            "age-key",
        )
        editor.close()
    code, text, err = run("open-shared", str(out), "--identity", str(key_file))
    assert code == cli.EXIT_OK, err
    assert "I make tea for everyone" in text and "version 1" in text


def test_export_with_a_wrong_plan_passphrase_writes_nothing(
    plan_path: Path, tmp_path: Path, key: AgeIdentity
) -> None:
    before = plan_path.read_bytes()
    out = tmp_path / "for-sam.age"
    code, stdout, err = run(
        "export", str(plan_path), "--passphrase-stdin", "--sections", "crisis-plan",
        "--to-recipient", key.recipients[0], "-o", str(out), stdin="wrong\n",
    )  # fmt: skip
    assert code == cli.EXIT_WRONG_KEY
    one_sentence(err)
    assert stdout == "" and not out.exists() and plan_path.read_bytes() == before


@pytest.mark.parametrize(
    ("options", "code", "words"),
    [
        (["--sections", "crisis-plan,everything"], cli.EXIT_USAGE, "no part called everything"),
        (["--sections", ","], cli.EXIT_USAGE, "Choose at least one part"),
        (["--sections", "wrap", "--to-recipient", "age1nope"], cli.EXIT_USAGE, "copied exactly"),
        (["--sections", "wrap", "--to-recipient", "SECRET"], cli.EXIT_USAGE, "never be sent"),
    ],
)
def test_export_choices_that_cannot_be_made(
    options: list[str], code: int, words: str, tmp_path: Path, key: AgeIdentity
) -> None:
    options = [key.secret_keys[0] if o == "SECRET" else o for o in options]
    if "--to-recipient" not in options:
        options += ["--to-recipient", key.recipients[0]]
    out = tmp_path / "x.age"
    got, stdout, err = run("export", "--demo", *options, "-o", str(out))
    assert got == code
    assert words in one_sentence(err)
    assert stdout == "" and not out.exists()


def test_export_never_writes_over_a_plan_file(plan_path: Path, key: AgeIdentity) -> None:
    before = plan_path.read_bytes()
    for source in ([str(plan_path), "--passphrase-stdin"], ["--demo"]):
        code, _, err = run(
            "export", *source, "--sections", "wrap", "--to-recipient", key.recipients[0],
            "-o", str(plan_path), stdin=PASSPHRASE + "\n",
        )  # fmt: skip
        assert code == cli.EXIT_USAGE and "is a WrapDesk plan file" in err
    assert plan_path.read_bytes() == before


def test_export_needs_a_way_to_lock_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run("export", "--demo", "--sections", "wrap", "-o", str(tmp_path / "x.age"))
    assert code == cli.EXIT_USAGE and "--to-recipient" in capsys.readouterr().err


# ---------------------------------------------------------------------------- open-shared


def test_open_shared_as_json_and_as_pdf(demo_for_key: Path, key_file: Path, tmp_path: Path) -> None:
    code, stdout, err = run("open-shared", str(demo_for_key), "--identity", str(key_file), "--json")
    assert code == cli.EXIT_OK, err
    document = json.loads(stdout)
    assert document["schema"] == "wrapdesk.plan/1"
    assert all(key.startswith("crisis.") for key in document["included"])
    pdf = tmp_path / "plan.pdf"
    code, stdout, err = run(
        "open-shared", str(demo_for_key), "--identity", str(key_file), "--pdf", str(pdf)
    )
    assert code == cli.EXIT_OK, err
    assert stdout == "" and pdf.read_bytes().startswith(b"%PDF-") and str(pdf) in err


def test_open_shared_with_the_key_kept_in_my_own_plan(tmp_path: Path) -> None:
    mine = tmp_path / "mine.wrapdesk"
    plan, _ = PlanFile.create(mine, PASSPHRASE, kdf=CHEAP_KDF)
    editor = PlanEditor(plan.db)
    recipient = supporter_key(editor).recipient
    editor.close()
    plan.save()
    plan.close()
    shared = tmp_path / "shared.age"
    code, _, err = run(
        "export", "--demo", "--sections", "crisis-plan", "--to-recipient", recipient,
        "-o", str(shared),
    )  # fmt: skip
    assert code == 0, err
    code, text, err = run(
        "open-shared", str(shared), "--identity", str(mine), "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert "CRISIS PLAN" in text


def test_open_shared_asks_for_a_key_when_the_file_needs_one(demo_for_key: Path) -> None:
    code, stdout, err = run("open-shared", str(demo_for_key))
    assert code == cli.EXIT_USAGE and "--identity" in err and stdout == ""


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("kind", "code", "words"),
    [
        ("not-age", cli.EXIT_NOT_A_PLAN, "isn't a plan shared from WrapDesk"),
        ("not-a-package", cli.EXIT_NOT_A_PLAN, "doesn't hold a plan shared"),
        ("truncated", cli.EXIT_DAMAGED, "damaged"),
        ("altered", cli.EXIT_DAMAGED, "damaged"),
        ("wrong-key", cli.EXIT_WRONG_KEY, "different supporter key"),
        ("path-escape", cli.EXIT_ALTERED, "could be unsafe"),
        ("bad-document", cli.EXIT_ALTERED, "isn't one WrapDesk can read"),
        ("newer-schema", cli.EXIT_NOT_A_PLAN, "newer version of WrapDesk"),
    ],
)
def test_hostile_files_get_a_sentence_an_exit_code_and_write_nothing(
    kind: str,
    code: int,
    words: str,
    *,
    demo_for_key: Path,
    key: AgeIdentity,
    key_file: Path,
    tmp_path: Path,
) -> None:
    good = demo_for_key.read_bytes()
    recipient = key.recipients[0]
    pdf = b"%PDF-1.4\n%%EOF\n"
    data = {
        "not-age": lambda: b"%PDF-1.7 not an age file",
        "not-a-package": lambda: seal_to_recipient(b"a shopping list", recipient),
        "truncated": lambda: good[: len(good) - 100],
        "altered": lambda: good[:-20] + bytes([good[-20] ^ 1]) + good[-19:],
        "wrong-key": lambda: seal_to_recipient(b"x", new_identity().recipients[0]),
        "path-escape": lambda: seal_to_recipient(
            _zip({"README.txt": b"hi", "plan.json": b"{}", "../../.bashrc": b"rm -rf ~"}),
            recipient,
        ),
        "bad-document": lambda: seal_to_recipient(
            _zip(
                {
                    "README.txt": b"hi",
                    "plan.json": b'{"schema": "wrapdesk.plan/1"}',
                    "plan.pdf": pdf,
                }
            ),
            recipient,
        ),
        "newer-schema": lambda: seal_to_recipient(
            _zip(
                {
                    "README.txt": b"hi",
                    "plan.json": b'{"schema": "wrapdesk.plan/9"}',
                    "plan.pdf": pdf,
                }
            ),
            recipient,
        ),
    }[kind]()
    hostile = tmp_path / "hostile.age"
    hostile.write_bytes(data)
    out_pdf = tmp_path / "out" / "plan.pdf"
    out_pdf.parent.mkdir()
    got, stdout, err = run(
        "open-shared", str(hostile), "--identity", str(key_file), "--pdf", str(out_pdf)
    )
    assert got == code, err
    assert words in one_sentence(err)
    assert stdout == "" and list(out_pdf.parent.iterdir()) == []


def test_a_wrong_passphrase_on_a_key_file(demo_for_key: Path) -> None:
    code, stdout, err = run("open-shared", str(demo_for_key), "--passphrase-stdin", stdin="a b\n")
    assert stdout == ""
    assert code == cli.EXIT_WRONG_KEY and "locked to a supporter key" in one_sentence(err)


def test_a_public_key_given_as_identity(
    demo_for_key: Path, key: AgeIdentity, tmp_path: Path
) -> None:
    public = tmp_path / "public.txt"
    public.write_text(key.recipients[0] + "\n")
    code, _, err = run("open-shared", str(demo_for_key), "--identity", str(public))
    assert code == cli.EXIT_WRONG_KEY and "That is a public key" in one_sentence(err)


def test_a_supporter_plan_without_a_key_yet(demo_for_key: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.wrapdesk"
    plan, _ = PlanFile.create(mine, PASSPHRASE, kdf=CHEAP_KDF, db=PlanDatabase.new())
    plan.close()
    code, _, err = run(
        "open-shared", str(demo_for_key), "--identity", str(mine), "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == cli.EXIT_WRONG_KEY and "hasn't made one yet" in one_sentence(err)


def test_help_lists_the_sharing_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run("--help")
    shown = capsys.readouterr().out
    assert code == 0 and "export" in shown and "open-shared" in shown


ESCAPES = "\x1b]0;HACKED\x07\x1b[2J\x9b31m\u202eenil-eht-\u202c"


def test_escape_sequences_in_a_shared_file_never_reach_the_terminal(
    demo_for_key: Path, key: AgeIdentity, key_file: Path, tmp_path: Path
) -> None:
    """Anyone who knows a supporter's public key can make a file for them."""
    from wrapdesk.exchange import package

    code, stdout, err = run("open-shared", str(demo_for_key), "--identity", str(key_file), "--json")
    assert code == cli.EXIT_OK, err
    document = json.loads(stdout)
    document["owner"]["name"] = "Alex " + ESCAPES
    pdf = tmp_path / "plan.pdf"
    run("open-shared", str(demo_for_key), "--identity", str(key_file), "--pdf", str(pdf))
    zipped = package.pack(
        package.Package(
            plan_json=json.dumps(document).encode(), pdf=pdf.read_bytes(), readme="hello"
        ),
        (2026, 11, 27, 12, 0, 0),
    )
    hostile = tmp_path / "hostile.age"
    hostile.write_bytes(seal_to_recipient(zipped, key.recipients[0]))

    code, stdout, err = run("open-shared", str(hostile), "--identity", str(key_file))
    assert code == cli.EXIT_OK, err
    assert "Alex" in stdout
    controls = [c for c in stdout + err if c in ESCAPES and not c.isalnum() and c not in "-;[]"]
    assert controls == []
    code, stdout, err = run("open-shared", str(hostile), "--identity", str(key_file), "--json")
    assert code == cli.EXIT_OK, err
    assert stdout.isascii() and "\x1b" not in stdout
    assert json.loads(stdout)["owner"]["name"] == "Alex " + ESCAPES  # exact, once parsed
