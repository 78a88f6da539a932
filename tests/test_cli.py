"""The ``wrapdesk`` command: plain sentences, documented exit codes, never a traceback."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk import __version__, cli
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.vault import RecoveryKey, Vault


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def plan_path(vault_path: Path) -> Path:
    plan, _ = PlanFile.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    plan.close()
    return vault_path


def test_new_prints_only_the_recovery_key_on_stdout(vault_path: Path) -> None:
    code, out, err = run("new", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_OK
    key = RecoveryKey.parse(out.strip())
    assert out.count("\n") == 1
    assert "recovery key" in err and "safe" in err
    vault, _ = Vault.open(vault_path, key)
    vault.close()
    vault, _ = Vault.open(vault_path, PASSPHRASE)
    vault.close()


def test_new_refuses_a_short_passphrase_and_writes_nothing(vault_path: Path) -> None:
    code, out, err = run("new", str(vault_path), "--passphrase-stdin", stdin="short\n")
    assert code == cli.EXIT_USAGE
    assert "at least 8 characters" in err
    assert not vault_path.exists() and out == ""


def test_new_refuses_to_overwrite(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    code, _, err = run("new", str(plan_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_ERROR
    assert "already a file" in err
    assert plan_path.read_bytes() == before


def test_verify_without_and_with_keys(plan_path: Path) -> None:
    code, out, _ = run("verify", str(plan_path))
    assert code == 0 and "checksum matches" in out and "--passphrase-stdin" in out
    code, out, _ = run("verify", str(plan_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "contents are sound" in out


def test_change_passphrase(plan_path: Path) -> None:
    code, _, err = run(
        "change-passphrase",
        str(plan_path),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\na new passphrase here\n",
    )
    assert code == 0 and "changed" in err
    code, _, _ = run("verify", str(plan_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == cli.EXIT_WRONG_KEY
    code, _, _ = run(
        "verify", str(plan_path), "--passphrase-stdin", stdin="a new passphrase here\n"
    )
    assert code == 0


def test_change_passphrase_with_a_new_recovery_key(plan_path: Path) -> None:
    code, out, err = run(
        "change-passphrase",
        str(plan_path),
        "--passphrase-stdin",
        "--new-recovery-key",
        stdin=f"{PASSPHRASE}\na new passphrase here\n",
    )
    assert code == 0 and "new recovery key" in err
    new_key = out.strip()
    assert len(new_key.split("-")) == 8, "stdout carries only the key"
    code, _, _ = run("verify", str(plan_path), "--recovery-key-stdin", stdin=new_key + "\n")
    assert code == 0
    code, _, _ = run(
        "verify", str(plan_path), "--passphrase-stdin", stdin="a new passphrase here\n"
    )
    assert code == 0


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))


def alter(path: Path) -> None:
    data = bytearray(path.read_bytes()[:-32])
    data[-10] ^= 1
    path.write_bytes(bytes(data) + hashlib.sha256(bytes(data)).digest())


@pytest.mark.parametrize(
    ("setup", "stdin", "code", "words"),
    [
        (lambda p: p.write_text("just some notes"), PASSPHRASE, cli.EXIT_NOT_A_PLAN, "isn't a"),
        (damage, PASSPHRASE, cli.EXIT_DAMAGED, "damaged"),
        (lambda p: None, "wrong passphrase!", cli.EXIT_WRONG_KEY, "doesn't open"),
        (alter, PASSPHRASE, cli.EXIT_ALTERED, "changed by something other"),
    ],
    ids=["not-a-plan", "damaged", "wrong-passphrase", "altered"],
)
def test_each_problem_has_its_exit_code_and_sentence(
    plan_path: Path, setup: object, stdin: str, code: int, words: str
) -> None:
    assert callable(setup)
    setup(plan_path)
    got, out, err = run("verify", str(plan_path), "--passphrase-stdin", stdin=stdin + "\n")
    assert got == code
    assert words in err
    assert "Traceback" not in err and out == ""
    assert err.count("\n") == 1, "one plain sentence"


def test_mistyped_recovery_key_names_the_group(plan_path: Path) -> None:
    key = RecoveryKey.generate().formatted().split("-")
    key[2] = str((int(key[2]) + 1) % 1_000_000).zfill(6)
    code, _, err = run("verify", str(plan_path), "--recovery-key-stdin", stdin="-".join(key) + "\n")
    assert code == cli.EXIT_WRONG_KEY
    assert "Group 3" in err


def test_already_open_and_missing(plan_path: Path) -> None:
    holder = PlanFile.open(plan_path, PASSPHRASE)
    code, _, err = run(
        "change-passphrase",
        str(plan_path),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nanother one please\n",
    )
    holder.close()
    assert code == cli.EXIT_BUSY and "already open" in err
    code, _, err = run("verify", str(plan_path.with_name("nope.wrapdesk")))
    assert code == cli.EXIT_ERROR and "no plan file" in err


def test_usage_errors_exit_2(plan_path: Path) -> None:
    code, _, _ = run("verify")
    assert code == cli.EXIT_USAGE
    code, _, err = run("verify", str(plan_path), "--passphrase-stdin", stdin="")
    assert code == cli.EXIT_USAGE and "empty" in err


def test_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--help"]) == 0
    text = capsys.readouterr().out
    for line in ("3  not a WrapDesk plan file", "5  wrong passphrase", "7  the plan is open"):
        assert line in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"wrapdesk {__version__}"


@pytest.mark.slow
def test_real_process_new_then_verify_imports_no_qt_and_prints_no_traceback(
    tmp_path: Path,
) -> None:
    """As a person runs it: a separate process, the real KDF, and a damaged file after."""
    path = tmp_path / "plan.wrapdesk"
    probe = (
        "import sys, runpy; sys.argv = ['wrapdesk'] + sys.argv[1:]\n"
        "try:\n    runpy.run_module('wrapdesk', run_name='__main__')\n"
        "finally:\n"
        "    print('QT-LOADED' if 'PySide6' in sys.modules else 'NO-QT', file=sys.stderr)\n"
    )
    env = dict(os.environ, LANG="C.UTF-8")
    made = subprocess.run(
        [sys.executable, "-c", probe, "new", str(path), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert "NO-QT" in made.stderr
    RecoveryKey.parse(made.stdout)
    damage(path)
    checked = subprocess.run(
        [sys.executable, "-c", probe, "verify", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert checked.returncode == cli.EXIT_DAMAGED
    assert "Traceback" not in checked.stderr and "damaged" in checked.stderr


def test_show_demo_as_text_and_as_the_plan_document() -> None:
    code, out, _ = run("show", "--demo")
    assert code == 0
    assert out.startswith("Alex Morgan")
    assert "Wellness toolbox" in out and "Please do not involve" in out
    code, out, _ = run("show", "--demo", "--json")
    assert code == 0
    from wrapdesk.document import loads

    document = loads(out.strip().encode())
    assert document.owner.name == "Alex Morgan" and len(document.sections) >= 15


def test_show_a_plan_file(plan_path: Path) -> None:
    code, out, _ = run("show", str(plan_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "the plan as it is now" in out
    code, _, err = run("show")
    assert code == cli.EXIT_USAGE and "--demo" in err
