"""Every future WrapDesk must open the format 1.0 golden vault committed here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wrapdesk.services.plan_file import PlanFile
from wrapdesk.vault import FLOOR, RecoveryKey, Vault, read_envelope

GOLDEN = Path(__file__).parents[1] / "golden"
PASSPHRASE = "golden vault one point oh"  # the golden file's passphrase, by design public


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    """A copy, so opening (which may migrate and save) never touches the committed file."""
    target = tmp_path / "golden.wrapdesk"
    shutil.copyfile(GOLDEN / "vault-1.0.wrapdesk", target)
    return target


def test_golden_header_is_format_1_0(golden_copy: Path) -> None:
    envelope = read_envelope(golden_copy)
    assert (envelope.major, envelope.minor) == (1, 0)
    slot = envelope.header.slot("passphrase")
    assert slot is not None and slot.argon2 == FLOOR
    assert envelope.header.slot("recovery") is not None


def test_golden_opens_with_its_passphrase_and_recovery_key(golden_copy: Path) -> None:
    vault, _ = Vault.open(golden_copy, PASSPHRASE)
    vault.close()
    key = RecoveryKey.parse((GOLDEN / "vault-1.0.recovery-key.txt").read_text())
    vault, _ = Vault.open(golden_copy, key)
    vault.close()


def test_golden_plan_migrates_and_keeps_its_words(golden_copy: Path) -> None:
    with PlanFile.open(golden_copy, PASSPHRASE) as plan:
        assert plan.db.get_meta("golden") == "Format 1.0 golden vault: ŵ ŷ ł ą ę — keep for ever"
        assert not plan.db.needs_migration
