"""The repository's packaging files, as the packaging tests see them."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.wrapdesk.WrapDesk"
MIME_TYPE = "application/x-wrapdesk"
# The bundle's size goal (issue 9), in MiB as `du -sh` counts it.
BUNDLE_BUDGET_BYTES = 150 * 1024 * 1024


def load_script(relative: str) -> ModuleType:
    """Import one of packaging/'s scripts by path (packaging/ is not a Python package)."""
    path = ROOT / relative
    name = "packaging_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def source_version() -> str:
    """``__version__`` as written in src/wrapdesk/__init__.py."""
    text = (ROOT / "src" / "wrapdesk" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    assert found is not None
    return found[1]


def changelog_releases() -> list[tuple[str, str]]:
    """(version, date) of each release in CHANGELOG.md, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    return re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
