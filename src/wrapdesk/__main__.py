"""``python -m wrapdesk``: the same as the ``wrapdesk`` command."""

from wrapdesk.cli import main

main()
