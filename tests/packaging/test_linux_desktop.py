"""Linux desktop integration: the menu entry, AppStream metadata, file type and icons."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.repo import (
    APP_ID,
    LINUX,
    MIME_TYPE,
    ROOT,
    changelog_releases,
    load_script,
    source_version,
)

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def installed_prefix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The desktop files installed under a fresh prefix, as a package would lay them out."""
    prefix = tmp_path_factory.mktemp("prefix")
    run_result = run(LINUX / "install-desktop-files.sh", prefix)
    assert run_result.returncode == 0, run_result.stderr
    return prefix


def test_desktop_file_is_valid() -> None:
    result = run("desktop-file-validate", DESKTOP)
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""  # not even a hint


def test_desktop_file_opens_plans_with_the_gui_script() -> None:
    import tomllib

    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert entry["Exec"] == "wrapdesk-gui %f"
    assert "wrapdesk-gui" in scripts["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    # X11 desktops match the window to this file by its WM_CLASS, which Qt takes from the
    # application name; Wayland ones by the desktop file name the app sets.
    app_py = (ROOT / "src" / "wrapdesk" / "app.py").read_text("utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_py
    assert 'setApplicationName("WrapDesk")' in app_py
    assert entry["StartupWMClass"] == "WrapDesk"


def test_metainfo_is_valid_offline() -> None:
    result = run("appstreamcli", "validate", "--no-net", "--pedantic", METAINFO)
    assert result.returncode == 0, result.stdout
    # No error or warning; pedantic notes may stay (AppStream prefers lower-case ids, and
    # ours matches the desktop file's name, which the app sets at run time).
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]


def test_installed_tree_is_valid(installed_prefix: Path) -> None:
    result = run("appstreamcli", "validate-tree", "--no-net", installed_prefix)
    assert result.returncode == 0, result.stdout
    for size in load_script("packaging/icons.py").PNG_SIZES:
        icon = installed_prefix / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert icon.is_file()
    assert (installed_prefix / f"share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()


def test_metainfo_names_the_same_app_and_file_type() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert [m.text for m in component.iter("mediatype")] == [MIME_TYPE]
    assert sorted(b.text or "" for b in component.iter("binary")) == ["wrapdesk", "wrapdesk-gui"]
    assert component.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]


def test_every_screenshot_is_one_of_ours_with_a_caption() -> None:
    screenshots = list(ET.parse(METAINFO).getroot().iter("screenshot"))
    assert len(screenshots) >= 3
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip()
        name = (shot.findtext("image") or "").rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_releases_match_the_changelog_and_the_version() -> None:
    releases = [
        (r.get("version"), r.get("date")) for r in ET.parse(METAINFO).getroot().iter("release")
    ]
    assert releases == changelog_releases()
    assert releases[0][0] == source_version()


def test_mime_type_is_known_by_name_and_by_content(installed_prefix: Path, tmp_path: Path) -> None:
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", MIME_NS)
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    result = run("update-mime-database", installed_prefix / "share" / "mime")
    assert result.returncode == 0, result.stderr
    globs = (installed_prefix / "share" / "mime" / "globs2").read_text("utf-8")
    assert f"{MIME_TYPE}:*.wrapdesk" in globs
    # What a file manager does on a double-click: ask the shared MIME database. A plan is
    # known by its name, and by its first bytes when it has been renamed.
    named = tmp_path / "My plan.wrapdesk"
    named.write_bytes(b"not really a plan")
    renamed = tmp_path / "plan-from-a-usb-stick"
    renamed.write_bytes(b"WRAPDESK\x01\x00\x00\x00" + bytes(64))
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "for path in sys.argv[1:]:\n"
        "    kind = QMimeDatabase().mimeTypeForFile(path)\n"
        "    print(kind.name(), kind.comment(), kind.iconName())\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{installed_prefix / 'share'}:/usr/share"}
    found = subprocess.run(
        [sys.executable, "-c", script, str(named), str(renamed)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.splitlines()
    assert found == [f"{MIME_TYPE} WrapDesk plan {APP_ID}"] * 2


def test_icons_are_rendered_from_the_svg(qapp: object) -> None:
    del qapp  # the renderer draws with QPainter, which needs the tests' QApplication
    icons = load_script("packaging/icons.py")
    assert list(icons.problems()) == []
    for size in icons.PNG_SIZES:
        from PySide6.QtGui import QImage

        image = QImage(str(icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
