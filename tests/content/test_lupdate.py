"""pyside6-lupdate finds every marked string in the Qt-free content package."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.content.content_views import CONTENT_DIR, Marked


def test_lupdate_extracts_every_marked_string(tmp_path: Path, marked: tuple[Marked, ...]) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts_file = tmp_path / "content.ts"
    # lupdate skips .py files when scanning a folder unless told the extension.
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(CONTENT_DIR),
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    extracted: list[tuple[object, object, object]] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            extracted.append((name, message.findtext("source"), message.findtext("comment")))
    print(f"lupdate extracted {len(extracted)} messages from {len(marked)} calls")
    assert len(extracted) == len(marked)
    assert sorted(extracted, key=repr) == sorted((c.message for c in marked), key=repr)
