"""The bundle's one entry point, under two names (one program file, one copy of the code).

``wrapdesk`` is the command line, as the wheel's ``wrapdesk`` script; any other name
(``wrapdesk-gui``, and the macOS app) opens the window, as the wheel's ``wrapdesk-gui``.
"""

import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower() == "wrapdesk":
    from wrapdesk.cli import main as command_line

    command_line()
else:
    from wrapdesk.app import main as window

    sys.exit(window())
