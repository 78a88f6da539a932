"""Find the files WrapDesk ships beside its code: ``resources/`` and ``translations/``.

In a wheel they sit inside the package (mapped there by hatchling's ``sources`` in
``pyproject.toml``). In a source checkout, including an editable install, they sit at the
top of the repository. Everything that needs them asks here.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/`` (fonts, icons, the demo plan, word lists)."""
    return _locate("resources").joinpath(*parts)


def translations_dir() -> Path:
    """The folder of compiled translations (``wrapdesk_<lang>.qm``)."""
    return _locate("translations")
