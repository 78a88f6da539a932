"""Every error WrapDesk raises on purpose has its own plain sentence, never the fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from wrapdesk.exchange import errors as exchange_errors
from wrapdesk.services.messages import describe
from wrapdesk.store import errors as store_errors
from wrapdesk.vault import errors as vault_errors

FALLBACK = describe(RuntimeError("not one of ours"))
PATH = Path("/home/alex/plans/my plan.wrapdesk")


SPECIAL: dict[type[BaseException], BaseException] = {
    vault_errors.ChangedOnDisk: vault_errors.ChangedOnDisk(PATH, PATH.with_name("copy.wrapdesk")),
    vault_errors.SaveFailed: vault_errors.SaveFailed(PATH, vault_errors.SaveFailed.REASON_IO),
    vault_errors.RecoveryKeyMistyped: vault_errors.RecoveryKeyMistyped((2,), 48),
    vault_errors.NewerFormat: vault_errors.NewerFormat(2, 0),
    store_errors.SchemaTooNew: store_errors.SchemaTooNew(9, 2),
    exchange_errors.WrongShareKey: exchange_errors.WrongShareKey("passphrase", "age-key"),
    exchange_errors.ShareTooCostly: exchange_errors.ShareTooCostly(40, 22),
}


def instance(cls: type[BaseException]) -> BaseException:
    """One of ``cls``, with whatever its constructor needs."""
    if cls in SPECIAL:
        return SPECIAL[cls]
    for args in ((), (PATH,), ("words",)):
        try:
            return cls(*args)
        except TypeError:
            continue
    raise AssertionError(f"cannot make a {cls.__name__} for the test")


def every_error(module: object, base: type[BaseException]) -> list[type[BaseException]]:
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, base) and value is not base
    ]


ERRORS = (
    every_error(vault_errors, vault_errors.VaultError)
    + every_error(store_errors, store_errors.StoreError)
    + every_error(exchange_errors, exchange_errors.ShareError)
)


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_each_error_has_a_sentence_of_its_own(cls: type[BaseException]) -> None:
    text = describe(instance(cls))
    assert text and text != FALLBACK, f"{cls.__name__} falls back to the generic sentence"
    assert "Error" not in text and "Traceback" not in text
