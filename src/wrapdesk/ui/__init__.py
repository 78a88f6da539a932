"""WrapDesk ui layer."""

from wrapdesk.ui.qt_workarounds import keep_true_alive

keep_true_alive()
