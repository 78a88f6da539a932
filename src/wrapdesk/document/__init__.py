"""WrapDesk document layer."""
