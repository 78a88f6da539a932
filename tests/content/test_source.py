"""The source of the content package: marked strings, contexts and imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.content.content_views import ALLOWED_CONTEXTS, CONTENT_DIR, Marked

STDLIB_ALLOWED = {
    "__future__",
    "collections.abc",
    "dataclasses",
    "datetime",
    "html",
    "re",
    "typing",
}


def test_every_call_uses_literal_text_and_an_allowed_context(marked: tuple[Marked, ...]) -> None:
    assert len(marked) > 300
    for call in marked:
        where = f"{call.path.name}:{call.line}"
        assert call.context in ALLOWED_CONTEXTS, where
        assert isinstance(call.source, str), f"{where}: the text must be a string literal"
        assert call.source.strip() == call.source and call.source, where
        assert call.disambiguation in (None, "short"), where


def test_each_module_marks_strings_in_one_context(marked: tuple[Marked, ...]) -> None:
    contexts: dict[str, set[object]] = {}
    for call in marked:
        contexts.setdefault(call.path.name, set()).add(call.context)
    for module, found in contexts.items():
        assert len(found) == 1, f"{module} uses {found}"


def test_no_message_is_marked_twice(marked: tuple[Marked, ...]) -> None:
    # lupdate merges identical messages; share a constant instead of repeating the text.
    repeated = [msg for msg, count in Counter(c.message for c in marked).items() if count > 1]
    assert repeated == []


def test_short_titles_are_marked_as_short() -> None:
    found = 0
    for path in sorted(CONTENT_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in {"SectionDef", "CycleStepDef"}:
                continue
            (short,) = (kw.value for kw in node.keywords if kw.arg == "short_title")
            where = f"{path.name}:{node.lineno}"
            assert isinstance(short, ast.Call), where
            assert isinstance(short.func, ast.Name) and short.func.id == "QT_TRANSLATE_NOOP", where
            assert len(short.args) == 3, where
            assert isinstance(short.args[2], ast.Constant) and short.args[2].value == "short"
            found += 1
    assert found == 18 + 4


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module
            names.add(node.module)
    return names


def test_content_imports_only_the_standard_library_and_i18n() -> None:
    for path in sorted(CONTENT_DIR.glob("*.py")):
        for name in _imports(path):
            ours = name == "wrapdesk.i18n" or name.startswith("wrapdesk.content")
            assert ours or name in STDLIB_ALLOWED, f"{path.name} imports {name}"


def test_importing_content_loads_no_qt_and_no_sql() -> None:
    code = (
        "import sys, wrapdesk.content\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'reportlab', 'pyrage'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_modules_stay_small_and_documented() -> None:
    for path in sorted(CONTENT_DIR.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 400, path.name
        assert ast.get_docstring(ast.parse(text)), path.name
