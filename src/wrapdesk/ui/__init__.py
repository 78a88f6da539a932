"""WrapDesk ui layer."""
