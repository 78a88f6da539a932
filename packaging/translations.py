"""Keep WrapDesk's translations in step with its source: ``make translations``.

    python packaging/translations.py update    extract the strings (lupdate), write the English
                                               plural forms, compile the .qm files (lrelease)
    python packaging/translations.py check     exit 1 if a .ts misses or keeps a string the
                                               source no longer has, or a .qm is stale
    python packaging/translations.py release   compile the .qm files only

``translations/wrapdesk_cy.ts`` and ``wrapdesk_pl.ts`` are for translators. Only messages
marked finished are compiled into the .qm: an unfinished one (new, or kept as a suggestion
after its English changed) shows in English until a translator checks it.

``translations/wrapdesk_en.ts`` is generated whole; do not edit it. Its plural forms come
from :func:`wrapdesk.i18n.english_plural` ("%n thing(s)" gives "%n thing" and "%n things"),
the same rule the terminal uses, and every other English message stays unfinished so the
source text shows.

``translations/qtbase_cy.ts`` is kept by hand: Welsh for the few of Qt's own words WrapDesk
shows (dialog buttons, the text boxes' right-click menu), since Qt ships no qtbase_cy.qm.
``update`` only compiles it, like every .ts here, and ``check`` checks its .qm.

The files carry no source locations, so moving code doesn't rewrite them, and the same
source always gives byte-identical .ts and .qm files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wrapdesk.i18n import english_plural

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"

SOURCES: tuple[str, ...] = (
    "src/wrapdesk/ui",
    "src/wrapdesk/content",
    "src/wrapdesk/printouts",
    "src/wrapdesk/exchange",
    "src/wrapdesk/services",
    "src/wrapdesk/cli",
    "src/wrapdesk/app.py",
)
"""Every module with words a person sees, relative to the repository."""

LANGUAGES: dict[str, str] = {"cy": "cy_GB", "pl": "pl_PL", "en": "en_GB"}
"""File code to the language lupdate writes in the .ts (it picks the plural forms)."""

ENGLISH = "en"


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    """``wrapdesk_<code>.ts`` in ``folder``."""
    return folder / f"wrapdesk_{code}.ts"


# ---------------------------------------------------------------------------- reading .ts


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    disambiguation: str
    numerus: bool
    translations: tuple[str, ...]
    """The translation, or one per plural form; empty strings where nothing is written."""
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What Qt looks a message up by: context, source text, disambiguation."""
        return (self.context, self.source, self.disambiguation)


def read_messages(ts: Path) -> dict[tuple[str, str, str], Message]:
    """Every message in ``ts``, by :attr:`Message.key`."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    messages: dict[tuple[str, str, str], Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            if translation is None:
                raise ValueError(f"{ts}: a message in {name!r} has no <translation>")
            numerus = element.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                disambiguation=element.findtext("comment") or "",
                numerus=numerus,
                translations=forms,
                finished=translation.get("type") is None,
            )
            messages[message.key] = message
    return messages


# ---------------------------------------------------------------------------- the Qt tools


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv), else on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run `make test` to install the tools")
    return found


def source_files() -> list[str]:
    """The Python files lupdate reads, relative to the repository, in a fixed order."""
    files: set[str] = set()
    for entry in SOURCES:
        path = ROOT / entry
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files.update(p.relative_to(ROOT).as_posix() for p in found)
    return sorted(files)


def run(command: Sequence[str]) -> None:
    """Run a Qt tool from the repository's top; stop with its output if it fails."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603 - our own argument list, no shell
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def lupdate(code: str, folder: Path) -> None:
    """Extract every string into ``folder``'s ``wrapdesk_<code>.ts``, keeping its translations."""
    ts = ts_path(code, folder)
    run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en_GB",
            "-target-language",
            LANGUAGES[code],
            *source_files(),
            "-ts",
            str(ts),
        ]
    )
    if code == ENGLISH:
        ts.write_text(with_english_plurals(ts.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm``, leaving out unfinished translations."""
    run([qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


# ---------------------------------------------------------------------------- English plurals

_NUMERUS_MESSAGE = re.compile(r'<message numerus="yes">.*?</message>', re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_TRANSLATION = re.compile(r"<translation\b[^>]*>.*?</translation>|<translation\b[^>]*/>", re.DOTALL)
_FORM_INDENT = " " * 12
_TRANSLATION_INDENT = " " * 8


def with_english_plurals(text: str) -> str:
    """An English .ts (as lupdate wrote it) with every plural message's two forms written.

    Only the ``<translation>`` of ``numerus="yes"`` messages changes, laid out as lupdate lays
    it out, so lupdate reads it back and writes it unchanged. The rule works on the escaped
    text directly: it only touches "(s)", which XML escaping neither makes nor changes.
    """

    def fill(match: re.Match[str]) -> str:
        message = match[0]
        source = _SOURCE.search(message)
        if source is None:
            raise ValueError(f"a plural message without a source: {message}")
        forms = "".join(
            f"{_FORM_INDENT}<numerusform>{english_plural(source[1], n)}</numerusform>\n"
            for n in (1, 2)
        )
        translation = f"<translation>\n{forms}{_TRANSLATION_INDENT}</translation>"
        return _TRANSLATION.sub(lambda _old: translation, message, count=1)

    return _NUMERUS_MESSAGE.sub(fill, text)


# ---------------------------------------------------------------------------- the commands


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts in ``folder`` to the .qm beside it; the .qm files written."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        written.append(ts.with_suffix(".qm"))
    return written


def update(folder: Path = TRANSLATIONS) -> None:
    """Extract into every language's .ts, then compile them all."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        lupdate(code, folder)
    release(folder)


def _differences(
    name: str,
    committed: dict[tuple[str, str, str], Message],
    fresh: dict[tuple[str, str, str], Message],
    *,
    generated: bool,
) -> Iterable[str]:
    """What differs between a committed .ts and a fresh extraction (``generated``: English)."""
    for key in sorted(fresh.keys() - committed.keys()):
        yield f"{name}: not extracted yet: {_show(key)}"
    for key in sorted(committed.keys() - fresh.keys()):
        yield f"{name}: no longer in the source: {_show(key)}"
    for key in sorted(fresh.keys() & committed.keys()):
        was, now = committed[key], fresh[key]
        if was.numerus != now.numerus:
            yield f"{name}: counted (numerus) changed for {_show(key)}"
        elif generated and was.translations != now.translations:
            yield f"{name}: English plural forms out of date for {_show(key)}"


def _show(key: tuple[str, str, str]) -> str:
    context, source, disambiguation = key
    shown = source if len(source) <= 70 else source[:67] + "…"
    extra = f" ({disambiguation})" if disambiguation else ""
    return f"[{context}] {shown!r}{extra}"


def check(folder: Path = TRANSLATIONS) -> list[str]:
    """What is out of date: each problem as one line (none when all is current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wrapdesk-translations-") as scratch:
        work = Path(scratch)
        for code in LANGUAGES:
            committed = ts_path(code, folder)
            if not committed.is_file():
                problems.append(f"{committed.name}: missing")
                continue
            shutil.copyfile(committed, ts_path(code, work))
            lupdate(code, work)
            problems.extend(
                _differences(
                    committed.name,
                    read_messages(committed),
                    read_messages(ts_path(code, work)),
                    generated=code == ENGLISH,
                )
            )
        for ts in sorted(folder.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            fresh = work / f"{ts.stem}.fresh.qm"
            lrelease(ts, fresh)
            if not qm.is_file():
                problems.append(f"{qm.name}: missing")
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name}: stale (not what {ts.name} compiles to)")
        for qm in sorted(folder.glob("*.qm")):
            if not qm.with_suffix(".ts").is_file():
                problems.append(f"{qm.name}: no {qm.with_suffix('.ts').name} to build it from")
    return problems


def summary(folder: Path = TRANSLATIONS) -> list[str]:
    """One line per language: messages, and how many are translated."""
    lines = []
    for code in LANGUAGES:
        messages = read_messages(ts_path(code, folder)).values()
        written = [m for m in messages if all(m.translations)]
        finished = sum(m.finished for m in written)
        lines.append(
            f"{ts_path(code).name}: {len(messages)} messages, {finished} translated and "
            f"finished, {len(written) - finished} translated but unfinished (not compiled)"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="translations.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("update", "check", "release"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
        print("\n".join(summary()))
    elif args.command == "release":
        for qm in release():
            print(f"wrote {qm.relative_to(ROOT)}")
    else:
        problems = check()
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("Run `make translations` and commit translations/.", file=sys.stderr)
            return 1
        print("translations are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
