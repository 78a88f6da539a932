"""WrapDesk printouts layer."""
