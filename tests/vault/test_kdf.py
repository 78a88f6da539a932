"""The real Argon2id calibration: never below the floor, stored with the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.vault import FLOOR, kdf, read_envelope


@pytest.mark.real_kdf
@pytest.mark.slow
def test_a_new_plan_uses_the_calibrated_setting_never_below_the_floor(vault_path: Path) -> None:
    plan, _ = PlanFile.create(vault_path, PASSPHRASE)  # no kdf given: calibrates here
    plan.close()
    slot = read_envelope(vault_path).header.slot("passphrase")
    assert slot is not None and slot.argon2 is not None
    params = slot.argon2
    assert params.memory_kib >= FLOOR.memory_kib
    assert params.iterations >= FLOOR.iterations
    assert params.lanes == FLOOR.lanes
    seconds = kdf.time_params(params)
    print(f"\ncalibrated: {params}, one derivation takes {seconds:.2f} s here")
    reopened = PlanFile.open(vault_path, PASSPHRASE)
    reopened.close()


def test_hostile_settings_are_outside_the_limits() -> None:
    assert FLOOR.within_limits()
    assert not kdf.Argon2Params(2**40, 3, 4).within_limits()
    assert not kdf.Argon2Params(65536, 10_000, 4).within_limits()
    assert not kdf.Argon2Params(65536, 3, 0).within_limits()
