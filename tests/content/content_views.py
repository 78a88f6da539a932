"""Views of the content package for its tests: its marked strings and its visible texts."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path

from wrapdesk import content

CONTENT_DIR = Path(content.__file__).parent
ALLOWED_CONTEXTS = frozenset({"Sections", "Vocabulary", "Cycle", "Glossary", "Helplines", "Legal"})
# Fields that hold stable keys or data, not words for people to read.
KEY_FIELDS = frozenset({"key", "kind", "group", "structured", "see_also", "number", "context"})


@dataclass(frozen=True)
class Marked:
    """One QT_TRANSLATE_NOOP call found in the source."""

    path: Path
    line: int
    context: object
    source: object
    disambiguation: object

    @property
    def message(self) -> tuple[object, object, object]:
        return (self.context, self.source, self.disambiguation)


def _literal(node: ast.expr | None) -> object:
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ast.dump(node)  # not a literal: tests compare against str and fail loudly


def find_marked(directory: Path = CONTENT_DIR) -> tuple[Marked, ...]:
    """Every QT_TRANSLATE_NOOP call in the package, with its literal arguments."""
    found: list[Marked] = []
    for path in sorted(directory.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                args = list(node.args) + [None] * (3 - len(node.args))
                assert not node.keywords, f"{path.name}:{node.lineno} uses keyword arguments"
                found.append(
                    Marked(
                        path, node.lineno, _literal(args[0]), _literal(args[1]), _literal(args[2])
                    )
                )
    return tuple(found)


def strings_in(obj: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every visible string inside a content object, with a path saying where it is."""
    if isinstance(obj, str):
        yield where, obj
    elif isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from strings_in(item, f"{where}[{index}]")
    elif is_dataclass(obj) and not isinstance(obj, type):
        name = getattr(obj, "key", type(obj).__name__)
        for field in fields(obj):
            if field.name not in KEY_FIELDS:
                yield from strings_in(getattr(obj, field.name), f"{where}/{name}.{field.name}")


def all_content_objects() -> dict[str, tuple[object, ...]]:
    """Every localizable collection in the package, by name."""
    return {
        "GROUPS": content.GROUPS,
        "SECTIONS": content.SECTIONS,
        "STEPS": content.STEPS,
        "LIFE_AREAS": content.LIFE_AREAS,
        "RATINGS": content.RATINGS,
        "MEDICINE_STATUSES": content.MEDICINE_STATUSES,
        "TREATMENT_PREFERENCES": content.TREATMENT_PREFERENCES,
        "PLACE_PREFERENCES": content.PLACE_PREFERENCES,
        "PERSON_ROLES": content.PERSON_ROLES,
        "GLOSSARY": content.GLOSSARY,
        "HELPLINES": content.HELPLINES,
    }


def markup_texts() -> tuple[tuple[str, str], ...]:
    """Every text that may carry glossary links, with where it lives."""
    texts: list[tuple[str, str]] = []
    for group in content.GROUPS:
        texts.append((f"group {group.key} purpose", group.purpose))
    for section in content.SECTIONS:
        texts.append((f"{section.key} purpose", section.purpose))
        texts += [(f"{section.key} prompt", text) for text in section.prompts]
        texts += [(f"{section.key} about", text) for text in section.about]
    for step in content.STEPS:
        texts.append((f"{step.key} purpose", step.purpose))
        texts += [(f"{step.key} question", text) for text in step.questions]
    for entry in content.GLOSSARY:
        texts.append((f"glossary {entry.key}", entry.definition))
    texts += [("which is which", text) for text in content.WHICH_IS_WHICH]
    return tuple(texts)
