"""Every call in WrapDesk's source that translates or marks a string, read with ``ast``.

For each call this works out two things: the message lupdate extracts from it (if any), and
the message the running program asks Qt for. They must agree, or a translator's work never
shows. The ways they part:

* ``other.tr("…")`` — lupdate files it under the context ``other`` (the variable's name);
  PySide6 looks it up under the class of the object, and its base classes;
* ``tr = self.tr`` then ``tr("…")`` — lupdate files it under an empty context;
* ``t = translate`` then ``t("Ctx", "…")``, ``TRANSLATE("Ctx", "…")``, ``qt_translate(…)`` —
  lupdate reads only calls spelled ``tr``, ``translate`` and ``QT_TRANSLATE_NOOP``;
* f-strings, and text or context held in a variable — lupdate sees no literal.

A call whose text is a variable is fine when the variable holds a string marked with
``QT_TRANSLATE_NOOP`` in the same context (``TRANSLATE("Edits", editor.undo_label)``); the
tests keep an explicit list of those, with the reason each is safe.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["extracted", "marker", "runtime"]
"""``extracted``: lupdate reads it and it translates; ``marker``: lupdate reads it, it only
marks; ``runtime``: it translates, but lupdate doesn't read it (text must come marked)."""

Key = tuple[str, str, str]
"""A message as Qt looks it up: context, source text, disambiguation."""

_TRANSLATE_NAMES = frozenset({"translate"})
_MARKERS = frozenset({"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"})
_RUNTIME_NAMES = frozenset({"TRANSLATE", "qt_translate"})
_HELPER_MODULE = "wrapdesk.content.localizing"
_HELPERS = frozenset({"tr", "tr_all"})  # tr(translate, context, text, disambiguation)
_APPLICATIONS = frozenset({"QCoreApplication", "QApplication", "QGuiApplication"})
_FSTRING = re.compile(r"""[fF](?P<quote>["'])(?P<body>[^"'\n]*)(?P=quote)""")


@dataclass(frozen=True)
class Call:
    """One call that translates or marks a string."""

    file: str
    """Relative to the repository, with forward slashes."""
    line: int
    callee: str
    """The function as written: ``self.tr``, ``translate``, ``QT_TRANSLATE_NOOP``…"""
    kind: Kind
    context: str | None
    """The context the running program asks for (None: not known from the code)."""
    source: str | None
    """The text, when it is a literal."""
    disambiguation: str | None
    """The disambiguation ("" when none), None when it isn't a literal."""
    numerus: bool
    """Called with a count (``n``), so the message has plural forms."""
    text: str
    """The text argument as written."""
    extracted_as: Key | None
    """The message lupdate extracts from this call, or None when it extracts none."""
    problem: str | None
    """Why the running program can't find its translation (None: nothing wrong seen)."""

    @property
    def where(self) -> str:
        """``file:line``."""
        return f"{self.file}:{self.line}"

    @property
    def asks_for(self) -> Key | None:
        """The message the running program looks up, when it is known from the code."""
        if self.context is None or self.source is None or self.disambiguation is None:
            return None
        return (self.context, self.source, self.disambiguation)

    @property
    def dynamic(self) -> bool:
        """The text is a variable or an expression (not a literal, not an f-string)."""
        return self.source is None and not self.text.startswith(("f'", 'f"'))


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_str_ish(node: ast.expr) -> bool:
    return _literal(node) is not None or isinstance(node, ast.JoinedStr)


class _Module(ast.NodeVisitor):
    """Walks one module, keeping the class it is in and the names bound to translators."""

    def __init__(self, file: str, text: str, tree: ast.Module) -> None:
        self.file = file
        self._text = text
        self.calls: list[Call] = []
        self._classes: list[str] = []
        self._in_fstring = 0
        self._constants = {
            target.id: value
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name) and (value := _literal(node.value)) is not None
        }
        self._helpers = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == _HELPER_MODULE
            for alias in node.names
            if alias.name in _HELPERS
        }
        # ``tr = self.tr`` / ``t = translate``, anywhere in the module (names are not reused
        # for other things in one module; a scope-exact walk would add little).
        self._aliases: dict[str, ast.expr] = {}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and self._translator_reference(node.value)
                and node.targets[0].id not in _TRANSLATE_NAMES
            ):
                self._aliases[node.targets[0].id] = node.value

    @staticmethod
    def _translator_reference(node: ast.expr) -> bool:
        if isinstance(node, ast.Attribute):
            return node.attr in {"tr", *_TRANSLATE_NAMES}
        return isinstance(node, ast.Name) and node.id in {*_TRANSLATE_NAMES, *_RUNTIME_NAMES}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self._in_fstring += 1
        self.generic_visit(node)
        self._in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        call = self._classify(node)
        if call is not None and self._in_fstring and call.extracted_as is not None:
            call = dataclasses.replace(
                call,
                extracted_as=None,
                problem=(
                    "inside an f-string, where lupdate doesn't look; translate it into a "
                    "variable first and put that in the f-string"
                ),
            )
        if call is not None:
            self.calls.append(call)
        self.generic_visit(node)

    # ------------------------------------------------------------------ one call

    def _as_lupdate_reads(self, node: ast.expr | None) -> str | None:
        """The text lupdate takes from ``node``: a literal, or an f-string's raw body."""
        if isinstance(node, ast.JoinedStr):
            segment = ast.get_source_segment(self._text, node) or ""
            raw = _FSTRING.fullmatch(segment)
            return raw["body"] if raw else None
        return _literal(node)

    def _context_of(self, node: ast.expr | None) -> str | None:
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self._constants.get(node.id)
        return _literal(node)

    def _classify(self, node: ast.Call) -> Call | None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        attr = func.attr if isinstance(func, ast.Attribute) else None
        args = list(node.args)
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if name in self._helpers:
            return self._context_call(node, args[1:], keywords, "runtime")
        if name in _MARKERS:
            return self._context_call(node, args, keywords, "marker")
        if name in _RUNTIME_NAMES:
            return self._context_call(node, args, keywords, "runtime")
        if name in _TRANSLATE_NAMES or (
            attr in _TRANSLATE_NAMES
            and (
                (isinstance(func, ast.Attribute) and ast.unparse(func.value) in _APPLICATIONS)
                or any(_is_str_ish(a) for a in args[:2])
            )
        ):
            return self._context_call(node, args, keywords, "extracted")
        if name is not None and name in self._aliases:
            target = self._aliases[name]
            if isinstance(target, ast.Attribute) and target.attr == "tr":
                return self._tr_call(node, args, keywords, alias_of=ast.unparse(target))
            return self._context_call(node, args, keywords, "runtime", alias_of=ast.unparse(target))
        if attr == "tr":
            return self._tr_call(node, args, keywords)
        return None

    def _context_call(
        self,
        node: ast.Call,
        args: list[ast.expr],
        keywords: dict[str, ast.expr],
        kind: Kind,
        alias_of: str | None = None,
    ) -> Call:
        """``translate(context, text, disambiguation, n)`` and its relatives."""
        context_node = args[0] if args else keywords.get("context")
        text_node = args[1] if len(args) > 1 else keywords.get("source") or keywords.get("text")
        dis_node = args[2] if len(args) > 2 else keywords.get("disambiguation")
        count = args[3] if len(args) > 3 else keywords.get("n")
        context = self._context_of(context_node)
        source = _literal(text_node)
        disambiguation = "" if dis_node is None or _is_none(dis_node) else _literal(dis_node)
        callee = ast.unparse(node.func)
        extracted_as: Key | None = None
        literal_context = _literal(context_node)
        read = self._as_lupdate_reads(text_node)
        if kind != "runtime" and literal_context is not None and read is not None:
            extracted_as = (literal_context, read, disambiguation or "")
        problem = None
        if isinstance(text_node, ast.JoinedStr):
            problem = "an f-string: no literal for lupdate, and the text changes with its values"
        elif kind == "runtime" and source is not None:
            how = f"{callee} (an alias of {alias_of})" if alias_of else callee
            problem = (
                f"lupdate doesn't read calls to {how}, so this text is never extracted; "
                "call translate(…) (or mark it with QT_TRANSLATE_NOOP)"
            )
        elif kind != "runtime" and source is not None and literal_context is None:
            problem = "the context is not a literal, so lupdate can't file the text"
        elif kind == "marker" and source is None:
            problem = f"{callee} needs a literal context and text"
        return Call(
            file=self.file,
            line=node.lineno,
            callee=callee,
            kind=kind,
            context=context,
            source=source,
            disambiguation=disambiguation,
            numerus=count is not None and not _is_minus_one(count),
            text=ast.unparse(text_node) if text_node is not None else "",
            extracted_as=extracted_as,
            problem=problem,
        )

    def _tr_call(
        self,
        node: ast.Call,
        args: list[ast.expr],
        keywords: dict[str, ast.expr],
        alias_of: str | None = None,
    ) -> Call:
        """``self.tr(text, disambiguation, n)``, ``other.tr(…)``, or an alias of one."""
        text_node = args[0] if args else keywords.get("sourceText")
        dis_node = args[1] if len(args) > 1 else keywords.get("disambiguation")
        count = args[2] if len(args) > 2 else keywords.get("n")
        source = _literal(text_node)
        disambiguation = "" if dis_node is None or _is_none(dis_node) else _literal(dis_node)
        callee = ast.unparse(node.func)
        owner = alias_of.rsplit(".", 1)[0] if alias_of else ast.unparse(node.func).rsplit(".", 1)[0]
        in_class = self._classes[-1] if self._classes else None
        # PySide6 asks for the class of the object (then its base classes); the code tells us
        # that class only for ``self``.
        context = in_class if owner == "self" else None
        lupdate_context = "" if alias_of else owner
        if owner == "self" and not alias_of:
            lupdate_context = in_class or ""
        read = self._as_lupdate_reads(text_node)
        extracted_as = (
            (lupdate_context, read, disambiguation or "")
            if read is not None and disambiguation is not None
            else None
        )
        problem = None
        if isinstance(text_node, ast.JoinedStr):
            problem = "an f-string: no literal for lupdate, and the text changes with its values"
        elif source is not None and alias_of:
            problem = (
                f"{callee} is an alias of {alias_of}: lupdate files its text under an empty "
                f"context, but Qt looks in {context or 'the class'}; call {alias_of}(…) itself"
            )
        elif source is not None and owner != "self":
            problem = (
                f"lupdate files this under the context {owner!r} (the variable's name), but Qt "
                f"looks it up under the class of {owner}; call self.tr(…) in that class, or "
                'QCoreApplication.translate("<Context>", …)'
            )
        elif source is not None and in_class is None:
            problem = "self.tr outside a class: no context for lupdate"
        return Call(
            file=self.file,
            line=node.lineno,
            callee=callee,
            kind="extracted",
            context=context,
            source=source,
            disambiguation=disambiguation,
            numerus=count is not None and not _is_minus_one(count),
            text=ast.unparse(text_node) if text_node is not None else "",
            extracted_as=extracted_as,
            problem=problem,
        )


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_minus_one(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and node.operand.value == 1
    )


def scan(root: Path, files: list[str]) -> list[Call]:
    """Every translation call in ``files`` (relative to ``root``), in file and line order."""
    calls: list[Call] = []
    for file in files:
        text = (root / file).read_text(encoding="utf-8")
        tree = ast.parse(text, filename=file)
        module = _Module(file, text, tree)
        module.visit(tree)
        calls.extend(sorted(module.calls, key=lambda c: c.line))
    return calls


def iter_problems(calls: list[Call]) -> Iterator[Call]:
    """The calls whose translation the running program can't find."""
    return (call for call in calls if call.problem is not None)
