"""The Python package: built as a release builds it, installed where nothing else is.

The sdist is built from the work tree and the wheel from the sdist (``python -m build``), so
a file the sdist forgets fails here. The wheel then goes into a new, empty venv with its
dependencies from the package index (pinned by a constraints file to the versions in
.venv, so pip takes them from its cache), and the installed app opens the demo offscreen.
"""

from __future__ import annotations

import email.parser
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from importlib.metadata import distributions
from pathlib import Path

import pytest

from tests.packaging.repo import ROOT, source_version

CHECK_SCRIPT = Path(__file__).with_name("installed_app_check.py")
pytestmark = pytest.mark.slow  # a build, and an install into a new venv


@dataclass(frozen=True)
class Built:
    """What ``python -m build`` made."""

    sdist: Path
    wheel: Path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=out,
    )
    (sdist,) = out.glob("wrapdesk-*.tar.gz")
    (wheel,) = out.glob("wrapdesk-*-py3-none-any.whl")
    return Built(sdist, wheel)


@pytest.fixture(scope="session")
def venv(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel and its dependencies."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    constraints = folder / "constraints.txt"
    constraints.write_text(
        "".join(
            f"{dist.metadata['Name']}=={dist.version}\n"
            for dist in distributions()
            if dist.metadata["Name"].lower() != "wrapdesk"
        ),
        "utf-8",
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(folder / "bin" / "python"),
            "--disable-pip-version-check",
            "install",
            "--quiet",
            "--only-binary",
            ":all:",
            "--constraint",
            str(constraints),
            str(built.wheel),
        ],
        check=True,
    )
    return folder


def clean_env() -> dict[str, str]:
    """This test's environment (private home folders), with nothing pointing at the source."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


def test_wheel_holds_the_package_resources_and_translations(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as archive:
        names = set(archive.namelist())
    repo_resources = {
        f"wrapdesk/{path.relative_to(ROOT).as_posix()}"
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert repo_resources <= names
    compiled = {f"wrapdesk/translations/{qm.name}" for qm in (ROOT / "translations").glob("*.qm")}
    assert compiled <= names
    assert {n for n in names if n.startswith("wrapdesk/translations/")} == compiled
    assert "wrapdesk/document/plan-1.schema.json" in names
    assert any(n.startswith("wrapdesk/store/sql/") for n in names)
    assert "wrapdesk/py.typed" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]


def test_wheel_metadata(built: Built) -> None:
    info = f"wrapdesk-{source_version()}.dist-info"
    with zipfile.ZipFile(built.wheel) as archive:
        metadata = email.parser.Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        licences = {n for n in archive.namelist() if n.startswith(f"{info}/licenses/")}
    assert metadata["Name"] == "wrapdesk"
    assert metadata["Version"] == source_version()
    assert metadata["License-Expression"] == "GPL-3.0-or-later"
    assert "LICENSE" in metadata.get_all("License-File", [])
    assert metadata["Requires-Python"] == ">=3.11"
    classifiers = metadata.get_all("Classifier", [])
    assert "Intended Audience :: End Users/Desktop" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]  # the expression says it
    assert "[console_scripts]\nwrapdesk = wrapdesk.cli:main" in entry_points
    assert "[gui_scripts]\nwrapdesk-gui = wrapdesk.app:main" in entry_points
    assert f"{info}/licenses/resources/fonts/LICENSE-DejaVu.txt" in licences


def test_sdist_holds_what_a_packager_needs(built: Built) -> None:
    top = f"wrapdesk-{source_version()}"
    with tarfile.open(built.sdist) as archive:
        names = set(archive.getnames())
    for needed in (
        "pyproject.toml",
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "Makefile",
        "src/wrapdesk/__init__.py",
        "resources/fonts/DejaVuSans.ttf",
        "packaging/linux/org.wrapdesk.WrapDesk.desktop",
        "packaging/pyinstaller/wrapdesk.spec",
        "tests/packaging/test_wheel.py",
    ):
        assert f"{top}/{needed}" in names, needed


def test_installed_commands_report_the_version(venv: Path) -> None:
    for command, name in (("wrapdesk", "wrapdesk"), ("wrapdesk-gui", "WrapDesk")):
        result = subprocess.run(
            [str(venv / "bin" / command), "--version"],
            capture_output=True,
            text=True,
            env=clean_env(),
            check=True,
        )
        assert result.stdout.strip() == f"{name} {source_version()}"


def test_installed_app_opens_the_demo_from_site_packages(venv: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(venv / "bin" / "python"), str(CHECK_SCRIPT)],
        capture_output=True,
        text=True,
        env=clean_env(),
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.stdout, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["demo_opened"] is True, (report["status"], result.stderr[-2000:])
    assert result.returncode == 0, result.stderr[-2000:]
    package = Path(report["package"])
    assert package.is_relative_to(venv.resolve()), package
    assert "site-packages" in package.parts
    assert Path(report["resources"]) == package / "resources"
    assert Path(report["translations"]) == package / "translations"
    assert report["version"] == source_version()
    assert report["fonts"] == ["DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"]
    assert report["wordlist"] is True
    assert report["icon_sizes"] == [16, 24, 32, 48, 64, 128, 256, 512]
    assert report["svg_icon_draws"] is True
    compiled = sorted(qm.name for qm in (ROOT / "translations").glob("*.qm"))
    assert sorted(report["qm_loaded"]) == compiled
    assert all(report["qm_loaded"].values())
    for kind, printout in report["printouts"].items():
        assert printout["exit_code"] == 0, kind
        assert printout["pages"] >= 1, kind
        assert "Alex Morgan" in printout["first_words"], kind
