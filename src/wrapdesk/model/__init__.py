"""WrapDesk model layer."""
