"""The code's own rules hold: layers (import-linter), lint and format (ruff), types (mypy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.quality


def tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / name), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_layer_contracts_hold() -> None:
    result = tool("lint-imports", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_lint_and_format() -> None:
    lint = tool("ruff", "check", "src", "tests", "benchmarks", "docs", "packaging")
    assert lint.returncode == 0, lint.stdout
    fmt = tool("ruff", "format", "--check", "src", "tests", "benchmarks", "docs", "packaging")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict() -> None:
    result = tool("mypy")
    assert result.returncode == 0, result.stdout
