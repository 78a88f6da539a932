"""Shared test set-up: no screen, no network, no real data folders, a cheap KDF."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

# Must happen before anything imports Qt: without a display pytest would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

from pathlib import Path

import pytest

from tests.helpers import CHEAP_KDF


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that drives Qt widgets is marked ``gui`` (qutebrowser's habit)."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _no_automatic_garbage_collection() -> Iterator[None]:
    """As in the app (``ui.gc_guard``): Python never collects garbage on its own.

    An automatic collection can start inside any allocation, including one Qt makes while
    it destroys a widget and holds its own lock; destroying another widget then waits for
    that lock for ever. Garbage is collected between tests instead (below), and by the
    window's collector in UI tests, never in the middle of Qt's work.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            break


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every data, config, cache and temp folder at a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))


@pytest.fixture(autouse=True)
def _cheap_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """New plans use the cheap KDF, except in tests marked ``real_kdf``."""
    if request.node.get_closest_marker("real_kdf"):
        return
    from wrapdesk.vault import kdf

    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=1.0: CHEAP_KDF)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's plan file goes (not yet created)."""
    return tmp_path / "plans" / "my-plan.wrapdesk"
