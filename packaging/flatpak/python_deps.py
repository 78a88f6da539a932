"""Write ``python-deps.json``: WrapDesk's Python dependencies as pinned Flatpak sources.

    python packaging/flatpak/python_deps.py

flatpak-builder builds without a network, so every wheel WrapDesk needs is listed with its
address and SHA-256 in one module that the manifest includes. This asks pip which wheels
install ``pyproject.toml``'s dependencies (and hatchling, to build WrapDesk itself) on the
runtime's Python, for each architecture, and writes that module beside this file. Run it
again whenever the dependencies change, and commit the result with the Flathub manifest.
Needs the network (PyPI); nothing here runs in make test except :func:`module_from_reports`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "python-deps.json"
# The runtime in org.wrapdesk.WrapDesk.json: org.freedesktop.Platform 24.08.
RUNTIME_PYTHON = "3.12"
RUNTIME_GLIBC_MINOR = 40
ARCHES = ("x86_64", "aarch64")
BUILD_BACKEND = "hatchling>=1.27"


def requirements() -> list[str]:
    """WrapDesk's run-time dependencies, and its build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [*project["project"]["dependencies"], BUILD_BACKEND]


def pip_report(arch: str, wanted: list[str]) -> dict[str, Any]:
    """pip's installation report for ``wanted`` on the runtime's Python and ``arch``."""
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(RUNTIME_GLIBC_MINOR, 16, -1)]
    platforms += [f"manylinux2014_{arch}"]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
            "--quiet", "--only-binary", ":all:", "--implementation", "cp",
            "--python-version", RUNTIME_PYTHON, "--report", str(report),
            *(f"--platform={platform}" for platform in platforms),
            *wanted,
        ]  # fmt: skip
        subprocess.run(command, check=True)  # noqa: S603 - our own fixed command
        result: dict[str, Any] = json.loads(report.read_text("utf-8"))
        return result


def module_from_reports(reports: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One flatpak-builder module installing every wheel in the per-architecture reports.

    A wheel every architecture uses (pure Python) is listed once; the others carry
    ``only-arches``, so each build downloads only its own.
    """
    wheels: dict[str, dict[str, Any]] = {}
    names: set[str] = set()
    for arch, report in sorted(reports.items()):
        for item in report["install"]:
            info = item["download_info"]
            url = info["url"]
            names.add(item["metadata"]["name"])
            source = wheels.setdefault(
                url,
                {
                    "type": "file",
                    "url": url,
                    "sha256": info["archive_info"]["hashes"]["sha256"],
                    "only-arches": [],
                },
            )
            source["only-arches"].append(arch)
    sources = []
    for url in sorted(wheels):
        source = wheels[url]
        if sorted(source["only-arches"]) == sorted(reports):
            del source["only-arches"]
        sources.append(source)
    install = (
        "pip3 install --no-index --no-deps --no-build-isolation --find-links=file://${PWD} "
        "--prefix=${FLATPAK_DEST} " + " ".join(sorted(names, key=str.lower))
    )
    return {
        "name": "python-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
    }


def main(argv: list[str]) -> int:
    """Ask pip for each architecture and write :data:`OUTPUT`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arch", action="append", choices=ARCHES, help="default: all")
    args = parser.parse_args(argv)
    wanted = requirements()
    reports = {arch: pip_report(arch, wanted) for arch in args.arch or ARCHES}
    OUTPUT.write_text(json.dumps(module_from_reports(reports), indent=2) + "\n", "utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
