"""What goes into WrapDesk's PyInstaller bundle, and what is left out: shared by the specs.

``wrapdesk.spec`` (Linux, Windows) and ``packaging/macos/wrapdesk-macos.spec`` import this
module, so every platform ships the same files: the code, ``resources/`` and the compiled
translations inside the package (where ``wrapdesk.bundled`` looks), the licences, and only
the parts of Qt that WrapDesk uses.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.wrapdesk.WrapDesk"

# The Qt modules WrapDesk imports (or qtawesome draws with). Every other PySide6 module is
# left out, whichever PySide6 wheels are installed: QtNetwork (WrapDesk has no network
# code), Qml and Quick, WebEngine, Multimedia, 3D, Charts, and the rest. QtOpenGL and
# QtOpenGLWidgets are imported by qtpy (under qtawesome) only if they are there.
QT_MODULES_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPrintSupport", "QtDBus", "QtSvg"}
)

# Qt plugins, by folder: the ones a desktop app needs on each system. Anything not listed
# (embedded-device platforms and input, network information and TLS, Wayland compositor
# pieces, image formats WrapDesk never opens) is left out.
QT_PLUGINS_KEPT = {
    # X11, Wayland, Windows, macOS, and offscreen (no screen: the tests, the self-check).
    "platforms": {
        "libqxcb.so",
        "libqwayland*.so",
        "qwindows.dll",
        "libqcocoa.dylib",
        "*qoffscreen.*",
    },
    "platformthemes": {"*"},  # native file dialogs and look: GTK, the desktop portal
    "platforminputcontexts": {"*"},  # typing accents and other scripts (compose, IBus)
    "xcbglintegrations": {"*"},
    "wayland-decoration-client": {"*"},
    "wayland-graphics-integration-client": {"*"},
    "wayland-shell-integration": {"*"},
    "iconengines": {"*"},  # SVG icons
    "imageformats": {"*qsvg*"},
    "printsupport": {"*"},  # CUPS printers
    "styles": {"*"},  # the Windows and macOS native styles
}
# Parts of dependencies WrapDesk never runs. reportlab imports Pillow at start-up (which needs
# its core module), but WrapDesk's printouts hold no pictures: Pillow's optional codecs and the
# libraries they bring (AVIF, WebP, colour management, fonts, Tk) stay out. SQLAlchemy only
# ever talks to SQLite here. WrapDesk makes no network connections, so TLS stays out too
# (Python's http and urllib modules, which reportlab imports, work without it), and no
# terminal input is read with line editing (passphrases are read by getpass).
UNUSED_MODULES = (
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.dialects.postgresql",
    "ssl",
    "_ssl",
    "readline",
    "tkinter",
    "PySide6.scripts",
    "PyInstaller",
)

# Linux only: libraries the bundle takes from the computer it runs on, after the AppImage
# project's exclude list. Each is on every desktop Linux, and each must match that system:
# an older copy loaded first breaks its graphics drivers, fonts, themes or printing.
HOST_LIBRARIES = (
    # C++ runtime: the host's graphics drivers need one at least as new as themselves.
    "libstdc++.so",
    "libgcc_s.so",
    # Display server and graphics drivers.
    "libGL.so",
    "libEGL.so",
    "libGLX.so",
    "libGLdispatch.so",
    "libOpenGL.so",
    "libdrm.so",
    "libgbm.so",
    "libX11.so",
    "libX11-xcb.so",
    "libxcb.so",
    "libXau.so",
    "libXdmcp.so",
    "libXext.so",
    "libXrender.so",
    "libXi.so",
    "libSM.so",
    "libICE.so",
    "libbsd.so",
    "libmd.so",
    "libuuid.so",
    "libwayland-client.so",
    "libwayland-cursor.so",
    "libwayland-egl.so",
    # Fonts and text shaping: they read the host's font configuration.
    "libfontconfig.so",
    "libfreetype.so",
    "libharfbuzz.so",
    "libgraphite2.so",
    "libfribidi.so",
    "libthai.so",
    "libdatrie.so",
    "libexpat.so",
    "libpng16.so",
    "libbrotlicommon.so",
    "libbrotlidec.so",
    "libbz2.so",
    # GLib and GTK: only Qt's GTK theme plugin uses them, with the host's own theme.
    "libglib-2.0.so",
    "libgio-2.0.so",
    "libgobject-2.0.so",
    "libgmodule-2.0.so",
    "libgthread-2.0.so",
    "libgtk-3.so",
    "libgdk-3.so",
    "libgdk_pixbuf-2.0.so",
    "libatk-1.0.so",
    "libatk-bridge-2.0.so",
    "libatspi.so",
    "libcairo.so",
    "libcairo-gobject.so",
    "libpango-1.0.so",
    "libpangocairo-1.0.so",
    "libpangoft2-1.0.so",
    "libpixman-1.so",
    "libepoxy.so",
    "libmount.so",
    "libblkid.so",
    "libselinux.so",
    "libpcre2-8.so",
    # D-Bus and systemd: the host's session and system bus.
    "libdbus-1.so",
    "libsystemd.so",
    "liblz4.so",
    "libzstd.so",
    "libcap.so",
    "libgcrypt.so",
    "libgpg-error.so",
    # Printing: the host's CUPS, and what it brings.
    "libcups.so",
    "libavahi-client.so",
    "libavahi-common.so",
    "libgnutls.so",
    "libnettle.so",
    "libhogweed.so",
    "libgmp.so",
    "libidn2.so",
    "libunistring.so",
    "libtasn1.so",
    "libp11-kit.so",
    "libgssapi_krb5.so",
    "libkrb5.so",
    "libkrb5support.so",
    "libk5crypto.so",
    "libkeyutils.so",
    "libcom_err.so",
)


def version() -> str:
    """WrapDesk's version, read from its one home (``src/wrapdesk/__init__.py``)."""
    text = (ROOT / "src" / "wrapdesk" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in src/wrapdesk/__init__.py")
    return found[1]


def excluded_modules() -> list[str]:
    """Python modules the bundle leaves out: unused Qt modules, and tools never run."""
    import PySide6

    installed = {
        path.name.split(".")[0] for path in Path(PySide6.__file__).parent.glob("Qt*.*")
    } - {"Qt"}
    unused = sorted(f"PySide6.{name}" for name in installed - QT_MODULES_USED)
    return [*unused, *UNUSED_MODULES]


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs: package data, resources, translations, licences."""
    from PyInstaller.utils.hooks import collect_data_files

    datas = collect_data_files("wrapdesk", excludes=["**/__pycache__"])
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            datas.append((str(path), str(Path("wrapdesk") / path.parent.relative_to(ROOT))))
    for path in sorted((ROOT / "translations").glob("*.qm")):
        datas.append((str(path), "wrapdesk/translations"))
    datas.append((str(ROOT / "LICENSE"), "licenses/WrapDesk"))
    datas += third_party_licences()
    return datas


def third_party_licences() -> list[tuple[str, str]]:
    """The licence files of Python and of every distribution WrapDesk runs on.

    Each goes to ``licenses/<name>/`` with its METADATA (name, version, licence expression).
    Qt and PySide6 ship no licence file; WrapDesk uses them under the GPL-3.0 in
    ``licenses/WrapDesk/LICENSE``.
    """
    from importlib.metadata import distribution

    from packaging.requirements import Requirement

    found: list[tuple[str, str]] = []
    python_licence = _python_licence()
    if python_licence is not None:
        found.append((str(python_licence), "licenses/Python"))
    seen: set[str] = set()
    pending = [
        Requirement(text).name
        for text in distribution("wrapdesk").requires or []
        if Requirement(text).marker is None
    ]
    while pending:
        dist = distribution(pending.pop())
        name = dist.metadata["Name"]
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        for file in dist.files or []:
            parts = PurePosixPath(str(file)).parts
            if not parts[0].endswith(".dist-info"):
                continue
            if parts[-1] == "METADATA" or "licenses" in parts or _licence_name(parts[-1]):
                found.append((str(file.locate()), f"licenses/{name}"))
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return found


def _licence_name(name: str) -> bool:
    return name.upper().startswith(("LICEN", "COPYING", "NOTICE", "AUTHORS"))


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate
    return None


def _qt_plugin_kept(dest: PurePosixPath) -> bool:
    """False for a Qt plugin that :data:`QT_PLUGINS_KEPT` does not list."""
    parts = dest.parts
    if "PySide6" not in parts or "plugins" not in parts:
        return True
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return True
    folder, name = parts[at + 1], parts[-1]
    return any(fnmatch(name, pattern) for pattern in QT_PLUGINS_KEPT.get(folder, ()))


def wrapdesk_languages() -> set[str]:
    """The languages WrapDesk has a compiled translation for (``wrapdesk_<lang>.qm``)."""
    found = (ROOT / "translations").glob("wrapdesk_*.qm")  # not our hand-kept qtbase_cy.qm
    return {path.stem.removeprefix("wrapdesk_") for path in found}


def _qt_translation_kept(dest: PurePosixPath) -> bool:
    """Qt's own translations: ``qtbase_<lang>`` (which app.py loads) for WrapDesk's languages.

    In a language WrapDesk does not speak, the window is in English, so Qt's buttons are too.
    """
    if "PySide6" not in dest.parts or "translations" not in dest.parts:
        return True
    return any(dest.name == f"qtbase_{lang}.qm" for lang in wrapdesk_languages())


def _qt_library_kept(dest: PurePosixPath) -> bool:
    """Qt's libraries for the embedded-device platform plugins left out above."""
    return not dest.name.startswith(("libQt6EglFS", "libQt6EglFs"))


def _host_library(dest: PurePosixPath) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    name = dest.name
    return any(name == lib or name.startswith(lib + ".") for lib in HOST_LIBRARIES)


def keep(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller TOC (binaries or datas) that belong in the bundle."""
    kept = []
    for entry in toc:
        dest = PurePosixPath(entry[0].replace(os.sep, "/"))
        if (
            _qt_plugin_kept(dest)
            and _qt_translation_kept(dest)
            and _qt_library_kept(dest)
            and not _host_library(dest)
        ):
            kept.append(entry)
    return kept


def analysis_options() -> dict[str, Any]:
    """Keyword arguments for every ``Analysis`` of a WrapDesk entry script."""
    return {
        "pathex": [str(ROOT / "src")],
        "datas": data_files(),
        "excludes": excluded_modules(),
        "optimize": 0,  # keep docstrings and asserts: the code runs as it was tested
    }


def windows_version_text() -> str:
    """The version resource Windows shows under Properties (and the installer reads).

    In PyInstaller's version-file format, written to the build folder by the spec.
    """
    numbers = tuple(int(part) for part in re.findall(r"\d+", version())[:3])
    quad = (*numbers, 0, 0, 0)[:4]
    strings = ", ".join(
        f"StringStruct({key!r}, {value!r})"
        for key, value in (
            ("CompanyName", "WrapDesk"),
            ("FileDescription", "WrapDesk"),
            ("FileVersion", version()),
            ("LegalCopyright", "GPL-3.0-or-later"),
            ("ProductName", "WrapDesk"),
            ("ProductVersion", version()),
        )
    )
    return (
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={quad}, prodvers={quad}), kids=["
        f"StringFileInfo([StringTable('040904B0', [{strings}])]), "
        "VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
    )
