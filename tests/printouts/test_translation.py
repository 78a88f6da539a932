"""Every word the printouts add is marked for translation where lupdate can find it."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import wrapdesk.printouts
from wrapdesk.cli import print_command

PRINTOUTS = Path(wrapdesk.printouts.__file__).parent
SOURCES = (*sorted(PRINTOUTS.glob("*.py")), Path(print_command.__file__))

Message = tuple[str, str, str | None]


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "translate":
                found.append((path, node))
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@functools.cache
def marked() -> tuple[Message, ...]:
    """Every (context, source, disambiguation) written as a literal ``translate(...)`` call."""
    messages = []
    for _path, call in _calls():
        context, source = (_literal(arg) for arg in call.args[:2])
        assert context and source
        comment = _literal(call.args[2]) if len(call.args) > 2 else None
        messages.append((context, source, comment))
    return tuple(messages)


def printout_sources() -> tuple[str, ...]:
    """The source text of every string the printouts mark, in the "Printouts" context."""
    return tuple(source for context, source, _ in marked() if context == "Printouts")


def test_every_translate_call_is_literal_so_lupdate_can_read_it() -> None:
    for path, call in _calls():
        where = f"{path.name}:{call.lineno}"
        assert len(call.args) >= 2, where
        assert _literal(call.args[0]) in ("Printouts", "Cli"), where
        assert _literal(call.args[1]), where
    assert len(printout_sources()) > 100


def test_no_sentence_is_built_from_translated_pieces() -> None:
    for path in SOURCES:
        text = path.read_text("utf-8")
        assert "+ translate(" not in text and ") + translate" not in text, path.name


def test_lupdate_extracts_every_marked_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts_file = tmp_path / "printouts.ts"
    subprocess.run(
        [str(lupdate), "-extensions", "py", "-locations", "none", "-no-obsolete",
         *(str(p) for p in SOURCES), "-ts", str(ts_file)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    extracted = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            extracted.add((name, message.findtext("source"), message.findtext("comment")))
    assert extracted == set(marked())
