"""WrapDesk services layer."""
