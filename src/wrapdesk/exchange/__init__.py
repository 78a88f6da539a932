"""WrapDesk exchange layer."""
