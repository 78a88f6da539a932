"""The recipes this machine cannot build (Flatpak, Windows, macOS): checked as far as it can."""

from __future__ import annotations

import ast
import json
import plistlib
import re
import subprocess
import xml.etree.ElementTree as ET

from tests.packaging.repo import APP_ID, LINUX, MIME_TYPE, PACKAGING, ROOT, load_script

FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
INNO = PACKAGING / "windows" / "wrapdesk.iss"
MACOS = PACKAGING / "macos"


def test_flatpak_manifest_runs_the_app_without_a_network() -> None:
    manifest = json.loads(FLATPAK.read_text("utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "wrapdesk-gui"
    finish = manifest["finish-args"]
    assert not [arg for arg in finish if arg.startswith("--share=network")]
    assert "--socket=wayland" in finish
    assert "--socket=fallback-x11" in finish
    assert "--socket=x11" not in finish
    assert manifest["modules"][0] == "python-deps.json"  # made by python_deps.py
    (app,) = [m for m in manifest["modules"][1:] if m["name"] == "wrapdesk"]
    commands = "\n".join(app["build-commands"])
    assert "--no-index" in commands  # flatpak-builder builds offline
    assert "packaging/linux/install-desktop-files.sh ${FLATPAK_DEST}" in commands
    assert (FLATPAK.parent / app["sources"][0]["path"]).resolve() == ROOT


def test_flatpak_python_sources_are_pinned_per_architecture() -> None:
    python_deps = load_script("packaging/flatpak/python_deps.py")

    def item(name: str, wheel: str, sha: str) -> dict[str, object]:
        return {
            "metadata": {"name": name, "version": "1"},
            "download_info": {
                "url": f"https://files.example.invalid/{wheel}",
                "archive_info": {"hashes": {"sha256": sha}},
            },
        }

    pure = item("segno", "segno-1-py3-none-any.whl", "aa")
    module = python_deps.module_from_reports(
        {
            "x86_64": {"install": [pure, item("pyrage", "pyrage-1-x86_64.whl", "bb")]},
            "aarch64": {"install": [pure, item("pyrage", "pyrage-1-aarch64.whl", "cc")]},
        }
    )
    by_wheel = {s["url"].rsplit("/", 1)[-1]: s for s in module["sources"]}
    assert "only-arches" not in by_wheel["segno-1-py3-none-any.whl"]
    assert by_wheel["pyrage-1-x86_64.whl"]["only-arches"] == ["x86_64"]
    assert by_wheel["pyrage-1-aarch64.whl"]["sha256"] == "cc"
    (command,) = module["build-commands"]
    assert "--no-index" in command
    assert command.endswith(" pyrage segno")
    assert "hatchling>=1.27" in python_deps.requirements()  # to build WrapDesk itself


def inno_lines() -> list[str]:
    return [
        line.strip()
        for line in INNO.read_text("utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith(";")
    ]


def test_windows_installer_registers_the_file_type() -> None:
    lines = inno_lines()
    registry = [line for line in lines if line.startswith("Root: HKA;")]
    extension = [line for line in registry if r'Subkey: "Software\Classes\.wrapdesk"' in line]
    assert any('ValueName: ""; ValueData: "WrapDesk.Plan"' in line for line in extension)
    assert any(f'ValueData: "{MIME_TYPE}"' in line for line in extension)
    command = [line for line in registry if r"WrapDesk.Plan\shell\open\command" in line]
    assert command == [
        r'Root: HKA; Subkey: "Software\Classes\WrapDesk.Plan\shell\open\command"; '
        r'ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""'
    ]
    assert "ChangesAssociations=yes" in lines
    assert "PrivilegesRequired=lowest" in lines  # no administrator needed
    app_id = next(line for line in lines if line.startswith("AppId="))
    assert re.fullmatch(r"AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id)


def test_windows_installer_takes_the_bundle_and_its_version() -> None:
    text = INNO.read_text("utf-8")
    assert '#define AppExe "wrapdesk-gui.exe"' in text
    assert r'..\..\dist\wrapdesk"' in text
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExe, "ProductVersion")' in text
    assert 'Excludes: "wrapdesk-selftest.exe"' in text
    icon = next(line for line in inno_lines() if line.startswith("SetupIconFile="))
    assert (INNO.parent / icon.split("=", 1)[1]).is_file()
    spec = (PACKAGING / "pyinstaller" / "wrapdesk.spec").read_text("utf-8")
    assert "contents.windows_version_text()" in spec  # where ProductVersion comes from


def test_windows_version_resource_says_the_version() -> None:
    contents = load_script("packaging/pyinstaller/bundle_contents.py")
    text = contents.windows_version_text()
    ast.parse(text, mode="eval")  # PyInstaller evaluates it (its reader needs Windows)
    version = contents.version()
    assert f"StringStruct('ProductVersion', '{version}')" in text
    quad = (*map(int, version.split(".")), 0)
    assert f"filevers={quad}, prodvers={quad}" in text


def test_macos_app_declares_and_opens_plan_files() -> None:
    plist = plistlib.loads((MACOS / "Info.plist").read_bytes())
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["wrapdesk"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert (MACOS / document["CFBundleTypeIconFile"]).is_file()
    spec = (MACOS / "wrapdesk-macos.spec").read_text("utf-8")
    compile(spec, "wrapdesk-macos.spec", "exec")
    assert "bundle_identifier=contents.APP_ID" in spec
    assert "version=contents.version()" in spec


def test_every_recipe_names_the_same_file_type() -> None:
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    assert [m.get("type") for m in mime.iter(f"{namespace}mime-type")] == [MIME_TYPE]
    assert [g.get("pattern") for g in mime.iter(f"{namespace}glob")] == ["*.wrapdesk"]


def test_shell_scripts_parse() -> None:
    for script in (
        PACKAGING / "appimage" / "build-appimage.sh",
        PACKAGING / "linux" / "install-desktop-files.sh",
    ):
        subprocess.run(["bash", "-n", str(script)], check=True)
    subprocess.run(["sh", "-n", str(PACKAGING / "appimage" / "AppRun")], check=True)


def test_readme_says_where_things_live() -> None:
    readme = (PACKAGING / "README.md").read_text("utf-8")
    assert "\n## Where things live\n" in readme
    for system in ("Linux", "Windows", "macOS", "Flatpak"):
        assert f"### {system}" in readme, system
