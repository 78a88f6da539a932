"""About WrapDesk: the version, the promises, the licences and the trademark note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wrapdesk import __version__
from wrapdesk.ui.cards import qt_translate as translate
from wrapdesk.ui.confirm import tell


def show_about(parent: QWidget) -> None:
    """Open the About box (non-blocking)."""
    text = translate(
        "AboutDialog",
        "<h2>WrapDesk {version}</h2>"
        "<p>A private place for your Wellness and Recovery Action Plan, your crisis plan and "
        "your advance statements.</p>"
        "<p>Your plan stays on this computer, encrypted. WrapDesk has no network code at all: "
        "no accounts, no update checks, no tracking. It sends nothing unless you choose to "
        "share a copy.</p>"
        "<p>WrapDesk helps you write down your wishes; it is not legal or medical advice.</p>"
        "<p>WRAP is a registered trademark of Advocates for Human Potential, Inc. WrapDesk is "
        "an independent tool and is not endorsed by them.</p>"
        "<p>Free software under the GNU General Public License, version 3 or later. Printouts "
        "use the DejaVu fonts (Bitstream Vera licence). Icons: Phosphor, through QtAwesome.</p>",
    ).format(version=__version__)
    box = tell(parent, translate("AboutDialog", "About WrapDesk"), text, rich=True)
    box.setObjectName("about")
