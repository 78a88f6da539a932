"""The PyInstaller bundle: built from the real spec, then started as a person would start it.

The build adds ``wrapdesk-selftest`` (installed_app_check.py, frozen with the same Python,
Qt and WrapDesk as the app), which opens the demo in the real window and prints every
printout. It runs once on the offscreen platform and once on X11 (Xvfb), where the bundle
uses the computer's own display libraries, as it will on a person's desktop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.repo import (
    APP_ID,
    BUNDLE_BUDGET_BYTES,
    PACKAGING,
    ROOT,
    load_script,
    source_version,
)

CHECK_SCRIPT = Path(__file__).with_name("installed_app_check.py")
SELFTEST = "wrapdesk-selftest"
pytestmark = pytest.mark.slow  # a full PyInstaller build


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(PACKAGING / "pyinstaller" / "wrapdesk.spec"),
        ],
        env={**os.environ, "WRAPDESK_BUNDLE_SELFTEST": str(CHECK_SCRIPT)},
        cwd=work,
        check=True,
        capture_output=True,
    )
    return work / "dist" / "wrapdesk"


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def run_selftest(bundle: Path, cwd: Path, *prefix: str, **env: str) -> dict[str, Any]:
    result = subprocess.run(
        [*prefix, str(bundle / SELFTEST)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        cwd=cwd,
        timeout=300,
        check=False,
    )
    assert result.stdout, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    assert report["demo_opened"] is True, (report["status"], result.stderr[-3000:])
    assert result.returncode == 0, result.stderr[-3000:]
    return report


def check_report(report: dict[str, Any], bundle: Path) -> None:
    package = Path(report["package"])
    assert package == internal(bundle).resolve() / "wrapdesk"
    assert Path(report["resources"]) == package / "resources"
    assert Path(report["translations"]) == package / "translations"
    assert report["version"] == source_version()
    assert report["fonts"] == ["DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"]
    assert report["wordlist"] is True
    assert report["icon_sizes"] == [16, 24, 32, 48, 64, 128, 256, 512]
    assert report["svg_icon_draws"] is True  # Qt's SVG icon engine made it in
    compiled = sorted(qm.name for qm in (ROOT / "translations").glob("*.qm"))
    assert sorted(report["qm_loaded"]) == compiled
    assert all(report["qm_loaded"].values())
    ours = (ROOT / "translations").glob("wrapdesk_*.qm")
    languages = [qm.stem.removeprefix("wrapdesk_") for qm in ours]
    # Qt's own translations travel for WrapDesk's languages only (where Qt has one).
    qt_has = {p.name for p in qt_translations_folder().glob("qtbase_*.qm")}
    wanted = {f"qtbase_{lang}.qm" for lang in languages} & qt_has
    assert set(report["qt_translations"]) == wanted
    for kind, printout in report["printouts"].items():
        assert printout["exit_code"] == 0, kind
        assert printout["pages"] >= 1, kind
        assert "Alex Morgan" in printout["first_words"], kind
    used = {f"PySide6.{name}" for name in contents().QT_MODULES_USED}
    assert set(report["qt_modules"]) <= used


def qt_translations_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def contents() -> Any:
    return load_script("packaging/pyinstaller/bundle_contents.py")


def test_programs_report_the_version(bundle: Path) -> None:
    assert (bundle / "wrapdesk").resolve() == (bundle / "wrapdesk-gui").resolve()
    for command, name in (("wrapdesk", "wrapdesk"), ("wrapdesk-gui", "WrapDesk")):
        result = subprocess.run(
            [str(bundle / command), "--version"], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == f"{name} {source_version()}"


def test_bundle_opens_the_demo_offscreen(bundle: Path, tmp_path: Path) -> None:
    check_report(run_selftest(bundle, tmp_path), bundle)


def test_bundle_opens_the_demo_on_x11_with_the_computers_own_libraries(
    bundle: Path, tmp_path: Path
) -> None:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: packaging/system-packages.sh test installs it"
    report = run_selftest(bundle, tmp_path, xvfb_run, "-a", QT_QPA_PLATFORM="xcb")
    check_report(report, bundle)


def test_bundle_fits_the_size_budget(bundle: Path) -> None:
    size = sum(
        path.lstat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink() and path.name != SELFTEST
    )
    assert size <= BUNDLE_BUDGET_BYTES, f"{size / 2**20:.1f} MiB"


def test_unused_qt_stays_out(bundle: Path) -> None:
    names = {path.name for path in internal(bundle).rglob("*")}
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtOpenGL", "QtWebEngine", "QtMultimedia"):
        assert not [n for n in names if n.startswith(unwanted)], unwanted
    for unwanted in ("libQt6Qml", "libQt6Quick", "libQt6EglFS", "libqeglfs", "libqvnc"):
        assert not [n for n in names if n.startswith(unwanted)], unwanted
    assert not [n for n in names if n.startswith(("libqopensslbackend", "libqnetworkmanager"))]


def test_host_libraries_come_from_the_computer(bundle: Path) -> None:
    host = contents().HOST_LIBRARIES
    bundled = {path.name for path in internal(bundle).rglob("*.so*")}
    assert not [n for n in bundled if any(n == h or n.startswith(h + ".") for h in host)]
    missing = set()
    for path in internal(bundle).rglob("*.so*"):
        if path.is_symlink():
            continue
        result = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "LD_LIBRARY_PATH": str(internal(bundle))},
            check=False,
        )
        missing |= {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
    # Anything this computer lacks must be one the bundle means to take from the host
    # (a Wayland or GTK library on a machine without that desktop).
    assert not [m for m in missing if not any(m.startswith(h + ".") for h in host)], missing


def test_licences_travel_with_the_bundle(bundle: Path) -> None:
    licences = internal(bundle) / "licenses"
    assert (licences / "WrapDesk" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    for name in ("PySide6_Essentials", "cryptography", "reportlab", "SQLAlchemy", "Python"):
        assert any((licences / name).iterdir()), name
    fonts = internal(bundle) / "wrapdesk" / "resources" / "fonts"
    assert (fonts / "LICENSE-DejaVu.txt").is_file()


def test_appdir_for_the_appimage(bundle: Path, tmp_path: Path) -> None:
    script = PACKAGING / "appimage" / "build-appimage.sh"
    subprocess.run(
        [str(script), "--appdir-only", str(bundle), str(tmp_path)], check=True, capture_output=True
    )
    appdir = tmp_path / "WrapDesk.AppDir"
    assert not (appdir / "usr" / "lib" / "wrapdesk" / SELFTEST).exists()
    assert (appdir / ".DirIcon").resolve() == (appdir / f"{APP_ID}.png").resolve()
    validated = subprocess.run(
        ["appstreamcli", "validate-tree", "--no-net", str(appdir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert validated.returncode == 0, validated.stdout
    subprocess.run(["desktop-file-validate", str(appdir / f"{APP_ID}.desktop")], check=True)
    for argv0, name in (("WrapDesk-x86_64.AppImage", "WrapDesk"), ("wrapdesk", "wrapdesk")):
        result = subprocess.run(
            [str(appdir / "AppRun"), "--version"],
            capture_output=True,
            text=True,
            env={**os.environ, "ARGV0": argv0},
            check=True,
        )
        assert result.stdout.strip() == f"{name} {source_version()}"
